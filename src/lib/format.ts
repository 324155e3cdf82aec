// Presentation of exact integers. Never converts a count to a float.

/** Full value with thin digit grouping, e.g. 1545216n → "1,545,216". */
export function grouped(n: bigint): string {
  const sign = n < 0n ? '−' : '';
  const digits = (n < 0n ? -n : n).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const PREFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y', 'R', 'Q'];

/**
 * Three significant digits with an SI prefix (1545216n → "1.55 M"), rounded half up on
 * the decimal digits; null below 1000, where the full value is already short.
 */
export function compact(n: bigint): string | null {
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString();
  if (digits.length <= 3) return null;
  let lead = Number(digits.slice(0, 3)) + (digits[3] >= '5' ? 1 : 0); // ≤ 1000: small, exact
  let exponent = digits.length - 1;
  if (lead === 1000) {
    lead = 100;
    exponent += 1;
  }
  const group = Math.floor(exponent / 3);
  const leadText = String(lead);
  if (group >= PREFIXES.length) return `${neg ? '−' : ''}${leadText[0]}.${leadText.slice(1)}×10^${exponent}`;
  const intDigits = exponent - 3 * group + 1;
  const mantissa = intDigits === 3 ? leadText : `${leadText.slice(0, intDigits)}.${leadText.slice(intDigits)}`;
  return `${neg ? '−' : ''}${mantissa} ${PREFIXES[group]}`;
}
