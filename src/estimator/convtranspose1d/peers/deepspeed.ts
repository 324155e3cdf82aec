// DeepSpeed's flops profiler (_conv_trans_flops_compute, patched onto F.conv_transpose1d) and
// calflops, whose function is a verbatim copy of DeepSpeed's at v0.10.0 and later. Each version
// returns a pair (FLOPs, MACs) with FLOPs = 2·MACs + a bias term. Python's // is a floor
// division; all operands here are positive except the ordinary-convolution length.
import type { ConvTranspose1dParams } from '../params.ts';
import { dims, inputLengthMacs, ordinaryConvLength, outputElements } from './views.ts';

export interface FlopsMacs {
  flops: bigint;
  macs: bigint;
}

/**
 * The length the bias term uses: the *ordinary* convolution's output length
 * ⌊(L_in + 2p − d(k − 1) − 1)/s⌋ + 1, with k the kernel the version reads (K, or C_out/g in
 * v0.5.6–v0.6.5). output_padding is ignored. When it is ≤ 0 the code does not check: the bias
 * term becomes 0 or negative, and so can the FLOPs.
 */
export function deepspeedBiasLength(p: ConvTranspose1dParams, kernel = p.kernel_size): bigint {
  return ordinaryConvLength(p.length_in, p.padding, p.dilation, kernel, p.stride);
}

/**
 * v0.10.0 … 0.19.6 and calflops: "out_channels" is read from weight dim 1, which is already
 * C_out/g, and divided by g again: MACs = N·L_in·C_in·⌊(C_out/g)/g⌋·K (g× too few when g > 1,
 * 0 when C_out/g < g); FLOPs = 2·MACs + b·(C_out/g)·N·L_conv.
 * Sources: deepspeedai/DeepSpeed deepspeed/profiling/flops_profiler/profiler.py,
 * _conv_trans_flops_compute, commit edaa7221267243c7be7fb49c5d5f5c4fb97b4641 (identical at
 * microsoft/DeepSpeed 38327e07); MrYxJ/calculate-flops.pytorch calflops/pytorch_ops.py,
 * _conv_trans_flops_compute, commit 29ca58443fc15252888de377b842fa0308a5cfe8. Introduced by
 * PR #3834 (issue #3815).
 */
export function deepspeedCurrent(p: ConvTranspose1dParams): FlopsMacs {
  const x = dims(p);
  const macs = x.N * x.Lin * x.Cin * (x.Gout / x.g) * x.K;
  const bias = p.bias ? x.Gout * x.N * deepspeedBiasLength(p) : 0n;
  return { flops: 2n * macs + bias, macs };
}

/** calflops (29ca584 / PyPI 0.3.2): the same function as DeepSpeed ≥ 0.10.0. */
export const calflops = deepspeedCurrent;

/**
 * v0.6.6 … v0.9.x (after PR #1989 fixed the kernel dims): out_channels read from weight dim 0,
 * which is C_in: MACs = N·L_in·C_in·⌊C_in/g⌋·K; FLOPs = 2·MACs + b·C_in·N·L_conv.
 * Right only when C_in = C_out and g = 1.
 * Source: microsoft/DeepSpeed deepspeed/profiling/flops_profiler/profiler.py,
 * _conv_trans_flops_compute, tag v0.6.6.
 */
export function deepspeed09(p: ConvTranspose1dParams): FlopsMacs {
  const x = dims(p);
  const macs = x.N * x.Lin * x.Cin * (x.Cin / x.g) * x.K;
  const bias = p.bias ? x.Cin * x.N * deepspeedBiasLength(p) : 0n;
  return { flops: 2n * macs + bias, macs };
}

/**
 * v0.5.6 … v0.6.5 (PR #1518): the kernel was read as the last two weight dims, (C_out/g, K),
 * and out_channels as weight dim 0 (C_in): MACs = N·L_in·C_in·⌊C_in/g⌋·(C_out/g)·K;
 * FLOPs = 2·MACs + b·C_in·N·L_conv, with L_conv computed for a kernel of C_out/g taps.
 * (v0.5.6–v0.5.8 returned one number, before MACs were reported separately.)
 * Source: microsoft/DeepSpeed deepspeed/profiling/flops_profiler/profiler.py,
 * _conv_trans_flops_compute, tag v0.6.5.
 */
export function deepspeed06(p: ConvTranspose1dParams): FlopsMacs {
  const x = dims(p);
  const macs = x.N * x.Lin * x.Cin * (x.Cin / x.g) * x.Gout * x.K;
  const bias = p.bias ? x.Cin * x.N * deepspeedBiasLength(p, x.Gout) : 0n;
  return { flops: 2n * macs + bias, macs };
}

/**
 * After PR #8323 (merged 2026-08-26; code not read, inferred from the PR's description and its
 * worked table): MACs = N·L_in·C_in·(C_out/g)·K; FLOPs = 2·MACs + b·N·C_out·L_out.
 * Source: deepspeedai/DeepSpeed PR #8323.
 */
export function deepspeedPr8323(p: ConvTranspose1dParams): FlopsMacs {
  const macs = inputLengthMacs(p);
  return { flops: 2n * macs + (p.bias ? outputElements(p) : 0n), macs };
}

/**
 * ≤ v0.5.5: the function handled 2-D only and raises IndexError on a 1-D input, inside the
 * patched F.conv_transpose1d, so the forward pass itself fails: no number.
 */
export function deepspeed055(_p: ConvTranspose1dParams): null {
  return null;
}
