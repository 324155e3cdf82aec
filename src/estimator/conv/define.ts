// The family factory: a ModuleDefinition for Conv1d, Conv2d or Conv3d (the shared shape: core/spatial.ts).
import type { ParamSpec } from '../core/params.ts';
import { defineSpatial, type SpatialDefinition } from '../core/spatial.ts';
import { estimateNd } from './estimate.ts';
import type { Layout } from './layout.ts';
import { denseMethod, documentedMethod, exactMethod } from './methods.ts';
import type { ConvParams } from './params.ts';
import { rankError } from './rules.ts';

/** A module of the family: the generic definition plus PyTorch's error for a wrong input rank. */
export type ConvDefinition<P> = SpatialDefinition<P>;

export interface ConvSpec {
  layout: Layout;
  params: readonly ParamSpec[];
  summary: string;
  /** moduleprofiler's page for the module, or null when it has none (then no documented method). */
  documentedSource: { url: string; note?: string } | null;
  /** ISO date of the first rules version. */
  date: string;
}

/** eq-conv-definition: the module definition of one member of the family, from its layout and parameter table. */
export function defineConv<P extends ConvParams>(spec: ConvSpec): ConvDefinition<P> {
  const { layout } = spec;
  return defineSpatial<P>({
    ...spec,
    methods: { exact: exactMethod, documented: documentedMethod, dense: denseMethod },
    estimate: (p, documented) => estimateNd(p, layout, documented),
    rankError: (p, shape) => rankError(p, [...shape], layout),
  });
}
