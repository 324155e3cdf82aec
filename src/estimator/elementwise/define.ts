// The family of element-wise modules (Identity and the activations without arguments that
// change the arithmetic): each applies one function to every element of an input of any shape,
// (*) → (*). A module gives the kinds of operation one element costs under the reference
// algorithm its page states, and moduleprofiler's documented constant where it documents one;
// everything else (arguments, PyTorch's rules, the counts, the definition) is shared here.
import { genericTorchExpression } from '../core/define.ts';
import type { HeadlineEntry, InvalidInput, MethodSpec, ModuleDefinition, Outcome } from '../core/module.ts';
import type { BoolParam, ParamSpec, ParamValues, ShapeParam } from '../core/params.ts';
import { creationError, numel } from '../core/tensors.ts';

/** One kind of operation and how many of it one element costs. */
export interface Kind {
  /** The result field: additions, multiplications, divisions, comparisons, exponentials, tanh, … */
  key: string;
  label: string;
  unit: string;
  /** How many of it one element costs; a function where an argument chooses the formula (GELU's `approximate`). */
  perElement: bigint | ((p: ElementwiseParams & Record<string, unknown>) => bigint);
}

export interface ElementwiseSpec {
  title: string;
  summary: string;
  /** Constructor arguments that change the values but not the counts (negative_slope, alpha, beta, …), in PyTorch's order, before `inplace`. */
  args?: readonly ParamSpec[];
  /** Whether PyTorch's constructor takes `inplace` (ReLU does; Sigmoid, Tanh and Identity do not). */
  inplace: boolean;
  /** The exact count's kinds of operation per element, for the reference algorithm the page states. */
  kinds: readonly Kind[];
  /** What the exact method counts, in one sentence. */
  exactSummary: string;
  /** moduleprofiler's documented operations per element, and its page; null where it documents none. */
  documented: { perElement: bigint; url: string } | null;
  date: string;
  /**
   * PyTorch's own rules beyond creating the input, where a module has any (PReLU's weight, GELU's
   * `approximate`): `construct` runs before the input is created, `forward` after, as in PyTorch.
   */
  rules?: {
    construct?: (p: ElementwiseParams & Record<string, unknown>) => InvalidInput | null;
    forward?: (p: ElementwiseParams & Record<string, unknown>) => InvalidInput | null;
  };
}

/** The arguments of an element-wise module: `inplace` where PyTorch has it, and the input's whole shape. */
export interface ElementwiseParams {
  inplace?: boolean;
  input_shape: readonly bigint[];
}

const INPLACE: BoolParam = {
  name: 'inplace',
  kind: 'bool',
  label: 'inplace',
  symbol: '',
  help: 'Overwrite the input with the output instead of allocating a new tensor: the same arithmetic, less memory.',
  torchDefault: false,
  initial: false,
};

/** The worked example of every element-wise page: a batch of 8 feature maps of 64 channels, 32 × 32. */
export const EXAMPLE_SHAPE: readonly bigint[] = [8n, 64n, 32n, 32n];

const SHAPE: ShapeParam = {
  name: 'input_shape',
  kind: 'shape',
  role: 'input',
  label: 'Input shape',
  symbol: 'x',
  help: 'The whole shape of the input, any number of dimensions: (8, 64, 32, 32), (768,), or () for a single number.',
  minRank: 0,
  maxRank: 16,
  initial: EXAMPLE_SHAPE,
};

export type ElementwiseResult = {
  ok: true;
  params: ElementwiseParams;
  output_shapes: bigint[][];
  /** X: the number of elements, the product of the sizes (1 for a 0-d input). */
  elements: bigint;
  documented: { per_element: bigint; total_ops: bigint } | null;
  exact: Record<string, bigint>;
};

/** PyTorch enforces nothing on these modules beyond creating the input tensor. */
export function elementwiseRules(p: ElementwiseParams): InvalidInput | null {
  return creationError(p.input_shape, 'input', 'input_shape', 'The input');
}

/** The counts of one layer: every kind of operation per element times the elements, in closed form. */
export function estimateElementwise(spec: ElementwiseSpec, p: ElementwiseParams): Outcome<ElementwiseParams> {
  const q = p as ElementwiseParams & Record<string, unknown>;
  const error = spec.rules?.construct?.(q) ?? elementwiseRules(p) ?? spec.rules?.forward?.(q) ?? null;
  if (error) return { ok: false, error };
  const X = numel(p.input_shape);
  const exact: Record<string, bigint> = {};
  let total = 0n;
  let perElement = 0n;
  for (const k of spec.kinds) {
    const c = typeof k.perElement === 'bigint' ? k.perElement : k.perElement(q);
    exact[k.key] = c * X;
    total += c * X;
    perElement += c;
  }
  exact.per_element = perElement;
  exact.total_ops = total;
  const result: ElementwiseResult = {
    ok: true,
    params: p,
    output_shapes: [[...p.input_shape]],
    elements: X,
    documented: spec.documented ? { per_element: spec.documented.perElement, total_ops: spec.documented.perElement * X } : null,
    exact,
  };
  return result;
}

/** The module definition of one element-wise module. */
export function defineElementwise<P extends ElementwiseParams>(spec: ElementwiseSpec): ModuleDefinition<P> {
  const params: readonly ParamSpec[] = [...(spec.args ?? []), ...(spec.inplace ? [INPLACE] : []), SHAPE];
  const exact: MethodSpec = {
    id: 'exact',
    label: 'Exact count, by kind of operation',
    summary: spec.exactSummary,
    quantities: [
      ...spec.kinds.map((k) => ({ key: k.key, label: k.label, unit: k.unit, equation: 'eq-exact' })),
      { key: 'per_element', label: 'Operations per element', unit: 'operations', equation: 'eq-exact' },
      { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-exact' },
    ],
  };
  const documented: MethodSpec = {
    id: 'documented',
    label: 'Documented method (moduleprofiler)',
    summary: 'moduleprofiler’s published count: a fixed number of operations per element, times the elements.',
    quantities: [
      { key: 'per_element', label: 'Operations per element', unit: 'operations', equation: 'eq-documented' },
      { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-documented' },
    ],
  };
  const estimate = (p: P) => estimateElementwise(spec, p) as Outcome<P>;
  const headline: HeadlineEntry[] = [
    { method: 'exact', key: 'total_ops', label: 'Exact operations', unit: '(all kinds)' },
    ...spec.kinds.filter(() => spec.kinds.length > 1).map((k) => ({ method: 'exact', key: k.key, label: k.label })),
    ...(spec.documented ? [{ method: 'documented', key: 'total_ops' }] : []),
  ];
  return {
    id: spec.title.toLowerCase(),
    torchName: `torch.nn.${spec.title}`,
    title: spec.title,
    family: 'Activations',
    summary: spec.summary,
    params,
    fromValues: (v: ParamValues) => ({ ...v }) as unknown as P,
    inputs: [{ name: 'input', shape: 'input_shape', dims: [{ param: 'input_shape', symbol: '*', variadic: true }] }],
    outputs: ['output'],
    methods: spec.documented ? [exact, documented] : [exact],
    sizes: [{ key: 'elements', label: 'Elements X (product of the sizes)', unit: 'elements', equation: 'eq-elements' }],
    headline,
    estimate,
    versions: [{ version: 1, date: spec.date, estimate }],
    documentedSource: spec.documented ? { url: spec.documented.url } : null,
    torchExpression: (p: P) => genericTorchExpression({ params, title: spec.title }, p),
  };
}


