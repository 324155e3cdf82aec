// How other operation counters count torch.nn.ConvTranspose1d: one row per tool and version,
// with its conventions, its formula, where in the tool's source it comes from, whether the
// survey ran the tool or read the formula off the source, and its known issues. What each
// tool computes (its count function, unit, batch convention and which issues apply) is in
// counting.ts; this file adds the words, and the two join by id into `peers`.
//
// The facts come from the project's survey of the tools' source code (a notes file kept
// outside the repository); commits are the ones that survey read. The survey's numbers for its
// two reference layers are the expectations in peers.test.ts.
import { estimate, type Estimate } from '../estimate.ts';
import type { ConvTranspose1dParams } from '../params.ts';
import { counters, exactInUnit, flagRules, type Counter, type ExactInUnit, type FlagId, type FlagRule } from './counting.ts';
import { deepspeedBiasLength } from './deepspeed.ts';
import { peersJSONText, type PeerJSON } from './json.ts';

export * from './counting.ts';
export * from './views.ts';
export * from './compare.ts';
export * from './convert.ts';
export * from './pytorch.ts';
export * from './fvcore.ts';
export * from './ptflops.ts';
export * from './thop.ts';
export * from './deepspeed.ts';
export * from './others.ts';
export * from './moduleprofiler.ts';

export type BiasConvention = 'ignored' | 'one per output element' | 'wrong channels and length' | 'n/a';
/** Which length the multiplications are counted on. */
export type LengthBasis = 'input' | 'output' | 'none';
/** executed: the survey ran the tool; derived: formula read off the source; inferred: neither (source not read). */
export type Evidence = 'executed' | 'derived' | 'inferred';

export interface Link {
  label: string;
  /** Absent for a reference inside this repository. */
  url?: string;
}

/** A known issue's footnote: one or two sentences, what the tool does and what it should do. */
interface FlagNote {
  text: string;
  refs: Link[];
}

/** A known defect or pitfall of a tool, reproduced in its count and explained in a footnote. */
export interface Flag extends FlagRule, FlagNote {
  id: FlagId;
}

/** The words about one row of counting.ts. */
interface Description {
  id: string;
  /** Family, for grouping rows in tables. */
  family: string;
  tool: string;
  version: string;
  /** The quantity the tool prints (its own name for it). */
  reports: string;
  bias: BiasConvention;
  length: LengthBasis;
  /** One line, plain text: L_in, C_out/g etc. */
  formula: string;
  /** The file the formula lives in, at the commit read (or the change that records it). */
  source: Link;
  evidence: Evidence;
  evidenceNote?: string;
  /** Why count is null, for the layers where it is. */
  whyNull?: string;
}

export interface PeerRow extends Omit<Counter, 'flags'>, Omit<Description, 'id'> {
  flags: Flag[];
}

const gh = (repo: string, ref: string, path: string): Link => ({
  label: `${repo} ${path} @ ${ref.length > 12 ? ref.slice(0, 7) : ref}`,
  url: `https://github.com/${repo}/blob/${ref}/${path}`,
});
const issue = (repo: string, n: number, label = `${repo}#${n}`): Link => ({ label, url: `https://github.com/${repo}/issues/${n}` });
const pr = (repo: string, n: number, label = `${repo} PR #${n}`): Link => ({ label, url: `https://github.com/${repo}/pull/${n}` });

const PYTORCH = 'f34fa1515024423a239ce26f33a8b65ea9252502';
const FVCORE = '3378afe0d71dc2aa95e358bc78dc9b67cb48825a';
const PTFLOPS = 'd612c7547445841a325fd2a1ff2ab27583f01bae';
const THOP = '43c064afb71383501e41eaef9e8c8407265cf77f';
const ULTRALYTICS = 'fbb5e19468a9279d3df05e3e6324e5d261edfe70';
const CALFLOPS = '29ca58443fc15252888de377b842fa0308a5cfe8';
const DEEPSPEED = 'edaa7221267243c7be7fb49c5d5f5c4fb97b4641';
const DS_PATH = 'deepspeed/profiling/flops_profiler/profiler.py';

const unsupportedNote = (why: string, refs: Link[]): FlagNote => ({ text: `${why} ConvTranspose1d is counted as 0 operations.`, refs });
const thopOutputText =
  'Transposed convolutions share the ordinary convolution hook, so the count runs over the output length (about stride× the products performed). The maintainer agreed in 2020 that the input shape should be used, but Lyken17 thop was never changed.';

/** Every footnote, by flag id. */
const flagNotes: Record<FlagId, FlagNote> = {
  'flopcounter-padding': {
    text: 'A source comment concedes that padding is not accounted for: products that the padding crops away are still counted. torchscan’s measure_flops wraps this same counter.',
    refs: [pr('pytorch/pytorch', 119874)],
  },
  'flopcounter-grad-weight-groups': {
    text: 'The grad_weight term is counted as an ordinary convolution over swapped shapes without dividing by groups, so for g > 1 it is g times too large (grouped regular convolutions too). A fix (PR #183405) shows as closed without a confirmed merge; torch 2.13.0 still overcounts.',
    refs: [issue('pytorch/pytorch', 119806, 'pytorch/pytorch#119806'), pr('pytorch/pytorch', 119874), pr('pytorch/pytorch', 183405)],
  },
  'torch-profiler-unsupported': unsupportedNote(
    'The profiler’s FLOP formulas cover aten::conv2d, matrix products, mul and add only; torch-tb-profiler displays the same 0 (inferred).',
    [pr('pytorch/pytorch', 51734), pr('pytorch/pytorch', 51377)],
  ),
  'fvcore-flop-is-mac': {
    text: 'What fvcore calls a flop is one fused multiply-add; the maintainers keep the name to avoid breaking users.',
    refs: [issue('facebookresearch/fvcore', 69), pr('facebookresearch/fvcore', 77)],
  },
  'fvcore-78': {
    text: 'The output size was used with C_out·(C_out/g) in place of C_in·(C_out/g). Fixed by PR #80, which notes that the choice of input or output size depends on how naively the transposed convolution is implemented.',
    refs: [issue('facebookresearch/fvcore', 78), pr('facebookresearch/fvcore', 80)],
  },
  'ptflops-backends': {
    text: 'The default backend divides the module total by the number of samples seen, the aten backend does not, so the two disagree by a factor of N. The README calls aten the default, but the function defaults to the pytorch backend (commit d583beb).',
    refs: [issue('sovrasov/flops-counter.pytorch', 13), issue('sovrasov/flops-counter.pytorch', 149)],
  },
  'ptflops-57-149': {
    text: 'From 0.6.4 (issue #57) transposed convolutions went through the ordinary convolution hook, on the output length; 0.7.5 (issue #149, 2025-08) went back to the input length.',
    refs: [issue('sovrasov/flops-counter.pytorch', 57), issue('sovrasov/flops-counter.pytorch', 149)],
  },
  'thop-93': {
    text: thopOutputText,
    refs: [issue('Lyken17/pytorch-OpCounter', 93), issue('Lyken17/pytorch-OpCounter', 20)],
  },
  'ultralytics-thop-92': {
    text: 'Behaved like Lyken17 thop 0.1.x (output length) until issue #92 was fixed by PR #93, released as 2.0.16 (2025-08).',
    refs: [issue('ultralytics/thop', 92), pr('ultralytics/thop', 93)],
  },
  'deepspeed-double-groups': {
    text: 'Output channels are read from weight dim 1, which is already C_out/g, and divided by g again: the MACs are g times too few, and 0 when C_out/g < g. Introduced by PR #3834 (v0.10.0); fixed by deepspeedai/DeepSpeed PR #8323 (2026-08), not in calflops.',
    refs: [issue('microsoft/DeepSpeed', 3815), pr('microsoft/DeepSpeed', 3834), pr('deepspeedai/DeepSpeed', 8323), issue('MrYxJ/calculate-flops.pytorch', 33)],
  },
  'deepspeed-bias-length': {
    text: "The bias term uses the output length of an ordinary convolution, ⌊(L_in + 2p − d(K − 1) − 1)/s⌋ + 1, instead of the transposed L_out (output_padding is never read), times the wrong channel count. If that length is 0 or negative the code does not check: the bias term, and possibly the FLOPs, become 0 or negative.",
    refs: [pr('deepspeedai/DeepSpeed', 8323)],
  },
  'deepspeed-in-as-out': {
    text: 'Output channels are read from weight dim 0, which for a transposed convolution is C_in: the MACs use C_in·⌊C_in/g⌋ where C_in·C_out/g is meant, and the bias term C_in channels. Right only when C_in = C_out and g = 1.',
    refs: [issue('microsoft/DeepSpeed', 3815), pr('microsoft/DeepSpeed', 3834)],
  },
  'deepspeed-kernel-dims': {
    text: 'The kernel was read as the last two weight dims, which for a 1-D transposed weight are (C_out/g, K): every count carries an extra factor C_out/g, and the bias length is computed for a kernel of C_out/g taps. Fixed by PR #1989 (v0.6.6).',
    refs: [pr('microsoft/DeepSpeed', 1518), pr('microsoft/DeepSpeed', 1989)],
  },
  'deepspeed-1d-crash': {
    text: 'The function assumes a 2-D convolution and raises IndexError on a 1-D input; since it runs inside the patched F.conv_transpose1d, the forward pass itself fails. General 1/2/3-D support came with PR #1518 (v0.5.6).',
    refs: [pr('microsoft/DeepSpeed', 1518)],
  },
  'torchinfo-conv-name': {
    text: 'Any layer whose class name contains "Conv" gets (parameter numel) × N × output spatial size, so a transposed convolution is counted like an ordinary one, on the output length.',
    refs: [issue('TylerYep/torchinfo', 72), issue('leoxiaobin/deep-high-resolution-net.pytorch', 257)],
  },
  'moduleprofiler-unbatched': {
    text: 'For an unbatched (C_in, L_in) input the implementation takes N = C_in, so it reports C_in times the documented total (seen in every unbatched PyTorch golden record). The page’s documented total uses N = 1.',
    refs: [{ label: 'this project’s PyTorch golden records, tests/fixtures/golden/README.md (reference_total_ops)' }],
  },
  'moduleprofiler-probe': {
    text: 'Multiplications are charged on the output length (L_out·K per filter); additions are measured with a ones probe that omits output_padding, which can misstate them when padding and output_padding are both positive. Above 2^53 the tool’s float total is rounded; this value is exact.',
    refs: [{ label: 'eagomez2/moduleprofiler docs/modules/convtranspose1d.md', url: 'https://github.com/eagomez2/moduleprofiler/blob/071b9f85450a899fce3a20666b78b54a9fbe9b18/docs/modules/convtranspose1d.md' }],
  },
  'torchprofile-groups': {
    text: 'The per-output channel factor is guessed from the weight shape: when C_in ≠ C_out it is C_in, not C_in/g, so groups are ignored and grouped layers are counted g times over.',
    refs: [{ label: 'zhijian-liu/torchprofile PR #2', url: 'https://github.com/zhijian-liu/torchprofile/pull/2' }],
  },
  'torchscan-constant': {
    text: 'A constant 4 per spatial dimension (8 for FLOPs) is added once per call for padding bookkeeping, whatever the batch.',
    refs: [],
  },
  'pthflops-jit': {
    text: 'The jit/ONNX mode has no onnx::ConvTranspose handler and so gives 0; on torch 2.13 that mode does not run at all (torch.onnx._optimize_trace is gone).',
    refs: [issue('1adrianb/pytorch-estimate-flops', 15)],
  },
  'mmcv-unsupported': unsupportedNote('A fork of old ptflops that maps only nn.ConvTranspose2d.', [issue('open-mmlab/mmcv', 785)]),
  'flopth-unsupported': unsupportedNote('Dispatch is by isinstance(…, nn.Conv1d), and ConvTranspose1d is not a Conv1d subclass.', [issue('vra/flopth', 5)]),
  'torchstat-unsupported': unsupportedNote('Only ConvTranspose2d and ConvTranspose3d have a MAdd formula.', [issue('Swall0w/torchstat', 16)]),
};

/** The words for each row of `counters`, in the same order. */
const descriptions: readonly Description[] = [
  // ---------------------------------------------------------------- PyTorch
  {
    id: 'flopcounter',
    family: 'PyTorch',
    tool: 'torch.utils.flop_counter (FlopCounterMode)',
    version: 'torch 2.13 (main f34fa15)',
    reports: 'get_total_flops()',
    bias: 'ignored',
    length: 'input',
    formula: '2·N·L_in·C_in·(C_out/g)·K',
    source: gh('pytorch/pytorch', PYTORCH, 'torch/utils/flop_counter.py'),
    evidence: 'executed',
  },
  {
    id: 'flopcounter-backward',
    family: 'PyTorch',
    tool: 'FlopCounterMode, backward pass',
    version: 'torch 2.13 (main f34fa15)',
    reports: 'backward FLOPs (grad_input + grad_weight)',
    bias: 'ignored',
    length: 'input',
    formula: '2·N·L_in·C_in·(C_out/g)·K + 2·N·C_in·C_out·K·L_in',
    source: gh('pytorch/pytorch', PYTORCH, 'torch/utils/flop_counter.py'),
    evidence: 'executed',
    evidenceNote: 'input and weight both require grad',
  },
  {
    id: 'torch-profiler',
    family: 'PyTorch',
    tool: 'torch.profiler (with_flops=True)',
    version: 'torch 2.13',
    reports: 'FLOPs column',
    bias: 'n/a',
    length: 'none',
    formula: '0 (only aten::conv2d among convolutions)',
    source: gh('pytorch/pytorch', PYTORCH, 'torch/csrc/profiler/util.cpp'),
    evidence: 'executed',
    evidenceNote: 'file linked at the flop_counter commit; the commit read for it was not recorded',
  },
  // ---------------------------------------------------------------- fvcore
  {
    id: 'fvcore',
    family: 'fvcore / mmengine',
    tool: 'fvcore FlopCountAnalysis',
    version: '≥ PR #80 (2021-10); HEAD 3378afe, 0.1.6',
    reports: 'total() "flops"',
    bias: 'ignored',
    length: 'input',
    formula: 'N·L_in·C_in·(C_out/g)·K',
    source: gh('facebookresearch/fvcore', FVCORE, 'fvcore/nn/jit_handles.py'),
    evidence: 'executed',
  },
  {
    id: 'fvcore-pre-pr80',
    family: 'fvcore / mmengine',
    tool: 'fvcore FlopCountAnalysis',
    version: 'before PR #80 (2021-10)',
    reports: 'total() "flops"',
    bias: 'ignored',
    length: 'output',
    formula: 'N·L_out·C_out·(C_out/g)·K',
    source: { label: 'facebookresearch/fvcore commit f70407e (the fix, showing the old code)', url: 'https://github.com/facebookresearch/fvcore/commit/f70407e' },
    evidence: 'derived',
  },
  {
    id: 'mmengine',
    family: 'fvcore / mmengine',
    tool: 'mmengine.analysis (copy of fvcore’s handle)',
    version: 'commit 176756cf',
    reports: 'total() "flops"',
    bias: 'ignored',
    length: 'input',
    formula: 'N·L_in·C_in·(C_out/g)·K',
    source: gh('open-mmlab/mmengine', '176756cf', 'mmengine/analysis/jit_handles.py'),
    evidence: 'derived',
  },
  // ---------------------------------------------------------------- ptflops
  {
    id: 'ptflops-pytorch',
    family: 'ptflops',
    tool: 'ptflops get_model_complexity_info, pytorch backend',
    version: '≥ 0.7.5 (HEAD d612c75, 0.7.6)',
    reports: 'MACs ("GMac"), per sample',
    bias: 'one per output element',
    length: 'input',
    formula: '[N·L_in·C_in·(C_out/g)·K + b·N·C_out·L_out] / N',
    source: gh('sovrasov/flops-counter.pytorch', PTFLOPS, 'ptflops/pytorch_ops.py'),
    evidence: 'executed',
  },
  {
    id: 'ptflops-aten',
    family: 'ptflops',
    tool: 'ptflops get_model_complexity_info, aten backend',
    version: '≥ 0.7.3 (HEAD d612c75)',
    reports: 'MACs ("GMac")',
    bias: 'one per output element',
    length: 'input',
    formula: 'N·L_in·C_in·(C_out/g)·K + b·N·C_out·L_out',
    source: gh('sovrasov/flops-counter.pytorch', PTFLOPS, 'ptflops/aten_ops.py'),
    evidence: 'executed',
  },
  {
    id: 'ptflops-0.7.4',
    family: 'ptflops',
    tool: 'ptflops get_model_complexity_info, pytorch backend',
    version: '0.6.4 – 0.7.4',
    reports: 'MACs ("GMac"), per sample',
    bias: 'one per output element',
    length: 'output',
    formula: '[N·L_out·C_in·(C_out/g)·K + b·N·C_out·L_out] / N',
    source: gh('sovrasov/flops-counter.pytorch', 'v0.7.4', 'ptflops/pytorch_ops.py'),
    evidence: 'executed',
  },
  // ---------------------------------------------------------------- thop
  {
    id: 'thop-lyken17',
    family: 'thop',
    tool: 'thop profile (Lyken17/pytorch-OpCounter)',
    version: '0.1.x (43c064a)',
    reports: 'MACs',
    bias: 'ignored',
    length: 'output',
    formula: 'N·C_out·L_out·(C_in/g)·K',
    source: gh('Lyken17/pytorch-OpCounter', THOP, 'thop/vision/calc_func.py'),
    evidence: 'executed',
  },
  {
    id: 'thop-lyken17-old',
    family: 'thop',
    tool: 'thop profile (Lyken17/pytorch-OpCounter)',
    version: '≤ mid-2022 (0.0.31 era, 0fece23)',
    reports: 'MACs',
    bias: 'one per output element',
    length: 'output',
    formula: 'N·C_out·L_out·((C_in/g)·K + b)',
    source: gh('Lyken17/pytorch-OpCounter', '0fece23', 'thop/vision/basic_hooks.py'),
    evidence: 'executed',
  },
  {
    id: 'ultralytics-thop',
    family: 'thop',
    tool: 'ultralytics-thop profile',
    version: '≥ 2.0.16 (2.1.6, fbb5e19)',
    reports: 'MACs',
    bias: 'ignored',
    length: 'input',
    formula: 'N·L_in·C_in·(C_out/g)·K',
    source: gh('ultralytics/thop', ULTRALYTICS, 'thop/vision/calc_func.py'),
    evidence: 'executed',
  },
  {
    id: 'ultralytics-thop-old',
    family: 'thop',
    tool: 'ultralytics-thop profile',
    version: '< 2.0.16',
    reports: 'MACs',
    bias: 'ignored',
    length: 'output',
    formula: 'N·C_out·L_out·(C_in/g)·K',
    source: { label: 'ultralytics/thop commit 883c628 (PR #93, the switch to the input length)', url: 'https://github.com/ultralytics/thop/commit/883c628' },
    evidence: 'derived',
  },
  // ---------------------------------------------------------------- calflops / DeepSpeed
  {
    id: 'calflops',
    family: 'calflops / DeepSpeed',
    tool: 'calflops calculate_flops',
    version: '29ca584 / 0.3.2',
    reports: 'FLOPs',
    bias: 'wrong channels and length',
    length: 'input',
    formula: '2·N·L_in·C_in·⌊(C_out/g)/g⌋·K + b·(C_out/g)·N·L_conv',
    source: gh('MrYxJ/calculate-flops.pytorch', CALFLOPS, 'calflops/pytorch_ops.py'),
    evidence: 'executed',
  },
  {
    id: 'calflops-macs',
    family: 'calflops / DeepSpeed',
    tool: 'calflops calculate_flops',
    version: '29ca584 / 0.3.2',
    reports: 'MACs',
    bias: 'ignored',
    length: 'input',
    formula: 'N·L_in·C_in·⌊(C_out/g)/g⌋·K',
    source: gh('MrYxJ/calculate-flops.pytorch', CALFLOPS, 'calflops/pytorch_ops.py'),
    evidence: 'executed',
  },
  {
    id: 'deepspeed',
    family: 'calflops / DeepSpeed',
    tool: 'DeepSpeed flops profiler',
    version: '0.10.0 – 0.19.6 (edaa722)',
    reports: 'FLOPs',
    bias: 'wrong channels and length',
    length: 'input',
    formula: '2·N·L_in·C_in·⌊(C_out/g)/g⌋·K + b·(C_out/g)·N·L_conv',
    source: gh('deepspeedai/DeepSpeed', DEEPSPEED, DS_PATH),
    evidence: 'executed',
  },
  {
    id: 'deepspeed-macs',
    family: 'calflops / DeepSpeed',
    tool: 'DeepSpeed flops profiler',
    version: '0.10.0 – 0.19.6 (edaa722)',
    reports: 'MACs',
    bias: 'ignored',
    length: 'input',
    formula: 'N·L_in·C_in·⌊(C_out/g)/g⌋·K',
    source: gh('deepspeedai/DeepSpeed', DEEPSPEED, DS_PATH),
    evidence: 'executed',
  },
  {
    id: 'deepspeed-pr8323',
    family: 'calflops / DeepSpeed',
    tool: 'DeepSpeed flops profiler',
    version: 'after PR #8323 (merged 2026-08-26)',
    reports: 'FLOPs',
    bias: 'one per output element',
    length: 'input',
    formula: '2·N·L_in·C_in·(C_out/g)·K + b·N·C_out·L_out',
    source: { label: 'deepspeedai/DeepSpeed PR #8323 (description and worked table)', url: 'https://github.com/deepspeedai/DeepSpeed/pull/8323' },
    evidence: 'inferred',
    evidenceNote: 'code not read; formula matches the PR’s worked table',
  },
  {
    id: 'deepspeed-pr8323-macs',
    family: 'calflops / DeepSpeed',
    tool: 'DeepSpeed flops profiler',
    version: 'after PR #8323 (merged 2026-08-26)',
    reports: 'MACs',
    bias: 'ignored',
    length: 'input',
    formula: 'N·L_in·C_in·(C_out/g)·K',
    source: { label: 'deepspeedai/DeepSpeed PR #8323 (description and worked table)', url: 'https://github.com/deepspeedai/DeepSpeed/pull/8323' },
    evidence: 'inferred',
    evidenceNote: 'code not read; formula matches the PR’s worked table',
  },
  {
    id: 'deepspeed-0.9',
    family: 'calflops / DeepSpeed',
    tool: 'DeepSpeed flops profiler',
    version: '0.6.6 – 0.9.x',
    reports: 'FLOPs',
    bias: 'wrong channels and length',
    length: 'input',
    formula: '2·N·L_in·C_in·⌊C_in/g⌋·K + b·C_in·N·L_conv',
    source: gh('microsoft/DeepSpeed', 'v0.6.6', DS_PATH),
    evidence: 'executed',
    evidenceNote: 'that version’s function run on the module’s arguments',
  },
  {
    id: 'deepspeed-0.9-macs',
    family: 'calflops / DeepSpeed',
    tool: 'DeepSpeed flops profiler',
    version: '0.6.6 – 0.9.x',
    reports: 'MACs',
    bias: 'ignored',
    length: 'input',
    formula: 'N·L_in·C_in·⌊C_in/g⌋·K',
    source: gh('microsoft/DeepSpeed', 'v0.6.6', DS_PATH),
    evidence: 'executed',
    evidenceNote: 'that version’s function run on the module’s arguments',
  },
  {
    id: 'deepspeed-0.6',
    family: 'calflops / DeepSpeed',
    tool: 'DeepSpeed flops profiler',
    version: '0.5.9 – 0.6.5',
    reports: 'FLOPs',
    bias: 'wrong channels and length',
    length: 'input',
    formula: '2·N·L_in·C_in·⌊C_in/g⌋·(C_out/g)·K + b·C_in·N·L_conv[k = C_out/g]',
    source: gh('microsoft/DeepSpeed', 'v0.6.5', DS_PATH),
    evidence: 'executed',
    evidenceNote: 'that version’s function run on the module’s arguments; 0.5.6–0.5.8 printed a single number, not modelled here',
  },
  {
    id: 'deepspeed-0.6-macs',
    family: 'calflops / DeepSpeed',
    tool: 'DeepSpeed flops profiler',
    version: '0.5.9 – 0.6.5',
    reports: 'MACs',
    bias: 'ignored',
    length: 'input',
    formula: 'N·L_in·C_in·⌊C_in/g⌋·(C_out/g)·K',
    source: gh('microsoft/DeepSpeed', 'v0.6.5', DS_PATH),
    evidence: 'executed',
    evidenceNote: 'that version’s function run on the module’s arguments; MACs reported from 0.5.9 (PR #1591)',
  },
  {
    id: 'deepspeed-0.5',
    family: 'calflops / DeepSpeed',
    tool: 'DeepSpeed flops profiler',
    version: '≤ 0.5.5',
    reports: 'FLOPs',
    bias: 'n/a',
    length: 'none',
    formula: 'raises IndexError (2-D only)',
    source: gh('microsoft/DeepSpeed', 'v0.5.5', DS_PATH),
    evidence: 'executed',
    evidenceNote: 'that version’s function run on the module’s arguments',
    whyNull: 'the profiled forward pass raises IndexError',
  },
  // ---------------------------------------------------------------- others
  {
    id: 'torchinfo',
    family: 'Other tools',
    tool: 'torchinfo summary',
    version: '1.8.0 (5c4164f)',
    reports: 'total_mult_adds ("Mult-Adds")',
    bias: 'one per output element',
    length: 'output',
    formula: 'N·C_out·L_out·((C_in/g)·K + b)',
    source: gh('TylerYep/torchinfo', '5c4164f1e2e185ce33c597dbe00535bf8ed2b930', 'torchinfo/layer_info.py'),
    evidence: 'executed',
  },
  {
    id: 'moduleprofiler',
    family: 'Other tools',
    tool: 'moduleprofiler (the documented method)',
    version: '0.0.4 (071b9f8)',
    reports: 'ops',
    bias: 'one per output element',
    length: 'output',
    formula: 'N·(C_in·C_out/g)·(L_out·(K+1) + A) − (1 − b)·N·C_out·L_out',
    source: gh('eagomez2/moduleprofiler', '071b9f85450a899fce3a20666b78b54a9fbe9b18', 'src/moduleprofiler/ops.py'),
    evidence: 'executed',
    whyNull: 'its ones probe, built without output_padding, has length ≤ 0 and PyTorch refuses to run it',
  },
  {
    id: 'torchprofile',
    family: 'Other tools',
    tool: 'torchprofile profile_macs',
    version: '0.1.0 (ec8bf8a)',
    reports: 'MACs',
    bias: 'ignored',
    length: 'output',
    formula: 'N·C_out·L_out·c·K, c = C_in if C_in ≠ C_out else C_out/g',
    source: gh('zhijian-liu/torchprofile', 'ec8bf8ad1563267c9532aa46d3cfa0fbeb184b03', 'torchprofile/handlers.py'),
    evidence: 'executed',
  },
  {
    id: 'torchscan-macs',
    family: 'Other tools',
    tool: 'torchscan summary',
    version: '0.1.2 / HEAD 6431b493',
    reports: 'MACs',
    bias: 'ignored',
    length: 'output',
    formula: 'N·C_out·L_out·(C_in/g)·K + 4',
    source: gh('frgfm/torch-scan', '6431b493', 'torchscan/modules/macs.py'),
    evidence: 'executed',
  },
  {
    id: 'torchscan-flops',
    family: 'Other tools',
    tool: 'torchscan summary',
    version: '0.1.2 / HEAD 6431b493',
    reports: 'FLOPs',
    bias: 'one per output element',
    length: 'output',
    formula: 'N·C_out·L_out·[(C_in/g)(2K − 1) + (C_in/g − 1) + b] + 8',
    source: gh('frgfm/torch-scan', '6431b493', 'torchscan/modules/flops.py'),
    evidence: 'executed',
  },
  {
    id: 'pthflops',
    family: 'Other tools',
    tool: 'pthflops count_ops (fx mode)',
    version: '0.4.2 (261cf942)',
    reports: 'operations (MAC-like)',
    bias: 'one per output element',
    length: 'output',
    formula: 'N·L_out·C_in·(C_out/g)·K + b·N·C_out·L_out',
    source: gh('1adrianb/pytorch-estimate-flops', '261cf942', 'pthflops/ops_fx.py'),
    evidence: 'executed',
    evidenceNote: 'the module wrapped in a container so fx treats the convolution as a leaf',
  },
  {
    id: 'mmcv',
    family: 'Unsupported',
    tool: 'mmcv get_model_complexity_info',
    version: '1.x (0956a5ba)',
    reports: 'FLOPs (= MACs), per sample',
    bias: 'n/a',
    length: 'none',
    formula: '0 (only ConvTranspose2d is mapped)',
    source: gh('open-mmlab/mmcv', '0956a5ba', 'mmcv/cnn/utils/flops_counter.py'),
    evidence: 'derived',
  },
  {
    id: 'flopth',
    family: 'Unsupported',
    tool: 'flopth',
    version: '08a2cba0',
    reports: 'FLOPs',
    bias: 'n/a',
    length: 'none',
    formula: '0 ("not supported")',
    source: gh('vra/flopth', '08a2cba0', 'flopth/helper.py'),
    evidence: 'derived',
  },
  {
    id: 'torchstat',
    family: 'Unsupported',
    tool: 'torchstat',
    version: '0d4a1e26 (PyPI 0.0.7)',
    reports: 'MAdd',
    bias: 'n/a',
    length: 'none',
    formula: '0 ("not supported"; 2-D and 3-D only)',
    source: gh('Swall0w/torchstat', '0d4a1e26', 'torchstat/compute_madd.py'),
    evidence: 'derived',
  },
];

/** Every tool and version: what it computes (counting.ts) with what is known about it (above). */
export const peers: readonly PeerRow[] = counters.map((c, j) => {
  const { id: _, ...d } = descriptions[j];
  if (descriptions[j].id !== c.id) throw new Error(`peers: description ${j} is for ${descriptions[j].id}, not ${c.id}`);
  return { ...c, ...d, flags: c.flags.map((id) => ({ id, ...flagRules[id], ...flagNotes[id] })) };
});

export const peerIds: readonly string[] = peers.map((r) => r.id);

export function peerById(id: string): PeerRow | undefined {
  return peers.find((r) => r.id === id);
}

/** Every tool's number for a valid layer (keyed by row id). */
export function peerCounts(p: ConvTranspose1dParams): Record<string, bigint | null> {
  return Object.fromEntries(peers.map((r) => [r.id, r.count(p)]));
}

/**
 * The CLI's "peers" object, by row id: each count as a decimal string (or null) with its unit,
 * batch convention and, where a known issue changes it, a note (json.ts); null for an invalid layer.
 */
export function peersJSON(outcome: { ok: boolean; params?: ConvTranspose1dParams } | Estimate): Record<string, PeerJSON> | null {
  if (!outcome.ok || !('params' in outcome) || !outcome.params) return null;
  return JSON.parse(peersJSONText(peers, outcome.params));
}

/** The bias length calflops/DeepSpeed use for this layer (shown beside their rows). */
export function convBiasLength(p: ConvTranspose1dParams): bigint {
  return deepspeedBiasLength(p);
}

/** For layers where every row can be evaluated: convenience for pages (build-time tables). */
export function peerTable(p: ConvTranspose1dParams): { row: PeerRow; count: bigint | null; exact: ExactInUnit | null }[] {
  const e = estimate(p);
  if (!e.ok) throw new Error(e.error.message);
  return peers.map((row) => ({ row, count: row.count(p), exact: exactInUnit(row, e) }));
}
