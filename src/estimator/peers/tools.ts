// The registry of other operation counters this site compares against: one entry per
// number a tool prints (calflops and DeepSpeed print two, FLOPs and MACs, so each has two
// entries). Versions and commits are the ones the project's survey of the tools read
// (shared notes "peers-modules.md", section "Tools, versions, commits read"; the
// ConvTranspose1d survey "peers.md" for the same commits). Pure data: no module's types.
//
// What each tool computes for a convolution is in conv.ts; this file only says who the
// tool is, where its source is, and what one unit of its number means.

import { TOOL_KINDS, type ToolKind, type ToolId, type ToolUnit } from './kinds.ts';

export { COMMON_TOOL_IDS, TOOL_IDS, TOOL_KINDS, toolCovers, type CommonToolId, type ToolId, type ToolKind, type ToolUnit } from './kinds.ts';

/** The units in words, as the CLI's help lists them (each tool's unitNote says how it counts). */
export const TOOL_UNITS: readonly { name: ToolUnit; meaning: string }[] = [
  { name: 'FLOPs', meaning: 'floating-point operations, as the tool defines them' },
  { name: 'MACs', meaning: 'multiply-accumulates' },
  { name: 'ops', meaning: 'multiplications and additions, counted one by one' },
];

/** What tools.ts says about a tool. */
export interface ToolWords {
  name: string;
  version: string;
  /** GitHub owner/name. */
  repository: string;
  /** The commit the survey read (40 hex digits), or for an older version the tag or commit its code was read at. */
  commit: string;
  /** One sentence: what the unit counts, in the tool's own naming. */
  unitNote: string;
  /** Whether the tool changes the module's train/eval mode before counting. */
  modeNote?: string;
  /** How the survey knows the number: it ran the tool, read the formula off the source, or neither (a change's description). */
  evidence?: 'executed' | 'derived' | 'inferred';
  evidenceNote?: string;
  /** Pitfalls that do not change the number (a unit's name, a convention): full text and references. */
  pitfalls?: readonly { text: string; refs: readonly string[] }[];
}

/** A tool of the registry: what the formulas need (kinds.ts) and what the pages say. */
export interface Tool extends ToolKind, ToolWords {}

const PYTORCH = 'f34fa1515024423a239ce26f33a8b65ea9252502';
const FVCORE = '3378afe0d71dc2aa95e358bc78dc9b67cb48825a';
const PTFLOPS = 'd612c7547445841a325fd2a1ff2ab27583f01bae';
const THOP = '43c064afb71383501e41eaef9e8c8407265cf77f';
const UTHOP = 'fbb5e19468a9279d3df05e3e6324e5d261edfe70';
const CALFLOPS = '29ca58443fc15252888de377b842fa0308a5cfe8';
const DEEPSPEED = 'edaa7221267243c7be7fb49c5d5f5c4fb97b4641';
const TORCHINFO = '5c4164f1e2e185ce33c597dbe00535bf8ed2b930';
const TORCHPROFILE = 'ec8bf8ad1563267c9532aa46d3cfa0fbeb184b03';
const MODULEPROFILER = '071b9f85450a899fce3a20666b78b54a9fbe9b18';

// Older versions and tools the ConvTranspose1d survey ("peers.md") also read.
const TORCHSCAN = '6431b493';
const PTHFLOPS = '261cf942';

const FORCES_EVAL = 'Puts the model in eval mode before counting.';
const KEEPS_MODE = 'Counts the model in whatever mode it is already in.';

/** What the pages and the CLI say about each tool, by id (what the formulas need is in kinds.ts). */
const WORDS: Record<ToolId, ToolWords> = {
  flopcountermode: {
    name: 'PyTorch FlopCounterMode (torch.utils.flop_counter)',
    version: 'torch 2.x (main)',
    repository: 'pytorch/pytorch',
    commit: PYTORCH,
    unitNote: 'FLOPs with one multiply-add counted as 2; bias is never counted.',
    modeNote: KEEPS_MODE,
    pitfalls: [
      {
        text: 'A source comment concedes that padding is not accounted for: products that the padding crops away are still counted. torchscan’s measure_flops wraps this same counter.',
        refs: ['pytorch/pytorch PR #119874'],
      },
    ],
  },
  flopcountermode_backward: {
    name: 'PyTorch FlopCounterMode, backward pass (grad_input + grad_weight)',
    version: 'torch 2.x (main); run on torch 2.13',
    repository: 'pytorch/pytorch',
    commit: PYTORCH,
    unitNote: 'Backward FLOPs with input and weight both requiring grad, one multiply-add counted as 2; the bias gradient is not counted.',
    modeNote: KEEPS_MODE,
    evidence: 'executed',
  },
  torch_profiler: {
    name: 'torch.profiler (with_flops=True)',
    version: 'torch 2.13',
    repository: 'pytorch/pytorch',
    commit: PYTORCH,
    unitNote: 'The profiler’s FLOPs column; its formulas cover aten::conv2d, matrix products, mul and add only.',
    modeNote: KEEPS_MODE,
    evidence: 'executed',
    evidenceNote: 'file linked at the flop_counter commit; the commit read for it was not recorded',
  },
  fvcore: {
    name: 'fvcore FlopCountAnalysis',
    version: '0.1.6 in tree (PyPI 0.1.5.post20221221)',
    repository: 'facebookresearch/fvcore',
    commit: FVCORE,
    unitNote: 'Multiply-accumulates, although the API calls them "flops" (fvcore #69).',
    modeNote: KEEPS_MODE,
    pitfalls: [
      {
        text: 'What fvcore calls a flop is one fused multiply-add; the maintainers keep the name to avoid breaking users.',
        refs: ['facebookresearch/fvcore#69', 'facebookresearch/fvcore PR #77'],
      },
    ],
  },
  fvcore_pre_pr80: {
    name: 'fvcore FlopCountAnalysis, before PR #80',
    version: 'before PR #80 (2021-10)',
    repository: 'facebookresearch/fvcore',
    commit: 'f70407e',
    unitNote: 'Multiply-accumulates, although the API calls them "flops" (fvcore #69).',
    modeNote: KEEPS_MODE,
    evidence: 'derived',
  },
  mmengine: {
    name: 'mmengine.analysis (a copy of fvcore’s handle)',
    version: 'commit 176756cf',
    repository: 'open-mmlab/mmengine',
    commit: '176756cf',
    unitNote: 'Multiply-accumulates, called "flops" as in fvcore.',
    modeNote: KEEPS_MODE,
    evidence: 'derived',
  },
  ptflops: {
    name: 'ptflops get_model_complexity_info, pytorch backend (the default)',
    version: '0.7.5',
    repository: 'sovrasov/flops-counter.pytorch',
    commit: PTFLOPS,
    unitNote:
      'Multiply-accumulates ("GMac"); the module-hook total is divided by N₀, the size of dim 0 of the model’s first positional input.',
    modeNote: FORCES_EVAL,
    pitfalls: [
      {
        text: 'The default backend divides the module total by the number of samples seen, the aten backend does not, so the two disagree by a factor of N. The README calls aten the default, but the function defaults to the pytorch backend (commit d583beb).',
        refs: ['sovrasov/flops-counter.pytorch#13', 'sovrasov/flops-counter.pytorch#149'],
      },
    ],
  },
  ptflops_aten: {
    name: 'ptflops get_model_complexity_info, aten backend',
    version: '0.7.5',
    repository: 'sovrasov/flops-counter.pytorch',
    commit: PTFLOPS,
    unitNote: 'Multiply-accumulates over the whole batch (not divided by N₀); counts only mm, matmul, addmm, bmm and convolution.',
    modeNote: FORCES_EVAL,
  },
  ptflops_074: {
    name: 'ptflops get_model_complexity_info, pytorch backend, 0.6.4 – 0.7.4',
    version: '0.6.4 – 0.7.4',
    repository: 'sovrasov/flops-counter.pytorch',
    commit: 'v0.7.4',
    unitNote: 'Multiply-accumulates ("GMac"), divided by N₀ like the current pytorch backend; transposed convolutions went through the ordinary convolution hook.',
    modeNote: FORCES_EVAL,
    evidence: 'executed',
  },
  thop: {
    name: 'thop (Lyken17/pytorch-OpCounter) profile',
    version: '0.1.1 (PyPI thop 0.1.1.post2209072238)',
    repository: 'Lyken17/pytorch-OpCounter',
    commit: THOP,
    unitNote: 'Returned as "ops"/"flops" but counts multiply-accumulates (thop #46, #90).',
    modeNote: FORCES_EVAL,
  },
  thop_old: {
    name: 'thop (Lyken17/pytorch-OpCounter) profile, before the 2022 refactor',
    version: '≤ mid-2022 (0.0.31 era, 0fece23)',
    repository: 'Lyken17/pytorch-OpCounter',
    commit: '0fece23',
    unitNote: 'Multiply-accumulates, with the bias as one more per output element.',
    modeNote: FORCES_EVAL,
    evidence: 'executed',
  },
  uthop: {
    name: 'ultralytics-thop profile',
    version: '2.1.6',
    repository: 'ultralytics/thop',
    commit: UTHOP,
    unitNote: 'Returned as "ops"/"flops" but counts multiply-accumulates.',
    modeNote: FORCES_EVAL,
  },
  uthop_old: {
    name: 'ultralytics-thop profile, before 2.0.16',
    version: '< 2.0.16',
    repository: 'ultralytics/thop',
    commit: '883c628',
    unitNote: 'Returned as "ops"/"flops" but counts multiply-accumulates.',
    modeNote: FORCES_EVAL,
    evidence: 'derived',
  },
  calflops_flops: {
    name: 'calflops calculate_flops, FLOPs',
    version: '0.3.2 era',
    repository: 'MrYxJ/calculate-flops.pytorch',
    commit: CALFLOPS,
    unitNote: 'FLOPs = 2 × MACs plus the bias additions the tool computes.',
    modeNote: FORCES_EVAL,
  },
  calflops_macs: {
    name: 'calflops calculate_flops, MACs',
    version: '0.3.2 era',
    repository: 'MrYxJ/calculate-flops.pytorch',
    commit: CALFLOPS,
    unitNote: 'Multiply-accumulates, printed beside the FLOPs.',
    modeNote: FORCES_EVAL,
  },
  deepspeed_flops: {
    name: 'DeepSpeed flops profiler (get_model_profile), FLOPs',
    version: '0.19.6',
    repository: 'deepspeedai/DeepSpeed',
    commit: DEEPSPEED,
    unitNote: 'FLOPs = 2 × MACs plus the bias additions the tool computes (same functions as calflops).',
    modeNote: FORCES_EVAL,
  },
  deepspeed_macs: {
    name: 'DeepSpeed flops profiler (get_model_profile), MACs',
    version: '0.19.6',
    repository: 'deepspeedai/DeepSpeed',
    commit: DEEPSPEED,
    unitNote: 'Multiply-accumulates, printed beside the FLOPs.',
    modeNote: FORCES_EVAL,
  },
  deepspeed_pr8323_flops: {
    name: 'DeepSpeed flops profiler after PR #8323, FLOPs',
    version: 'after PR #8323 (merged 2026-08-26)',
    repository: 'deepspeedai/DeepSpeed',
    commit: DEEPSPEED,
    unitNote: 'FLOPs = 2 × MACs plus one bias addition per output element.',
    modeNote: FORCES_EVAL,
    evidence: 'inferred',
    evidenceNote: 'code not read; formula matches the PR’s worked table',
  },
  deepspeed_pr8323_macs: {
    name: 'DeepSpeed flops profiler after PR #8323, MACs',
    version: 'after PR #8323 (merged 2026-08-26)',
    repository: 'deepspeedai/DeepSpeed',
    commit: DEEPSPEED,
    unitNote: 'Multiply-accumulates, printed beside the FLOPs.',
    modeNote: FORCES_EVAL,
    evidence: 'inferred',
    evidenceNote: 'code not read; formula matches the PR’s worked table',
  },
  deepspeed_09_flops: {
    name: 'DeepSpeed flops profiler 0.6.6 – 0.9.x, FLOPs',
    version: '0.6.6 – 0.9.x',
    repository: 'microsoft/DeepSpeed',
    commit: 'v0.6.6',
    unitNote: 'FLOPs = 2 × MACs plus the bias additions the tool computes.',
    modeNote: FORCES_EVAL,
    evidence: 'executed',
    evidenceNote: 'that version’s function run on the module’s arguments',
  },
  deepspeed_09_macs: {
    name: 'DeepSpeed flops profiler 0.6.6 – 0.9.x, MACs',
    version: '0.6.6 – 0.9.x',
    repository: 'microsoft/DeepSpeed',
    commit: 'v0.6.6',
    unitNote: 'Multiply-accumulates, printed beside the FLOPs.',
    modeNote: FORCES_EVAL,
    evidence: 'executed',
    evidenceNote: 'that version’s function run on the module’s arguments',
  },
  deepspeed_06_flops: {
    name: 'DeepSpeed flops profiler 0.5.9 – 0.6.5, FLOPs',
    version: '0.5.9 – 0.6.5',
    repository: 'microsoft/DeepSpeed',
    commit: 'v0.6.5',
    unitNote: 'FLOPs = 2 × MACs plus the bias additions the tool computes.',
    modeNote: FORCES_EVAL,
    evidence: 'executed',
    evidenceNote: 'that version’s function run on the module’s arguments; 0.5.6–0.5.8 printed a single number, not modelled here',
  },
  deepspeed_06_macs: {
    name: 'DeepSpeed flops profiler 0.5.9 – 0.6.5, MACs',
    version: '0.5.9 – 0.6.5',
    repository: 'microsoft/DeepSpeed',
    commit: 'v0.6.5',
    unitNote: 'Multiply-accumulates, printed beside the FLOPs.',
    modeNote: FORCES_EVAL,
    evidence: 'executed',
    evidenceNote: 'that version’s function run on the module’s arguments; MACs reported from 0.5.9 (PR #1591)',
  },
  deepspeed_05: {
    name: 'DeepSpeed flops profiler ≤ 0.5.5',
    version: '≤ 0.5.5',
    repository: 'microsoft/DeepSpeed',
    commit: 'v0.5.5',
    unitNote: 'A single number; the function handles 2-D convolutions only.',
    modeNote: FORCES_EVAL,
    evidence: 'executed',
    evidenceNote: 'that version’s function run on the module’s arguments',
  },
  torchinfo: {
    name: 'torchinfo summary (total_mult_adds)',
    version: 'HEAD 5c4164f (unreleased) and 1.8.0: identical for convolutions',
    repository: 'TylerYep/torchinfo',
    commit: TORCHINFO,
    unitNote: '"Mult-Adds", derived from parameter counts times output positions.',
    modeNote: KEEPS_MODE,
    pitfalls: [
      {
        text: 'Any layer whose class name contains "Conv" gets (parameter numel) × N × output spatial size, so a transposed convolution is counted like an ordinary one, on the output size.',
        refs: ['TylerYep/torchinfo#72', 'leoxiaobin/deep-high-resolution-net.pytorch#257'],
      },
    ],
  },
  torchprofile: {
    name: 'torchprofile profile_macs',
    version: '0.1.0',
    repository: 'zhijian-liu/torchprofile',
    commit: TORCHPROFILE,
    unitNote: 'Multiply-accumulates, from a jit trace; unhandled ops are skipped with a warning.',
    modeNote: KEEPS_MODE,
  },
  moduleprofiler: {
    name: 'moduleprofiler',
    version: '0.0.4',
    repository: 'eagomez2/moduleprofiler',
    commit: MODULEPROFILER,
    unitNote: '"ops": multiplications and additions counted separately (one exp, division or max is 1 op).',
    modeNote: FORCES_EVAL,
    pitfalls: [
      {
        text: 'For a transposed convolution multiplications are charged on the output size (S_out·K per filter); additions are measured with a ones probe that omits output_padding, which can misstate them when padding and output_padding are both positive. Above 2^53 the tool’s float total is rounded; the value here is exact.',
        refs: ['eagomez2/moduleprofiler docs/modules/convtranspose1d.md'],
      },
    ],
  },
  torchscan_macs: {
    name: 'torchscan summary, MACs',
    version: '0.1.2 / HEAD 6431b493',
    repository: 'frgfm/torch-scan',
    commit: TORCHSCAN,
    unitNote: 'Multiply-accumulates on the output size, plus a constant for padding bookkeeping.',
    modeNote: KEEPS_MODE,
    evidence: 'executed',
  },
  torchscan_flops: {
    name: 'torchscan summary, FLOPs',
    version: '0.1.2 / HEAD 6431b493',
    repository: 'frgfm/torch-scan',
    commit: TORCHSCAN,
    unitNote: 'Multiplications and additions counted one by one, on the output size.',
    modeNote: KEEPS_MODE,
    evidence: 'executed',
  },
  pthflops: {
    name: 'pthflops count_ops (fx mode)',
    version: '0.4.2 (261cf942)',
    repository: '1adrianb/pytorch-estimate-flops',
    commit: PTHFLOPS,
    unitNote: '"Operations" that are multiply-accumulates, plus one per output element for the bias.',
    modeNote: KEEPS_MODE,
    evidence: 'executed',
    evidenceNote: 'the module wrapped in a container so fx treats the convolution as a leaf',
    pitfalls: [
      {
        text: 'The jit/ONNX mode has no onnx::ConvTranspose handler and so gives 0; on torch 2.13 that mode does not run at all (torch.onnx._optimize_trace is gone).',
        refs: ['1adrianb/pytorch-estimate-flops#15'],
      },
    ],
  },
  mmcv: {
    name: 'mmcv get_model_complexity_info',
    version: '1.x (0956a5ba)',
    repository: 'open-mmlab/mmcv',
    commit: '0956a5ba',
    unitNote: 'A fork of old ptflops: "FLOPs" that are multiply-accumulates, per sample.',
    evidence: 'derived',
  },
  flopth: {
    name: 'flopth',
    version: '08a2cba0',
    repository: 'vra/flopth',
    commit: '08a2cba0',
    unitNote: 'FLOPs, for the modules it has a formula for.',
    evidence: 'derived',
  },
  torchstat: {
    name: 'torchstat',
    version: '0d4a1e26 (PyPI 0.0.7)',
    repository: 'Swall0w/torchstat',
    commit: '0d4a1e26',
    unitNote: '"MAdd": multiplications and additions, per sample.',
    evidence: 'derived',
  },
};

/** Every tool, in the order tables list them: what the formulas need (kinds.ts) and the words above. */
export const TOOLS: readonly (Tool & { id: ToolId })[] = TOOL_KINDS.map((k) => ({ ...(k as ToolKind & { id: ToolId }), ...WORDS[k.id] }));

const byId: ReadonlyMap<string, Tool> = new Map(TOOLS.map((t) => [t.id, t]));

/** The registry entry for an id, or undefined for an unknown id. */
export function toolById(id: string): Tool | undefined {
  return byId.get(id);
}

/** A GitHub link to a file of the tool's repository at the commit the survey read. */
export function sourceUrl(tool: Pick<Tool, 'repository' | 'commit'>, path: string): string {
  return `https://github.com/${tool.repository}/blob/${tool.commit}/${path.replace(/^\/+/, '')}`;
}

/** A reference of the form "owner/name#12" or "owner/name PR #12" as a GitHub link; null for any other reference. */
export function refUrl(ref: string): string | null {
  const m = /^([\w.-]+\/[\w.-]+)(?: (PR) )?#(\d+)$/.exec(ref);
  return m ? `https://github.com/${m[1]}/${m[2] ? 'pull' : 'issues'}/${m[3]}` : null;
}
