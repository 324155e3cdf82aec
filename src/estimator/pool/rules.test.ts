// PyTorch 1.13's pool rules beyond the golden records (those are checked by tests/unit/contract.test.ts).
import { describe, expect, test } from 'vitest';
import { estimateRaw, type AnyModule } from '../core/define.ts';
import { definition as maxpool1d } from '../maxpool1d/index.ts';
import { definition as maxpool2d } from '../maxpool2d/index.ts';
import { definition as avgpool2d } from '../avgpool2d/index.ts';

const run = (def: unknown, raw: Record<string, unknown>) => estimateRaw(def as AnyModule, raw, 'error');

describe('pool rules', () => {
  test('stride None takes the kernel size; an absent stride is None', () => {
    const a = run(maxpool1d, { channels: 2, length_in: 10, kernel_size: 3 });
    const b = run(maxpool1d, { channels: 2, length_in: 10, kernel_size: 3, stride: 'none' });
    const c = run(maxpool1d, { channels: 2, length_in: 10, kernel_size: 3, stride: 3 });
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(a.params.stride).toBeNull();
      expect(a.output_shapes).toEqual(c.output_shapes);
      expect(b.exact).toEqual(c.exact);
    }
  });
  test('MaxPool1d without indices accepts an empty output; with indices PyTorch refuses it', () => {
    const raw = { batch: 2, channels: 3, length_in: 3, kernel_size: 4, padding: 0 };
    const r = run(maxpool1d, raw);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.output_shapes[0]).toEqual([2n, 3n, 0n]);
      expect((r.exact as Record<string, bigint>).total_ops).toBe(0n);
    }
    const w = run(maxpool1d, { ...raw, return_indices: true });
    expect(!w.ok && w.error.torch?.message).toBe('Given input size: (3x1x3). Calculated output size: (3x1x0). Output size is too small');
  });
  test('a window wholly in the padding costs nothing (its output is −inf)', () => {
    // Length 1, k = 2, dilation 2, padding 1: the one window covers padded positions 0 and 2, the real element is at 1.
    const r = run(maxpool1d, { channels: 1, length_in: 1, kernel_size: 2, stride: 1, padding: 1, dilation: 2 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.output_shapes[0]).toEqual([1n, 1n]);
      expect(r.positions_reached).toBe(0n);
      expect((r.exact as Record<string, bigint>).comparisons).toBe(0n);
      expect((r.dense as Record<string, bigint>).comparisons).toBe(1n);
    }
    const s = run(maxpool2d, { channels: 1, height_in: 1, width_in: 3, kernel_size: 2, stride: 1, padding: 1, dilation: 2 });
    expect(s.ok).toBe(true);
    if (s.ok) expect(s.positions_reached).toBe(0n);
  });
  test('MaxPool2d holds its arguments as 32-bit integers; AvgPool2d does not', () => {
    const big = String(2n ** 31n);
    const m = run(maxpool2d, { channels: 1, height_in: 4, width_in: 4, kernel_size: 2, stride: big });
    expect(!m.ok && m.error.torch?.message).toBe('integer out of range');
    const a = run(avgpool2d, { channels: 1, height_in: 4, width_in: 4, kernel_size: 2, stride: big });
    expect(a.ok).toBe(true);
  });
  test('divisor_override changes no count and may be negative', () => {
    const base = { batch: 2, channels: 3, height_in: 9, width_in: 7, kernel_size: 3, stride: 2, padding: 1 };
    const a = run(avgpool2d, base);
    const b = run(avgpool2d, { ...base, divisor_override: -4 });
    const c = run(avgpool2d, { ...base, count_include_pad: false });
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(b.exact).toEqual(a.exact);
      expect(c.exact).toEqual(a.exact);
    }
  });
});
