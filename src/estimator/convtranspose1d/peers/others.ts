// torchinfo, torchprofile, torchscan, pthflops, and the tools that do not support ConvTranspose1d.
import type { ConvTranspose1dParams } from '../params.ts';
import { dims, outputElements } from './views.ts';

/**
 * torchinfo summary(...).total_mult_adds: every layer whose class name contains "Conv" gets,
 * per parameter (weight and bias), numel × N × prod(output spatial):
 * N·L_out·(C_in·(C_out/g)·K + b·C_out) = N·C_out·L_out·((C_in/g)·K + b) Mult-Adds.
 * Source: TylerYep/torchinfo torchinfo/layer_info.py, LayerInfo.calculate_macs,
 * commit 5c4164f1e2e185ce33c597dbe00535bf8ed2b930 (1.8.0).
 */
export function torchinfo(p: ConvTranspose1dParams): bigint {
  const x = dims(p);
  return x.N * x.Lout * (x.Cin * x.Gout * x.K + x.b * x.Cout);
}

/**
 * torchprofile: prod(output shape)·c·prod(K) MACs, where c is weight dim 1 (C_out/g) if C_out
 * equals weight dim 0 (C_in), else weight dim 0 (C_in). So C_in ≠ C_out gives N·C_out·L_out·C_in·K
 * (groups ignored); C_in = C_out gives N·C_out·L_out·(C_out/g)·K. No bias.
 * Source: zhijian-liu/torchprofile torchprofile/handlers.py, _convolution,
 * commit ec8bf8ad1563267c9532aa46d3cfa0fbeb184b03 (0.1.0).
 */
export function torchprofile(p: ConvTranspose1dParams): bigint {
  const x = dims(p);
  const c = x.Cout === x.Cin ? x.Gout : x.Cin;
  return x.N * x.Cout * x.Lout * c * x.K;
}

/** Spatial dimensions of a ConvTranspose1d, the "ndim" of torchscan's padding constant. */
const NDIM = 1n;

/**
 * torchscan MACs: numel(output)·(C_in/g)·K + 4·ndim (a constant for padding bookkeeping, once per
 * call); no bias.
 * Source: frgfm/torch-scan torchscan/modules/macs.py, macs_convtransposend, commit 6431b493
 * (0.2.0.dev0; v0.1.2 identical).
 */
export function torchscanMacs(p: ConvTranspose1dParams): bigint {
  const x = dims(p);
  return outputElements(p) * x.Gin * x.K + 4n * NDIM;
}

/**
 * torchscan FLOPs, multiplications and additions counted separately on the output length:
 * numel(output)·[(C_in/g)(2K − 1) + (C_in/g − 1) + b] + 8·ndim.
 * Source: frgfm/torch-scan torchscan/modules/flops.py, flops_convtransposend, commit 6431b493.
 */
export function torchscanFlops(p: ConvTranspose1dParams): bigint {
  const x = dims(p);
  return outputElements(p) * (x.Gin * (2n * x.K - 1n) + (x.Gin - 1n) + x.b) + 8n * NDIM;
}

/**
 * pthflops (fx mode): the _ConvNd hook, applied to transposed convolutions too:
 * N·L_out·C_in·(C_out/g)·K + b·N·C_out·L_out MACs, on the output length.
 * Source: 1adrianb/pytorch-estimate-flops pthflops/ops_fx.py, _count_convNd, commit 261cf942 (0.4.2).
 */
export function pthflops(p: ConvTranspose1dParams): bigint {
  const x = dims(p);
  return x.N * x.Lout * x.Cin * x.Gout * x.K + (p.bias ? outputElements(p) : 0n);
}

/**
 * A tool with no handler for ConvTranspose1d counts it as 0: mmcv 1.x get_model_complexity_info
 * (only ConvTranspose2d is mapped), flopth (dispatches on isinstance(…, nn.Conv1d), which
 * ConvTranspose1d is not), torchstat (2-D and 3-D only) and pthflops' jit/ONNX mode (no
 * onnx::ConvTranspose handler).
 */
export function unsupported(_p: ConvTranspose1dParams): bigint {
  return 0n;
}
