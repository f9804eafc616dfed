import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { chapterTitles } from './vite.config.ts';

export default defineConfig({
  plugins: [react(), chapterTitles()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    css: false,
  },
});
