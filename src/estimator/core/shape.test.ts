// The 'shape' argument kind (a whole input shape of variable rank) and PyTorch's tensor-creation rules.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseParams, parseValue, toQuery, valueText, type ParamSpec, type ShapeParam } from './params.ts';
import { formText, shapeText, tensorShape } from './define.ts';
import { creationError, numel, storageOverflows } from './tensors.ts';

const shape: ShapeParam = { name: 'input_shape', kind: 'shape', role: 'input', label: 'Input shape', symbol: 'x', help: 'The whole input shape.', minRank: 0, maxRank: 6, initial: [2n, 3n] };
const atLeast1: ShapeParam = { ...shape, minRank: 1 };
const table: readonly ParamSpec[] = [{ name: 'bias', kind: 'bool', label: 'bias', symbol: 'b', help: 'Whether to add a bias.', torchDefault: true, initial: true }, shape];

describe('shape values: URL, CLI and JSON spellings', () => {
  test.each([
    ['(8,128,768)', [8n, 128n, 768n]],
    ['(8, 128, 768)', [8n, 128n, 768n]],
    ['8,128,768', [8n, 128n, 768n]],
    ['[8,128,768]', [8n, 128n, 768n]],
    ['(768,)', [768n]],
    ['768,', [768n]],
    ['768', [768n]],
    ['()', []],
    ['[]', []],
    ['( )', []],
    ['(2,-3)', [2n, -3n]],
  ])('%s', (text, expected) => {
    expect(parseValue(shape, text)).toEqual(expected);
  });

  test('JSON arrays, numbers and strings of digits beyond 2^53 stay exact', () => {
    expect(parseValue(shape, [8, 128, 768])).toEqual([8n, 128n, 768n]);
    expect(parseValue(shape, [])).toEqual([]);
    expect(parseValue(shape, ['4503599627370209', 703])).toEqual([4503599627370209n, 703n]);
    expect(parseValue(shape, 5)).toEqual([5n]);
    expect(parseValue(shape, [2 ** 60, 1])).toMatchObject({ rule: 'not_exact' });
  });

  test('an empty field is "not given", not the 0-d shape', () => {
    expect(parseValue(shape, '')).toBeNull();
    expect(parseValue(shape, '  ')).toBeNull();
    const r = parseParams(table, { input_shape: '' }, 'error');
    expect(!r.ok && r.error.rule).toBe('required');
    const r2 = parseParams(table, {}, 'initial');
    expect(r2.ok && r2.values.input_shape).toEqual([2n, 3n]);
  });

  test('malformed text and ranks outside the module’s range are named', () => {
    expect(parseValue(shape, '(2,,3)')).toMatchObject({ rule: 'not_shape', param: 'input_shape' });
    expect(parseValue(shape, '(2.5,3)')).toMatchObject({ rule: 'not_integer' });
    expect(parseValue(shape, 'abc')).toMatchObject({ rule: 'not_integer' });
    expect(parseValue(shape, '(1,1,1,1,1,1,1)')).toMatchObject({ rule: 'not_shape' });
    expect((parseValue(shape, '(1,1,1,1,1,1,1)') as { message: string }).message).toContain('7 dimensions');
    expect(parseValue(atLeast1, '()')).toMatchObject({ rule: 'not_shape' });
    expect(parseValue(shape, { a: 1 })).toMatchObject({ rule: 'not_shape' });
  });

  test('canonical text: (a,b,c), a 1-d shape (a,), the 0-d shape (); it round-trips', () => {
    expect(valueText([8n, 128n, 768n])).toBe('(8,128,768)');
    expect(valueText([768n])).toBe('(768,)');
    expect(valueText([])).toBe('()');
    expect(toQuery(table, { bias: true, input_shape: [] })).toBe('input_shape=()');
    expect(toQuery(table, { bias: false, input_shape: [768n] })).toBe('bias=false&input_shape=(768,)');
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -5n, max: 1n << 62n }), { maxLength: 6 }), (xs) => {
        expect(parseValue(shape, valueText(xs))).toEqual(xs);
        const q = new URLSearchParams(toQuery(table, { bias: true, input_shape: xs }));
        expect(parseValue(shape, q.get('input_shape'))).toEqual(xs);
      }),
      { numRuns: 200 },
    );
  });
});

describe('tensors given by a shape argument', () => {
  const input = { name: 'input', shape: 'input_shape', dims: [{ param: 'input_shape', symbol: '*', variadic: true }, { param: 'in_features', symbol: 'H_{in}' }] };
  test('the shape is the argument’s value; its form is written as PyTorch documents it', () => {
    expect(tensorShape(input, { input_shape: [8n, 128n, 768n], in_features: 768n })).toEqual([8n, 128n, 768n]);
    expect(shapeText(tensorShape(input, { input_shape: [] }))).toBe('()');
    expect(shapeText([768n])).toBe('(768,)');
    expect(formText(input)).toBe('(*, H_{in})');
  });
});

describe('PyTorch’s tensor-creation rules', () => {
  test('a negative size is named first, with the whole list, as PyTorch prints it', () => {
    expect(creationError([-3n, 10n, 512n], 'input', 'input_shape', 'The input')?.torch).toEqual({
      stage: 'input',
      type: 'RuntimeError',
      message: 'Trying to create tensor with negative dimension -3: [-3, 10, 512]',
    });
    expect(creationError([0n, -3n], 'construct', 'in_features', 'The weight')?.torch?.message).toBe('Trying to create tensor with negative dimension -3: [0, -3]');
  });

  test('storage overflow: 4-byte elements, the byte count must fit in an int64', () => {
    // 2^61 elements is the first count whose bytes (2^63) pass 2^63 − 1.
    expect(storageOverflows([1n << 61n])).toBe(true);
    expect(storageOverflows([(1n << 61n) - 1n])).toBe(false);
    expect(storageOverflows([1n << 30n, 1n << 31n])).toBe(true);
    expect(storageOverflows([1n << 30n, (1n << 31n) - 1n])).toBe(false);
    // The unsigned product overflows before the zero: PyTorch remembers it.
    expect(storageOverflows([1n << 40n, 1n << 40n, 0n])).toBe(true);
    expect(storageOverflows([0n, 1n << 40n, 1n << 40n])).toBe(false);
    expect(creationError([41451867065581n, 143n, 389n], 'input', 'input_shape', 'The input')?.torch?.message).toBe(
      'Storage size calculation overflowed with sizes=[41451867065581, 143, 389]',
    );
    expect(creationError([2n, 3n], 'input', 'input_shape', 'The input')).toBeNull();
    expect(creationError([], 'input', 'input_shape', 'The input')).toBeNull();
    expect(numel([])).toBe(1n);
    expect(numel([2n, 0n, 5n])).toBe(0n);
  });
});
