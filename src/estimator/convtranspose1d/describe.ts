import type { ConvTranspose1dParams } from './params.ts';

/**
 * The layer as PyTorch code, non-default keyword arguments only, e.g.
 * "nn.ConvTranspose1d(16, 32, kernel_size=5, stride=2, groups=4)".
 */
export function torchExpression(p: ConvTranspose1dParams): string {
  const kw: string[] = [`kernel_size=${p.kernel_size}`];
  if (p.stride !== 1n) kw.push(`stride=${p.stride}`);
  if (p.padding !== 0n) kw.push(`padding=${p.padding}`);
  if (p.output_padding !== 0n) kw.push(`output_padding=${p.output_padding}`);
  if (p.groups !== 1n) kw.push(`groups=${p.groups}`);
  if (!p.bias) kw.push('bias=False');
  if (p.dilation !== 1n) kw.push(`dilation=${p.dilation}`);
  return `nn.ConvTranspose1d(${p.in_channels}, ${p.out_channels}, ${kw.join(', ')})`;
}

/** The input's shape as PyTorch prints it: (N, C_in, L_in), or (C_in, L_in) unbatched. */
export function inputShape(p: ConvTranspose1dParams): string {
  return p.batch === null ? `(${p.in_channels}, ${p.length_in})` : `(${p.batch}, ${p.in_channels}, ${p.length_in})`;
}

/** One line naming the whole configuration: the layer and its input. */
export function describeLayer(p: ConvTranspose1dParams): string {
  return `${torchExpression(p)} on an input of shape ${inputShape(p)}`;
}
