// What the profile page's box holds: a trace (JSON) or the text print(model) shows, and the input
// shape typed for the latter.

/** Whether text is JSON (a trace) rather than what print(model) shows: its first character. */
export const looksLikeJson = (text: string) => /^\uFEFF?\s*[[{"]/.test(text);

/** "1, 3, 224, 224" or "(1, 3, 224, 224)" or "[1,3,224,224]" as sizes; null when it is not a list of whole numbers. */
export function readShape(text: string): bigint[] | null {
  const inner = text.trim().replace(/^[([]\s*/, '').replace(/\s*[)\]]$/, '');
  const parts = inner.split(/\s*,\s*|\s+/).filter((x) => x !== '');
  if (parts.length === 0 || parts.length > 32 || !parts.every((x) => /^\d{1,19}$/.test(x))) return null;
  return parts.map((x) => BigInt(x));
}
