// A whole model's profile as data: every call of a trace estimated through the registry, checked
// against the output shapes PyTorch recorded, and the totals. Pure functions; the CLI and the
// page format the result (format.ts). Closed forms per call; the only loop is over the calls.
import { estimateRaw, type AnyModule } from '../core/define.ts';
import { currentVersion, type Counts } from '../core/module.ts';
import type { ParamValues } from '../core/params.ts';
import { canonicalQuery } from '../link.ts';
import { byClassName, callParams } from './mapping.ts';
import type { RecordedShape, Trace, TraceCall } from './trace.ts';

/** The counting methods a profile reports, in this order. */
export const METHODS = ['documented', 'exact', 'dense'] as const;
export type MethodId = (typeof METHODS)[number];

/**
 * The quantities that add up over calls: counts of a whole layer's operations. A method's other
 * fields (per_element, products_per_filter, filters, …) describe one layer and are kept per call only.
 */
export const SUMMED = ['total_ops', 'macs', 'multiplications', 'additions', 'divisions', 'comparisons', 'exponentials', 'logarithms', 'square_roots', 'tanh', 'erf'] as const;

/** Why a call has no counts: its rule and our sentence (PyTorch's words where the module gives them). */
export interface CallError {
  rule: string;
  message: string;
}

/** One call's line of the profile. */
export interface CallResult {
  /** Index of the call in the trace. */
  index: number;
  name: string;
  /** PyTorch class name as recorded. */
  module: string;
  /** The registry id of the module (URL segment, CLI name), or null when nnops does not cover the class. */
  id: string | null;
  covered: boolean;
  training: boolean;
  input_shapes: readonly RecordedShape[];
  /** As PyTorch recorded them. */
  output_shapes: readonly RecordedShape[];
  /** The raw parameters the call maps to (for a link to the module's calculator); null when not covered. */
  params: Record<string, unknown> | null;
  /** The canonical query of the layer's calculator (v=1&in_channels=3&…, for /modules/<id>/?query); null when not counted. */
  query: string | null;
  /** Counts by method; null when the call is not counted or the module has no such method. */
  documented: Counts | null;
  exact: Counts | null;
  dense: Counts | null;
  /** Why a covered call is not counted: a broken trace entry, arguments PyTorch rejects, or a shape that disagrees. */
  error?: CallError;
}

export interface Coverage {
  /** Calls in the trace. */
  calls: number;
  /** Calls of a class nnops covers. */
  covered: number;
  /** Covered calls that were counted (no error). */
  counted: number;
  /** Counted calls with a documented count (moduleprofiler documents a method for their module). */
  documented: number;
  /** Counted calls with a dense count. */
  dense: number;
}

export interface Profile {
  model: string;
  torch_version: string | null;
  calls: CallResult[];
  /**
   * Per method, the sum of each SUMMED quantity over the counted calls whose result has that
   * method and quantity. A call whose module has no documented method (documented = null) adds
   * nothing to totals.documented: the documented total then covers coverage.documented of the
   * coverage.counted counted calls, and a table must say so (the formatters do). The same holds
   * for dense. Calls not covered or with an error add nothing anywhere.
   */
  totals: Record<MethodId, Counts>;
  coverage: Coverage;
  /** What counting took for granted (assumptionsOf); absent when nothing. */
  assumed?: readonly string[];
}

/** What counting the calls took for granted: each counted module's traceAssumes, once, in call order, named by its class. */
export function assumptionsOf(calls: readonly CallResult[], modules: ReadonlyMap<string, AnyModule>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const c of calls) {
    if (!c.exact || seen.has(c.module)) continue;
    seen.add(c.module);
    const text = modules.get(c.module)?.traceAssumes;
    if (text) out.push(`${c.module}: ${text}`);
  }
  return out;
}

const sameShape = (a: RecordedShape, b: readonly bigint[]) => a !== null && a.length === b.length && a.every((x, i) => x === b[i]);
const shapeText = (s: RecordedShape) => (s === null ? 'None' : `(${s.join(', ')}${s.length === 1 ? ',' : ''})`);

/**
 * Whether PyTorch's recorded output shapes equal the definition's output-shape rule: every output
 * the definition declares, in order; recorded non-tensor outputs (null) are skipped. Null when they
 * agree, else the rule and the two shapes.
 */
export function checkOutputShapes(recorded: readonly RecordedShape[], computed: readonly (readonly bigint[])[]): CallError | null {
  const tensors = recorded.filter((s): s is readonly bigint[] => s !== null);
  if (tensors.length === 0) return null; // nothing recorded to compare
  const n = Math.min(tensors.length, computed.length);
  for (let i = 0; i < n; i++) {
    if (!sameShape(tensors[i], computed[i])) {
      return { rule: 'output_shape', message: `PyTorch recorded output ${i} of shape ${shapeText(tensors[i])}, but the module's rule gives ${shapeText(computed[i])}: the trace does not match these arguments.` };
    }
  }
  // A declared output the layer does not return is an empty shape in the definition's result
  // (MaxPool's indices without return_indices): PyTorch records nothing for it.
  const returned = computed.length - [...computed].reverse().findIndex((s) => s.length > 0);
  if (tensors.length < Math.min(computed.length, returned)) return { rule: 'output_shape', message: `PyTorch recorded ${tensors.length} output tensor(s); the module's rule gives ${computed.length}.` };
  return null;
}

/** A method's counts from an estimate's result, or null when the result has none. */
function countsOf(result: Record<string, unknown>, method: MethodId): Counts | null {
  const v = result[method];
  if (typeof v !== 'object' || v === null) return null;
  const out: Counts = {};
  for (const [k, x] of Object.entries(v)) if (typeof x === 'bigint') out[k] = x;
  return out;
}

/** One call estimated through its registry module (or listed as not covered). Never throws. */
export function profileCall(call: TraceCall, index: number, modules: ReadonlyMap<string, AnyModule>): CallResult {
  const def = call.error ? undefined : modules.get(call.module);
  const base: CallResult = {
    index,
    name: call.name,
    module: call.module,
    id: def ? def.id : null,
    covered: def !== undefined,
    training: call.training,
    input_shapes: call.input_shapes,
    output_shapes: call.output_shapes,
    params: null,
    query: null,
    documented: null,
    exact: null,
    dense: null,
  };
  if (call.error) return { ...base, covered: modules.has(call.module), id: modules.get(call.module)?.id ?? null, error: { rule: call.error.rule, message: call.error.message } };
  if (!def) return base;
  const mapped = callParams(def, call);
  if (!mapped.ok) return { ...base, error: mapped.error };
  base.params = mapped.raw;
  let outcome;
  try {
    outcome = estimateRaw(def, mapped.raw, 'error') as { ok: boolean; error?: { rule: string; message: string; torch?: { message: string } | null } } & Record<string, unknown>;
  } catch (e) {
    return { ...base, error: { rule: 'internal_error', message: `The estimator failed: ${String(e)}` } };
  }
  if (!outcome.ok) {
    const err = outcome.error!;
    return { ...base, error: { rule: err.rule, message: err.torch ? `${err.message} PyTorch: ${err.torch.message}` : err.message } };
  }
  const mismatch = checkOutputShapes(call.output_shapes, outcome.output_shapes as bigint[][]);
  if (mismatch) return { ...base, error: mismatch };
  const query = canonicalQuery(def.params, outcome.params as ParamValues, currentVersion(def));
  return { ...base, query, documented: countsOf(outcome, 'documented'), exact: countsOf(outcome, 'exact'), dense: countsOf(outcome, 'dense') };
}

/** The totals of a list of call results, by method (see Profile.totals). */
export function totalsOf(calls: readonly CallResult[]): Record<MethodId, Counts> {
  const totals: Record<MethodId, Counts> = { documented: {}, exact: {}, dense: {} };
  for (const call of calls) {
    if (call.error) continue;
    for (const method of METHODS) {
      const counts = call[method];
      if (!counts) continue;
      for (const key of SUMMED) if (counts[key] !== undefined) totals[method][key] = (totals[method][key] ?? 0n) + counts[key];
    }
  }
  return totals;
}

/** How many calls are covered, counted, and counted with each method. */
export function coverageOf(calls: readonly CallResult[]): Coverage {
  const counted = calls.filter((c) => c.covered && !c.error);
  return {
    calls: calls.length,
    covered: calls.filter((c) => c.covered).length,
    counted: counted.length,
    documented: counted.filter((c) => c.documented !== null).length,
    dense: counted.filter((c) => c.dense !== null).length,
  };
}

/** A whole trace profiled through a registry (by default nnops's: pass it from registry.ts). */
export function profileTrace(trace: Trace, registry: Readonly<Record<string, AnyModule>>): Profile {
  const modules = byClassName(registry);
  const calls = trace.calls.map((c, i) => profileCall(c, i, modules));
  const assumed = assumptionsOf(calls, modules);
  return { model: trace.model, torch_version: trace.torch_version, calls, totals: totalsOf(calls), coverage: coverageOf(calls), ...(assumed.length ? { assumed } : {}) };
}
