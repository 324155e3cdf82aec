// Test support: the golden records of real PyTorch 1.13 (tests/fixtures/golden/convtranspose2d.json
// and convtranspose3d.json), read as typed values. Integers at or above 2^53 arrive as decimal strings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TransposedParams } from './params.ts';

type Int = number | string;
type Ints = number | number[];

export interface GoldenParams {
  batch: number | null;
  in_channels: number;
  out_channels: number;
  kernel_size: Ints;
  stride: Ints;
  padding: Ints | string;
  output_padding: Ints;
  dilation: Ints;
  groups: number;
  bias: boolean;
  padding_mode: string;
  input_shape?: number[];
  [size: string]: unknown;
}

export interface GoldenPerDim {
  size_in: number;
  size_out: number;
  seed_size_out: number;
  multiplications_scatter: number;
  positions_reached: number;
  additions_true: number;
  additions_seed_method: number | null;
  ones_output?: number[];
  ones_output_with_output_padding?: number[];
}

export interface GoldenValid {
  params: GoldenParams;
  category: 'tiny' | 'realistic' | 'huge';
  example?: string;
  output_shape: number[];
  per_dim: GoldenPerDim[];
  multiplications_scatter: Int;
  positions_reached: Int;
  additions_true: Int;
  additions_seed_method: Int | null;
  formula_ops: Int | null;
  ones_output?: unknown[];
  ones_output_with_output_padding?: unknown[];
  seed_ones_error?: { type: string; message: string; stage: string };
  [field: string]: unknown;
}

export interface GoldenInvalid {
  params: GoldenParams;
  category: 'invalid';
  intended_violation: string;
  torch_error: { type: string; message: string; stage: string };
}

/** (test support, no equation) the golden records of one module, split into valid and invalid. */
export function loadGolden(id: 'convtranspose2d' | 'convtranspose3d'): { valid: GoldenValid[]; invalid: GoldenInvalid[]; torchVersion: string } {
  const path = fileURLToPath(new URL(`../../../tests/fixtures/golden/${id}.json`, import.meta.url));
  const file = JSON.parse(readFileSync(path, 'utf8')) as { torch_version: string; records: (GoldenValid | GoldenInvalid)[] };
  return {
    valid: file.records.filter((r): r is GoldenValid => r.category !== 'invalid'),
    invalid: file.records.filter((r): r is GoldenInvalid => r.category === 'invalid'),
    torchVersion: file.torch_version,
  };
}

/** (test support, no equation) an exact integer from the golden data (a number below 2^53 or a decimal string). */
export const big = (x: Int): bigint => BigInt(x);

const ints = (v: Ints): bigint | bigint[] => (typeof v === 'number' ? BigInt(v) : v.map(BigInt));

/** (test support, no equation) the golden arguments as the estimator's typed parameters (input_shape left out). */
export function toParams<P extends TransposedParams>(g: GoldenParams, spatial: readonly string[]): P {
  const sizes = Object.fromEntries(spatial.map((name) => [name, BigInt(g[name] as number)]));
  return {
    batch: g.batch === null ? null : BigInt(g.batch),
    in_channels: BigInt(g.in_channels),
    out_channels: BigInt(g.out_channels),
    ...sizes,
    kernel_size: ints(g.kernel_size),
    stride: ints(g.stride),
    padding: typeof g.padding === 'string' ? g.padding : ints(g.padding),
    output_padding: ints(g.output_padding),
    dilation: ints(g.dilation),
    groups: BigInt(g.groups),
    bias: g.bias,
    padding_mode: g.padding_mode,
  } as unknown as P;
}

/** (test support, no equation) the golden arguments as raw values, the way a URL or JSON hands them to parseParams. */
export function toRaw(g: GoldenParams): Record<string, unknown> {
  const { input_shape: _shape, ...raw } = g;
  return raw;
}
