// PyTorch's rules the golden data does not exercise (and their order), each with the message
// PyTorch 1.13's code path produces for it: the empty batch's Empty path, a kernel_size of the
// wrong length, negative input sizes, grouped weights, sizes beyond int64, the rank check.
import { describe, expect, test } from 'vitest';
import type { ConvTranspose2dParams, ConvTranspose3dParams } from './params.ts';
import { layout2d, layout3d } from './layout.ts';
import { estimateNd, type NdResult } from './estimate.ts';
import { emptyBatchError, rankError, rulesFor, validate } from './rules.ts';

type P2 = ConvTranspose2dParams;
type P3 = ConvTranspose3dParams;

const base2: P2 = {
  batch: 1n, in_channels: 1n, out_channels: 1n, height_in: 4n, width_in: 4n,
  kernel_size: 3n, stride: 1n, padding: 0n, output_padding: 0n, dilation: 1n, groups: 1n, bias: true, padding_mode: 'zeros',
};
const base3: P3 = {
  batch: 1n, in_channels: 1n, out_channels: 1n, depth_in: 4n, height_in: 4n, width_in: 4n,
  kernel_size: 3n, stride: 1n, padding: 0n, output_padding: 0n, dilation: 1n, groups: 1n, bias: true, padding_mode: 'zeros',
};
const v2 = (over: Partial<P2>) => validate({ ...base2, ...over }, layout2d);
const v3 = (over: Partial<P3>) => validate({ ...base3, ...over }, layout3d);
const run2 = (over: Partial<P2>) => estimateNd({ ...base2, ...over }, layout2d, true);
const fwd = (message: string) => ({ stage: 'forward', type: 'RuntimeError', message });

describe('the rule tables', () => {
  test('ids are unique and the order follows PyTorch: constructor, input, parser, tuples, check_shape_forward, kernel', () => {
    for (const layout of [layout2d, layout3d]) {
      const ids = rulesFor(layout).map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.slice(0, 8)).toEqual([
        'padding_mode_not_zeros', 'groups_nonpositive', 'groups_not_dividing_in_channels', 'groups_not_dividing_out_channels',
        'channels_negative', 'kernel_size_negative', 'input_size_negative', 'padding_string',
      ]);
    }
    // slow_conv_transpose2d checks the kernel first; slow_conv_transpose3d only meets the empty weight later.
    expect(rulesFor(layout2d).map((r) => r.id).slice(-6)).toEqual(['kernel_size_zero', 'dilation_nonpositive', 'output_padding_too_large', 'zero_out_channels', 'output_too_small', 'output_too_large']);
    expect(rulesFor(layout3d).map((r) => r.id).slice(-6)).toEqual(['dilation_nonpositive', 'output_padding_too_large', 'zero_out_channels', 'kernel_size_zero', 'output_too_small', 'output_too_large']);
  });

  test('the base layers are valid', () => {
    expect(v2({})).toBeNull();
    expect(v3({})).toBeNull();
  });
});

describe('order when several rules are broken', () => {
  test('padding_mode is checked before groups', () => {
    expect(v2({ padding_mode: 'circular', groups: 0n })?.torch).toEqual({ stage: 'construct', type: 'ValueError', message: 'Only "zeros" padding mode is supported for ConvTranspose2d' });
  });
  test('negative padding before a non-positive stride, both before the CPU kernel', () => {
    expect(v2({ padding: [-1n, 0n], stride: 0n, kernel_size: [0n, 3n] })?.rule).toBe('padding_negative');
    expect(v2({ stride: [1n, 0n], kernel_size: [0n, 3n] })?.rule).toBe('stride_nonpositive');
  });
  test('a string padding fails in the argument parser, before any tuple length is checked', () => {
    expect(v2({ padding: 'same', stride: [1n, 1n, 1n] })?.torch).toEqual({
      stage: 'forward', type: 'TypeError', message: "conv_transpose2d(): argument 'padding' (position 5) must be tuple of ints, not tuple",
    });
    // Any string: PyTorch turns it into a tuple of characters.
    expect(v3({ padding: 'full' })?.torch?.message).toBe("conv_transpose3d(): argument 'padding' (position 5) must be tuple of ints, not tuple");
  });
});

describe('Python arithmetic in the constructor', () => {
  test('-3 % 2 is 1 in Python, so in_channels = -3 fails divisibility before the negative size', () => {
    expect(v2({ in_channels: -3n, groups: 2n })?.rule).toBe('groups_not_dividing_in_channels');
  });
  test('-4 % 2 is 0: the weight (−4, 1, 3, 3) then cannot be created', () => {
    const e = v2({ in_channels: -4n, out_channels: 2n, groups: 2n });
    expect(e?.rule).toBe('channels_negative');
    expect(e?.param).toBe('in_channels');
    expect(e?.torch).toEqual({ stage: 'construct', type: 'RuntimeError', message: 'Trying to create tensor with negative dimension -4: [-4, 1, 3, 3]' });
  });
  test('out_channels = -3 with groups 3: -3 // 3 = -1 in the weight (3, −1, 3, 3)', () => {
    expect(v2({ in_channels: 3n, out_channels: -3n, groups: 3n })?.torch?.message).toBe('Trying to create tensor with negative dimension -1: [3, -1, 3, 3]');
  });
});

describe('the input tensor', () => {
  test('a negative batch fails creating the input, naming its whole shape', () => {
    const e = v2({ batch: -2n, in_channels: 3n, out_channels: 3n });
    expect(e?.rule).toBe('input_size_negative');
    expect(e?.param).toBe('batch');
    expect(e?.torch).toEqual(fwd('Trying to create tensor with negative dimension -2: [-2, 3, 4, 4]'));
  });
  test('a negative size of an unbatched input: the shape has no batch', () => {
    const e = v3({ batch: null, in_channels: 2n, out_channels: 2n, width_in: -1n });
    expect(e?.param).toBe('width_in');
    expect(e?.torch?.message).toBe('Trying to create tensor with negative dimension -1: [2, 4, 4, -1]');
  });
  test('a zero size of an unbatched input: PyTorch names the batched shape (1, C, H, W)', () => {
    expect(v2({ batch: null, height_in: 0n })?.torch?.message).toBe('Only zero batch or zero channel inputs are supported, but got input shape: [1, 1, 0, 4]');
  });
});

describe('kernel_size with the wrong number of entries', () => {
  test('(3,) on a 2-d layer: PyTorch builds a 1-d weight, then rejects the 2-entry stride', () => {
    const e = v2({ kernel_size: [3n] });
    expect(e?.rule).toBe('tuple_length_mismatch');
    expect(e?.param).toBe('kernel_size');
    expect(e?.torch).toEqual(fwd('expected stride to be a single integer value or a list of 1 values to match the convolution dimensions, but got stride=[1, 1]'));
  });
  test('(3,) with every other argument a 1-tuple: the weight has 3 dimensions, the input 4', () => {
    const ones = { stride: [1n], padding: [0n], output_padding: [0n], dilation: [1n] };
    const e = v2({ batch: null, kernel_size: [3n], ...ones });
    expect(e?.rule).toBe('kernel_size_length');
    expect(e?.torch).toEqual(fwd('Expected 3-dimensional input for 3-dimensional weight [1, 1, 3], but got 4-dimensional input of size [1, 1, 4, 4] instead'));
    // check_shape_forward tests the stride before the ranks.
    expect(v2({ kernel_size: [3n], ...ones, stride: [0n] })?.rule).toBe('stride_nonpositive');
  });
  test('a 1-entry stride, padding or dilation is broadcast when kernel_size has nd entries', () => {
    expect(v3({ stride: [2n], padding: [1n], output_padding: [1n], dilation: [1n] })).toBeNull();
  });
});

describe('grouped weights reach the CPU kernel one group at a time', () => {
  test('out_channels = 0 with groups 2: the kernel sees the group slice (C_in/2, 0, k…)', () => {
    const weight2 = 'non-empty 2D or 4D weight tensor expected, but got: [2, 0, 2, 3]';
    expect(v2({ in_channels: 4n, out_channels: 0n, groups: 2n, kernel_size: [2n, 3n] })?.torch).toEqual(fwd(weight2));
    expect(v3({ in_channels: 4n, out_channels: 0n, groups: 2n, kernel_size: [2n, 3n, 1n] })?.torch).toEqual(
      fwd('non-empty 5D (n_output_plane x n_input_plane x kernel_depth x kernel_height x kernel_width) tensor expected for weight, but got: [2, 0, 2, 3, 1]'),
    );
  });
});

describe('an empty batch takes PyTorch’s Empty path', () => {
  // Height: in 1, k 1, s 2, p 1, op 1 → (1 − 1)·2 − 2 + 0 + 1 + 1 = 0. Width: in 4, k 1 → 4.
  const zeroHigh: Partial<P2> = { height_in: 1n, kernel_size: 1n, stride: [2n, 1n], padding: [1n, 0n], output_padding: [1n, 0n] };

  test('an output size of 0 is an error with a batch, an empty tensor without one', () => {
    expect(v2({ ...zeroHigh, batch: 1n })?.torch).toEqual(fwd('Given input size per channel: (1 x 4). Calculated output size per channel: (0 x 4). Output size is too small'));
    const e = run2({ ...zeroHigh, batch: 0n });
    expect(e.ok).toBe(true);
    const r = e as NdResult<P2>;
    expect(r.output_shapes).toEqual([[0n, 1n, 0n, 4n]]);
    expect(r.exact.total_ops).toBe(0n);
    expect(r.dense.macs).toBe(0n);
    // The documented probe drops output_padding: height −1, which PyTorch refuses.
    expect(r.documented).toBeNull();
    expect(r.documented_unavailable?.torch).toBe('Given input size per channel: (1 x 4). Calculated output size per channel: (-1 x 4). Output size is too small');
  });

  test('negative output sizes fail in view(): -1 is ambiguous, below -1 invalid, two -1 cannot both be inferred', () => {
    // in 1, k 1, s 1, p 1 → 0 − 2 + 0 + 1 = −1; p 2 → −3.
    expect(v2({ batch: 0n, height_in: 1n, kernel_size: 1n, padding: [1n, 0n] })).toEqual({
      rule: 'output_too_small', param: 'padding', message: expect.any(String),
      torch: fwd('cannot reshape tensor of 0 elements into shape [0, 1, -1, 4] because the unspecified dimension size -1 can be any value and is ambiguous'),
    });
    expect(v2({ batch: 0n, height_in: 1n, kernel_size: 1n, padding: [2n, 0n] })?.torch).toEqual(fwd('invalid shape dimension -3'));
    expect(v2({ batch: 0n, height_in: 1n, width_in: 1n, kernel_size: 1n, padding: 1n })?.torch).toEqual(fwd('only one dimension can be inferred'));
  });

  test('an empty weight fails indexing weight[0]: an IndexError instead of the kernel’s check', () => {
    const e = v2({ batch: 0n, kernel_size: [0n, 3n] });
    expect(e?.rule).toBe('kernel_size_zero');
    expect(e?.torch).toEqual({ stage: 'forward', type: 'IndexError', message: 'index 0 is out of bounds for dimension 0 with size 0' });
    expect(v2({ batch: 1n, kernel_size: [0n, 3n] })?.torch).toEqual(fwd('kernel size should be greater than zero, but got kernel_height: 0 kernel_width: 3'));
    expect(v3({ batch: 0n, out_channels: 0n })?.torch?.type).toBe('IndexError');
  });

  test('a zero-sized input and a large output_padding are accepted', () => {
    const e = run2({ batch: 0n, width_in: 0n });
    expect(e.ok).toBe(true);
    const r = e as NdResult<P2>;
    // Width: (0 − 1)·1 − 0 + 2 + 0 + 1 = 2.
    expect(r.output_shapes).toEqual([[0n, 1n, 6n, 2n]]);
    expect(r.exact.products_per_filter).toBe(0n);
    expect(r.documented_unavailable?.torch).toBe('Only zero batch or zero channel inputs are supported, but got input shape: [1, 1, 4, 0]');
    expect(run2({ batch: 0n, output_padding: 1n }).ok).toBe(true);
    expect(v2({ batch: 1n, output_padding: 1n })?.torch).toEqual(
      fwd('output padding must be smaller than either stride or dilation, but got output_padding_height: 1 output_padding_width: 1 stride_height: 1 stride_width: 1 dilation_height: 1 dilation_width: 1'),
    );
  });

  test('a zero dilation is rejected by us alone: PyTorch returns an empty tensor', () => {
    const e = v2({ batch: 0n, dilation: [1n, 0n] });
    expect(e?.rule).toBe('dilation_nonpositive');
    expect(e?.torch).toBeNull();
    expect(e?.message).toMatch(/empty batch/);
    expect(emptyBatchError({ ...base2, batch: 0n, dilation: [1n, 0n] }, layout2d)).toBeNull();
    expect(v2({ batch: 2n, dilation: [1n, 0n] })?.torch).toEqual(fwd('dilation should be greater than zero, but got dilation_height: 1, dilation_width: 0'));
  });
});

describe('sizes beyond int64', () => {
  test('an output size past 2^63 − 1 is rejected (PyTorch cannot hold it)', () => {
    // (2^62 − 1)·4 + 2 + 1 = 2^64 − 1.
    const e = v2({ height_in: 1n << 62n, stride: 4n });
    expect(e?.rule).toBe('output_too_large');
    expect(e?.torch).toBeNull();
  });
});

describe('rankError', () => {
  const p = { ...base2, in_channels: 3n };
  test('PyTorch’s message for a wrong rank; null for nd + 1 or nd + 2 dimensions', () => {
    expect(rankError(p, [4n, 4n], layout2d)?.torch).toEqual(fwd('Expected 3D (unbatched) or 4D (batched) input to conv_transpose2d, but got input of size: [4, 4]'));
    expect(rankError(p, [3n, 4n, 4n], layout2d)).toBeNull();
    expect(rankError(p, [2n, 3n, 4n, 4n], layout2d)).toBeNull();
    expect(rankError({ ...base3 }, [1n, 2n, 3n, 4n, 5n, 6n], layout3d)?.torch?.message).toBe(
      'Expected 4D (unbatched) or 5D (batched) input to conv_transpose3d, but got input of size: [1, 2, 3, 4, 5, 6]',
    );
  });
  test('the constructor, a negative size and a string padding come before the rank', () => {
    expect(rankError({ ...p, padding_mode: 'reflect' }, [4n, 4n], layout2d)?.rule).toBe('padding_mode_not_zeros');
    expect(rankError(p, [-1n, 4n], layout2d)?.torch?.message).toBe('Trying to create tensor with negative dimension -1: [-1, 4]');
    expect(rankError({ ...p, padding: 'valid' }, [4n, 4n], layout2d)?.rule).toBe('padding_string');
  });
});
