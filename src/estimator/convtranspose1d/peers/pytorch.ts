// PyTorch's own counters. Facts as recorded in the project's survey of peer tools
// (executed with torch 2.13.0+cpu); see index.ts for the registry rows.
import type { ConvTranspose1dParams } from '../params.ts';
import { dims, inputLengthMacs } from './views.ts';

/**
 * torch.utils.flop_counter.FlopCounterMode, forward: 2·N·L_in·C_in·(C_out/g)·K FLOPs.
 * For a transposed convolution the spatial factor is the *input* size; bias, stride, padding,
 * dilation and output_padding do not enter.
 * Source: pytorch/pytorch torch/utils/flop_counter.py, conv_flop_count / conv_flop,
 * commit f34fa1515024423a239ce26f33a8b65ea9252502.
 */
export function flopCounterForward(p: ConvTranspose1dParams): bigint {
  return 2n * inputLengthMacs(p);
}

/**
 * FlopCounterMode, backward (input and weight both require grad): grad_input is counted like
 * the forward, 2·N·L_in·C_in·(C_out/g)·K; grad_weight is counted as an ordinary convolution
 * over swapped shapes, 2·N·C_in·C_out·K·L_in, which lacks the 1/g (overcounts g× when g > 1).
 * The bias gradient is not counted.
 * Source: pytorch/pytorch torch/utils/flop_counter.py, conv_backward_flop,
 * commit f34fa1515024423a239ce26f33a8b65ea9252502; issue #119806, PR #119874.
 */
export function flopCounterBackward(p: ConvTranspose1dParams): bigint {
  const x = dims(p);
  const gradInput = 2n * inputLengthMacs(p);
  const gradWeight = 2n * x.N * x.Cin * x.Cout * x.K * x.Lin;
  return gradInput + gradWeight;
}

/**
 * torch.profiler with with_flops=True: its FLOP table only knows aten::conv2d (and matrix
 * products, mul, add), so a transposed convolution is reported as 0.
 * Source: pytorch/pytorch torch/csrc/profiler/util.cpp, saveExtraArgs / computeFlops.
 */
export function torchProfiler(_p: ConvTranspose1dParams): bigint {
  return 0n;
}
