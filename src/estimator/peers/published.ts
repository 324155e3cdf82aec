// The "peers" keys the CLI published for ConvTranspose1d before that module moved onto this
// folder's registry, which the CLI still prints, before the registry's own keys: one key per tool and version of its old 33-row table ("flopcounter",
// "ptflops-0.7.4", …), with that table's unit names and note sentences. Published, so kept
// exactly as they were; every number comes from conv.ts, and only the key names, the unit
// words and the note sentences (the first sentence of each old footnote, in ASCII) are the old
// ones, frozen here. The full texts of those notes, with their references, are the issues and
// pitfalls of conv.ts and tools.ts.
//
// Two conventions of the old table are kept with it: an unbatched input is counted as a batch
// of one (the calculator's convention; conv.ts instead reproduces how each tool misreads an
// unbatched shape, under the registry's own keys), except for moduleprofiler, whose unbatched
// factor the old table had too; and calflops and DeepSpeed print their negative FLOPs where
// the ordinary-convolution length they recompute is negative (conv.ts shows no count there).
// The CLI alone imports this file; the site shows the registry's keys (the module's peers.ts).
import type { PeerCount } from '../core/module.ts';
import { geometryOf as convTranspose1dGeometry } from '../convtranspose1d/peers.ts';
import type { ConvTranspose1dParams } from '../convtranspose1d/params.ts';
import { convPrinted, type ConvGeometry } from './conv.ts';
import type { ToolId } from './tools.ts';

/** The old table's unit names, as scripts compare against them, and what they mean. */
export const PUBLISHED_UNITS = [
  { name: 'MAC', meaning: 'multiply-accumulates' },
  { name: 'FLOP', meaning: 'two per multiply-accumulate' },
  { name: 'FLOP+bias', meaning: 'two per multiply-accumulate, plus the bias additions' },
  { name: 'mult+add', meaning: 'multiplications and additions, counted one by one' },
  { name: 'ops', meaning: "the same as mult+add, under moduleprofiler's name" },
  { name: 'none', meaning: 'the tool counts nothing for this module' },
] as const;

type Unit = (typeof PUBLISHED_UNITS)[number]['name'];
type Applies = (g: ConvGeometry) => boolean;

const always: Applies = () => true;
const grouped: Applies = (g) => g.groups > 1n;
const withBias: Applies = (g) => g.bias;
const resized: Applies = (g) => g.size_out[0] !== g.size_in[0];
const inAsOut: Applies = (g) => g.in_channels !== g.out_channels || g.groups > 1n;

/** The old notes: the first sentence of each footnote, and when the old table showed it. */
const NOTES = {
  'flopcounter-padding': ['A source comment concedes that padding is not accounted for: products that the padding crops away are still counted.', (g) => (g.padding as bigint[])[0] > 0n],
  'flopcounter-grad-weight-groups': ['The grad_weight term is counted as an ordinary convolution over swapped shapes without dividing by groups, so for g > 1 it is g times too large (grouped regular convolutions too).', grouped],
  'torch-profiler-unsupported': ["The profiler's FLOP formulas cover aten::conv2d, matrix products, mul and add only; torch-tb-profiler displays the same 0 (inferred).", always],
  'fvcore-flop-is-mac': ['What fvcore calls a flop is one fused multiply-add; the maintainers keep the name to avoid breaking users.', always],
  'fvcore-78': ['The output size was used with C_out*(C_out/g) in place of C_in*(C_out/g).', always],
  'ptflops-backends': ['The default backend divides the module total by the number of samples seen, the aten backend does not, so the two disagree by a factor of N.', (g) => (g.batch ?? 1n) > 1n],
  'ptflops-57-149': ['From 0.6.4 (issue #57) transposed convolutions went through the ordinary convolution hook, on the output length; 0.7.5 (issue #149, 2025-08) went back to the input length.', always],
  'thop-93': ['Transposed convolutions share the ordinary convolution hook, so the count runs over the output length (about stride times the products performed).', resized],
  'ultralytics-thop-92': ['Behaved like Lyken17 thop 0.1.x (output length) until issue #92 was fixed by PR #93, released as 2.0.16 (2025-08).', resized],
  'deepspeed-double-groups': ['Output channels are read from weight dim 1, which is already C_out/g, and divided by g again: the MACs are g times too few, and 0 when C_out/g < g.', grouped],
  'deepspeed-bias-length': ['The bias term uses the output length of an ordinary convolution, floor((L_in + 2p - d(K - 1) - 1)/s) + 1, instead of the transposed L_out (output_padding is never read), times the wrong channel count.', withBias],
  'deepspeed-in-as-out': ['Output channels are read from weight dim 0, which for a transposed convolution is C_in: the MACs use C_in*floor(C_in/g) where C_in*C_out/g is meant, and the bias term C_in channels.', inAsOut],
  'deepspeed-kernel-dims': ['The kernel was read as the last two weight dims, which for a 1-D transposed weight are (C_out/g, K): every count carries an extra factor C_out/g, and the bias length is computed for a kernel of C_out/g taps.', always],
  'deepspeed-1d-crash': ['The function assumes a 2-D convolution and raises IndexError on a 1-D input; since it runs inside the patched F.conv_transpose1d, the forward pass itself fails.', always],
  'torchinfo-conv-name': ['Any layer whose class name contains "Conv" gets (parameter numel) times N times output spatial size, so a transposed convolution is counted like an ordinary one, on the output length.', always],
  'moduleprofiler-unbatched': ['For an unbatched (C_in, L_in) input the implementation takes N = C_in, so it reports C_in times the documented total (seen in every unbatched PyTorch golden record).', (g) => g.batch === null && g.in_channels > 1n],
  'moduleprofiler-probe': ['Multiplications are charged on the output length (L_out*K per filter); additions are measured with a ones probe that omits output_padding, which can misstate them when padding and output_padding are both positive.', always],
  'torchprofile-groups': ['The per-output channel factor is guessed from the weight shape: when C_in != C_out it is C_in, not C_in/g, so groups are ignored and grouped layers are counted g times over.', (g) => g.groups > 1n && g.in_channels !== g.out_channels],
  'torchscan-constant': ['A constant 4 per spatial dimension (8 for FLOPs) is added once per call for padding bookkeeping, whatever the batch.', always],
  'pthflops-jit': ['The jit/ONNX mode has no onnx::ConvTranspose handler and so gives 0; on torch 2.13 that mode does not run at all (torch.onnx._optimize_trace is gone).', always],
  'mmcv-unsupported': ['A fork of old ptflops that maps only nn.ConvTranspose2d.', always],
  'flopth-unsupported': ['Dispatch is by isinstance(..., nn.Conv1d), and ConvTranspose1d is not a Conv1d subclass.', always],
  'torchstat-unsupported': ['Only ConvTranspose2d and ConvTranspose3d have a MAdd formula.', always],
} as const satisfies Record<string, readonly [string, Applies]>;

type NoteId = keyof typeof NOTES;

interface Key {
  key: string;
  tool: ToolId;
  unit: Unit;
  batch: PeerCount['batch'];
  notes: readonly NoteId[];
}

const key = (key: string, tool: ToolId, unit: Unit, notes: readonly NoteId[] = [], batch: PeerCount['batch'] = 'whole batch'): Key => ({ key, tool, unit, batch, notes });

/** Every published key, in the published order, with the registry tool its number comes from. */
export const PUBLISHED_KEYS: readonly Key[] = [
  key('flopcounter', 'flopcountermode', 'FLOP', ['flopcounter-padding']),
  key('flopcounter-backward', 'flopcountermode_backward', 'FLOP', ['flopcounter-grad-weight-groups']),
  key('torch-profiler', 'torch_profiler', 'FLOP', ['torch-profiler-unsupported']),
  key('fvcore', 'fvcore', 'MAC', ['fvcore-flop-is-mac']),
  key('fvcore-pre-pr80', 'fvcore_pre_pr80', 'MAC', ['fvcore-78']),
  key('mmengine', 'mmengine', 'MAC'),
  key('ptflops-pytorch', 'ptflops', 'MAC', ['ptflops-backends'], 'per sample'),
  key('ptflops-aten', 'ptflops_aten', 'MAC'),
  key('ptflops-0.7.4', 'ptflops_074', 'MAC', ['ptflops-57-149'], 'per sample'),
  key('thop-lyken17', 'thop', 'MAC', ['thop-93']),
  key('thop-lyken17-old', 'thop_old', 'MAC', ['thop-93']),
  key('ultralytics-thop', 'uthop', 'MAC'),
  key('ultralytics-thop-old', 'uthop_old', 'MAC', ['ultralytics-thop-92']),
  key('calflops', 'calflops_flops', 'FLOP+bias', ['deepspeed-double-groups', 'deepspeed-bias-length']),
  key('calflops-macs', 'calflops_macs', 'MAC', ['deepspeed-double-groups']),
  key('deepspeed', 'deepspeed_flops', 'FLOP+bias', ['deepspeed-double-groups', 'deepspeed-bias-length']),
  key('deepspeed-macs', 'deepspeed_macs', 'MAC', ['deepspeed-double-groups']),
  key('deepspeed-pr8323', 'deepspeed_pr8323_flops', 'FLOP+bias'),
  key('deepspeed-pr8323-macs', 'deepspeed_pr8323_macs', 'MAC'),
  key('deepspeed-0.9', 'deepspeed_09_flops', 'FLOP+bias', ['deepspeed-in-as-out', 'deepspeed-bias-length']),
  key('deepspeed-0.9-macs', 'deepspeed_09_macs', 'MAC', ['deepspeed-in-as-out']),
  key('deepspeed-0.6', 'deepspeed_06_flops', 'FLOP+bias', ['deepspeed-kernel-dims', 'deepspeed-in-as-out', 'deepspeed-bias-length']),
  key('deepspeed-0.6-macs', 'deepspeed_06_macs', 'MAC', ['deepspeed-kernel-dims', 'deepspeed-in-as-out']),
  key('deepspeed-0.5', 'deepspeed_05', 'none', ['deepspeed-1d-crash'], 'n/a'),
  key('torchinfo', 'torchinfo', 'MAC', ['torchinfo-conv-name']),
  key('moduleprofiler', 'moduleprofiler', 'ops', ['moduleprofiler-unbatched', 'moduleprofiler-probe']),
  key('torchprofile', 'torchprofile', 'MAC', ['torchprofile-groups']),
  key('torchscan-macs', 'torchscan_macs', 'MAC', ['torchscan-constant']),
  key('torchscan-flops', 'torchscan_flops', 'mult+add'),
  key('pthflops', 'pthflops', 'MAC', ['pthflops-jit']),
  key('mmcv', 'mmcv', 'MAC', ['mmcv-unsupported'], 'per sample'),
  key('flopth', 'flopth', 'none', ['flopth-unsupported'], 'n/a'),
  key('torchstat', 'torchstat', 'mult+add', ['torchstat-unsupported'], 'per sample'),
];

/** The published keys for a valid ConvTranspose1d geometry (one spatial dimension), in the published order. */
export function publishedConvTranspose1dPeers(g: ConvGeometry): Record<string, PeerCount> {
  const asGiven = convPrinted(g);
  const batchOfOne = g.batch === null ? convPrinted({ ...g, batch: 1n }) : asGiven;
  const out: Record<string, PeerCount> = {};
  for (const k of PUBLISHED_KEYS) {
    const count = (k.tool === 'moduleprofiler' ? asGiven : batchOfOne)[k.tool] ?? null;
    const note = k.notes.flatMap((id) => (NOTES[id][1](g) ? [NOTES[id][0]] : [])).join(' ');
    out[k.key] = note ? { count, unit: k.unit, batch: k.batch, note } : { count, unit: k.unit, batch: k.batch };
  }
  return out;
}

/** The keys a module's CLI output published before the registry, by module id (their values for a valid layer). */
export const PUBLISHED_PEERS: Readonly<Record<string, (p: never) => Record<string, PeerCount>>> = {
  convtranspose1d: (p: ConvTranspose1dParams) => publishedConvTranspose1dPeers(convTranspose1dGeometry(p)),
};
