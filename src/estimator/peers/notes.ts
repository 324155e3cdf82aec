// What the pages say about the tools' convolution formulas beyond the numbers: where the
// survey read each formula (a file at the commit of tools.ts, or a change), and for every
// known issue of conv.ts, the rest of its text after the first sentence and its references.
// The server renders these (src/components/module/CountersTools.astro); the browser never
// loads them, since conv.ts, which it loads, needs only each issue's first sentence.
import type { ConvIssueId } from './conv.ts';
import { sourceUrl, toolById, type ToolId } from './tools.ts';

/**
 * Where each tool's convolution formula lives, at the commit of tools.ts (see sourceUrl); `url`
 * where the survey read a change rather than a file (a fixing commit, a pull request).
 */
export const CONV_SOURCES: Record<ToolId, { path: string; symbols: string; url?: string }> = {
  flopcountermode: { path: 'torch/utils/flop_counter.py', symbols: 'conv_flop_count, conv_flop' },
  fvcore: { path: 'fvcore/nn/jit_handles.py', symbols: 'conv_flop_count, conv_flop_jit (aten::_convolution)' },
  ptflops: { path: 'ptflops/pytorch_ops.py', symbols: 'conv_flops_counter_hook; pytorch_engine.py compute_average_flops_cost, batch_counter_hook' },
  ptflops_aten: { path: 'ptflops/aten_ops.py', symbols: 'conv_flop_count, conv_flop' },
  thop: { path: 'thop/vision/calc_func.py', symbols: 'calculate_conv2d_flops; basic_hooks.py count_convNd' },
  uthop: { path: 'thop/vision/calc_func.py', symbols: 'calculate_conv2d_flops; basic_hooks.py count_convNd, count_convtNd' },
  calflops_flops: { path: 'calflops/pytorch_ops.py', symbols: '_conv_flops_compute, _conv_trans_flops_compute' },
  calflops_macs: { path: 'calflops/pytorch_ops.py', symbols: '_conv_flops_compute, _conv_trans_flops_compute' },
  deepspeed_flops: { path: 'deepspeed/profiling/flops_profiler/profiler.py', symbols: '_conv_flops_compute, _conv_trans_flops_compute' },
  deepspeed_macs: { path: 'deepspeed/profiling/flops_profiler/profiler.py', symbols: '_conv_flops_compute, _conv_trans_flops_compute' },
  torchinfo: { path: 'torchinfo/layer_info.py', symbols: 'LayerInfo.calculate_macs' },
  flopcountermode_backward: { path: 'torch/utils/flop_counter.py', symbols: 'conv_backward_flop' },
  torch_profiler: { path: 'torch/csrc/profiler/util.cpp', symbols: 'saveExtraArgs, computeFlops' },
  fvcore_pre_pr80: {
    path: 'fvcore/nn/jit_handles.py',
    symbols: 'conv_flop_count (the old code, shown by the fix)',
    url: 'https://github.com/facebookresearch/fvcore/commit/f70407e',
  },
  mmengine: { path: 'mmengine/analysis/jit_handles.py', symbols: 'conv_flop_count, conv_flop_jit' },
  ptflops_074: { path: 'ptflops/pytorch_ops.py', symbols: 'conv_flops_counter_hook' },
  thop_old: { path: 'thop/vision/basic_hooks.py', symbols: 'count_convNd' },
  uthop_old: {
    path: 'thop/vision/calc_func.py',
    symbols: 'calculate_conv2d_flops (PR #93, the switch to the input size)',
    url: 'https://github.com/ultralytics/thop/commit/883c628',
  },
  deepspeed_pr8323_flops: { path: '', symbols: 'PR description and worked table', url: 'https://github.com/deepspeedai/DeepSpeed/pull/8323' },
  deepspeed_pr8323_macs: { path: '', symbols: 'PR description and worked table', url: 'https://github.com/deepspeedai/DeepSpeed/pull/8323' },
  deepspeed_09_flops: { path: 'deepspeed/profiling/flops_profiler/profiler.py', symbols: '_conv_trans_flops_compute' },
  deepspeed_09_macs: { path: 'deepspeed/profiling/flops_profiler/profiler.py', symbols: '_conv_trans_flops_compute' },
  deepspeed_06_flops: { path: 'deepspeed/profiling/flops_profiler/profiler.py', symbols: '_conv_trans_flops_compute' },
  deepspeed_06_macs: { path: 'deepspeed/profiling/flops_profiler/profiler.py', symbols: '_conv_trans_flops_compute' },
  deepspeed_05: { path: 'deepspeed/profiling/flops_profiler/profiler.py', symbols: '_conv_trans_flops_compute' },
  torchscan_macs: { path: 'torchscan/modules/macs.py', symbols: 'macs_convtransposend' },
  torchscan_flops: { path: 'torchscan/modules/flops.py', symbols: 'flops_convtransposend' },
  pthflops: { path: 'pthflops/ops_fx.py', symbols: '_count_convNd' },
  mmcv: { path: 'mmcv/cnn/utils/flops_counter.py', symbols: 'its module mapping (ConvTranspose2d only)' },
  flopth: { path: 'flopth/helper.py', symbols: 'the module dispatch' },
  torchstat: { path: 'torchstat/compute_madd.py', symbols: 'compute_madd' },
  torchprofile: { path: 'torchprofile/handlers.py', symbols: '_convolution' },
  moduleprofiler: {
    path: 'src/moduleprofiler/ops.py',
    symbols: '_conv1d_ops_fn, _conv2d_ops_fn, _convtranspose1d_ops_fn, _convtranspose2d_ops_fn, _convtranspose{1,2}d_filter_addition_ops',
  },
};

/** A link to where the survey read the tool's convolution formula: the file at the commit read, or the change. */
export function convSourceUrl(id: ToolId): string {
  const src = CONV_SOURCES[id];
  return src.url ?? sourceUrl(toolById(id)!, src.path);
}

/** The rest of each known issue after its first sentence (conv.ts CONV_ISSUES), and its references ("owner/name#12", "owner/name PR #12", or words). */
export const CONV_ISSUE_DETAILS: Record<ConvIssueId, { more?: string; refs: readonly string[] }> = {
  'fvcore-string-padding': {
    more: 'With a padding_mode other than zeros the layer pads first and passes numeric padding, so the count is unaffected. No upstream issue was found.',
    refs: [],
  },
  'torchprofile-string-padding': {
    more: 'With a padding_mode other than zeros the layer pads first and passes numeric padding, so the count is unaffected.',
    refs: [],
  },
  'ptflops-unbatched': {
    refs: ['sovrasov/flops-counter.pytorch#13'],
  },
  'ptflops-empty-batch': {
    refs: [],
  },
  'thop-unbatched': {
    more: 'ultralytics-thop reads the channel from the trailing end and is unaffected.',
    refs: [],
  },
  'thop-93': {
    more: 'The maintainer agreed in 2020 that the input shape should be used, but Lyken17 thop was never changed; ultralytics-thop fixed it in 2.0.16.',
    refs: ['Lyken17/pytorch-OpCounter#93', 'Lyken17/pytorch-OpCounter#20', 'ultralytics/thop#92', 'ultralytics/thop PR #93'],
  },
  'calflops-unbatched': {
    refs: [],
  },
  'calflops-unbatched-pass': {
    refs: [],
  },
  'calflops-same': {
    more: "String padding is handled at all since DeepSpeed PR #3169; calflops copied that code.",
    refs: ['deepspeedai/DeepSpeed PR #3169', 'cli99/flops-profiler#7'],
  },
  'calflops-double-groups': {
    more: 'Introduced by DeepSpeed PR #3834 (v0.10.0); fixed by deepspeedai/DeepSpeed PR #8323 after the commit read, not in calflops.',
    refs: ['microsoft/DeepSpeed#3815', 'microsoft/DeepSpeed PR #3834', 'deepspeedai/DeepSpeed PR #8323', 'MrYxJ/calculate-flops.pytorch#33'],
  },
  'calflops-bias-length': {
    more: 'output_padding is never read; a zero or negative size is not checked.',
    refs: ['deepspeedai/DeepSpeed PR #8323'],
  },
  'calflops-negative': {
    refs: [],
  },
  'torchinfo-unbatched': {
    refs: ['TylerYep/torchinfo#32', 'TylerYep/torchinfo PR #34'],
  },
  'torchprofile-groups': {
    refs: ['zhijian-liu/torchprofile PR #2'],
  },
  'moduleprofiler-unbatched': {
    more: 'Conv1d tests ndim == 2 and is right; Conv2d and ConvTranspose2d test ndim == 2, ConvTranspose1d ndim == 1. Every unbatched ConvTranspose1d record of this project’s PyTorch golden data shows the factor.',
    refs: ['tests/fixtures/golden/README.md (reference_total_ops)'],
  },
  'moduleprofiler-not-mapped': {
    refs: [],
  },
  'moduleprofiler-probe-fails': {
    refs: [],
  },
  'moduleprofiler-probe-output-padding': {
    refs: [],
  },
  'flopcounter-grad-weight-groups': {
    more: 'A fix (PR #183405) shows as closed without a confirmed merge; torch 2.13.0 still overcounts.',
    refs: ['pytorch/pytorch#119806', 'pytorch/pytorch PR #119874', 'pytorch/pytorch PR #183405'],
  },
  'torch-profiler-unsupported': {
    more: 'A transposed convolution is counted as 0 operations.',
    refs: ['pytorch/pytorch PR #51734', 'pytorch/pytorch PR #51377'],
  },
  'fvcore-78': {
    more: 'Fixed by PR #80, which notes that the choice of input or output size depends on how naively the transposed convolution is implemented.',
    refs: ['facebookresearch/fvcore#78', 'facebookresearch/fvcore PR #80'],
  },
  'ptflops-57-149': {
    refs: ['sovrasov/flops-counter.pytorch#57', 'sovrasov/flops-counter.pytorch#149'],
  },
  'uthop-92': {
    refs: ['ultralytics/thop#92', 'ultralytics/thop PR #93'],
  },
  'deepspeed-in-as-out': {
    more: 'Right only when C_in = C_out and g = 1.',
    refs: ['microsoft/DeepSpeed#3815', 'microsoft/DeepSpeed PR #3834'],
  },
  'deepspeed-kernel-dims': {
    more: 'Fixed by PR #1989 (v0.6.6).',
    refs: ['microsoft/DeepSpeed PR #1518', 'microsoft/DeepSpeed PR #1989'],
  },
  'deepspeed-ordinary-length': {
    more: 'output_padding is never read; a zero or negative size is not checked.',
    refs: ['deepspeedai/DeepSpeed PR #8323'],
  },
  'deepspeed-1d-crash': {
    more: 'General 1/2/3-D support came with PR #1518 (v0.5.6).',
    refs: ['microsoft/DeepSpeed PR #1518'],
  },
  'torchscan-constant': {
    refs: [],
  },
  'mmcv-unsupported': {
    more: 'A ConvTranspose1d is counted as 0 operations.',
    refs: ['open-mmlab/mmcv#785'],
  },
  'flopth-unsupported': {
    more: 'A ConvTranspose1d is counted as 0 operations.',
    refs: ['vra/flopth#5'],
  },
  'torchstat-unsupported': {
    more: 'A ConvTranspose1d is counted as 0 operations.',
    refs: ['Swall0w/torchstat#16'],
  },
  'float-total': {
    refs: [],
  },
  'invalid-geometry': {
    more: 'PeerCount.note then names the problem (convGeometryProblem).',
    refs: [],
  },
};
