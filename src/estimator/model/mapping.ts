// From a trace's call to a registry module and its raw parameters, generically: the module is
// found by its class name (a definition's `title`), the constructor arguments are taken as the
// trace names them, and the input's sizes come from the shape PyTorch recorded, through the
// definition's own input TensorSpec. No module is named here.
import type { AnyModule } from '../core/define.ts';
import { parseParams } from '../core/params.ts';
import type { TraceCall } from './trace.ts';

/** A call that cannot be turned into a module's parameters: the rule, in words. */
export interface MappingError {
  rule: string;
  message: string;
}

export type Mapped = { ok: true; raw: Record<string, unknown> } | { ok: false; error: MappingError };

/** The definitions by class name (`title`), e.g. "Conv2d" → conv2d's definition. */
export function byClassName(registry: Readonly<Record<string, AnyModule>>): Map<string, AnyModule> {
  return new Map(Object.values(registry).map((def) => [def.title, def]));
}

const shapeText = (s: readonly bigint[]) => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;

/**
 * The call's constructor arguments as raw values for the definition: keys the definition does
 * not know are left out (they are the snippet's, such as ConvTranspose1d's padding_mode, which
 * nnops's ConvTranspose1d takes as zeros), and a 1-tuple given to an integer argument is that
 * integer (PyTorch stores ConvTranspose1d's kernel_size=4 as (4,)). Input sizes (role 'input') are
 * never read from args.
 */
export function argsFor(def: AnyModule, args: Readonly<Record<string, unknown>> | null): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  if (!args) return raw;
  for (const spec of def.params) {
    // Sizes of the input come from its recorded shape, never from args.
    if (spec.role === 'input') continue;
    if (!Object.prototype.hasOwnProperty.call(args, spec.name)) continue;
    const v = args[spec.name];
    raw[spec.name] = spec.kind === 'int' && Array.isArray(v) && v.length === 1 ? v[0] : v;
  }
  return raw;
}

/**
 * The raw parameters of one call: its arguments, plus the input's sizes read from its first
 * recorded input shape. A definition whose input is a whole-shape argument (`TensorSpec.shape`)
 * takes the shape as it is; otherwise the input's dims name the parameter each size fills, and
 * an input one dimension short of them is unbatched when the definition allows it (the batch
 * parameter is then null). A size that repeats a constructor argument (in_channels) must equal
 * it, as PyTorch requires; a shape of the wrong rank is reported with the module's own rule.
 * A definition with a bool parameter named `training` gets the call's training flag.
 */
export function callParams(def: AnyModule, call: TraceCall): Mapped {
  const raw = argsFor(def, call.args);
  // A module whose count depends on the mode (BatchNorm's batch statistics) takes it as a `training` parameter.
  if (def.params.some((p) => p.name === 'training' && p.kind === 'bool') && !('training' in raw)) raw.training = call.training;
  // Forward arguments the call's outputs reveal (whether attention weights came back).
  if (def.fromOutputs) Object.assign(raw, def.fromOutputs(call.output_shapes, call.input_shapes));
  const input = def.inputs[0];
  const shape = call.input_shapes[0];
  if (!input) return { ok: true, raw };
  if (!shape) return { ok: false, error: { rule: 'no_input', message: call.input_shapes.length === 0 ? `${def.title} needs a tensor input; the trace records no input for this call. Before PyTorch 2.0 a hook does not see arguments passed by keyword (layer(input=x)): pass the input positionally, or run the snippet on PyTorch 2.x.` : `${def.title} needs a tensor input; the trace records no input shape for this call.` } };
  const more = laterInputs(def, call);
  if (!more.ok) return more;
  Object.assign(raw, more.raw);
  if (input.shape) return { ok: true, raw: { ...raw, [input.shape]: shape } };
  const full = input.dims.length;
  const dims = shape.length === full ? input.dims : input.batchOptional && shape.length === full - 1 ? input.dims.slice(1) : null;
  if (!dims) return { ok: false, error: rankError(def, raw, shape) };
  const out: Record<string, unknown> = { ...raw };
  if (dims.length < full) out[input.dims[0].param] = null;
  for (let i = 0; i < dims.length; i++) {
    const param = dims[i].param;
    const given = raw[param];
    if (given !== undefined && given !== null && String(given) !== String(shape[i])) {
      return {
        ok: false,
        error: {
          rule: 'input_mismatch',
          message: `The input of shape ${shapeText(shape)} has ${param} = ${shape[i]}, but the module's ${param} is ${String(given)}: PyTorch rejects this call.`,
        },
      };
    }
    out[param] = shape[i];
  }
  return { ok: true, raw: out };
}

/**
 * The tensors after the first (an RNN's h_0, an LSTM's h_0 and c_0, which the snippet records
 * flattened, in order, after the input): each one the definition declares as a whole-shape argument
 * takes its recorded shape, or None when the call passed fewer tensors and the definition lets it
 * be left out (PyTorch then uses zeros). Tensors a definition does not declare are not read.
 */
function laterInputs(def: AnyModule, call: TraceCall): Mapped {
  const raw: Record<string, unknown> = {};
  for (let i = 1; i < def.inputs.length; i++) {
    const t = def.inputs[i];
    if (!t.shape) continue;
    const shape = call.input_shapes[i];
    if (shape) raw[t.shape] = shape;
    else if (t.optional) raw[t.shape] = null;
    else return { ok: false, error: { rule: 'no_input', message: `${def.title} needs its tensor ${t.name}; the trace records no shape for it in this call.` } };
  }
  return { ok: true, raw };
}

/** An input of the wrong rank: the module's own rule (PyTorch's words) when it has one, else the ranks it takes. */
function rankError(def: AnyModule, raw: Record<string, unknown>, shape: readonly bigint[]): MappingError {
  const input = def.inputs[0];
  const filled: Record<string, unknown> = { ...raw };
  for (const d of input.dims) if (!(d.param in filled)) filled[d.param] = 1n;
  const parsed = parseParams(def.params, filled, 'error');
  const own = parsed.ok && def.rankError ? def.rankError(def.fromValues(parsed.values), shape) : null;
  if (own) return { rule: own.rule, message: own.torch ? `${own.message} PyTorch: ${own.torch.message}` : own.message };
  const full = input.dims.length;
  const ranks = input.batchOptional ? `${full - 1} (unbatched) or ${full}` : String(full);
  return { rule: 'input_rank', message: `${def.title} takes an input of rank ${ranks}, (${input.dims.map((d) => d.param).join(', ')}); this call's input has shape ${shapeText(shape)}.` };
}
