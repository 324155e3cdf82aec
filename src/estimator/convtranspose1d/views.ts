// The two "views" of a transposed convolution that other counters disagree about, and what
// each charges beyond the real products: the quantities the counters page
// (content/docs/modules/convtranspose1d/counters.mdx) explains. Each tool's own number is in
// src/estimator/peers/conv.ts. Pure bigint; the server renders them, no island imports them.
import { floorDiv } from '../math/integer.ts';
import type { Estimate } from './estimate.ts';
import { outputLength } from './outputLength.ts';
import { batchSize, type ConvTranspose1dParams } from './params.ts';

/**
 * Input-length (scatter) view: every input element is multiplied by the K taps of each of
 * the C_out/g filters of its group, N·L_in·C_in·(C_out/g)·K products, cropped or not.
 */
export function inputLengthMacs(p: ConvTranspose1dParams): bigint {
  return batchSize(p) * p.length_in * p.in_channels * (p.out_channels / p.groups) * p.kernel_size;
}

/**
 * Output-length (zero-insertion) view: every output element is a dot product over
 * (C_in/g)·K inputs of the zero-inserted, padded input, N·C_out·L_out·(C_in/g)·K products.
 */
export function outputLengthMacs(p: ConvTranspose1dParams): bigint {
  return batchSize(p) * p.out_channels * outputLength(p) * (p.in_channels / p.groups) * p.kernel_size;
}

/** N·C_out·L_out: the output's elements, one bias addition each in most counters. */
export function outputElements(p: ConvTranspose1dParams): bigint {
  return batchSize(p) * p.out_channels * outputLength(p);
}

/** What each view charges beyond the real products (eq-exact-products), for a valid layer's estimate. */
export function viewExcess(e: Extract<Estimate, { ok: true }>): { cropped: bigint; zeroProducts: bigint } {
  return {
    /** Scatter products aimed at positions the padding crops away. */
    cropped: inputLengthMacs(e.params) - e.exact.multiplications,
    /** Dense products whose input is an inserted or padding zero. */
    zeroProducts: outputLengthMacs(e.params) - e.exact.multiplications,
  };
}

/**
 * The identity between the two views, from L_out − s·L_in = d(K − 1) + 1 − s − 2p + o:
 * MACs_out − s·MACs_in = N·(C_in·C_out/g)·K·(d(K − 1) + 1 − s − 2p + o). It can be negative.
 */
export function viewsGap(p: ConvTranspose1dParams): bigint {
  const K = p.kernel_size;
  return batchSize(p) * p.in_channels * (p.out_channels / p.groups) * K * (p.dilation * (K - 1n) + 1n - p.stride - 2n * p.padding + p.output_padding);
}

/**
 * The ordinary (not transposed) convolution's output length, ⌊(L + 2p − d(k − 1) − 1)/s⌋ + 1,
 * with Python's floor division: what calflops and DeepSpeed use for the bias term of a
 * transposed convolution. It is ≤ 0 when the dilated kernel is longer than the padded input.
 */
export function ordinaryConvLength(p: ConvTranspose1dParams): bigint {
  return floorDiv(p.length_in + 2n * p.padding - p.dilation * (p.kernel_size - 1n) - 1n, p.stride) + 1n;
}
