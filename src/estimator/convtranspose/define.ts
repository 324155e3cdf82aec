// The family factory: a ModuleDefinition for ConvTranspose2d or ConvTranspose3d.
import { genericTorchExpression } from '../core/define.ts';
import type { InvalidInput, ModuleDefinition, Preset } from '../core/module.ts';
import type { ParamSpec, ParamValues } from '../core/params.ts';
import { estimateNd } from './estimate.ts';
import type { Layout } from './layout.ts';
import { denseMethod, documentedMethod, exactMethod } from './methods.ts';
import type { TransposedParams } from './params.ts';
import { rankError } from './rules.ts';

/** A transposed-convolution module: the generic definition plus PyTorch's error for a wrong input rank. */
export type ConvTransposeDefinition<P> = ModuleDefinition<P> & {
  /** PyTorch's error for an input tensor of this shape when its rank is wrong (null when the rank is right). */
  rankError(p: P, shape: readonly bigint[]): InvalidInput | null;
};

export interface ConvTransposeSpec {
  layout: Layout;
  params: readonly ParamSpec[];
  summary: string;
  presets: readonly Preset[];
  /** moduleprofiler's page for the module, or null when it has none (then no documented method). */
  documentedSource: { url: string; note?: string } | null;
  /** ISO date of the first rules version. */
  date: string;
}

/** eq-ctn-definition: the module definition of one transposed convolution, from its layout and parameter table. */
export function defineConvTranspose<P extends TransposedParams>(spec: ConvTransposeSpec): ConvTransposeDefinition<P> {
  const { layout, params } = spec;
  const documented = spec.documentedSource !== null;
  const symbol = (name: string) => params.find((s) => s.name === name)!.symbol;
  const estimate = (p: P) => estimateNd(p, layout, documented);
  return {
    id: layout.title.toLowerCase(),
    torchName: `torch.nn.${layout.title}`,
    title: layout.title,
    family: 'Convolution',
    summary: spec.summary,
    params,
    fromValues: (v: ParamValues) => ({ ...v }) as unknown as P,
    inputs: [
      {
        name: 'input',
        dims: [
          { param: 'batch', symbol: 'N' },
          { param: 'in_channels', symbol: 'C_{in}' },
          ...layout.spatialIn.map((name) => ({ param: name, symbol: symbol(name) })),
        ],
        batchOptional: true,
      },
    ],
    outputs: ['output'],
    methods: documented ? [exactMethod, documentedMethod, denseMethod] : [exactMethod, denseMethod],
    sizes: layout.spatialOut.map((key, i) => ({ key, label: `Output ${layout.words[i]} ${symbol(layout.spatialIn[i]).replace('_{in}', '_{out}')}`, unit: 'positions' })),
    headline: [
      { method: 'exact', key: 'macs' },
      { method: 'exact', key: 'total_ops' },
      ...(documented ? [{ method: 'documented', key: 'total_ops' }] : []),
      { method: 'dense', key: 'macs' },
    ],
    estimate,
    versions: [{ version: 1, date: spec.date, estimate }],
    documentedSource: spec.documentedSource,
    presets: spec.presets,
    torchExpression: (p: P) => genericTorchExpression({ params, title: layout.title }, p),
    rankError: (p: P, shape: readonly bigint[]) => rankError(p, shape, layout),
  };
}
