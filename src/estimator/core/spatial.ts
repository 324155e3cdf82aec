// The definition shared by modules over an n-d spatial input (N, C_in, *sizes): the
// convolution families build theirs here, each giving its own estimate, methods and rules.
import { genericTorchExpression } from './define.ts';
import type { InvalidInput, MethodSpec, ModuleDefinition, Outcome } from './module.ts';
import type { ParamSpec, ParamValues } from './params.ts';

/** What distinguishes the members of a family: the class name and the names of the spatial sizes. */
export interface SpatialLayout {
  title: string;
  spatialIn: readonly string[];
  spatialOut: readonly string[];
  /** Words for the dimensions in our sentences: height, width. */
  words: readonly string[];
}

export interface SpatialSpec<P> {
  layout: SpatialLayout;
  params: readonly ParamSpec[];
  summary: string;
  /** moduleprofiler's page for the module, or null when it has none (then no documented method). */
  documentedSource: { url: string; note?: string } | null;
  /** ISO date of the first rules version. */
  date: string;
  methods: { exact: MethodSpec; documented: MethodSpec; dense: MethodSpec };
  estimate(p: P, documented: boolean): Outcome<P>;
  rankError(p: P, shape: readonly bigint[]): InvalidInput | null;
}

/** A module over a spatial input: the generic definition plus PyTorch's error for a wrong input rank. */
export type SpatialDefinition<P> = ModuleDefinition<P> & {
  /** PyTorch's error for an input tensor of this shape when its rank is wrong (null when the rank is right). */
  rankError(p: P, shape: readonly bigint[]): InvalidInput | null;
};

/** The module definition of one member of a spatial family, from its layout, parameter table and counts. */
export function defineSpatial<P>(spec: SpatialSpec<P>): SpatialDefinition<P> {
  const { layout, params, methods: m } = spec;
  const documented = spec.documentedSource !== null;
  const symbol = (name: string) => params.find((s) => s.name === name)!.symbol;
  const estimate = (p: P) => spec.estimate(p, documented);
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
    methods: documented ? [m.exact, m.documented, m.dense] : [m.exact, m.dense],
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
    torchExpression: (p: P) => genericTorchExpression({ params, title: layout.title }, p as object),
    rankError: spec.rankError,
  };
}
