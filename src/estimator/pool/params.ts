// The parameter tables of MaxPool1d/2d and AvgPool1d/2d, in the golden data's key order (batch,
// channels, spatial sizes, then PyTorch's arguments in the constructor's order). The initial
// values are the worked examples: a 3-wide window, stride 2, padding 1, on a short signal or a
// small image.
import { INT64_MIN, type ParamsOf } from '../core/params.ts';

const batch = {
  name: 'batch', kind: 'int', label: 'batch', symbol: 'N', role: 'input', initial: null, min: 0n,
  nullable: { meaning: 'unbatched input without the N dimension, counted as N = 1' },
  help: 'Batch size N; none for an unbatched (C, …) input. 0 is allowed (no operations).',
} as const;

const channels = {
  name: 'channels', kind: 'int', label: 'channels', symbol: 'C', role: 'input', initial: 1n, min: 1n,
  help: 'Channels C of the input; each channel is pooled on its own.',
} as const;

function size<N extends string>(name: N, symbol: string, initial: bigint, help: string) {
  return { name, kind: 'int', label: name, symbol, role: 'input', initial, min: 1n, help } as const;
}

const kernelSize = (dims: number, initial: bigint) =>
  ({
    name: 'kernel_size', kind: 'ints', dims, label: 'kernel_size', symbol: 'k', initial, min: 1n,
    help: 'Window size per dimension: k or a tuple.',
  }) as const;

const stride = (dims: number, initial: bigint) =>
  ({
    name: 'stride', kind: 'ints', dims, label: 'stride', symbol: 's', initial, min: 1n,
    nullable: { meaning: 'PyTorch’s default: the stride equals kernel_size' },
    help: 'Step s between windows; empty or none means kernel_size (PyTorch’s default).',
  }) as const;

const padding = (dims: number, initial: bigint) =>
  ({
    name: 'padding', kind: 'ints', dims, label: 'padding', symbol: 'p', torchDefault: 0n, initial, min: 0n,
    help: 'Implicit padding p on each side, at most half the window.',
  }) as const;

const dilation = (dims: number) =>
  ({
    name: 'dilation', kind: 'ints', dims, label: 'dilation', symbol: 'd', torchDefault: 1n, initial: 1n, min: 1n,
    help: 'Spacing d between the elements of a window.',
  }) as const;

const returnIndices = {
  name: 'return_indices', kind: 'bool', label: 'return_indices', symbol: '\\text{idx}', torchDefault: false, initial: false,
  help: 'Also return where each maximum was found (a second output, no extra arithmetic).',
} as const;

const ceilMode = {
  name: 'ceil_mode', kind: 'bool', label: 'ceil_mode', symbol: '\\text{ceil}', torchDefault: false, initial: false,
  help: 'Round the output size up: a last, partial window may hang over the end.',
} as const;

const countIncludePad = {
  name: 'count_include_pad', kind: 'bool', label: 'count_include_pad', symbol: '\\text{cip}', torchDefault: true, initial: true,
  help: 'Divide by the window including its zero padding (true) or by the real elements only (false).',
} as const;

const divisorOverride = {
  name: 'divisor_override', kind: 'int', label: 'divisor_override', symbol: 'D', initial: null, min: INT64_MIN,
  nullable: { meaning: 'no override: the divisor follows count_include_pad', toggle: 'no override (None)' },
  help: 'A fixed divisor for every window instead of its size; not zero.',
} as const;

const length = size('length_in', 'L_{in}', 8n, 'Input length L_in = x.size(-1).');
const height = size('height_in', 'H_{in}', 6n, 'Input height H_in = x.size(-2).');
const width = size('width_in', 'W_{in}', 6n, 'Input width W_in = x.size(-1).');

export const maxParams1d = [batch, channels, length, kernelSize(1, 3n), stride(1, 2n), padding(1, 1n), dilation(1), returnIndices, ceilMode] as const;
export const maxParams2d = [batch, channels, height, width, kernelSize(2, 3n), stride(2, 2n), padding(2, 1n), dilation(2), returnIndices, ceilMode] as const;
export const avgParams1d = [batch, channels, length, kernelSize(1, 3n), stride(1, 2n), padding(1, 1n), ceilMode, countIncludePad] as const;
export const avgParams2d = [batch, channels, height, width, kernelSize(2, 3n), stride(2, 2n), padding(2, 1n), ceilMode, countIncludePad, divisorOverride] as const;

export type MaxPool1dParams = ParamsOf<typeof maxParams1d>;
export type MaxPool2dParams = ParamsOf<typeof maxParams2d>;
export type AvgPool1dParams = ParamsOf<typeof avgParams1d>;
export type AvgPool2dParams = ParamsOf<typeof avgParams2d>;

type Ints = bigint | readonly bigint[];

/** The arguments the family code reads (absent ones: the module does not take them). */
export interface PoolParams {
  batch: bigint | null;
  channels: bigint;
  kernel_size: Ints;
  stride: Ints | null;
  padding: Ints;
  dilation?: Ints;
  return_indices?: boolean;
  ceil_mode: boolean;
  count_include_pad?: boolean;
  divisor_override?: bigint | null;
}

/** eq-pool-input-shape: the input's shape as the arguments give it, (N, C, *sizes) or (C, *sizes) unbatched. */
export function inputShape(p: PoolParams, spatialIn: readonly string[]): bigint[] {
  const v = p as unknown as Record<string, bigint>;
  const rest = [p.channels, ...spatialIn.map((n) => v[n])];
  return p.batch === null ? rest : [p.batch, ...rest];
}
