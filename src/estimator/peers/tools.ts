// The registry of other operation counters this site compares against: one entry per
// number a tool prints (calflops and DeepSpeed print two, FLOPs and MACs, so each has two
// entries). Versions and commits are the ones the project's survey of the tools read
// (shared notes "peers-modules.md", section "Tools, versions, commits read"; the
// ConvTranspose1d survey "peers.md" for the same commits). Pure data: no module's types.
//
// What each tool computes for a convolution is in conv.ts; this file only says who the
// tool is, where its source is, and what one unit of its number means.

/** What one unit of a tool's number stands for. */
export type ToolUnit = 'FLOPs' | 'MACs' | 'ops';

export interface Tool {
  /** Stable id: the key of every per-tool record (convPeers, pages, CLI). */
  id: string;
  name: string;
  version: string;
  /** GitHub owner/name. */
  repository: string;
  /** The commit the survey read (40 hex digits). */
  commit: string;
  unit: ToolUnit;
  /** One sentence: what the unit counts, in the tool's own naming. */
  unitNote: string;
  /** Whether the tool changes the module's train/eval mode before counting. */
  modeNote?: string;
}

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

const FORCES_EVAL = 'Puts the model in eval mode before counting.';
const KEEPS_MODE = 'Counts the model in whatever mode it is already in.';

/** Every tool, in the order tables list them. */
export const TOOLS = [
  {
    id: 'flopcountermode',
    name: 'PyTorch FlopCounterMode (torch.utils.flop_counter)',
    version: 'torch 2.x (main)',
    repository: 'pytorch/pytorch',
    commit: PYTORCH,
    unit: 'FLOPs',
    unitNote: 'FLOPs with one multiply-add counted as 2; bias is never counted.',
    modeNote: KEEPS_MODE,
  },
  {
    id: 'fvcore',
    name: 'fvcore FlopCountAnalysis',
    version: '0.1.6 in tree (PyPI 0.1.5.post20221221)',
    repository: 'facebookresearch/fvcore',
    commit: FVCORE,
    unit: 'MACs',
    unitNote: 'Multiply-accumulates, although the API calls them "flops" (fvcore #69).',
    modeNote: KEEPS_MODE,
  },
  {
    id: 'ptflops',
    name: 'ptflops get_model_complexity_info, pytorch backend (the default)',
    version: '0.7.5',
    repository: 'sovrasov/flops-counter.pytorch',
    commit: PTFLOPS,
    unit: 'MACs',
    unitNote:
      'Multiply-accumulates ("GMac"); the module-hook total is divided by N₀, the size of dim 0 of the model’s first positional input.',
    modeNote: FORCES_EVAL,
  },
  {
    id: 'ptflops_aten',
    name: 'ptflops get_model_complexity_info, aten backend',
    version: '0.7.5',
    repository: 'sovrasov/flops-counter.pytorch',
    commit: PTFLOPS,
    unit: 'MACs',
    unitNote: 'Multiply-accumulates over the whole batch (not divided by N₀); counts only mm, matmul, addmm, bmm and convolution.',
    modeNote: FORCES_EVAL,
  },
  {
    id: 'thop',
    name: 'thop (Lyken17/pytorch-OpCounter) profile',
    version: '0.1.1 (PyPI thop 0.1.1.post2209072238)',
    repository: 'Lyken17/pytorch-OpCounter',
    commit: THOP,
    unit: 'MACs',
    unitNote: 'Returned as "ops"/"flops" but counts multiply-accumulates (thop #46, #90).',
    modeNote: FORCES_EVAL,
  },
  {
    id: 'uthop',
    name: 'ultralytics-thop profile',
    version: '2.1.6',
    repository: 'ultralytics/thop',
    commit: UTHOP,
    unit: 'MACs',
    unitNote: 'Returned as "ops"/"flops" but counts multiply-accumulates.',
    modeNote: FORCES_EVAL,
  },
  {
    id: 'calflops_flops',
    name: 'calflops calculate_flops, FLOPs',
    version: '0.3.2 era',
    repository: 'MrYxJ/calculate-flops.pytorch',
    commit: CALFLOPS,
    unit: 'FLOPs',
    unitNote: 'FLOPs = 2 × MACs plus the bias additions the tool computes.',
    modeNote: FORCES_EVAL,
  },
  {
    id: 'calflops_macs',
    name: 'calflops calculate_flops, MACs',
    version: '0.3.2 era',
    repository: 'MrYxJ/calculate-flops.pytorch',
    commit: CALFLOPS,
    unit: 'MACs',
    unitNote: 'Multiply-accumulates, printed beside the FLOPs.',
    modeNote: FORCES_EVAL,
  },
  {
    id: 'deepspeed_flops',
    name: 'DeepSpeed flops profiler (get_model_profile), FLOPs',
    version: '0.19.6',
    repository: 'deepspeedai/DeepSpeed',
    commit: DEEPSPEED,
    unit: 'FLOPs',
    unitNote: 'FLOPs = 2 × MACs plus the bias additions the tool computes (same functions as calflops).',
    modeNote: FORCES_EVAL,
  },
  {
    id: 'deepspeed_macs',
    name: 'DeepSpeed flops profiler (get_model_profile), MACs',
    version: '0.19.6',
    repository: 'deepspeedai/DeepSpeed',
    commit: DEEPSPEED,
    unit: 'MACs',
    unitNote: 'Multiply-accumulates, printed beside the FLOPs.',
    modeNote: FORCES_EVAL,
  },
  {
    id: 'torchinfo',
    name: 'torchinfo summary (total_mult_adds)',
    version: 'HEAD 5c4164f (unreleased) and 1.8.0: identical for convolutions',
    repository: 'TylerYep/torchinfo',
    commit: TORCHINFO,
    unit: 'MACs',
    unitNote: '"Mult-Adds", derived from parameter counts times output positions.',
    modeNote: KEEPS_MODE,
  },
  {
    id: 'torchprofile',
    name: 'torchprofile profile_macs',
    version: '0.1.0',
    repository: 'zhijian-liu/torchprofile',
    commit: TORCHPROFILE,
    unit: 'MACs',
    unitNote: 'Multiply-accumulates, from a jit trace; unhandled ops are skipped with a warning.',
    modeNote: KEEPS_MODE,
  },
  {
    id: 'moduleprofiler',
    name: 'moduleprofiler',
    version: '0.0.4',
    repository: 'eagomez2/moduleprofiler',
    commit: MODULEPROFILER,
    unit: 'ops',
    unitNote: '"ops": multiplications and additions counted separately (one exp, division or max is 1 op).',
    modeNote: FORCES_EVAL,
  },
] as const satisfies readonly Tool[];

export type ToolId = (typeof TOOLS)[number]['id'];

export const TOOL_IDS: readonly ToolId[] = TOOLS.map((t) => t.id);

const byId: ReadonlyMap<string, Tool> = new Map(TOOLS.map((t) => [t.id, t]));

/** The registry entry for an id, or undefined for an unknown id. */
export function toolById(id: string): Tool | undefined {
  return byId.get(id);
}

/** A GitHub link to a file of the tool's repository at the commit the survey read. */
export function sourceUrl(tool: Pick<Tool, 'repository' | 'commit'>, path: string): string {
  return `https://github.com/${tool.repository}/blob/${tool.commit}/${path.replace(/^\/+/, '')}`;
}
