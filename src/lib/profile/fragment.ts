// The profile page's permalink: the trace, deflated (CompressionStream 'deflate-raw') and written
// in base64url, in the URL's fragment (#trace=…), so the page reopens the same view without a
// server ever seeing the trace; a preset is the short #preset=<id>. No dependency: the browser's
// (and Node's) own streams.

/**
 * Longest fragment a permalink may have. Browsers take far longer addresses (Chrome 2 MB), but
 * chat apps, e-mail clients, link shorteners and reference managers cut or refuse them well
 * before; 32 KB still fits a trace of a few hundred calls (a ResNet-50's deflates to about 10 KB).
 */
export const MAX_FRAGMENT = 32 * 1024;

const TRACE = 'trace=';
const PRESET = 'preset=';

/** Bytes as base64url without padding. */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padding optional) as bytes; null when it is not base64url. */
export function fromBase64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The trace text without its insignificant spaces when it is JSON (a permalink carries less), else as it is. */
export function minified(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

/**
 * The fragment (without '#') that carries this trace text; null when it would be longer than `max`
 * characters, found without deflating the rest (a 10^5-call trace stops after the first 24 KB).
 */
export async function traceFragment(text: string, max = Infinity): Promise<string | null> {
  // base64url writes 4 characters for every 3 bytes.
  const limit = Math.floor(((max - TRACE.length) * 3) / 4);
  try {
    const bytes = await through(new TextEncoder().encode(minified(text)), new CompressionStream('deflate-raw'), limit);
    return TRACE + toBase64url(bytes);
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** The fragment of a preset. */
export const presetFragment = (id: string) => PRESET + encodeURIComponent(id);

export type FragmentContent = { kind: 'none' } | { kind: 'preset'; id: string } | { kind: 'trace'; text: string } | { kind: 'error'; message: string };

/** Most characters a fragment's trace may inflate to (the trace reader's own limit is larger; a link never needs more). */
export const MAX_INFLATED = 16 * 1024 * 1024;

/** What a fragment (with or without '#') holds: a preset id, a trace's text, nothing, or why it cannot be read. Never throws. */
export async function readFragment(hash: string): Promise<FragmentContent> {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h.startsWith(PRESET)) {
    let id: string;
    try {
      id = decodeURIComponent(h.slice(PRESET.length));
    } catch {
      return { kind: 'error', message: 'The link’s preset name could not be read.' };
    }
    return /^[a-z0-9-]{1,40}$/.test(id) ? { kind: 'preset', id } : { kind: 'error', message: 'The link names no known preset.' };
  }
  if (!h.startsWith(TRACE)) return { kind: 'none' };
  const bytes = fromBase64url(h.slice(TRACE.length));
  if (!bytes) return { kind: 'error', message: 'The link’s trace is not base64url text: it was cut or changed on the way.' };
  try {
    const out = await through(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED);
    return { kind: 'trace', text: new TextDecoder('utf-8', { fatal: true }).decode(out) };
  } catch (e) {
    return {
      kind: 'error',
      message: e instanceof RangeError ? `The link’s trace inflates beyond ${MAX_INFLATED / 1024 / 1024} MB; open the JSON file instead.` : 'The link’s trace could not be decompressed: it was cut or changed on the way.',
    };
  }
}
