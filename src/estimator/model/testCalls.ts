// Test helper: the trace call the snippet would record for a layer of a registry module, built
// from the module's own parameter table and output-shape rule (no module is named here).
import { estimateRaw, tensorShape, type AnyModule } from '../core/define.ts';
import type { ParamValue } from '../core/params.ts';
import type { TraceCall } from './trace.ts';

/** A parsed value as JSON gives it: integers as numbers, tuples as lists. */
export function jsonValue(v: ParamValue): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map((x) => Number(x));
  return v;
}

/**
 * The call of `def` with raw values `raw` (missing ones take the calculator's initial values), as
 * the snippet records it: every argument that is not a size of the input (role 'input'), the
 * input's shape and the output shapes of the module's own rule. Null when the layer is invalid.
 */
export function callOf(def: AnyModule, raw: Record<string, unknown> = {}, name = def.id): TraceCall | null {
  const outcome = estimateRaw(def, raw, 'initial');
  if (!outcome.ok) return null;
  const params = outcome.params as Record<string, ParamValue>;
  const args: Record<string, unknown> = {};
  for (const spec of def.params) if (spec.role !== 'input' && params[spec.name] !== undefined) args[spec.name] = jsonValue(params[spec.name]);
  return {
    name,
    module: def.title,
    args,
    training: false,
    // The tensors passed, in order; an optional one left out (an RNN's h_0) ends the list, as in forward(x).
    input_shapes: def.inputs.slice(0, (() => { const k = def.inputs.findIndex((t) => t.shape && params[t.shape] === null); return k < 0 ? def.inputs.length : k; })()).map((t) => tensorShape(t, params)),
    output_shapes: outcome.output_shapes,
  };
}
