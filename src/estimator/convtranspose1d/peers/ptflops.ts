// ptflops (sovrasov/flops-counter.pytorch). Counts are MACs although the code says "flops".
import type { ConvTranspose1dParams } from '../params.ts';
import { dims, inputLengthMacs, outputElements, outputLengthMacs } from './views.ts';

/** Bias term of ptflops: one MAC per element of the real output, when the layer has a bias. */
function biasTerm(p: ConvTranspose1dParams): bigint {
  return p.bias ? outputElements(p) : 0n;
}

/**
 * ptflops ≥ 0.7.5, pytorch backend (the default of get_model_complexity_info):
 * [N·L_in·C_in·(C_out/g)·K + b·N·C_out·L_out] / N. The module total is divided by the number
 * of samples seen, so the value is per sample; N divides the total exactly.
 * Source: sovrasov/flops-counter.pytorch ptflops/pytorch_ops.py, conv_flops_counter_hook,
 * commit d612c7547445841a325fd2a1ff2ab27583f01bae (0.7.6); issue #149.
 */
export function ptflopsPytorch(p: ConvTranspose1dParams): bigint {
  return (inputLengthMacs(p) + biasTerm(p)) / dims(p).N;
}

/**
 * ptflops aten backend (≥ 0.7.3): N·L_in·C_in·(C_out/g)·K + b·N·C_out·L_out, whole batch
 * (not divided by N, unlike the pytorch backend).
 * Source: sovrasov/flops-counter.pytorch ptflops/aten_ops.py, conv_flop_count / conv_flop,
 * commit d612c7547445841a325fd2a1ff2ab27583f01bae.
 */
export function ptflopsAten(p: ConvTranspose1dParams): bigint {
  return inputLengthMacs(p) + biasTerm(p);
}

/**
 * ptflops 0.6.4 – 0.7.4, pytorch backend: transposed convolutions went through the regular
 * convolution hook, so the output length is used: [N·L_out·C_in·(C_out/g)·K + b·N·C_out·L_out] / N,
 * per sample.
 * Source: sovrasov/flops-counter.pytorch ptflops/pytorch_ops.py, conv_flops_counter_hook,
 * tag v0.7.4 (behaviour since commit dfde67a, issue #57).
 */
export function ptflops074(p: ConvTranspose1dParams): bigint {
  return (outputLengthMacs(p) + biasTerm(p)) / dims(p).N;
}
