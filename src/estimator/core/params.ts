// The declarative parameter table every module provides. It drives the calculator's
// inputs, the URL state, the CLI flags and input parsing; PyTorch's semantic rules
// live in each module's rules. One kind per way PyTorch takes an argument.

interface Common<N extends string = string> {
  name: N;
  /** Short label for the calculator. */
  label: string;
  /** TeX symbol used in the derivation. */
  symbol: string;
  help: string;
  /** 'input' for a size of an input tensor (batch, length_in, …) rather than a constructor argument. */
  role?: 'input';
}

export interface IntParam<N extends string = string> extends Common<N> {
  kind: 'int';
  /** PyTorch's default, or undefined when PyTorch requires the argument. */
  torchDefault?: bigint;
  /** Value the calculator starts from (and uses when a URL omits a required argument). */
  initial: bigint | null;
  /**
   * Accepts null (shown as an empty field, `none` in URLs): an unbatched input, or PyTorch's None
   * (Softmax's dim). `toggle` labels the calculator's check box for it ('unbatched input' when absent).
   */
  nullable?: { meaning: string; toggle?: string };
  /** Smallest value PyTorch accepts (the module's rules give the reason when it is broken). */
  min: bigint;
}

export interface BoolParam<N extends string = string> extends Common<N> {
  kind: 'bool';
  torchDefault: boolean;
  initial: boolean;
}

/** A Python float (eps, momentum, negative_slope, …); `nullable` where PyTorch takes None. */
export interface FloatParam<N extends string = string> extends Common<N> {
  kind: 'float';
  torchDefault?: number | null;
  initial: number | null;
  nullable?: { meaning: string };
}

/**
 * One of a fixed set of strings (padding_mode, nonlinearity, approximate). Parsing accepts
 * any identifier, so that the module's rules can reject an unknown one in PyTorch's words.
 */
export interface EnumParam<N extends string = string, O extends string = string> extends Common<N> {
  kind: 'enum';
  options: readonly O[];
  torchDefault?: O;
  initial: O;
}

/**
 * An integer or a per-dimension tuple (kernel_size=3 or (3, 5)), optionally also a string
 * (padding='same'). Kept exactly as given: PyTorch treats 3 and (3,) differently in places.
 * In URLs and on the command line a tuple is written (3,5) or 3,5 and a 1-tuple (3,), so a
 * comma is never digit grouping here.
 */
export interface IntsParam<N extends string = string> extends Common<N> {
  kind: 'ints';
  /** Spatial dimensions the tuple describes (its expected length). */
  dims: number;
  torchDefault?: bigint;
  initial: IntsValue;
  min: bigint;
  /** Strings PyTorch documents for this argument ('same', 'valid'); any identifier parses. */
  strings?: readonly string[];
  /**
   * Tuple entries may be None (an adaptive pool's output_size=(None, 7): that size of the input).
   * A tuple with a None entry is kept as its canonical text, '(None,7)'.
   */
  noneEntries?: true;
  /** Accepts null (an empty field, `none` in URLs): PyTorch's None, e.g. a pool's stride (then the kernel size). */
  nullable?: { meaning: string };
}

/**
 * A whole tensor shape of variable rank, as passed to forward: input_shape=(8,128,768), (768,)
 * for a 1-d input, () for a 0-d one. Kept exactly as given, negative sizes included, so that
 * the module's rules can refuse them in PyTorch's words. In URLs and on the command line it is
 * written like a tuple, (8,128,768) or 8,128,768, a one-entry shape (768,) or a bare 768, and
 * the 0-d shape (); a comma is never digit grouping in it.
 */
export interface ShapeParam<N extends string = string> extends Common<N> {
  kind: 'shape';
  /** Fewest and most dimensions the argument accepts (the module's rules may narrow them, in PyTorch's words). */
  minRank: number;
  maxRank: number;
  torchDefault?: undefined;
  initial: readonly bigint[] | null;
  /** Accepts null (an empty field, `none` in links): an optional tensor left out (a recurrent cell's h_0). */
  nullable?: { meaning: string };
}

export type ParamSpec = IntParam | BoolParam | FloatParam | EnumParam | IntsParam | ShapeParam;
export type IntsValue = bigint | readonly bigint[] | string;
export type ParamValue = bigint | boolean | null | number | string | readonly bigint[];
export type ParamValues = Record<string, ParamValue>;

/** The TypeScript type of one argument, derived from its declaration. */
export type ValueOf<S> = S extends IntParam
  ? S extends { nullable: object } ? bigint | null : bigint
  : S extends BoolParam
    ? boolean
    : S extends FloatParam
      ? S extends { nullable: object } ? number | null : number
      : S extends EnumParam
        ? string
        : S extends IntsParam
          ? (S extends { strings: readonly string[] } | { noneEntries: true } ? IntsValue : bigint | readonly bigint[]) | (S extends { nullable: object } ? null : never)
          : S extends ShapeParam
            ? readonly bigint[] | (S extends { nullable: object } ? null : never)
            : never;

/** A module's typed arguments, derived from its `as const` parameter table. */
export type ParamsOf<T extends readonly ParamSpec[]> = { [S in T[number] as S['name']]: ValueOf<S> };

export interface InputError {
  rule: string;
  param: string;
  message: string;
  torch: null;
}

/** PyTorch sizes are int64; anything outside is not a size PyTorch can hold. */
export const INT64_MIN = -(1n << 63n);
export const INT64_MAX = (1n << 63n) - 1n;

const MAX_DIGITS = 40;
/** Longest tuple accepted: PyTorch's modules have at most 3 spatial dimensions; wrong lengths up to this are kept for the rules to name. */
const MAX_TUPLE = 8;

const fail = (spec: ParamSpec, rule: string, message: string): InputError => ({ rule, param: spec.name, message, torch: null });
const shorten = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** One whole number in digits; `grouping` allows 16,384 and 16_384 (never inside a tuple). */
function parseInteger(spec: ParamSpec, text: string, grouping: boolean): bigint | InputError {
  const m = grouping ? /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+(?:_\d+)*)$/.exec(text) : /^([+-]?)(\d+(?:_\d+)*)$/.exec(text);
  if (!m) {
    const shown = shorten(text);
    if (/^[+-]?\d*\.\d+$|^[+-]?\d+\.\d*$|^[+-]?\d+(\.\d*)?e[+-]?\d+$/i.test(text))
      return fail(spec, 'not_integer', `${spec.name} must be a whole number written in digits; got "${shown}".`);
    return fail(spec, 'not_integer', `${spec.name} must be a whole number; "${shown}" is not one.`);
  }
  const digits = m[2].replace(/[_,]/g, '').replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return fail(spec, 'out_of_range', `${spec.name} has ${digits.length} digits; PyTorch sizes are 64-bit integers (at most 2^63 − 1).`);
  return inRange(spec, BigInt(m[1] + digits));
}

function inRange(spec: ParamSpec, value: bigint): bigint | InputError {
  return value > INT64_MAX || value < INT64_MIN
    ? fail(spec, 'out_of_range', `${spec.name} = ${value} does not fit in a 64-bit integer; PyTorch sizes are at most 2^63 − 1.`)
    : value;
}

/** A JSON number or bigint as an exact integer. */
function fromNumber(spec: ParamSpec, raw: number | bigint): bigint | InputError {
  if (typeof raw === 'bigint') return inRange(spec, raw);
  if (!Number.isSafeInteger(raw)) {
    return Number.isInteger(raw)
      ? fail(spec, 'not_exact', `${spec.name} is beyond 2^53, where a JSON number cannot hold every integer (it arrived as ${raw}, possibly rounded); pass it as a string of digits.`)
      : fail(spec, 'not_integer', `${spec.name} must be a whole number; got ${raw}.`);
  }
  return BigInt(raw);
}

function parseInt64(spec: IntParam, raw: unknown): bigint | null | InputError {
  if (typeof raw === 'number' || typeof raw === 'bigint') return fromNumber(spec, raw);
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') return fail(spec, 'not_integer', `${spec.name} must be a whole number.`);
  const text = raw.trim();
  if (text === '' || (spec.nullable && /^(none|null)$/i.test(text))) return null;
  // Digit grouping with "_" or well-formed "," groups is accepted, so "16,384" pastes cleanly.
  return parseInteger(spec, text, true);
}

function parseBool(spec: BoolParam, raw: unknown): boolean | null | InputError {
  if (typeof raw === 'boolean') return raw;
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string' && typeof raw !== 'number') return fail(spec, 'not_boolean', `${spec.name} must be true or false.`);
  const text = String(raw).trim().toLowerCase();
  if (text === '') return null;
  if (['true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  return fail(spec, 'not_boolean', `${spec.name} must be true or false.`);
}

function parseFloat64(spec: FloatParam, raw: unknown): number | null | InputError {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : fail(spec, 'not_number', `${spec.name} must be a finite number; got ${raw}.`);
  if (typeof raw !== 'string') return fail(spec, 'not_number', `${spec.name} must be a number.`);
  const text = raw.trim();
  if (text === '' || (spec.nullable && /^(none|null)$/i.test(text))) return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return fail(spec, 'not_number', `${spec.name} must be a number such as 0.01 or 1e-5; "${shorten(text)}" is not one.`);
  const value = Number(text);
  return Number.isFinite(value) ? value : fail(spec, 'not_number', `${spec.name} = ${shorten(text)} is beyond a 64-bit float.`);
}

const IDENTIFIER = /^['"]?([A-Za-z_][A-Za-z0-9_]{0,31})['"]?$/;

function parseEnum(spec: EnumParam, raw: unknown): string | null | InputError {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') return fail(spec, 'not_option', `${spec.name} must be one of ${spec.options.map((o) => `'${o}'`).join(', ')}.`);
  const text = raw.trim();
  if (text === '') return null;
  const m = IDENTIFIER.exec(text);
  if (!m) return fail(spec, 'not_option', `${spec.name} must be one of ${spec.options.map((o) => `'${o}'`).join(', ')}; "${shorten(text)}" is not a name.`);
  return m[1];
}

function parseInts(spec: IntsParam, raw: unknown): IntsValue | null | InputError {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'bigint') return fromNumber(spec, raw);
  const what = spec.strings ? `an integer, a tuple such as (3, 5), or ${spec.strings.map((s) => `'${s}'`).join(' or ')}` : 'an integer or a tuple such as (3, 5)';
  if (Array.isArray(raw)) {
    // JSON's null for Python's None, where the argument takes None entries: read as the tuple's text.
    if (spec.noneEntries && raw.some((x) => x === null)) return parseInts(spec, `(${raw.map((x) => (x === null ? 'None' : String(x))).join(',')}${raw.length === 1 ? ',' : ''})`);
    if (raw.length === 0 || raw.length > MAX_TUPLE) return fail(spec, 'not_tuple', `${spec.name} must be ${what}; a tuple has 1 to ${spec.dims} entries.`);
    const out: bigint[] = [];
    for (const x of raw) {
      const v = typeof x === 'number' || typeof x === 'bigint' ? fromNumber(spec, x) : typeof x === 'string' ? parseInteger(spec, x.trim(), false) : fail(spec, 'not_integer', `${spec.name} must be ${what}.`);
      if (typeof v !== 'bigint') return v;
      out.push(v);
    }
    return out;
  }
  if (typeof raw !== 'string') return fail(spec, 'not_integer', `${spec.name} must be ${what}.`);
  const text = raw.trim();
  if (text === '' || (spec.nullable && /^(none|null)$/i.test(text))) return null;
  if (spec.strings) {
    // A quoted empty string is Python's '' (which PyTorch names in its error), not an empty field.
    if (text === "''" || text === '""') return '';
    const m = IDENTIFIER.exec(text);
    if (m) return m[1];
  }
  const inner = /^[([]\s*(.*?)\s*[)\]]$/.exec(text);
  const body = inner ? inner[1] : text;
  if (!inner && !body.includes(',')) return parseInteger(spec, body, false);
  const parts = body.split(',').map((s) => s.trim());
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop(); // (3,) is a 1-tuple
  if (parts.length === 0 || parts.length > MAX_TUPLE || parts.some((s) => s === ''))
    return fail(spec, 'not_tuple', `${spec.name} must be ${what}; "${shorten(text)}" is not one.`);
  const out: bigint[] = [];
  let none = false;
  for (const part of parts) {
    if (spec.noneEntries && /^none$/i.test(part)) {
      none = true;
      continue;
    }
    const v = parseInteger(spec, part, false);
    if (typeof v !== 'bigint') return v;
    out.push(v);
  }
  if (none) return `(${parts.map((s) => (/^none$/i.test(s) ? 'None' : String(parseInteger(spec, s, false)))).join(',')}${parts.length === 1 ? ',' : ''})`;
  return out;
}

/** Most dimensions any shape argument may have (PyTorch's kernels stop well before this). */
export const MAX_RANK = 32;

function parseShape(spec: ShapeParam, raw: unknown): readonly bigint[] | null | InputError {
  if (raw === null || raw === undefined) return null;
  const what = `${spec.name} must be a shape such as (8, 128, 768), (768,) or () for a 0-d tensor`;
  const ranked = (out: bigint[]): bigint[] | InputError => {
    if (out.length > MAX_RANK || out.length > spec.maxRank || out.length < spec.minRank) {
      const range = spec.minRank === spec.maxRank ? `exactly ${spec.minRank}` : `${spec.minRank} to ${Math.min(spec.maxRank, MAX_RANK)}`;
      return fail(spec, 'not_shape', `${spec.name} has ${out.length} dimension${out.length === 1 ? '' : 's'}; this module takes ${range}.`);
    }
    return out;
  };
  if (typeof raw === 'number' || typeof raw === 'bigint') {
    const v = fromNumber(spec, raw);
    return typeof v === 'bigint' ? ranked([v]) : v;
  }
  if (Array.isArray(raw)) {
    if (raw.length > MAX_RANK) return ranked(raw.map(() => 0n));
    const out: bigint[] = [];
    for (const x of raw) {
      const v = typeof x === 'number' || typeof x === 'bigint' ? fromNumber(spec, x) : typeof x === 'string' ? parseInteger(spec, x.trim(), false) : fail(spec, 'not_shape', `${what}.`);
      if (typeof v !== 'bigint') return v;
      out.push(v);
    }
    return ranked(out);
  }
  if (typeof raw !== 'string') return fail(spec, 'not_shape', `${what}.`);
  const text = raw.trim();
  if (text === '' || (spec.nullable && /^(none|null)$/i.test(text))) return null;
  const inner = /^[([]\s*(.*?)\s*[)\]]$/.exec(text);
  const body = inner ? inner[1] : text;
  if (body === '') return inner ? ranked([]) : null;
  const parts = body.split(',').map((x) => x.trim());
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop(); // (768,) is one dimension
  if (parts.some((x) => x === '')) return fail(spec, 'not_shape', `${what}; "${shorten(text)}" is not one.`);
  if (parts.length > MAX_RANK) return ranked(parts.map(() => 0n));
  const out: bigint[] = [];
  for (const part of parts) {
    const v = parseInteger(spec, part, false);
    if (typeof v !== 'bigint') return v;
    out.push(v);
  }
  return ranked(out);
}

/** One raw value (URL text, CLI flag, JSON) as its kind's value; null when absent or empty. */
export function parseValue(spec: ParamSpec, raw: unknown): ParamValue | InputError {
  switch (spec.kind) {
    case 'int':
      return parseInt64(spec, raw);
    case 'bool':
      return parseBool(spec, raw);
    case 'float':
      return parseFloat64(spec, raw);
    case 'enum':
      return parseEnum(spec, raw);
    case 'ints':
      return parseInts(spec, raw);
    case 'shape':
      return parseShape(spec, raw);
  }
}

export function isInputError(v: unknown): v is InputError {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'rule' in v && 'message' in v;
}

/** Whether an argument takes None (an empty field, `none` in links). */
export const isNullable = (spec: ParamSpec) => (spec.kind === 'int' || spec.kind === 'float' || spec.kind === 'ints' || spec.kind === 'shape') && spec.nullable !== undefined;

export type Missing = 'initial' | 'error';

/**
 * Reads raw values (URL query strings, CLI flags or JSON) into typed values. An absent
 * argument takes PyTorch's default; a required one takes the calculator's initial value
 * (`missing: 'initial'`, only when the key is absent, not when it is an empty string) or
 * is reported (`missing: 'error'`). Never throws.
 */
export function parseParams(
  params: readonly ParamSpec[],
  raw: Record<string, unknown>,
  missing: Missing,
): { ok: true; values: ParamValues } | { ok: false; error: InputError } {
  const values: ParamValues = {};
  for (const spec of params) {
    const has = Object.prototype.hasOwnProperty.call(raw, spec.name);
    const parsed = parseValue(spec, has ? raw[spec.name] : undefined);
    if (isInputError(parsed)) return { ok: false, error: parsed };
    if (parsed !== null) values[spec.name] = parsed;
    else if (isNullable(spec) && (has || spec.torchDefault === undefined || spec.torchDefault === null)) values[spec.name] = null;
    else if (spec.torchDefault !== undefined) values[spec.name] = spec.torchDefault;
    // A field present but left empty is a required argument the reader has not given yet.
    else if (missing === 'initial' && !(has && typeof raw[spec.name] === 'string')) values[spec.name] = spec.initial;
    else return { ok: false, error: { rule: 'required', param: spec.name, message: `${spec.name} is required: PyTorch has no default for it.`, torch: null } };
  }
  return { ok: true, values };
}

/** Names in raw that the table does not know. */
export function unknownKeys(params: readonly ParamSpec[], raw: Record<string, unknown>): string[] {
  const known = new Set(params.map((p) => p.name));
  return Object.keys(raw).filter((k) => !known.has(k));
}

/** The text of one value as a URL, a CLI flag and an input field write it: 3, (3,5), (3,), (), same, 1e-05. */
export function valueText(v: ParamValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.length === 1 ? `(${v[0]},)` : `(${v.join(',')})`;
  if (v === '') return "''";
  return String(v);
}

/** Python's spelling of a value, for a torch expression: (3, 5), 'same', True, None. */
export function pythonText(spec: ParamSpec, v: ParamValue | undefined): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v)) return v.length === 1 ? `(${v[0]},)` : `(${v.join(', ')})`;
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'number' && spec.kind === 'float') return Number.isInteger(v) ? v.toFixed(1) : String(v);
  return String(v);
}

/** Whether v is PyTorch's default for spec (a tuple never equals an integer default: it is written out). */
export function isDefault(spec: ParamSpec, v: ParamValue | undefined): boolean {
  return spec.torchDefault !== undefined && !Array.isArray(v) && v === spec.torchDefault;
}

/**
 * Canonical query: table order, PyTorch defaults omitted, null written as absent
 * (an unbatched input) unless PyTorch's default is not None (then `none`), required
 * arguments always present.
 */
export function toQuery(params: readonly ParamSpec[], values: ParamValues): string {
  const parts: string[] = [];
  for (const spec of params) {
    const v = values[spec.name];
    // None where PyTorch's default is a number (BatchNorm's momentum) must be written, or the default would come back.
    if (v === null && isNullable(spec) && spec.torchDefault !== undefined && spec.torchDefault !== null) {
      parts.push(`${spec.name}=none`);
      continue;
    }
    if (v === null || v === undefined) continue;
    if (isDefault(spec, v)) continue;
    parts.push(`${spec.name}=${valueText(v)}`);
  }
  return parts.join('&');
}

/** Plain-string form of values, as an input field or JSON shows them. */
export function toStrings(params: readonly ParamSpec[], values: ParamValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of params) out[spec.name] = valueText(values[spec.name]);
  return out;
}

/** The per-dimension entries of a tuple argument: an integer is broadcast, a 1-tuple too. */
export function perDim(v: IntsValue, dims: number): bigint[] {
  if (typeof v === 'bigint') return Array.from({ length: dims }, () => v);
  if (typeof v === 'string') return [];
  return v.length === 1 ? Array.from({ length: dims }, () => v[0]) : [...v];
}
