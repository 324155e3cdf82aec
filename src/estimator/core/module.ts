// What a module declares, and what every generic piece (CLI, URL, calculator, citations,
// tests) reads from it. A module folder exports one `definition` of this type.
import type { InputError, ParamSpec, ParamValues } from './params.ts';

/** One named dimension of an input tensor; `param` is the argument or size that gives it. */
export interface DimSpec {
  param: string;
  /** TeX symbol, as in the derivation (N, C_{in}, L_{in}; * for any number of dimensions). */
  symbol: string;
  /** Any number of dimensions, PyTorch's *: the leading part of a `shape` argument. */
  variadic?: boolean;
}

export interface TensorSpec {
  name: string;
  /** Dimensions in PyTorch's order. */
  dims: readonly DimSpec[];
  /** The leading dimension may be absent (unbatched input); its param is then null. */
  batchOptional?: boolean;
  /** The whole tensor may be omitted (an RNN's h_0). */
  optional?: boolean;
  /**
   * The argument of kind 'shape' that gives the whole shape, of variable rank; `dims` then say
   * its form, e.g. (*, H_in): a variadic dimension for the leading ones, then the named ones.
   */
  shape?: string;
}

/** One quantity of a counting method: a field of its result, with its unit. */
export interface QuantitySpec {
  key: string;
  label: string;
  /** 'operations', 'MACs', 'FLOPs', 'multiplications', 'positions', … */
  unit: string;
  /** Id of the equation that defines it on the module's page, when there is one. */
  equation?: string;
  /** It can be negative: a published formula reproduced as written, which goes below zero on some layers. */
  signed?: boolean;
}

/** A counting method: documented (moduleprofiler's), exact, dense, … */
export interface MethodSpec {
  id: string;
  label: string;
  /** One sentence: what this method counts. */
  summary: string;
  quantities: readonly QuantitySpec[];
}

/** PyTorch's own error for an input, verbatim (see tests/fixtures/golden). */
export interface TorchError {
  stage: string;
  type: string;
  message: string;
}

/** A broken rule: which one, which argument to change, our sentence and PyTorch's. */
export interface InvalidInput {
  rule: string;
  param: string;
  message: string;
  torch: TorchError | null;
}

/** A rule PyTorch only warns about (it still runs the layer): shown beside the counts, in PyTorch's words. */
export interface Warning {
  rule: string;
  param: string;
  message: string;
  torch: { type: string; message: string } | null;
}

/** A result's counts by method; a method is null where it does not apply (with a reason elsewhere). */
export type Counts = Record<string, bigint>;

/**
 * An estimate: `output_shapes` (one per output tensor), one entry per declared method, and
 * any module-specific fields (ConvTranspose1d's `length_out`, …) the CLI also prints.
 */
export type Estimated<P> = {
  ok: true;
  params: P;
  output_shapes: bigint[][];
  /** PyTorch's warnings for these arguments (absent when there are none). */
  warnings?: readonly Warning[];
} & Record<string, unknown>;

export type Outcome<P> = Estimated<P> | { ok: false; error: InvalidInput | InputError };

/** One version of a module's counting rules; a permalink names it (?v=N) and is recomputed with it. */
export interface RulesVersion<P> {
  version: number;
  /** ISO date the version was published. */
  date: string;
  estimate(p: P): Outcome<P>;
}

/**
 * An example layer offered as a one-click starting point (arguments only; every count is computed).
 * A module's examples are in its folder's presets.ts, apart from the definition: they are words for
 * the page, which the islands get as props (registry.ts's presetsOf), not code the browser loads.
 */
export interface Preset {
  label: string;
  values: Record<string, string>;
}

/** What one other counting tool reports for a layer. */
export interface PeerCount {
  /** null when the tool reports nothing for this layer. */
  count: bigint | null;
  unit: string;
  batch: 'whole batch' | 'per sample' | 'n/a';
  /** First sentence of a known issue that changes this number. */
  note?: string;
}

/** A figure the calculator holds in view; `label` and `unit` replace the quantity's own words there. */
export interface HeadlineEntry {
  method: string;
  key: string;
  label?: string;
  unit?: string;
}

export interface ModuleDefinition<P = Record<string, unknown>> {
  /** URL segment, CLI name and golden file name: the class name in lower case. */
  id: string;
  /** 'torch.nn.Conv2d'. */
  torchName: string;
  /** 'Conv2d'. */
  title: string;
  /** Sidebar group ('Convolution', …). */
  family: string;
  /** One line for lists and the home page. */
  summary: string;
  params: readonly ParamSpec[];
  /** Typed arguments from parsed values (parseParams guarantees the kinds). */
  fromValues(v: ParamValues): P;
  inputs: readonly TensorSpec[];
  /** Names of the output tensors, in the order `output_shapes` lists them. */
  outputs: readonly string[];
  methods: readonly MethodSpec[];
  /** Top-level sizes of a result shown beside its output shape (ConvTranspose1d's length_out, …). */
  sizes?: readonly QuantitySpec[];
  /** The method and quantity a paper should cite, and the headline numbers the calculator shows. */
  headline: readonly HeadlineEntry[];
  estimate(p: P): Outcome<P>;
  versions: readonly RulesVersion<P>[];
  /** Where moduleprofiler documents its method for this module, or null: then `documented` is null on every result. */
  documentedSource: { url: string; note?: string } | null;
  /** PyTorch's call for the layer: 'nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3)'. */
  torchExpression(p: P): string;
  /**
   * What a traced call cannot show and is counted without, in words (MultiheadAttention's masks,
   * passed by keyword): a profile says it once when it counts a call of the module.
   */
  traceAssumes?: string;
  /**
   * Arguments of the forward call that a trace shows only through what the call returned, as raw
   * values (MultiheadAttention's need_weights and average_attn_weights: whether weights came back,
   * and their rank). A trace's call is read through it when the definition has it.
   */
  fromOutputs?(outputs: readonly (readonly bigint[] | null)[], inputs: readonly (readonly bigint[] | null)[]): Record<string, unknown>;
  /** PyTorch's error for an input of the wrong rank (the CLI's and a trace's input_shape), or null when the rank is right. */
  rankError?(p: P, shape: readonly bigint[]): InvalidInput | null;
}

/** The newest rules version of a module. */
export function currentVersion(def: { versions: readonly { version: number }[] }): number {
  return def.versions[def.versions.length - 1].version;
}
