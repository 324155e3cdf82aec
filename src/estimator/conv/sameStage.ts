// F.convNd(…, padding='same') with padding_mode='zeros': ATen's _convolution_same computes the
// padding from the weight, pads asymmetric dimensions by one with constant_pad_nd, and calls the
// convolution with the symmetric rest. Shapes only; messages are PyTorch's, verbatim.
import type { TorchError } from '../core/module.ts';
import { list } from './text.ts';

export type SameFailureKind = 'weight_rank' | 'input_rank' | 'stride' | 'dilation' | 'narrow' | 'new_dim';

export interface SameFailure {
  ok: false;
  kind: SameFailureKind;
  torch: TorchError;
  /** The spatial dimension concerned, when there is one. */
  dim?: number;
}

export interface SameOk {
  ok: true;
  /** The input after constant_pad_nd (unchanged when every dimension is symmetric). */
  shape: bigint[];
  /** [left, right] that constant_pad_nd added to each spatial dimension. */
  pads: [bigint, bigint][];
  /** The symmetric padding then handed to the convolution. */
  padding: bigint[];
}

const runtime = (message: string): TorchError => ({ stage: 'forward', type: 'RuntimeError', message });
const fail = (kind: SameFailureKind, torch: TorchError, dim?: number): SameFailure => ({ ok: false, kind, torch, ...(dim === undefined ? {} : { dim }) });

/**
 * eq-conv-same-stage: _convolution_same on shapes. With C++'s truncating division, left = pad / 2
 * and right = pad − left for pad = d·(k − 1); when they differ, constant_pad_nd adds right − left
 * on the right (or crops one on the left for a negative pad) and the convolution pads the rest.
 */
export function sameStage(input: readonly bigint[], weight: readonly bigint[], stride: readonly bigint[], dilation: readonly bigint[]): SameOk | SameFailure {
  const k = weight.length;
  if (k <= 2) return fail('weight_rank', runtime('weight should have at least three dimensions'));
  const dim = k - 2;
  if (k !== input.length) {
    return fail(
      'input_rank',
      runtime(`Expected ${k}-dimensional input for ${k}-dimensional weight${list(weight)}, but got ${input.length}-dimensional input of size ${list(input)} instead`),
    );
  }
  if (stride.length !== dim && stride.length !== 1) return fail('stride', runtime(`stride cannot broadcast to ${dim} dimensions`));
  if (dilation.length !== dim && dilation.length !== 1) return fail('dilation', runtime(`dilation cannot broadcast to ${dim} dimensions`));
  const left: bigint[] = [];
  const right: bigint[] = [];
  for (let i = 0; i < dim; i++) {
    const d = dilation.length === 1 ? dilation[0] : dilation[i];
    const total = d * (weight[i + 2] - 1n);
    left.push(total / 2n); // C++ division truncates toward zero
    right.push(total - total / 2n);
  }
  const sizes = input.slice(2);
  if (left.every((l, i) => l === right[i])) {
    return { ok: true, shape: [...input], pads: sizes.map(() => [0n, 0n]), padding: left };
  }
  // Apply the difference with constant_pad_nd, leaving a symmetric padding for the convolution.
  const pads: [bigint, bigint][] = sizes.map(() => [0n, 0n]);
  const padding = [...left];
  for (let i = 0; i < dim; i++) {
    const delta = right[i] - left[i];
    if (delta > 0n) pads[i][1] = delta;
    else {
      pads[i][0] = delta;
      padding[i] = right[i];
    }
  }
  // constant_pad_nd narrows the negative pads first; narrow(dim, 1, −1) of an empty dimension
  // wraps its start like a dimension index.
  for (let i = 0; i < dim; i++) {
    if (pads[i][0] < 0n && sizes[i] === 0n) {
      return fail('narrow', { stage: 'forward', type: 'IndexError', message: `Dimension out of range (expected to be in range of [-1, 0], but got ${-pads[i][0]})` }, i);
    }
  }
  const shape = [...input];
  const anyPositive = pads.some(([l, r]) => l > 0n || r > 0n);
  for (let i = 0; i < dim; i++) {
    const size = sizes[i] + pads[i][0] + pads[i][1];
    if (anyPositive && size <= 0n) {
      return fail(
        'new_dim',
        runtime(
          `The input size ${sizes[i]}, plus negative padding ${pads[i][0]} and ${pads[i][1]} resulted in a negative output size, which is invalid. Check dimension ${i + 2} of your input.`,
        ),
        i,
      );
    }
    shape[i + 2] = size;
  }
  return { ok: true, shape, pads, padding };
}
