// How PyTorch and Python print values inside their error messages.

/** eq-conv-print-list: a C++ IntArrayRef as PyTorch prints it: [2, 3, 5]. */
export const list = (xs: readonly bigint[]) => `[${xs.join(', ')}]`;

/** eq-conv-print-tuple: a Python tuple, (3,) or (3, 5). */
export const tuple = (xs: readonly bigint[]) => (xs.length === 1 ? `(${xs[0]},)` : `(${xs.join(', ')})`);

/** eq-conv-print-argument: an argument as the reader wrote it: 3, (3, 5), 'same'. */
export function shown(v: bigint | string | readonly bigint[]): string {
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return pyRepr(v);
  return tuple(v);
}

/** eq-conv-print-repr: Python's repr() of a str, single quotes unless the text holds ' and no ". */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return quote + out + quote;
}

/** eq-conv-print-empty-tensor: an empty float tensor as PyTorch's operator<< prints it, [ torch.FloatTensor{2,0,5} ]. */
export const emptyTensor = (shape: readonly bigint[]) => `[ torch.FloatTensor{${shape.join(',')}} ]`;
