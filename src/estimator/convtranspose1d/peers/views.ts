// Quantities shared by the peer formulas: the layer's sizes under short names, and the two
// "views" of a transposed convolution that the counters disagree about. Pure bigint.
import { floorDiv } from '../../math/integer.ts';
import type { Estimate } from '../estimate.ts';
import { outputLength } from '../outputLength.ts';
import { batchSize, type ConvTranspose1dParams } from '../params.ts';
import { denseCounts } from '../denseCounts.ts';

/** The layer's sizes as the formulas name them (N = 1 for an unbatched input). */
export interface Dims {
  N: bigint;
  Cin: bigint;
  Cout: bigint;
  g: bigint;
  /** C_in / g: input channels that feed one output channel. */
  Gin: bigint;
  /** C_out / g: the weight's second dimension. */
  Gout: bigint;
  K: bigint;
  s: bigint;
  p: bigint;
  d: bigint;
  op: bigint;
  Lin: bigint;
  Lout: bigint;
  /** 1 with a bias, 0 without. */
  b: bigint;
}

export function dims(p: ConvTranspose1dParams): Dims {
  return {
    N: batchSize(p),
    Cin: p.in_channels,
    Cout: p.out_channels,
    g: p.groups,
    Gin: p.in_channels / p.groups,
    Gout: p.out_channels / p.groups,
    K: p.kernel_size,
    s: p.stride,
    p: p.padding,
    d: p.dilation,
    op: p.output_padding,
    Lin: p.length_in,
    Lout: outputLength(p),
    b: p.bias ? 1n : 0n,
  };
}

/**
 * Input-length (scatter) view: every input element is multiplied by the K taps of each of
 * the C_out/g filters of its group, N·L_in·C_in·(C_out/g)·K products, cropped or not.
 */
export function inputLengthMacs(p: ConvTranspose1dParams): bigint {
  return denseCounts(p).macs;
}

/**
 * Output-length (zero-insertion) view: every output element is a dot product over
 * (C_in/g)·K inputs of the zero-inserted, padded input, N·C_out·L_out·(C_in/g)·K products.
 */
export function outputLengthMacs(p: ConvTranspose1dParams): bigint {
  const x = dims(p);
  return x.N * x.Cout * x.Lout * x.Gin * x.K;
}

/** N·C_out·L_out: the output's elements, one bias addition each in most counters. */
export function outputElements(p: ConvTranspose1dParams): bigint {
  const x = dims(p);
  return x.N * x.Cout * x.Lout;
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
  const x = dims(p);
  return x.N * x.Cin * x.Gout * x.K * (x.d * (x.K - 1n) + 1n - x.s - 2n * x.p + x.op);
}

/**
 * The ordinary (not transposed) convolution's output length, ⌊(L + 2p − d(k − 1) − 1)/s⌋ + 1,
 * with Python's floor division. calflops and DeepSpeed use it for the bias term of a transposed
 * convolution. It is ≤ 0 when the dilated kernel is longer than the padded input; those tools
 * do not check and multiply by it anyway.
 */
export function ordinaryConvLength(length: bigint, padding: bigint, dilation: bigint, kernel: bigint, stride: bigint): bigint {
  return floorDiv(length + 2n * padding - dilation * (kernel - 1n) - 1n, stride) + 1n;
}
