// The declarative parameter table every module provides. It drives the calculator's
// inputs, the URL state, the CLI flags and input parsing; PyTorch's semantic rules
// live in each module's rules.

export interface IntParam {
  name: string;
  kind: 'int';
  /** Short label for the calculator. */
  label: string;
  /** TeX symbol used in the derivation. */
  symbol: string;
  /** PyTorch's default, or undefined when PyTorch requires the argument. */
  torchDefault?: bigint;
  /** Value the calculator starts from (and uses when a URL omits a required argument). */
  initial: bigint | null;
  /** Accepts null (shown as an empty field, `none` in URLs): used for an unbatched input. */
  nullable?: { meaning: string };
  /** Smallest value PyTorch accepts (the module's rules give the reason when it is broken). */
  min: bigint;
  help: string;
}

export interface BoolParam {
  name: string;
  kind: 'bool';
  label: string;
  symbol: string;
  torchDefault: boolean;
  initial: boolean;
  help: string;
}

export type ParamSpec = IntParam | BoolParam;
export type ParamValue = bigint | boolean | null;
export type ParamValues = Record<string, ParamValue>;

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

function parseInt64(spec: IntParam, raw: unknown): bigint | null | InputError {
  const fail = (rule: string, message: string): InputError => ({ rule, param: spec.name, message, torch: null });
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw)) {
      return Number.isInteger(raw)
        ? fail('not_exact', `${spec.name} is beyond 2^53, where a JSON number cannot hold every integer (it arrived as ${raw}, possibly rounded); pass it as a string of digits.`)
        : fail('not_integer', `${spec.name} must be a whole number; got ${raw}.`);
    }
    return BigInt(raw);
  }
  if (typeof raw === 'bigint')
    return raw > INT64_MAX || raw < INT64_MIN
      ? fail('out_of_range', `${spec.name} = ${raw} does not fit in a 64-bit integer; PyTorch sizes are at most 2^63 − 1.`)
      : raw;
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string') return fail('not_integer', `${spec.name} must be a whole number.`);
  const text = raw.trim();
  if (text === '' || (spec.nullable && /^(none|null)$/i.test(text))) return null;
  // Digit grouping with "_" or well-formed "," groups is accepted, so "16,384" pastes cleanly.
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+(?:_\d+)*)$/.exec(text);
  if (!m) {
    const shown = text.length > 24 ? `${text.slice(0, 24)}…` : text;
    if (/^[+-]?\d*\.\d+$|^[+-]?\d+\.\d*$|^[+-]?\d+(\.\d*)?e[+-]?\d+$/i.test(text))
      return fail('not_integer', `${spec.name} must be a whole number written in digits; got "${shown}".`);
    return fail('not_integer', `${spec.name} must be a whole number; "${shown}" is not one.`);
  }
  const digits = m[2].replace(/[_,]/g, '').replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return fail('out_of_range', `${spec.name} has ${digits.length} digits; PyTorch sizes are 64-bit integers (at most 2^63 − 1).`);
  const value = BigInt(m[1] + digits);
  if (value > INT64_MAX || value < INT64_MIN)
    return fail('out_of_range', `${spec.name} = ${value} does not fit in a 64-bit integer; PyTorch sizes are at most 2^63 − 1.`);
  return value;
}

function parseBool(spec: BoolParam, raw: unknown): boolean | null | InputError {
  if (typeof raw === 'boolean') return raw;
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string' && typeof raw !== 'number') return { rule: 'not_boolean', param: spec.name, message: `${spec.name} must be true or false.`, torch: null };
  const text = String(raw).trim().toLowerCase();
  if (text === '') return null;
  if (['true', '1', 'yes', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  return { rule: 'not_boolean', param: spec.name, message: `${spec.name} must be true or false.`, torch: null };
}

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
    const parsed = spec.kind === 'int' ? parseInt64(spec, has ? raw[spec.name] : undefined) : parseBool(spec, has ? raw[spec.name] : undefined);
    if (typeof parsed === 'object' && parsed !== null) return { ok: false, error: parsed };
    if (parsed !== null) values[spec.name] = parsed;
    else if (spec.kind === 'int' && spec.nullable) values[spec.name] = null;
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

/**
 * Canonical query: table order, PyTorch defaults omitted, null written as absent
 * (an unbatched input), required arguments always present.
 */
export function toQuery(params: readonly ParamSpec[], values: ParamValues): string {
  const parts: string[] = [];
  for (const spec of params) {
    const v = values[spec.name];
    if (v === null || v === undefined) continue;
    if (spec.torchDefault !== undefined && v === spec.torchDefault) continue;
    parts.push(`${spec.name}=${String(v)}`);
  }
  return parts.join('&');
}

/** Plain-string form of values, as an input field or JSON shows them. */
export function toStrings(params: readonly ParamSpec[], values: ParamValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of params) {
    const v = values[spec.name];
    out[spec.name] = v === null || v === undefined ? '' : String(v);
  }
  return out;
}
