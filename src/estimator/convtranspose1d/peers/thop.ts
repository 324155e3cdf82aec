// thop: Lyken17/pytorch-OpCounter (PyPI thop) and its fork ultralytics/thop (PyPI ultralytics-thop).
import type { ConvTranspose1dParams } from '../params.ts';
import { dims, inputLengthMacs } from './views.ts';

/**
 * Lyken17 thop 0.1.x: ConvTranspose shares Conv's count_convNd hook, whose
 * calculate_conv2d_flops is prod(output shape)·(C_in // g)·prod(K) = N·C_out·L_out·(C_in/g)·K
 * MACs on the output length. The bias argument is passed but unused.
 * Source: Lyken17/pytorch-OpCounter thop/vision/calc_func.py, calculate_conv2d_flops (hook in
 * thop/profile.py), commit 43c064afb71383501e41eaef9e8c8407265cf77f; issue #93 (never fixed).
 */
export function thopLyken17(p: ConvTranspose1dParams): bigint {
  const x = dims(p);
  return x.N * x.Cout * x.Lout * x.Gin * x.K;
}

/**
 * Lyken17 thop before the June 2022 refactor (PyPI 0.0.31 era): numel(output)·((C_in/g)·K + b)
 * = N·C_out·L_out·((C_in/g)·K + b) MACs, bias as one MAC per output element.
 * Source: Lyken17/pytorch-OpCounter thop/vision/basic_hooks.py, count_convNd, commit 0fece23.
 */
export function thopLyken17Old(p: ConvTranspose1dParams): bigint {
  const x = dims(p);
  return x.N * x.Cout * x.Lout * (x.Gin * x.K + x.b);
}

/**
 * ultralytics-thop ≥ 2.0.16: a separate transposed hook; calculate_conv2d_flops with
 * transpose=True is prod(input shape)·(C_out // g)·prod(K) = N·L_in·C_in·(C_out/g)·K MACs.
 * No bias.
 * Source: ultralytics/thop thop/vision/calc_func.py, calculate_conv2d_flops (hook count_convtNd in
 * thop/vision/basic_hooks.py), commit fbb5e19468a9279d3df05e3e6324e5d261edfe70; issue #92, PR #93.
 */
export function ultralyticsThop(p: ConvTranspose1dParams): bigint {
  return inputLengthMacs(p);
}

/** ultralytics-thop before 2.0.16 behaved like Lyken17 thop 0.1.x (output length, no bias). */
export const ultralyticsThopOld = thopLyken17;
