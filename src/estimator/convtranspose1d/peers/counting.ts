// What each operation counter computes for torch.nn.ConvTranspose1d: for every tool and
// version, the function giving its number, the unit and batch convention of that number, the
// exact count it is compared with, and which known issues it has (and when they change the
// number). No prose lives here: the descriptions, sources and footnote texts are in index.ts,
// so the page's live panel, which only recomputes numbers, loads this file alone.
import type { Estimate } from '../estimate.ts';
import { batchSize, type ConvTranspose1dParams } from '../params.ts';
import { outputLength } from '../outputLength.ts';
import { flopCounterBackward, flopCounterForward, torchProfiler } from './pytorch.ts';
import { fvcore, fvcorePrePr80 } from './fvcore.ts';
import { ptflops074, ptflopsAten, ptflopsPytorch } from './ptflops.ts';
import { thopLyken17, thopLyken17Old, ultralyticsThop, ultralyticsThopOld } from './thop.ts';
import { calflops, deepspeed055, deepspeed06, deepspeed09, deepspeedCurrent, deepspeedPr8323 } from './deepspeed.ts';
import { pthflops, torchinfo, torchprofile, torchscanFlops, torchscanMacs, unsupported } from './others.ts';
import { moduleprofiler } from './moduleprofiler.ts';

/** What one unit of the tool's number stands for. */
export type Unit =
  | 'MAC' // one multiply-accumulate
  | 'FLOP=2·MAC' // two per multiply-accumulate
  | 'FLOP=2·MAC+bias' // two per multiply-accumulate, plus a bias term
  | 'FLOP (mult+add)' // multiplications and additions counted one by one
  | 'ops (mult+add)' // the same, under moduleprofiler's name
  | 'none'; // the tool counts nothing for this module

export type BatchConvention = 'whole batch' | 'per sample' | 'n/a';

/** Which exact count a row is compared with (in the row's unit and batch convention). */
export type Reference = 'mac' | '2mac' | '2mac+bias' | 'mult+add' | 'backward' | 'none';

/** A known defect (bug) or pitfall (note) of a tool; affects: when it changes the number (absent: always). */
export interface FlagRule {
  kind: 'bug' | 'note';
  affects?(p: ConvTranspose1dParams): boolean;
}

const grouped = (p: ConvTranspose1dParams) => p.groups > 1n;
const always: FlagRule = { kind: 'bug' };

/** Every known issue, by the id its footnote carries (texts in index.ts). */
export const flagRules = {
  'flopcounter-padding': { kind: 'note', affects: (p) => p.padding > 0n },
  'flopcounter-grad-weight-groups': { kind: 'bug', affects: grouped },
  'torch-profiler-unsupported': always,
  'fvcore-flop-is-mac': { kind: 'note' },
  'fvcore-78': { kind: 'bug' },
  'ptflops-backends': { kind: 'note', affects: (p) => batchSize(p) > 1n },
  'ptflops-57-149': { kind: 'note' },
  'thop-93': { kind: 'bug', affects: (p) => outputLength(p) !== p.length_in },
  'ultralytics-thop-92': { kind: 'bug', affects: (p) => outputLength(p) !== p.length_in },
  'deepspeed-double-groups': { kind: 'bug', affects: grouped },
  'deepspeed-bias-length': { kind: 'bug', affects: (p) => p.bias },
  'deepspeed-in-as-out': { kind: 'bug', affects: (p) => p.in_channels !== p.out_channels || p.groups > 1n },
  'deepspeed-kernel-dims': { kind: 'bug' },
  'deepspeed-1d-crash': { kind: 'bug' },
  'torchinfo-conv-name': { kind: 'note' },
  'moduleprofiler-unbatched': { kind: 'bug', affects: (p) => p.batch === null && p.in_channels > 1n },
  'moduleprofiler-probe': { kind: 'note' },
  'torchprofile-groups': { kind: 'bug', affects: (p) => p.groups > 1n && p.in_channels !== p.out_channels },
  'torchscan-constant': { kind: 'note' },
  'pthflops-jit': { kind: 'note' },
  'mmcv-unsupported': always,
  'flopth-unsupported': always,
  'torchstat-unsupported': always,
} satisfies Record<string, FlagRule>;

export type FlagId = keyof typeof flagRules;

/** Whether a known issue changes this layer's number. */
export function flagApplies(f: FlagRule, p: ConvTranspose1dParams): boolean {
  return f.affects ? f.affects(p) : true;
}

export interface Counter {
  /** Stable id: data-tool in the page, keys in the CLI's "peers" object. */
  id: string;
  unit: Unit;
  batch: BatchConvention;
  reference: Reference;
  /** Known issues, in the order the row cites them. */
  flags: readonly FlagId[];
  /** What the tool reports for this (valid) layer, or null when it reports nothing. */
  count(p: ConvTranspose1dParams): bigint | null;
}

/** One entry per tool and version, in the order the tables list them. */
export const counters: readonly Counter[] = [
  // ---------------------------------------------------------------- PyTorch
  { id: 'flopcounter', unit: 'FLOP=2·MAC', batch: 'whole batch', reference: '2mac', flags: ['flopcounter-padding'], count: flopCounterForward },
  { id: 'flopcounter-backward', unit: 'FLOP=2·MAC', batch: 'whole batch', reference: 'backward', flags: ['flopcounter-grad-weight-groups'], count: flopCounterBackward },
  { id: 'torch-profiler', unit: 'FLOP=2·MAC', batch: 'whole batch', reference: '2mac', flags: ['torch-profiler-unsupported'], count: torchProfiler },
  // ---------------------------------------------------------------- fvcore
  { id: 'fvcore', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['fvcore-flop-is-mac'], count: fvcore },
  { id: 'fvcore-pre-pr80', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['fvcore-78'], count: fvcorePrePr80 },
  { id: 'mmengine', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: [], count: fvcore },
  // ---------------------------------------------------------------- ptflops
  { id: 'ptflops-pytorch', unit: 'MAC', batch: 'per sample', reference: 'mac', flags: ['ptflops-backends'], count: ptflopsPytorch },
  { id: 'ptflops-aten', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: [], count: ptflopsAten },
  { id: 'ptflops-0.7.4', unit: 'MAC', batch: 'per sample', reference: 'mac', flags: ['ptflops-57-149'], count: ptflops074 },
  // ---------------------------------------------------------------- thop
  { id: 'thop-lyken17', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['thop-93'], count: thopLyken17 },
  { id: 'thop-lyken17-old', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['thop-93'], count: thopLyken17Old },
  { id: 'ultralytics-thop', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: [], count: ultralyticsThop },
  { id: 'ultralytics-thop-old', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['ultralytics-thop-92'], count: ultralyticsThopOld },
  // ---------------------------------------------------------------- calflops / DeepSpeed
  { id: 'calflops', unit: 'FLOP=2·MAC+bias', batch: 'whole batch', reference: '2mac+bias', flags: ['deepspeed-double-groups', 'deepspeed-bias-length'], count: (p) => calflops(p).flops },
  { id: 'calflops-macs', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['deepspeed-double-groups'], count: (p) => calflops(p).macs },
  { id: 'deepspeed', unit: 'FLOP=2·MAC+bias', batch: 'whole batch', reference: '2mac+bias', flags: ['deepspeed-double-groups', 'deepspeed-bias-length'], count: (p) => deepspeedCurrent(p).flops },
  { id: 'deepspeed-macs', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['deepspeed-double-groups'], count: (p) => deepspeedCurrent(p).macs },
  { id: 'deepspeed-pr8323', unit: 'FLOP=2·MAC+bias', batch: 'whole batch', reference: '2mac+bias', flags: [], count: (p) => deepspeedPr8323(p).flops },
  { id: 'deepspeed-pr8323-macs', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: [], count: (p) => deepspeedPr8323(p).macs },
  { id: 'deepspeed-0.9', unit: 'FLOP=2·MAC+bias', batch: 'whole batch', reference: '2mac+bias', flags: ['deepspeed-in-as-out', 'deepspeed-bias-length'], count: (p) => deepspeed09(p).flops },
  { id: 'deepspeed-0.9-macs', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['deepspeed-in-as-out'], count: (p) => deepspeed09(p).macs },
  { id: 'deepspeed-0.6', unit: 'FLOP=2·MAC+bias', batch: 'whole batch', reference: '2mac+bias', flags: ['deepspeed-kernel-dims', 'deepspeed-in-as-out', 'deepspeed-bias-length'], count: (p) => deepspeed06(p).flops },
  { id: 'deepspeed-0.6-macs', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['deepspeed-kernel-dims', 'deepspeed-in-as-out'], count: (p) => deepspeed06(p).macs },
  { id: 'deepspeed-0.5', unit: 'none', batch: 'n/a', reference: 'none', flags: ['deepspeed-1d-crash'], count: deepspeed055 },
  // ---------------------------------------------------------------- others
  { id: 'torchinfo', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['torchinfo-conv-name'], count: torchinfo },
  { id: 'moduleprofiler', unit: 'ops (mult+add)', batch: 'whole batch', reference: 'mult+add', flags: ['moduleprofiler-unbatched', 'moduleprofiler-probe'], count: moduleprofiler },
  { id: 'torchprofile', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['torchprofile-groups'], count: torchprofile },
  { id: 'torchscan-macs', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['torchscan-constant'], count: torchscanMacs },
  { id: 'torchscan-flops', unit: 'FLOP (mult+add)', batch: 'whole batch', reference: 'mult+add', flags: [], count: torchscanFlops },
  { id: 'pthflops', unit: 'MAC', batch: 'whole batch', reference: 'mac', flags: ['pthflops-jit'], count: pthflops },
  { id: 'mmcv', unit: 'MAC', batch: 'per sample', reference: 'mac', flags: ['mmcv-unsupported'], count: unsupported },
  { id: 'flopth', unit: 'none', batch: 'n/a', reference: 'none', flags: ['flopth-unsupported'], count: unsupported },
  { id: 'torchstat', unit: 'FLOP (mult+add)', batch: 'per sample', reference: 'mult+add', flags: ['torchstat-unsupported'], count: unsupported },
];

type Ok = Extract<Estimate, { ok: true }>;

export interface ExactInUnit {
  value: bigint;
  /** What the value is, in words. */
  label: string;
}

/**
 * The exact count expressed the way the row counts: exact MACs (= the multiplications a direct
 * scatter performs) for MAC rows, twice that for FLOP = 2·MAC, twice that plus the bias
 * additions actually made for FLOP = 2·MAC + bias, multiplications + additions for counts that
 * keep them apart, and for the backward row two MACs for each useful forward product (grad_input
 * and grad_weight each redo every product once), doubled. Divided by N for per-sample rows.
 * Null where the tool counts nothing.
 */
export function exactInUnit(row: Pick<Counter, 'reference' | 'batch'>, e: Ok): ExactInUnit | null {
  const mults = e.exact.multiplications;
  const biasAdds = e.params.bias ? batchSize(e.params) * e.params.out_channels * e.exact.covered_positions : 0n;
  let value: bigint;
  let label: string;
  switch (row.reference) {
    case 'none':
      return null;
    case 'mac':
      [value, label] = [mults, 'exact MACs (multiplications)'];
      break;
    case '2mac':
      [value, label] = [2n * mults, '2 × exact MACs'];
      break;
    case '2mac+bias':
      [value, label] = [2n * mults + biasAdds, '2 × exact MACs + bias additions'];
      break;
    case 'mult+add':
      [value, label] = [e.exact.total_ops, 'exact multiplications + additions'];
      break;
    case 'backward':
      [value, label] = [4n * mults, '2 × exact backward MACs (2 per forward product)'];
      break;
  }
  if (row.batch === 'per sample') {
    value /= batchSize(e.params);
    label += ', per sample';
  }
  return { value, label };
}
