// The nnops-trace format (docs/trace-format.md): its TypeScript type and a validator that reads
// unknown JSON into a typed trace. A broken top level refuses the whole trace; a broken call is
// kept with its error, so that the other calls are still counted. Never throws.

/** A tensor's shape as recorded; null for an argument or output that is not a tensor. */
export type RecordedShape = readonly bigint[] | null;

/** A problem with a trace or one of its calls: which rule, which call (index in `calls`), in words. */
export interface TraceProblem {
  rule: string;
  /** Index of the call in `calls`, or null for the trace as a whole. */
  call: number | null;
  message: string;
}

/** One call of one leaf module, as the snippet records it. */
export interface TraceCall {
  /** Qualified name in the model ("features.0"); for a broken call, what could be read, or "calls[i]". */
  name: string;
  /** Class name ("Conv2d"); "" for a broken call without one. */
  module: string;
  /** Constructor arguments as PyTorch names them, or null for a class the snippet has no table for. */
  args: Readonly<Record<string, unknown>> | null;
  training: boolean;
  input_shapes: readonly RecordedShape[];
  output_shapes: readonly RecordedShape[];
  /** Set when the call breaks a rule of the format: it is listed but not counted. */
  error?: TraceProblem;
}

export interface Trace {
  format: 'nnops-trace';
  version: 1;
  torch_version: string | null;
  model: string;
  inputs: readonly RecordedShape[];
  calls: readonly TraceCall[];
}

/** assumed: what a reader had to take for granted to make the trace (a printed model's arguments print never shows), in words; none for a trace read as it is. */
export type TraceOutcome = { ok: true; trace: Trace; assumed?: readonly string[] } | { ok: false; error: TraceProblem };

export const TRACE_FORMAT = 'nnops-trace';
/** The newest version this reader knows; it reads every version up to it. */
export const TRACE_VERSION = 1;
/** Most calls a trace may hold (a large network has a few thousand). */
export const MAX_CALLS = 100_000;
/** Most tensors per call, most dimensions per shape, longest name. */
export const MAX_TENSORS = 64;
export const MAX_RANK = 32;
export const MAX_NAME = 500;
/** Largest size a dimension may have: PyTorch sizes are int64. */
const INT64_MAX = (1n << 63n) - 1n;
/** A PyTorch class name: an identifier, possibly dotted. */
const CLASS_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

const describe = (v: unknown) => (v === undefined ? 'nothing (the field is missing)' : v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`);
const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** One recorded size: a non-negative JSON integer (exact below 2^53) or a string of digits. */
function parseSize(v: unknown): bigint | string {
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0) return `a size must be a whole number ≥ 0, not ${short(String(v))}`;
    if (!Number.isSafeInteger(v)) return `the size ${v} is beyond 2^53, where a JSON number is not exact; write it as a string of digits`;
    return BigInt(v);
  }
  if (typeof v === 'string' && /^\d{1,20}$/.test(v)) {
    const n = BigInt(v);
    return n <= INT64_MAX ? n : `the size ${v} does not fit in a 64-bit integer`;
  }
  return `a size must be a whole number, not ${describe(v)}`;
}

/** A list of recorded shapes (input_shapes, output_shapes, inputs), or what is wrong with it. */
export function parseShapes(v: unknown, field: string): RecordedShape[] | string {
  if (!Array.isArray(v)) return `${field} must be a list of shapes, such as [[1, 3, 32, 32]]; got ${describe(v)}`;
  if (v.length > MAX_TENSORS) return `${field} lists ${v.length} tensors; at most ${MAX_TENSORS} are read`;
  const out: RecordedShape[] = [];
  for (let i = 0; i < v.length; i++) {
    const s = v[i];
    if (s === null) {
      out.push(null);
      continue;
    }
    if (!Array.isArray(s)) return `${field}[${i}] must be a shape (a list of sizes) or null; got ${describe(s)}`;
    if (s.length > MAX_RANK) return `${field}[${i}] has ${s.length} dimensions; PyTorch tensors have at most ${MAX_RANK} here`;
    const shape: bigint[] = [];
    for (let d = 0; d < s.length; d++) {
      const size = parseSize(s[d]);
      if (typeof size === 'string') return `${field}[${i}][${d}]: ${size}`;
      shape.push(size);
    }
    out.push(shape);
  }
  return out;
}

/** The name a broken call is listed under: its own name if it has a usable one, else its place. */
function fallbackName(raw: unknown, i: number): string {
  return isObject(raw) && typeof raw.name === 'string' && raw.name.length <= MAX_NAME ? raw.name : `calls[${i}]`;
}

/** One entry of `calls`, read into a TraceCall; a broken one carries its error. */
export function parseCall(raw: unknown, i: number): TraceCall {
  const broken = (rule: string, message: string): TraceCall => ({
    name: fallbackName(raw, i),
    module: isObject(raw) && typeof raw.module === 'string' && CLASS_NAME.test(raw.module) && raw.module.length <= 100 ? raw.module : '',
    args: null,
    training: false,
    input_shapes: [],
    output_shapes: [],
    error: { rule, call: i, message: `Call ${i} (${short(fallbackName(raw, i))}): ${message}.` },
  });
  if (!isObject(raw)) return broken('call_not_object', `each call must be an object {"name", "module", "args", "training", "input_shapes", "output_shapes"}; got ${describe(raw)}`);
  for (const key of ['name', 'module', 'args', 'training', 'input_shapes', 'output_shapes']) {
    if (!own(raw, key)) return broken('call_missing_field', `the field "${key}" is missing`);
  }
  if (typeof raw.name !== 'string') return broken('call_name', `"name" must be a string; got ${describe(raw.name)}`);
  if (raw.name.length > MAX_NAME) return broken('call_name', `"name" is ${raw.name.length} characters long; at most ${MAX_NAME} are accepted`);
  if (typeof raw.module !== 'string' || !CLASS_NAME.test(raw.module) || raw.module.length > 100) {
    return broken('call_module', `"module" must be a class name such as "Conv2d"; got ${typeof raw.module === 'string' ? JSON.stringify(short(raw.module, 40)) : describe(raw.module)}`);
  }
  if (raw.args !== null && !isObject(raw.args)) return broken('call_args', `"args" must be an object of constructor arguments or null; got ${describe(raw.args)}`);
  if (typeof raw.training !== 'boolean') return broken('call_training', `"training" must be true or false; got ${describe(raw.training)}`);
  const inputs = parseShapes(raw.input_shapes, 'input_shapes');
  if (typeof inputs === 'string') return broken('call_shape', inputs);
  const outputs = parseShapes(raw.output_shapes, 'output_shapes');
  if (typeof outputs === 'string') return broken('call_shape', outputs);
  return { name: raw.name, module: raw.module, args: raw.args as Record<string, unknown> | null, training: raw.training, input_shapes: inputs, output_shapes: outputs };
}

/** Unknown JSON (as JSON.parse gives it) read as a trace; a broken call is kept with its error. */
export function parseTrace(value: unknown): TraceOutcome {
  const fail = (rule: string, message: string): TraceOutcome => ({ ok: false, error: { rule, call: null, message } });
  if (!isObject(value)) return fail('not_object', `A trace is one JSON object {"format": "nnops-trace", "version": 1, …}; got ${describe(value)}.`);
  if (value.format !== TRACE_FORMAT) return fail('format', `"format" must be "${TRACE_FORMAT}"; got ${typeof value.format === 'string' ? JSON.stringify(short(value.format, 40)) : describe(value.format)}.`);
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1) return fail('version', `"version" must be a whole number ≥ 1; got ${describe(value.version)}.`);
  if (value.version > TRACE_VERSION) return fail('version', `This trace is version ${value.version}; this nnops reads versions up to ${TRACE_VERSION}. Update nnops, or record the trace with its snippet.`);
  if (own(value, 'torch_version') && value.torch_version !== null && typeof value.torch_version !== 'string') return fail('torch_version', `"torch_version" must be a string; got ${describe(value.torch_version)}.`);
  const model = own(value, 'model') ? value.model : '';
  if (typeof model !== 'string') return fail('model', `"model" must be a string; got ${describe(model)}.`);
  if (model.length > MAX_NAME) return fail('model', `"model" is ${model.length} characters long; at most ${MAX_NAME} are accepted.`);
  const inputs = own(value, 'inputs') ? parseShapes(value.inputs, 'inputs') : [];
  if (typeof inputs === 'string') return fail('inputs', `${inputs}.`);
  if (!Array.isArray(value.calls)) return fail('calls', `"calls" must be a list of calls; got ${describe(value.calls)}.`);
  if (value.calls.length > MAX_CALLS) return fail('too_many_calls', `The trace has ${value.calls.length} calls; at most ${MAX_CALLS} are read.`);
  const calls = value.calls.map((c, i) => parseCall(c, i));
  return {
    ok: true,
    trace: { format: TRACE_FORMAT, version: 1, torch_version: typeof value.torch_version === 'string' ? short(value.torch_version, 40) : null, model, inputs, calls },
  };
}

/** Most characters of trace text read (a 100,000-call trace is about 30 MB). */
export const MAX_TRACE_CHARS = 64 * 1024 * 1024;

/** JSON text read as a trace: parseTrace after JSON.parse, with JSON's own error in words. */
export function parseTraceText(text: string): TraceOutcome {
  if (text.length > MAX_TRACE_CHARS) return { ok: false, error: { rule: 'too_large', call: null, message: `The trace is ${text.length} characters long; at most ${MAX_TRACE_CHARS} are read.` } };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { rule: 'invalid_json', call: null, message: `The trace is not valid JSON (${short(reason, 200)}).` } };
  }
  return parseTrace(value);
}
