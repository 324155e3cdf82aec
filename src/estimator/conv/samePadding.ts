// How much padding a layer asks for, before PyTorch applies it.
import type { ConvParams } from './params.ts';
import { pyFloorDiv, repeat, storedTuple } from './tuples.ts';

/**
 * eq-conv-same-padding: padding='same' pads d·(k − 1) in total along a dimension, left = total // 2
 * and right = total − left, so an odd total pads one more on the right.
 */
export function samePads(kernel: bigint, dilation: bigint): [bigint, bigint] {
  const total = dilation * (kernel - 1n);
  const left = pyFloorDiv(total, 2n);
  return [left, total - left];
}

/**
 * eq-conv-reversed-padding: the module's _reversed_padding_repeated_twice, the argument it hands
 * to F.pad when padding_mode is not 'zeros' (last dimension first: [left_W, right_W, left_H, …]).
 * A numeric padding is each entry twice, reversed. 'valid' is all zeros. 'same' fills the pairs
 * from zip(dilation, kernel_size, …), so a 1-entry dilation tuple on Conv2d/Conv3d fills only the
 * first spatial dimension, from kernel_size[0] and dilation[0] (PyTorch's bug); the others stay 0.
 */
export function reversedPadding(p: Pick<ConvParams, 'padding' | 'kernel_size' | 'dilation'>, nd: number): bigint[] {
  if (typeof p.padding !== 'string') {
    const pad = storedTuple(p.padding, nd);
    const out: bigint[] = [];
    for (let i = pad.length - 1; i >= 0; i--) out.push(pad[i], pad[i]);
    return out;
  }
  const k = storedTuple(p.kernel_size, nd);
  const d = storedTuple(p.dilation, nd);
  const out = repeat(0n, 2 * k.length);
  if (p.padding === 'same') {
    for (let j = 0; j < Math.min(d.length, k.length); j++) {
      const i = k.length - 1 - j;
      [out[2 * i], out[2 * i + 1]] = samePads(k[j], d[j]);
    }
  }
  return out;
}
