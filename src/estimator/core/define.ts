// Generic operations over a module definition: parse and estimate raw values, write the
// canonical query, the torch call and the input's shape. Pages, islands, the CLI and the
// tests all go through these, so no module writes them again.
import type { ModuleDefinition, Outcome, TensorSpec } from './module.ts';
import { isDefault, parseParams, pythonText, toQuery, type Missing, type ParamValues } from './params.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModule = ModuleDefinition<any>;

/** Parse raw values (URL, CLI, JSON) and estimate; never throws. */
export function estimateRaw<P>(def: ModuleDefinition<P>, raw: Record<string, unknown>, missing: Missing = 'error'): Outcome<P> {
  const parsed = parseParams(def.params, raw, missing);
  if (!parsed.ok) return parsed;
  return def.estimate(def.fromValues(parsed.values));
}

/** The canonical query string of a parameter set (defaults omitted, unbatched = no batch). */
export function queryOf<P>(def: ModuleDefinition<P>, p: P): string {
  return toQuery(def.params, p as unknown as ParamValues);
}

/**
 * PyTorch's call in the documentation's style: required constructor arguments positional,
 * the others by keyword when they differ from PyTorch's default, e.g.
 * "nn.Conv2d(3, 64, 7, stride=2, padding=3, bias=False)".
 */
export function genericTorchExpression(def: Pick<ModuleDefinition, 'params' | 'title'>, p: object): string {
  const v = p as ParamValues;
  const args: string[] = [];
  for (const spec of def.params) {
    if (spec.role === 'input') continue;
    if (spec.torchDefault === undefined) args.push(pythonText(spec, v[spec.name]));
    else if (!isDefault(spec, v[spec.name])) args.push(`${spec.name}=${pythonText(spec, v[spec.name])}`);
  }
  return `nn.${def.title}(${args.join(', ')})`;
}

/** A tensor's shape from the arguments: (N, C, H, W), or (C, H, W) for an unbatched input; a shape argument's value as it is. */
export function tensorShape(t: TensorSpec, p: object): bigint[] {
  const v = p as Record<string, unknown>;
  if (t.shape) return [...(v[t.shape] as readonly bigint[])];
  const dims = t.batchOptional && v[t.dims[0].param] === null ? t.dims.slice(1) : t.dims;
  return dims.map((d) => v[d.param] as bigint);
}

/** A shape as PyTorch prints it: (2, 3, 64). */
export const shapeText = (shape: readonly bigint[]) => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;

/** A tensor's form in symbols, as PyTorch's documentation writes it: (N, C_{in}, L_{in}) or (*, H_{in}). */
export const formText = (t: TensorSpec) => `(${t.dims.map((d) => d.symbol).join(', ')})`;

/** One line naming the whole configuration: the layer and its input. */
export function describeLayer<P>(def: ModuleDefinition<P>, p: P): string {
  return `${def.torchExpression(p)} on an input of shape ${shapeText(tensorShape(def.inputs[0], p as object))}`;
}
