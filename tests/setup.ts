import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadAllMessages } from '../src/i18n';

// The app loads catalogs per language and chapter; components tested here may use any of them.
await loadAllMessages();

afterEach(() => cleanup());
