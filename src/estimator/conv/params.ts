// The parameter tables of Conv1d, Conv2d and Conv3d, in the golden data's key order (batch,
// channels, spatial sizes, then PyTorch's arguments in the constructor's order).
// The initial values are the worked examples: Conv1d(1, 1, 3, padding=1) on length 8,
// Conv2d(1, 1, 3, stride=2, padding=1) on 5×5 and Conv3d(1, 1, 3, padding=1) on 4×4×4.
import type { IntsValue, ParamsOf } from '../core/params.ts';
import type { Layout } from './layout.ts';

/** The padding modes nn.ConvNd accepts. */
export const PADDING_MODES = ['zeros', 'reflect', 'replicate', 'circular'] as const;

const batch = {
  name: 'batch', kind: 'int', label: 'batch', symbol: 'N', role: 'input', initial: null, min: 0n,
  nullable: { meaning: 'unbatched input without the N dimension, counted as N = 1' },
  help: 'Batch size N; none for an unbatched input. 0 is allowed (no operations).',
} as const;

const inChannels = (initial: bigint) =>
  ({
    name: 'in_channels', kind: 'int', label: 'in_channels', symbol: 'C_{in}', initial, min: 1n,
    help: 'Input channels C_in; divisible by groups.',
  }) as const;

const outChannels = (initial: bigint) =>
  ({
    name: 'out_channels', kind: 'int', label: 'out_channels', symbol: 'C_{out}', initial, min: 1n,
    help: 'Output channels C_out; divisible by groups.',
  }) as const;

function size<N extends string>(name: N, symbol: string, initial: bigint, help: string) {
  return { name, kind: 'int', label: name, symbol, role: 'input', initial, min: 1n, help } as const;
}

const kernelSize = (dims: number, initial: bigint) =>
  ({
    name: 'kernel_size', kind: 'ints', dims, label: 'kernel_size', symbol: 'k', initial, min: 1n,
    help: 'Kernel taps per dimension: k or a tuple.',
  }) as const;

const stride = (dims: number, initial: bigint) =>
  ({
    name: 'stride', kind: 'ints', dims, label: 'stride', symbol: 's', torchDefault: 1n, initial, min: 1n,
    help: 'Step s between neighbouring outputs, per dimension.',
  }) as const;

const padding = (dims: number, initial: bigint) =>
  ({
    name: 'padding', kind: 'ints', dims, label: 'padding', symbol: 'p', torchDefault: 0n, initial, min: 0n,
    strings: ['same', 'valid'],
    help: "Padding p on each side, a tuple, 'same' or 'valid'.",
  }) as const;

const dilation = (dims: number) =>
  ({
    name: 'dilation', kind: 'ints', dims, label: 'dilation', symbol: 'd', torchDefault: 1n, initial: 1n, min: 1n,
    help: 'Spacing d between the taps of a filter.',
  }) as const;

const groups = {
  name: 'groups', kind: 'int', label: 'groups', symbol: 'g', torchDefault: 1n, initial: 1n, min: 1n,
  help: 'Groups g: each output channel sees C_in/g inputs.',
} as const;

const bias = {
  name: 'bias', kind: 'bool', label: 'bias', symbol: 'b', torchDefault: true, initial: true,
  help: 'Adds a learnable bias to every output element.',
} as const;

const paddingMode = {
  name: 'padding_mode', kind: 'enum', label: 'padding_mode', symbol: '\\text{mode}', options: PADDING_MODES, torchDefault: 'zeros', initial: 'zeros',
  help: 'What the padding holds: zeros, reflect, replicate or circular.',
} as const;

/** torch.nn.Conv1d's arguments plus the input's batch and length. */
export const params1d = [
  batch,
  inChannels(1n),
  outChannels(1n),
  size('length_in', 'L_{in}', 8n, 'Input length L_in = x.size(-1).'),
  kernelSize(1, 3n),
  stride(1, 1n),
  padding(1, 1n),
  dilation(1),
  groups,
  bias,
  paddingMode,
] as const;

/** torch.nn.Conv2d's arguments plus the input's batch, height and width. */
export const params2d = [
  batch,
  inChannels(1n),
  outChannels(1n),
  size('height_in', 'H_{in}', 5n, 'Input height H_in = x.size(-2).'),
  size('width_in', 'W_{in}', 5n, 'Input width W_in = x.size(-1).'),
  kernelSize(2, 3n),
  stride(2, 2n),
  padding(2, 1n),
  dilation(2),
  groups,
  bias,
  paddingMode,
] as const;

/** torch.nn.Conv3d's arguments plus the input's batch, depth, height and width. */
export const params3d = [
  batch,
  inChannels(1n),
  outChannels(1n),
  size('depth_in', 'D_{in}', 4n, 'Input depth D_in = x.size(-3).'),
  size('height_in', 'H_{in}', 4n, 'Input height H_in = x.size(-2).'),
  size('width_in', 'W_{in}', 4n, 'Input width W_in = x.size(-1).'),
  kernelSize(3, 3n),
  stride(3, 1n),
  padding(3, 1n),
  dilation(3),
  groups,
  bias,
  paddingMode,
] as const;

export type Conv1dParams = ParamsOf<typeof params1d>;
export type Conv2dParams = ParamsOf<typeof params2d>;
export type Conv3dParams = ParamsOf<typeof params3d>;

/** The arguments the family code reads; the spatial sizes are read by name through a Layout. */
export interface ConvParams {
  batch: bigint | null;
  in_channels: bigint;
  out_channels: bigint;
  kernel_size: bigint | readonly bigint[];
  stride: bigint | readonly bigint[];
  padding: IntsValue;
  dilation: bigint | readonly bigint[];
  groups: bigint;
  bias: boolean;
  padding_mode: string;
}

/** eq-conv-sizes-in: the spatial input sizes, in PyTorch's order (length; height, width; or depth, height, width). */
export function sizesIn(p: ConvParams, layout: Layout): bigint[] {
  const v = p as unknown as Record<string, bigint>;
  return layout.spatialIn.map((name) => v[name]);
}

/** eq-conv-batch: the effective batch size N; an unbatched input is one sample. */
export function batchSize(p: Pick<ConvParams, 'batch'>): bigint {
  return p.batch ?? 1n;
}

/** eq-conv-input-shape: the input tensor's shape as the arguments give it: (N, C_in, *sizes), or (C_in, *sizes) unbatched. */
export function inputShape(p: ConvParams, layout: Layout): bigint[] {
  const rest = [p.in_channels, ...sizesIn(p, layout)];
  return p.batch === null ? rest : [p.batch, ...rest];
}
