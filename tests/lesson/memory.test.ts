import { describe, expect, it } from 'vitest';
import { binaryParts, fmtBinary, fmtExactBytes, fmtGB, groupDigits } from '../../src/lesson/memory/bytes';
import { applyPreset, deriveMemory, llama3Question, matchingPreset } from '../../src/lesson/memory/derive';
import { MEMORY_DEFAULTS, type MemoryState, memoryModel } from '../../src/lesson/memory/model';
import { plotGeometry } from '../../src/lesson/memory/plot';
import { PRESETS } from '../../src/lesson/memory/presets';
import { memoryRule } from '../../src/lesson/memory/validate';
import { parseCell } from '../../src/state/cellParser';
import { checkRule, parserLimit } from '../../src/state/numberRule';

const perToken = (id: string, dtype: MemoryState['dtype'] = 'fp16') => {
  const r = deriveMemory({ ...applyPreset(MEMORY_DEFAULTS, id), dtype });
  if (!r.ok) throw new Error(r.detail);
  return r.n.perToken.bytes;
};

describe('presets: bytes per token, hand-checked', () => {
  it.each([
    ['gpt2', 36_864], // 2·12·12·64·2
    ['llama2-7b', 524_288], // 2·32·32·128·2 = 512 KiB
    ['llama3-8b', 131_072], // 2·32·8·128·2
    ['mistral-7b', 131_072],
    ['qwen2.5-7b', 57_344], // 2·28·4·128·2
    ['falcon-7b', 8_192], // 2·32·1·64·2
  ])('%s fp16 = %i B', (id, bytes) => expect(perToken(id)).toBe(bytes));

  it('DeepSeek-V3 bf16 = 61·576·2 = 70,272 B (MLA: no factor 2)', () => {
    expect(perToken('deepseek-v3', 'bf16')).toBe(70_272);
  });

  it('every preset names its source and matches itself', () => {
    for (const p of PRESETS) {
      expect(p.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(matchingPreset(applyPreset(MEMORY_DEFAULTS, p.id))).toBe(p.id);
      expect(memoryModel.check(applyPreset(MEMORY_DEFAULTS, p.id))).toBeNull();
    }
    expect(matchingPreset({ ...MEMORY_DEFAULTS, layers: 33 })).toBeNull();
  });

  it('int4 halves fp8, fp32 doubles fp16', () => {
    expect(perToken('llama3-8b', 'int4')).toBe(32_768);
    expect(perToken('llama3-8b', 'fp32')).toBe(262_144);
  });
});

describe('totals and the predict question', () => {
  it('Llama-3-8B at 8,192 tokens fp16 is exactly 1 GiB', () => {
    const r = deriveMemory(MEMORY_DEFAULTS);
    if (!r.ok) throw new Error(r.detail);
    expect(r.n.total.bytes).toBe(1_073_741_824);
    expect(fmtExactBytes(r.n.total.bits)).toBe('1,073,741,824 B');
    expect(fmtBinary(r.n.total.bytes)).toBe('1 GiB');
    const q = llama3Question();
    expect(q.answer.bytes).toBe(2 ** 30);
    expect(q.options.map((o) => fmtBinary(o.bytes))).toEqual(['512 MiB', '1 GiB', '4 GiB', '8 GiB']);
  });

  it('plots MHA, GQA and MQA variants beside the model', () => {
    const r = deriveMemory(applyPreset(MEMORY_DEFAULTS, 'llama2-7b'));
    if (!r.ok) throw new Error(r.detail);
    expect(r.n.curves.map((c) => [c.id, c.kvHeads])).toEqual([['current', 32], ['gqa', 8], ['mqa', 1]]);
    expect(r.n.curves[0].bytes[3]).toBe(2 * r.n.curves[0].bytes[2]); // doubling the tokens doubles the cache
    const g = plotGeometry(r.n.curves, r.n.gpuBytes, 'log', { width: 500, height: 300, left: 50, right: 10, top: 10, bottom: 40 });
    expect(g.curves[0].points[10].y).toBeLessThan(g.curves[2].points[10].y); // larger cache is higher up
  });
});

describe('byte formatting', () => {
  it('picks the largest binary unit ≥ 1', () => {
    expect(binaryParts(1023)).toEqual({ value: 1023, unit: 'B' });
    expect(fmtBinary(36_864)).toBe('36 KiB');
    expect(fmtBinary(524_288)).toBe('512 KiB');
    expect(fmtBinary(1536 * 1024 ** 3)).toBe('1.500 TiB');
  });
  it('groups digits and keeps int4 half bytes exact', () => {
    expect(groupDigits(1234567n)).toBe('1,234,567');
    expect(fmtExactBytes(12n)).toBe('1.5 B');
    expect(fmtGB(1_073_741_824)).toBe('1.074 GB');
  });
});

/** What the calculator's input does with typed text: the one cell parser, then the field's rule. */
function parseIntInput(text: string, field: Parameters<typeof memoryRule>[0], state: MemoryState) {
  const rule = memoryRule(field, state);
  const r = parseCell(text, parserLimit(rule));
  if (!r.ok) return { ok: false, key: r.error };
  const bad = checkRule(r.value, rule);
  return bad ? { ok: false, key: bad.error } : { ok: true, value: r.value };
}

describe('validation', () => {
  it('accepts whole numbers with or without thousands commas, full-width digits too', () => {
    expect(parseIntInput('8,192', 'tokens', MEMORY_DEFAULTS)).toEqual({ ok: true, value: 8192 });
    expect(parseIntInput(' 64 ', 'headDim', MEMORY_DEFAULTS)).toEqual({ ok: true, value: 64 });
    expect(parseIntInput('１０,０００,０００', 'tokens', MEMORY_DEFAULTS)).toEqual({ ok: true, value: 10_000_000 });
  });
  it('rejects empty, fractional, negative, out-of-range and non-dividing values with a message key', () => {
    expect(parseIntInput('', 'layers', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.empty' });
    expect(parseIntInput('1.5', 'layers', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.int' });
    expect(parseIntInput('-3', 'layers', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.int' });
    expect(parseIntInput('1001', 'layers', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.int' });
    expect(parseIntInput('10000001', 'tokens', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.int' });
    expect(parseIntInput('0', 'batch', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'cell.error.int' });
    expect(parseIntInput('3', 'kvHeads', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'memory.error.kvDivides' });
    expect(parseIntInput('30', 'qHeads', MEMORY_DEFAULTS)).toMatchObject({ ok: false, key: 'memory.error.qDivisible' });
  });
});

describe('memory TeX', () => {
  it('fills the formula with the same numbers (strict TeX)', async () => {
    const katex = (await import('katex')).default;
    const { perTokenTex, totalTex } = await import('../../src/lesson/memory/tex');
    const r = deriveMemory(MEMORY_DEFAULTS);
    if (!r.ok) throw new Error(r.detail);
    const t = totalTex(MEMORY_DEFAULTS, r.n);
    expect(t).toContain('2 \\times 32 \\times 8 \\times 128 \\times 8{,}192 \\times 1 \\times 2');
    expect(t).toContain('1{,}073{,}741{,}824');
    for (const x of [t, perTokenTex(MEMORY_DEFAULTS, r.n)]) {
      expect(() => katex.renderToString(x, { strict: 'error', throwOnError: true })).not.toThrow();
    }
  });
});
