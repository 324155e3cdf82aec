// Typed access to the PyTorch golden records copied from ../shared/golden.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ConvTranspose1dParams } from '../../src/estimator/convtranspose1d/index.ts';

export interface GoldenParams {
  batch: number | null;
  in_channels: number;
  out_channels: number;
  length_in: number;
  kernel_size: number;
  stride: number;
  padding: number;
  output_padding: number;
  dilation: number;
  groups: number;
  bias: boolean;
}

export interface ValidRecord {
  params: GoldenParams;
  category: 'tiny' | 'realistic' | 'huge';
  length_out: number;
  ones_output?: number[];
  ones_output_with_output_padding?: number[];
  additions_seed_method: number | null;
  additions_true: number;
  multiplications_scatter: number;
  formula_total_ops: number | null;
  seed_ones_error?: { type: string; message: string; stage: string };
}

export interface InvalidRecord {
  params: GoldenParams;
  intended_violation: string;
  torch_error: { type: string; message: string; stage: string };
}

const path = fileURLToPath(new URL('../fixtures/golden/convtranspose1d.json', import.meta.url));
const text = readFileSync(path, 'utf8');
// Parse integers as BigInt-safe strings: formula_total_ops exceeds 2^53 in the huge records.
const raw = JSON.parse(text.replace(/([:,\[]\s*)(-?\d{16,})(?=\s*[,\]}])/g, '$1"$2"')) as { records: (ValidRecord | InvalidRecord)[] };

export const records = raw.records;
export const valid = records.filter((r): r is ValidRecord => !('torch_error' in r));
export const invalid = records.filter((r): r is InvalidRecord => 'torch_error' in r);

/** Exact value of a golden integer (long ones were kept as strings). */
export const big = (x: number | string): bigint => BigInt(x);

export function toParams(p: GoldenParams): ConvTranspose1dParams {
  return {
    batch: p.batch === null ? null : BigInt(p.batch),
    in_channels: BigInt(p.in_channels),
    out_channels: BigInt(p.out_channels),
    length_in: BigInt(p.length_in),
    kernel_size: BigInt(p.kernel_size),
    stride: BigInt(p.stride),
    padding: BigInt(p.padding),
    output_padding: BigInt(p.output_padding),
    dilation: BigInt(p.dilation),
    groups: BigInt(p.groups),
    bias: p.bias,
  };
}
