import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/i18n/I18nContext';
import type { Lang } from '../../src/i18n';
import { NumberCell } from '../../src/panels/common/NumberCell';
import { loadCellParser } from '../../src/state/cellParserLoader';

function Harness({ lang = 'en' as Lang }) {
  const [v, setV] = useState(1);
  return (
    <I18nProvider lang={lang}>
      <NumberCell value={v} onCommit={setV} label="q of on, dimension 1" cellId="q.0" />
      <output data-testid="used">{v}</output>
    </I18nProvider>
  );
}

const type = async (text: string) => {
  await loadCellParser();
  const input = screen.getByLabelText('q of on, dimension 1');
  await act(async () => {
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: text } });
    await loadCellParser();
  });
  return input;
};

describe('NumberCell', () => {
  it('commits a valid expression', async () => {
    render(<Harness />);
    await type('1/2');
    expect(screen.getByTestId('used')).toHaveTextContent('0.5');
  });
  it.each(['abc', '', '1e999', 'f(x)=x', 'x'.repeat(10_000)])('keeps the last valid value and explains %#', async (bad) => {
    render(<Harness />);
    const input = await type(bad);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(/last valid value 1 is still used/);
    expect(screen.getByTestId('used')).toHaveTextContent('1');
  });
  it('speaks the current language', async () => {
    render(<Harness lang="zh" />);
    await type('abc');
    expect(screen.getByRole('alert')).toHaveTextContent('上一个有效值 1');
  });
  it('Escape restores the last valid value', async () => {
    render(<Harness />);
    const input = await type('abc');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect((input as HTMLInputElement).value).toBe('1');
  });
});
