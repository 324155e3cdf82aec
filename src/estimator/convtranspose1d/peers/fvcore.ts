// fvcore (and mmengine, whose handle is a modified copy).
import type { ConvTranspose1dParams } from '../params.ts';
import { dims, inputLengthMacs } from './views.ts';

/**
 * fvcore FlopCountAnalysis, current: N·L_in·C_in·(C_out/g)·K "flops" that are MACs (one fused
 * multiply-add counted once): N · prod(weight shape) · prod(input spatial) when transposed.
 * No bias; stride, padding, dilation and output_padding do not enter.
 * Source: facebookresearch/fvcore fvcore/nn/jit_handles.py, conv_flop_count / conv_flop_jit,
 * commit 3378afe0d71dc2aa95e358bc78dc9b67cb48825a (same logic since PR #80, 2021-10).
 */
export function fvcore(p: ConvTranspose1dParams): bigint {
  return inputLengthMacs(p);
}

/**
 * fvcore before PR #80 (commit f70407e, fixing issue #78): the output size was used and the
 * channel product was C_out·(C_out/g) instead of C_in·(C_out/g): N·L_out·C_out·(C_out/g)·K.
 * Source: facebookresearch/fvcore fvcore/nn/jit_handles.py as changed by commit f70407e.
 */
export function fvcorePrePr80(p: ConvTranspose1dParams): bigint {
  const x = dims(p);
  return x.N * x.Lout * x.Cout * x.Gout * x.K;
}
