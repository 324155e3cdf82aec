// Comparing counts and converting one tool's count into another's: a ratio as text, scaling a
// reported number by a ratio of counts, and parsing a number as papers print it. In the browser
// only the converter (PeersConvert, in a disclosure of the counters page) imports this file, so
// it loads when a reader opens it; the module page's compact table uses ratioText at build time.
// Integer arithmetic only: no count ever becomes a float.

/** round(a / b) for b ≠ 0, halves away from zero. */
export function roundDiv(a: bigint, b: bigint): bigint {
  if (b < 0n) return roundDiv(-a, -b);
  const neg = a < 0n;
  const m = neg ? -a : a;
  const q = (2n * m + b) / (2n * b);
  return neg ? -q : q;
}

export interface Scaled {
  /** x·num/den when it is an integer, else the nearest integer (halves away from zero). */
  value: bigint;
  /** Whether den divides x·num, so that value is exact. */
  exact: boolean;
}

/** x·num/den in exact rational arithmetic; den must not be 0. */
export function scale(x: bigint, num: bigint, den: bigint): Scaled {
  if (den === 0n) throw new RangeError('scale: zero denominator');
  const top = x * num;
  return top % den === 0n ? { value: top / den, exact: true } : { value: roundDiv(top, den), exact: false };
}

const PREFIX: Record<string, number> = { k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const UNIT_WORDS = new Set(['mac', 'macs', 'flop', 'flops', 'op', 'ops', 'operations', 'mult-add', 'mult-adds', 'multadds', 'madd', 'madds']);

/** shortForm: the text used a prefix or an exponent, so it is probably rounded. */
export type ParsedCount = { ok: true; value: bigint; shortForm: boolean } | { ok: false; message: string };

const NUMBER = /^(-|−)?\s*(\d{1,3}(?:[,\u202f\u2009 _]\d{3})+|\d+)(?:\.(\d+))?\s*(?:[eE]\+?(\d{1,3}))?\s*([A-Za-z][A-Za-z-]*)?\s*$/;

/**
 * A count as papers print it: "1545216", "1,545,216", "1 545 216", "1_545_216", "1.55 G",
 * "2.3e9", "0.51 GMac", "12 MFLOPs". A unit word after the number is ignored (the tool chosen
 * says what the number counts); an SI prefix k/K, M, G, T, P, E scales it. The value must be a
 * non-negative whole number once the prefix or exponent is applied.
 */
export function parseCount(text: string): ParsedCount {
  const t = text.trim();
  if (t === '') return { ok: false, message: 'Enter the number the paper reports, e.g. 1545216, 1,545,216 or 1.55 G.' };
  const shown = t.length > 40 ? `${t.slice(0, 40)}…` : t;
  const m = NUMBER.exec(t);
  if (!m) {
    return {
      ok: false,
      message: `"${shown}" is not a count. Use digits (grouped with commas, spaces or _ if you like), optionally a decimal point with an SI prefix such as k, M or G, or an exponent such as e9.`,
    };
  }
  const [, minus, intText, fracText = '', exp, word] = m;
  if (minus) return { ok: false, message: 'A count cannot be negative.' };
  let power = exp !== undefined ? Number(exp) : 0;
  if (word !== undefined) {
    const rest = word.slice(1).toLowerCase();
    if (word[0] in PREFIX && (rest === '' || UNIT_WORDS.has(rest))) {
      if (exp !== undefined) return { ok: false, message: `"${shown}" has both an exponent and a prefix; use one of them.` };
      power = PREFIX[word[0]];
    } else if (!UNIT_WORDS.has(word.toLowerCase())) {
      return {
        ok: false,
        message: `"${word}" is not a prefix or unit this field understands. Prefixes: k, M, G, T, P, E (upper-case M is mega; there is no milli count); unit words such as MACs or FLOPs are ignored.`,
      };
    }
  }
  const digits = intText.replace(/[,\u202f\u2009 _]/g, '') + fracText;
  const shift = power - fracText.length;
  if (shift < 0 && /[1-9]/.test(digits.slice(digits.length + shift))) {
    return { ok: false, message: `${shown} is not a whole number; a count of operations has no fractional part.` };
  }
  const value = shift >= 0 ? BigInt(digits) * 10n ** BigInt(shift) : BigInt(digits.slice(0, digits.length + shift) || '0');
  return { ok: true, value, shortForm: power > 0 };
}

/**
 * a / b as text: "3×" when b divides a, otherwise "≈ 2.004×" (rounded to `decimals` places),
 * "—" when both are 0 and "∞" when only b is.
 */
export function ratioText(a: bigint, b: bigint, decimals = 3): string {
  if (b === 0n) return a === 0n ? '—' : a > 0n ? '∞' : '−∞';
  if (a % b === 0n) {
    const q = a / b;
    return `${q < 0n ? '−' : ''}${q < 0n ? -q : q}×`;
  }
  const scale = 10n ** BigInt(decimals);
  const r = roundDiv(a * scale, b);
  const neg = r < 0n;
  const m = neg ? -r : r;
  const int = m / scale;
  const frac = (m % scale).toString().padStart(decimals, '0');
  return `≈ ${neg ? '−' : ''}${int}.${frac}×`;
}
