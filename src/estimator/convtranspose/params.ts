// The parameter tables of ConvTranspose2d and ConvTranspose3d, in the golden data's key order
// (batch, channels, spatial sizes, then PyTorch's arguments with dilation before groups). The
// constructor's own positional order differs (… output_padding, groups, bias, dilation), so
// the torch expression writes every defaulted argument by keyword.
// The initial values are the worked example: DCGAN's ConvTranspose2d(1, 1, 4, 2, 1) on 3×3, and
// a volumetric ConvTranspose3d(1, 1, 3, 2, 1, output_padding=1) on 2×2×2.
import type { IntsValue, ParamsOf } from '../core/params.ts';
import type { Layout } from './layout.ts';

const batch = {
  name: 'batch', kind: 'int', label: 'batch', symbol: 'N', role: 'input', initial: null, min: 0n,
  nullable: { meaning: 'unbatched input without the N dimension, counted as N = 1' },
  help: 'Batch size N; none for an unbatched input. 0 is allowed (no operations).',
} as const;

const inChannels = {
  name: 'in_channels', kind: 'int', label: 'in_channels', symbol: 'C_{in}', initial: 1n, min: 1n,
  help: 'Input channels C_in; divisible by groups.',
} as const;

const outChannels = {
  name: 'out_channels', kind: 'int', label: 'out_channels', symbol: 'C_{out}', initial: 1n, min: 1n,
  help: 'Output channels C_out; divisible by groups.',
} as const;

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
    help: 'Step s: neighbouring inputs land s outputs apart.',
  }) as const;

const padding = (dims: number, initial: bigint) =>
  ({
    name: 'padding', kind: 'ints', dims, label: 'padding', symbol: 'p', torchDefault: 0n, initial, min: 0n,
    strings: ['same', 'valid'],
    help: 'Positions p cropped from each side; no string modes.',
  }) as const;

const outputPadding = (dims: number, initial: bigint) =>
  ({
    name: 'output_padding', kind: 'ints', dims, label: 'output_padding', symbol: 'o', torchDefault: 0n, initial, min: 0n,
    help: 'Positions o added at the far end; below stride or dilation.',
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
  name: 'padding_mode', kind: 'enum', label: 'padding_mode', symbol: '\\text{mode}', options: ['zeros'], torchDefault: 'zeros', initial: 'zeros',
  help: "Only 'zeros' is supported for transposed convolutions.",
} as const;

/** torch.nn.ConvTranspose2d's arguments plus the input's batch and spatial sizes. */
export const params2d = [
  batch,
  inChannels,
  outChannels,
  size('height_in', 'H_{in}', 3n, 'Input height H_in = x.size(-2).'),
  size('width_in', 'W_{in}', 3n, 'Input width W_in = x.size(-1).'),
  kernelSize(2, 4n),
  stride(2, 2n),
  padding(2, 1n),
  outputPadding(2, 0n),
  dilation(2),
  groups,
  bias,
  paddingMode,
] as const;

/** torch.nn.ConvTranspose3d's arguments plus the input's batch and spatial sizes. */
export const params3d = [
  batch,
  inChannels,
  outChannels,
  size('depth_in', 'D_{in}', 2n, 'Input depth D_in = x.size(-3).'),
  size('height_in', 'H_{in}', 2n, 'Input height H_in = x.size(-2).'),
  size('width_in', 'W_{in}', 2n, 'Input width W_in = x.size(-1).'),
  kernelSize(3, 3n),
  stride(3, 2n),
  padding(3, 1n),
  outputPadding(3, 1n),
  dilation(3),
  groups,
  bias,
  paddingMode,
] as const;

export type ConvTranspose2dParams = ParamsOf<typeof params2d>;
export type ConvTranspose3dParams = ParamsOf<typeof params3d>;

/** The arguments the family code reads; the spatial sizes are read by name through a Layout. */
export interface TransposedParams {
  batch: bigint | null;
  in_channels: bigint;
  out_channels: bigint;
  kernel_size: bigint | readonly bigint[];
  stride: bigint | readonly bigint[];
  padding: IntsValue;
  output_padding: bigint | readonly bigint[];
  dilation: bigint | readonly bigint[];
  groups: bigint;
  bias: boolean;
  padding_mode: string;
}

/** eq-ctn-sizes-in: the spatial input sizes, in PyTorch's order (height, width, or depth, height, width). */
export function sizesIn(p: TransposedParams, layout: Layout): bigint[] {
  const v = p as unknown as Record<string, bigint>;
  return layout.spatialIn.map((name) => v[name]);
}

/** eq-ctn-batch: N = batch, or 1 for an unbatched input. */
export function batchSize(p: Pick<TransposedParams, 'batch'>): bigint {
  return p.batch ?? 1n;
}
