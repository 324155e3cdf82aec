// The text `print(model)` shows, read as a trace, for models that are a chain of modules
// (nn.Sequential, nested). PyTorch's repr gives each layer's class and the arguments its
// `extra_repr` shows; the data flow of a Sequential is the order of its children. Each leaf's
// arguments are mapped to the trace's `args` as the snippet (tools/nnops_trace.py) records them,
// and the shape is carried from one call to the next by the module definition's own output-shape
// rule (estimateRaw through the registry, callParams of mapping.ts): no shape formula here.
// Pure: no DOM, never throws.
import { estimateRaw, type AnyModule } from '../core/define.ts';
import { registry as defaultRegistry } from '../registry.ts';
import { byClassName, callParams } from './mapping.ts';
import { MAX_CALLS, MAX_NAME, MAX_RANK, type Trace, type TraceCall, type TraceOutcome } from './trace.ts';

/** Most characters of printed text read. */
export const MAX_PRINTED_CHARS = 8 * 1024 * 1024;
/** Deepest nesting of containers read. */
export const MAX_DEPTH = 64;

const SNIPPET = 'Record a trace with the nnops snippet (tools/nnops_trace.py) instead: it runs the model once and sees every call.';

/** A Python value as the repr shows it, as the snippet's JSON would hold it (tuples as lists; bare words as strings). */
type Value = number | string | boolean | null | Value[];

/**
 * How a covered class's repr shows its constructor arguments (PyTorch 1.13's `extra_repr`, the same
 * in 2.x): the positional ones in the constructor's order, and the values of the arguments the
 * snippet records that the repr leaves out when they have their default (or always: AvgPool's
 * ceil_mode, count_include_pad and divisor_override, the pools' return_indices).
 */
interface ReprSpec {
  positional: readonly string[];
  /** The snippet's value of every recorded argument the repr may leave out. */
  hidden: Readonly<Record<string, Value>>;
  /** Arguments the repr never shows, whatever their value, and on which the count depends: read as their defaults, and the reader says so. */
  unseen?: readonly string[];
  /** Every argument the snippet records, in its order (tools/nnops_trace.py's ARGS). */
  names: readonly string[];
}

const fill = (n: number, v: number) => Array.from({ length: n }, () => v);
const CONV = ['in_channels', 'out_channels', 'kernel_size', 'stride', 'padding', 'dilation', 'groups', 'bias', 'padding_mode'];
const conv = (n: number, transposed: boolean): ReprSpec => ({
  positional: ['in_channels', 'out_channels'],
  hidden: { padding: fill(n, 0), dilation: fill(n, 1), groups: 1, bias: true, padding_mode: 'zeros', ...(transposed ? { output_padding: fill(n, 0) } : {}) },
  names: transposed ? [...CONV, 'output_padding'] : CONV,
});
const plain = (names: string[], hidden: Record<string, Value> = {}, positional: string[] = [], unseen: string[] = []): ReprSpec => ({ positional, hidden, names, unseen });
const MAXPOOL = plain(['kernel_size', 'stride', 'padding', 'dilation', 'return_indices', 'ceil_mode'], { return_indices: false });
const AVGPOOL1 = ['kernel_size', 'stride', 'padding', 'ceil_mode', 'count_include_pad'];
const BATCHNORM = plain(['num_features', 'eps', 'momentum', 'affine', 'track_running_stats'], {}, ['num_features']);

/** The reprs of the classes this reader knows, by class name. */
export const REPRS: Readonly<Record<string, ReprSpec>> = {
  Conv1d: conv(1, false),
  Conv2d: conv(2, false),
  Conv3d: conv(3, false),
  ConvTranspose1d: conv(1, true),
  ConvTranspose2d: conv(2, true),
  ConvTranspose3d: conv(3, true),
  Linear: plain(['in_features', 'out_features', 'bias']),
  Identity: plain([]),
  Sigmoid: plain([]),
  Tanh: plain([]),
  ReLU: plain(['inplace'], { inplace: false }),
  SELU: plain(['inplace'], { inplace: false }),
  SiLU: plain(['inplace'], { inplace: false }),
  LeakyReLU: plain(['negative_slope', 'inplace'], { inplace: false }),
  ELU: plain(['alpha', 'inplace'], { inplace: false }),
  PReLU: plain(['num_parameters']),
  GELU: plain(['approximate'], { approximate: 'none' }),
  Softplus: plain(['beta', 'threshold']),
  Softmax: plain(['dim']),
  LogSoftmax: plain(['dim']),
  LayerNorm: plain(['normalized_shape', 'eps', 'elementwise_affine'], {}, ['normalized_shape']),
  GroupNorm: plain(['num_groups', 'num_channels', 'eps', 'affine'], {}, ['num_groups', 'num_channels']),
  BatchNorm1d: BATCHNORM,
  BatchNorm2d: BATCHNORM,
  MaxPool1d: MAXPOOL,
  MaxPool2d: MAXPOOL,
  // AvgPool's repr is kernel_size, stride and padding only.
  AvgPool1d: plain(AVGPOOL1, { ceil_mode: false, count_include_pad: true }, [], ['ceil_mode', 'count_include_pad']),
  AvgPool2d: plain([...AVGPOOL1, 'divisor_override'], { ceil_mode: false, count_include_pad: true, divisor_override: null }, [], ['ceil_mode', 'count_include_pad', 'divisor_override']),
  AdaptiveAvgPool1d: plain(['output_size']),
  AdaptiveAvgPool2d: plain(['output_size']),
  AdaptiveMaxPool1d: plain(['output_size', 'return_indices'], { return_indices: false }),
  AdaptiveMaxPool2d: plain(['output_size', 'return_indices'], { return_indices: false }),
  Dropout: plain(['p', 'inplace']),
  Flatten: plain(['start_dim', 'end_dim']),
};

/** A module of the printed tree: a leaf with its argument text, or a container with its children. */
interface Node {
  line: number;
  name: string;
  cls: string;
  /** Argument text of a leaf (between its parentheses); null for a container. */
  args: string | null;
  children: Node[];
}

class PrintedError extends Error {
  readonly rule: string;
  constructor(rule: string, message: string) {
    super(message);
    this.rule = rule;
  }
}

const short = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n)}…` : s);
const at = (line: number, text: string) => `Line ${line} (${JSON.stringify(short(text.trim()))})`;
const HEAD = /^(?:\(([^()\s]+)\):\s*)?([A-Za-z_][A-Za-z0-9_.]*)\((.*)$/;

/** The printed lines as a tree. */
function parseTree(lines: readonly string[]): Node {
  let i = 0;
  const next = () => {
    while (i < lines.length && lines[i].trim() === '') i++;
  };
  const read = (depth: number, prefix: string, expectKey: boolean): Node => {
    if (depth > MAX_DEPTH) throw new PrintedError('too_deep', `${at(i + 1, lines[i])}: containers are nested more than ${MAX_DEPTH} deep.`);
    const lineNo = i + 1;
    const text = lines[i].trim();
    const m = HEAD.exec(text);
    if (!m) throw new PrintedError('printed_syntax', `${at(lineNo, text)}: expected a module such as "(0): Conv2d(3, 64, kernel_size=(3, 3), stride=(1, 1))", as print(model) shows it.`);
    if (expectKey && m[1] === undefined) throw new PrintedError('printed_syntax', `${at(lineNo, text)}: a child module must start with its name in parentheses, such as "(0): ".`);
    const key = m[1] ?? '';
    const name = prefix ? `${prefix}.${key}` : key;
    const rest = m[3];
    i++;
    if (rest.endsWith(')') && balanced(rest.slice(0, -1))) return { line: lineNo, name, cls: m[2], args: rest.slice(0, -1), children: [] };
    if (rest.trim() !== '') throw new PrintedError('printed_syntax', `${at(lineNo, text)}: its parentheses do not close on the line; print(model) writes each layer on one line.`);
    // A container: its children up to its closing ")" (and, for a custom module, its extra_repr lines).
    const node: Node = { line: lineNo, name, cls: m[2], args: null, children: [] };
    for (;;) {
      next();
      if (i >= lines.length) throw new PrintedError('printed_syntax', `${at(lineNo, text)}: the module's closing ")" is missing; paste the whole text print(model) shows.`);
      if (lines[i].trim() === ')') {
        i++;
        return node;
      }
      if (node.cls !== 'Sequential' && !/^\(/.test(lines[i].trim())) {
        i++; // a custom module's extra_repr: its forward is refused anyway
        continue;
      }
      if (node.children.length >= MAX_CALLS) throw new PrintedError('too_many_calls', `The printed model has more than ${MAX_CALLS} modules.`);
      node.children.push(read(depth + 1, name, true));
    }
  };
  next();
  if (i >= lines.length) throw new PrintedError('printed_empty', `The text is empty: paste what print(model) shows, such as "Sequential(\\n  (0): Linear(in_features=8, out_features=4, bias=True)\\n)".`);
  const root = read(0, '', false);
  next();
  if (i < lines.length) throw new PrintedError('printed_syntax', `${at(i + 1, lines[i])}: text after the model's closing ")"; paste one model.`);
  return root;
}

/** Whether the parentheses and brackets of a text balance (outside quotes). */
function balanced(s: string): boolean {
  let depth = 0;
  let quote = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') {
      if (--depth < 0) return false;
    }
  }
  return depth === 0 && !quote;
}

/** A leaf's argument text (`3, 64, kernel_size=(3, 3), bias=False`) as positional values and keywords. */
function parseArgs(text: string): { positional: Value[]; keywords: Record<string, Value> } {
  let pos = 0;
  const fail = (why: string): never => {
    throw new PrintedError('printed_args', why);
  };
  const space = () => {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
  };
  const value = (): Value => {
    space();
    const ch = text[pos];
    if (ch === '(' || ch === '[') {
      const close = ch === '(' ? ')' : ']';
      pos++;
      const items: Value[] = [];
      space();
      while (text[pos] !== close) {
        items.push(value());
        space();
        if (text[pos] === ',') {
          pos++;
          space();
        } else if (text[pos] !== close) fail(`expected "," or "${close}" at "${short(text.slice(pos), 20)}"`);
      }
      pos++;
      return items;
    }
    if (ch === "'" || ch === '"') {
      const end = text.indexOf(ch, pos + 1);
      if (end < 0) fail('a quote does not close');
      const s = text.slice(pos + 1, end);
      pos = end + 1;
      return s;
    }
    const m = /^[^,()[\]=\s]+/.exec(text.slice(pos));
    if (!m) return fail(`expected a value at "${short(text.slice(pos), 20)}"`);
    pos += m[0].length;
    const word = m[0];
    if (word === 'True') return true;
    if (word === 'False') return false;
    if (word === 'None') return null;
    if (/^[+-]?(\d+\.?\d*(e[+-]?\d+)?|\.\d+(e[+-]?\d+)?|inf)$/i.test(word)) return Number(word.replace(/inf/i, 'Infinity'));
    // A string str.format writes without quotes (padding=same, padding_mode=reflect).
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(word)) return word;
    return fail(`"${short(word, 20)}" is not a value`);
  };
  const positional: Value[] = [];
  const keywords: Record<string, Value> = {};
  space();
  while (pos < text.length) {
    const kw = /^([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(text.slice(pos));
    if (kw) {
      pos += kw[0].length;
      if (Object.prototype.hasOwnProperty.call(keywords, kw[1])) fail(`the argument ${kw[1]} is given twice`);
      keywords[kw[1]] = value();
    } else {
      if (Object.keys(keywords).length > 0) fail('a positional argument follows a keyword argument');
      positional.push(value());
    }
    space();
    if (pos < text.length) {
      if (text[pos] !== ',') fail(`expected "," at "${short(text.slice(pos), 20)}"`);
      pos++;
      space();
    }
  }
  return { positional, keywords };
}

/** The leaf's `args` as the snippet records them. */
function argsOf(node: Node, spec: ReprSpec): Record<string, unknown> {
  const where = `${at(node.line, `${node.cls}(${node.args ?? ''})`)}`;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(node.args ?? '');
  } catch (e) {
    throw new PrintedError('printed_args', `${where}: its arguments cannot be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (parsed.positional.length > spec.positional.length) {
    throw new PrintedError('printed_args', `${where}: ${node.cls} shows at most ${spec.positional.length} positional argument${spec.positional.length === 1 ? '' : 's'}; this line has ${parsed.positional.length}.`);
  }
  const given: Record<string, Value> = { ...parsed.keywords };
  spec.positional.forEach((name, k) => {
    if (k < parsed.positional.length) given[name] = parsed.positional[k];
  });
  for (const key of Object.keys(given)) {
    if (!spec.names.includes(key)) throw new PrintedError('printed_args', `${where}: ${node.cls}'s repr has no argument "${key}".`);
  }
  const args: Record<string, unknown> = {};
  for (const name of spec.names) {
    const v = Object.prototype.hasOwnProperty.call(given, name) ? given[name] : spec.hidden[name];
    if (v === undefined) throw new PrintedError('printed_args', `${where}: the argument ${name} of ${node.cls} is missing.`);
    args[name] = v;
  }
  return args;
}

/** The leaves of a chain of Sequential containers, in execution order; anything else is refused. */
function leaves(node: Node, out: Node[]): Node[] {
  if (node.args === null || node.children.length > 0 || node.cls === 'Sequential') {
    if (node.cls !== 'Sequential') {
      const kind = node.cls === 'ModuleList' || node.cls === 'ModuleDict' ? `a ${node.cls}, which has no forward of its own: the model's forward decides how its modules are called` : `a ${node.cls} with children: its forward is custom code the printed text does not show`;
      throw new PrintedError('printed_not_sequential', `${at(node.line, `${node.name ? `(${node.name.split('.').pop()}): ` : ''}${node.cls}(`)}: ${kind}. Only chains of nn.Sequential can be read from print(model). ${SNIPPET}`);
    }
    if (node.args !== null && node.args !== '') throw new PrintedError('printed_syntax', `${at(node.line, `${node.cls}(${node.args}`)}: a Sequential shows no arguments.`);
    // An empty Sequential has no children: the snippet records its call (it returns its input).
    if (node.children.length === 0) out.push(node);
    for (const child of node.children) leaves(child, out);
    return out;
  }
  out.push(node);
  return out;
}

const shapeText = (s: readonly bigint[]) => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;
/** A value as Python writes it. */
const python = (v: Value): string => (v === null ? 'None' : v === true ? 'True' : v === false ? 'False' : JSON.stringify(v));
/** "a", "a and b", "a, b and c". */
const listed = (xs: readonly string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** What reading a class from its repr takes for granted: its unseen arguments' defaults. */
function unseenNote(cls: string, spec: ReprSpec, line: number): string | null {
  const unseen = spec.unseen ?? [];
  if (!unseen.length) return null;
  const values = listed(unseen.map((a) => `${a}=${python(spec.hidden[a])}`));
  return `${cls} (first at line ${line}): print(model) never shows ${listed(unseen)}, so they are read as PyTorch's defaults, ${values}. If a layer sets them otherwise, its shape and count differ: record a trace with the snippet.`;
}

/**
 * A trace from the text print(model) shows plus the model's input shape, for a chain of modules
 * (nested nn.Sequential). Names are joined with dots as the snippet names them ("features.0"); a
 * model that is one leaf is named by its class. Arguments the repr does not show take PyTorch's
 * defaults (AvgPool's ceil_mode, count_include_pad and divisor_override, the pools' return_indices);
 * every call is recorded in eval mode (training false) with PyTorch's version unknown (null). What
 * that takes for granted and may change a count is said in `assumed`: the unseen arguments of each
 * class that has them, and eval mode where a module's count depends on it. An
 * empty Sequential is a call that returns its input, as the snippet records it (args null).
 * Refused, naming the line: a container that is not a Sequential (a custom forward, a ModuleList),
 * a module nnops does not cover (its output shape is unknown), a call PyTorch would reject, a line
 * that cannot be read.
 */
export function traceFromPrinted(text: string, inputShape: readonly bigint[], registry: Readonly<Record<string, AnyModule>> = defaultRegistry): TraceOutcome {
  const fail = (rule: string, message: string): TraceOutcome => ({ ok: false, error: { rule, call: null, message } });
  if (text.length > MAX_PRINTED_CHARS) return fail('too_large', `The printed model is ${text.length} characters long; at most ${MAX_PRINTED_CHARS} are read.`);
  if (inputShape.length === 0 || inputShape.length > MAX_RANK || inputShape.some((d) => typeof d !== 'bigint' || d < 0n)) {
    return fail('inputs', `The input shape must be 1 to ${MAX_RANK} sizes ≥ 0, such as (1, 3, 224, 224).`);
  }
  const modules = byClassName(registry);
  try {
    const root = parseTree(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
    const calls: TraceCall[] = [];
    const assumed: string[] = [];
    const noted = new Set<string>();
    /** Classes whose count depends on the mode, which the text does not show. */
    const moded = new Set<string>();
    let shape: readonly bigint[] = inputShape;
    for (const node of leaves(root, [])) {
      const name = node.name || node.cls;
      const where = at(node.line, `${node.name ? `(${node.name.split('.').pop()}): ` : ''}${node.cls}(${node.args})`);
      if (name.length > MAX_NAME) throw new PrintedError('printed_syntax', `${where}: the name is longer than ${MAX_NAME} characters.`);
      if (node.cls === 'Sequential') {
        calls.push({ name, module: node.cls, args: null, training: false, input_shapes: [shape], output_shapes: [shape] });
        continue;
      }
      const def = modules.get(node.cls);
      if (!def) {
        throw new PrintedError('printed_not_covered', `${where}: nnops does not cover ${node.cls} yet, so its output shape is unknown and the chain stops there. ${SNIPPET} Calls of uncovered modules are then listed as not covered and the others counted.`);
      }
      const spec = REPRS[node.cls];
      if (!spec) throw new PrintedError('printed_args', `${where}: this reader does not know how print(model) shows ${node.cls}'s arguments. ${SNIPPET}`);
      const call: TraceCall = { name, module: node.cls, args: argsOf(node, spec), training: false, input_shapes: [shape], output_shapes: [] };
      if (!noted.has(node.cls)) {
        noted.add(node.cls);
        const note = unseenNote(node.cls, spec, node.line);
        if (note) assumed.push(note);
      }
      if (def.params.some((p) => p.name === 'training')) moded.add(node.cls);
      const mapped = callParams(def, call);
      if (!mapped.ok) throw new PrintedError(mapped.error.rule, `${where}, on an input of shape ${shapeText(shape)}: ${mapped.error.message}`);
      const outcome = estimateRaw(def, mapped.raw, 'error');
      if (!outcome.ok) {
        const e = outcome.error as { rule: string; message: string; torch?: { message: string } | null };
        throw new PrintedError(e.rule, `${where}, on an input of shape ${shapeText(shape)}: ${e.message}${e.torch ? ` PyTorch: ${e.torch.message}` : ''}`);
      }
      // A declared output the layer does not return (MaxPool's indices without return_indices) is an empty shape.
      const outputs = outcome.output_shapes.filter((s, k) => s.length > 0 || k === 0);
      calls.push({ ...call, output_shapes: outputs });
      shape = outputs[0];
      if (calls.length > MAX_CALLS) throw new PrintedError('too_many_calls', `The printed model has more than ${MAX_CALLS} calls.`);
    }
    const trace: Trace = { format: 'nnops-trace', version: 1, torch_version: null, model: root.cls, inputs: [[...inputShape]], calls };
    if (moded.size) {
      assumed.push(
        `Every call is read in evaluation mode (model.eval()), which print(model) does not show; ${listed([...moded])} count${moded.size === 1 ? 's' : ''} differently in training mode. To count a training step, record a trace with the snippet.`,
      );
    }
    return { ok: true, trace, assumed };
  } catch (e) {
    if (e instanceof PrintedError) return fail(e.rule, e.message);
    return fail('printed_error', `The printed model cannot be read (${e instanceof Error ? e.message : String(e)}).`);
  }
}
