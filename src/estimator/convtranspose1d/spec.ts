import type { ParamSpec, ParamValues } from '../core/params.ts';
import type { ConvTranspose1dParams } from './params.ts';

/** torch.nn.ConvTranspose1d's arguments, plus the input's batch and length, in the order PyTorch lists them. */
export const params: readonly ParamSpec[] = [
  {
    name: 'batch', kind: 'int', label: 'batch', symbol: 'N', initial: null, min: 1n,
    nullable: { meaning: 'unbatched (C_in, L_in) input, counted as N = 1' },
    help: 'Batch size N; none for an unbatched input (C_in, L_in).',
  },
  {
    name: 'in_channels', kind: 'int', label: 'in_channels', symbol: 'C_{in}', initial: 1n, min: 1n,
    help: 'Input channels C_in; divisible by groups.',
  },
  {
    name: 'out_channels', kind: 'int', label: 'out_channels', symbol: 'C_{out}', initial: 1n, min: 1n,
    help: 'Output channels C_out; divisible by groups.',
  },
  {
    name: 'length_in', kind: 'int', label: 'length_in', symbol: 'L_{in}', initial: 2n, min: 1n,
    help: 'Input length L_in = x.size(-1).',
  },
  {
    name: 'kernel_size', kind: 'int', label: 'kernel_size', symbol: 'K', initial: 3n, min: 1n,
    help: 'Taps K in each filter.',
  },
  {
    name: 'stride', kind: 'int', label: 'stride', symbol: 's', torchDefault: 1n, initial: 1n, min: 1n,
    help: 'Step s: consecutive inputs land s outputs apart.',
  },
  {
    name: 'padding', kind: 'int', label: 'padding', symbol: 'p', torchDefault: 0n, initial: 0n, min: 0n,
    help: 'Positions p cropped from each end of the output.',
  },
  {
    name: 'output_padding', kind: 'int', label: 'output_padding', symbol: 'o', torchDefault: 0n, initial: 0n, min: 0n,
    help: 'Positions o added at the end; below stride or dilation.',
  },
  {
    name: 'dilation', kind: 'int', label: 'dilation', symbol: 'd', torchDefault: 1n, initial: 1n, min: 1n,
    help: 'Spacing d between the taps of a filter.',
  },
  {
    name: 'groups', kind: 'int', label: 'groups', symbol: 'g', torchDefault: 1n, initial: 1n, min: 1n,
    help: 'Groups g: each output channel sees C_in/g inputs.',
  },
  {
    name: 'bias', kind: 'bool', label: 'bias', symbol: 'b', torchDefault: true, initial: true,
    help: 'Adds a learnable bias to every output element.',
  },
];

/** Typed parameters from parsed table values (parseParams guarantees the kinds). */
export function fromValues(v: ParamValues): ConvTranspose1dParams {
  const int = (name: string) => v[name] as bigint;
  return {
    batch: v.batch as bigint | null,
    in_channels: int('in_channels'),
    out_channels: int('out_channels'),
    length_in: int('length_in'),
    kernel_size: int('kernel_size'),
    stride: int('stride'),
    padding: int('padding'),
    output_padding: int('output_padding'),
    dilation: int('dilation'),
    groups: int('groups'),
    bias: v.bias as boolean,
  };
}

/** A full parameter set from a partial one: PyTorch's defaults, then the calculator's initial values. */
export function withDefaults(partial: Partial<ConvTranspose1dParams>): ConvTranspose1dParams {
  const base: ParamValues = Object.fromEntries(params.map((p) => [p.name, p.torchDefault ?? p.initial]));
  return { ...fromValues(base), ...partial };
}
