import { describe, expect, it } from 'vitest';
import { looksLikeJson, readShape } from './input.ts';

describe('the profile box', () => {
  it('tells a trace from printed text by its first character', () => {
    expect(looksLikeJson('{"format": "nnops-trace"}')).toBe(true);
    expect(looksLikeJson('\uFEFF  \n[1]')).toBe(true);
    expect(looksLikeJson('{ broken')).toBe(true); // JSON's reader then says what is wrong
    expect(looksLikeJson('Sequential(\n  (0): ReLU()\n)')).toBe(false);
    expect(looksLikeJson('')).toBe(false);
  });

  it('reads an input shape written as Python, JSON or a plain list', () => {
    expect(readShape('1, 3, 224, 224')).toEqual([1n, 3n, 224n, 224n]);
    expect(readShape('(1, 3, 32, 32)')).toEqual([1n, 3n, 32n, 32n]);
    expect(readShape('[2,80,32]')).toEqual([2n, 80n, 32n]);
    expect(readShape('(5,)')).toEqual([5n]);
    expect(readShape('1 4')).toEqual([1n, 4n]);
    expect(readShape('9223372036854775807')).toEqual([9223372036854775807n]);
  });

  it('refuses anything else', () => {
    for (const bad of ['', '()', '1, -3', '1.5, 2', 'a, b', '<img src=x>', '1e3', Array(33).fill('1').join(',')]) expect(readShape(bad), bad).toBeNull();
  });
});
