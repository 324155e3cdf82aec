import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromBase64url, minified, presetFragment, readFragment, toBase64url, traceFragment } from './fragment.ts';

describe('permalink fragments', () => {
  it('base64url round-trips every byte', () => {
    const bytes = new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 37) % 256));
    const text = toBase64url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect([...fromBase64url(text)!]).toEqual([...bytes]);
    expect(fromBase64url('a+b')).toBeNull();
    expect(fromBase64url('abcde')).toBeNull();
  });

  it('a trace survives the fragment, minified, and deflates well', async () => {
    const text = readFileSync('tests/fixtures/traces/smallcnn.json', 'utf8');
    const fragment = (await traceFragment(text))!;
    expect(fragment.startsWith('trace=')).toBe(true);
    expect(fragment.length).toBeLessThan(text.length / 2);
    const back = await readFragment(`#${fragment}`);
    expect(back).toEqual({ kind: 'trace', text: minified(text) });
    expect(JSON.parse((back as { text: string }).text)).toEqual(JSON.parse(text));
  });

  it('a fragment longer than the limit is null, and one within it is whole', async () => {
    const text = readFileSync('tests/fixtures/traces/smallcnn.json', 'utf8');
    const whole = (await traceFragment(text))!;
    expect(await traceFragment(text, whole.length)).toBe(whole);
    expect(await traceFragment(text, whole.length - 4)).toBeNull();
    // Text that does not deflate (every byte different) stops at the limit.
    const noise = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 9973) % 90)).join('');
    expect(await traceFragment(noise, 1000)).toBeNull();
  });

  it('a preset is a short fragment', async () => {
    expect(presetFragment('dcgan')).toBe('preset=dcgan');
    expect(await readFragment('#preset=dcgan')).toEqual({ kind: 'preset', id: 'dcgan' });
    expect((await readFragment('#preset=%3Cimg%3E')).kind).toBe('error');
  });

  it('other or broken fragments are nothing or an error, never an exception', async () => {
    expect(await readFragment('')).toEqual({ kind: 'none' });
    expect(await readFragment('#calculator')).toEqual({ kind: 'none' });
    expect((await readFragment('#trace=!!!')).kind).toBe('error');
    expect((await readFragment('#trace=AAAAAAAA')).kind).toBe('error');
    const cut = (await traceFragment('{"format": "nnops-trace", "calls": []}'))!;
    expect((await readFragment(`#${cut.slice(0, -4)}`)).kind).toBe('error');
  });
});
