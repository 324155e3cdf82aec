// What the formulas (conv.ts, which the counters pages load in the browser) need to know of each
// tool of the registry: its id, in the order tables list the tools, the unit of its number,
// whether the number is one sample's worth, and which convolutions the survey read the tool
// for. Everything else about a tool (its name, version, source, notes) is in tools.ts, which
// only the server and the CLI load, so those words stay out of the pages' JavaScript.

/** What one unit of a tool's number stands for. */
import type { PeerCount } from '../core/module.ts';
export type ToolUnit = 'FLOPs' | 'MACs' | 'ops';

export interface ToolKind {
  /** Stable id: the key of every per-tool record (convPeers, pages, CLI). */
  id: string;
  unit: ToolUnit;
  /** Set when the number is one sample's worth (the tool divides by the batch). */
  perSample?: true;
  /**
   * The convolutions the survey read this tool (version) for; absent: every Conv and
   * ConvTranspose of 1 to 3 dimensions. convPeers reports a tool only on the layers in its scope.
   */
  scope?: { transposed: boolean; dims: readonly number[] };
}

/** The survey read these for ConvTranspose1d only. */
const CT1D = { transposed: true, dims: [1] } as const;

/** Every tool, in the order tables list them. */
export const TOOL_KINDS = [
  { id: 'flopcountermode', unit: 'FLOPs' },
  { id: 'flopcountermode_backward', unit: 'FLOPs', scope: CT1D },
  { id: 'torch_profiler', unit: 'FLOPs', scope: CT1D },
  { id: 'fvcore', unit: 'MACs' },
  { id: 'fvcore_pre_pr80', unit: 'MACs', scope: CT1D },
  { id: 'mmengine', unit: 'MACs', scope: CT1D },
  { id: 'ptflops', unit: 'MACs', perSample: true },
  { id: 'ptflops_aten', unit: 'MACs' },
  { id: 'ptflops_074', unit: 'MACs', perSample: true, scope: CT1D },
  { id: 'thop', unit: 'MACs' },
  { id: 'thop_old', unit: 'MACs', scope: CT1D },
  { id: 'uthop', unit: 'MACs' },
  { id: 'uthop_old', unit: 'MACs', scope: CT1D },
  { id: 'calflops_flops', unit: 'FLOPs' },
  { id: 'calflops_macs', unit: 'MACs' },
  { id: 'deepspeed_flops', unit: 'FLOPs' },
  { id: 'deepspeed_macs', unit: 'MACs' },
  { id: 'deepspeed_pr8323_flops', unit: 'FLOPs', scope: CT1D },
  { id: 'deepspeed_pr8323_macs', unit: 'MACs', scope: CT1D },
  { id: 'deepspeed_09_flops', unit: 'FLOPs', scope: CT1D },
  { id: 'deepspeed_09_macs', unit: 'MACs', scope: CT1D },
  { id: 'deepspeed_06_flops', unit: 'FLOPs', scope: CT1D },
  { id: 'deepspeed_06_macs', unit: 'MACs', scope: CT1D },
  { id: 'deepspeed_05', unit: 'FLOPs', scope: CT1D },
  { id: 'torchinfo', unit: 'MACs' },
  { id: 'torchprofile', unit: 'MACs' },
  { id: 'moduleprofiler', unit: 'ops' },
  { id: 'torchscan_macs', unit: 'MACs', scope: CT1D },
  { id: 'torchscan_flops', unit: 'FLOPs', scope: CT1D },
  { id: 'pthflops', unit: 'MACs', scope: CT1D },
  { id: 'mmcv', unit: 'MACs', perSample: true, scope: CT1D },
  { id: 'flopth', unit: 'FLOPs', scope: CT1D },
  { id: 'torchstat', unit: 'FLOPs', perSample: true, scope: CT1D },
] as const satisfies readonly ToolKind[];

export type ToolId = (typeof TOOL_KINDS)[number]['id'];
/** The tools read for every convolution (no scope): every conv module's peers have these. */
export type CommonToolId = Exclude<ToolId, Extract<(typeof TOOL_KINDS)[number], { scope: unknown }>['id']>;

export const TOOL_IDS: readonly ToolId[] = TOOL_KINDS.map((t) => t.id);

/** The ids of the tools without a scope, which every convolution's peers have. */
export const COMMON_TOOL_IDS = TOOL_KINDS.filter((t: ToolKind) => !t.scope).map((t) => t.id) as readonly CommonToolId[];

/** Whether the survey read this tool for a convolution of this kind (transposed or not, with this many spatial dimensions). */
export function toolCovers(tool: Pick<ToolKind, 'scope'>, transposed: boolean, dims: number): boolean {
  return !tool.scope || (tool.scope.transposed === transposed && tool.scope.dims.includes(dims));
}

/** One tool's answer for a layer, before its unit and batch convention are attached. */
export interface Answer {
  count: bigint | null;
  note?: string;
  /** ptflops' pytorch backend divides by the batch N₀. */
  perSample?: boolean;
}

const FLOAT_EXACT = 1n << 53n;
const FLOAT_NOTE = 'The tool keeps this total in floating point, so above 2^53 its printed value may be rounded; the value here is exact.';
const COMMON_KINDS = TOOL_KINDS.filter((t: ToolKind) => !t.scope) as readonly (ToolKind & { id: CommonToolId })[];

/** One tool's count with its unit and batch convention; tools in `floatTools` get the note that past 2^53 they print a rounded value. */
export function peerCount(id: CommonToolId, a: Answer, floatTools: ReadonlySet<string>): PeerCount {
  const unit = COMMON_KINDS.find((t) => t.id === id)!.unit;
  const notes = [a.note, a.count !== null && a.count >= FLOAT_EXACT && floatTools.has(id) ? FLOAT_NOTE : undefined].filter(Boolean);
  const peer: PeerCount = { count: a.count, unit, batch: a.count === null ? 'n/a' : a.perSample ? 'per sample' : 'whole batch' };
  if (notes.length) peer.note = notes.join(' ');
  return peer;
}

/** Every common tool's answer for a layer, with units and batch conventions attached, in tools.ts order. */
export function assemble(answers: Record<CommonToolId, Answer>, floatTools: ReadonlySet<string> = new Set()): Record<string, PeerCount> {
  const out: Record<string, PeerCount> = {};
  for (const t of COMMON_KINDS) out[t.id] = peerCount(t.id, answers[t.id], floatTools);
  return out;
}
