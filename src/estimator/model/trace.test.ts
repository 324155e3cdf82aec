import { describe, expect, it } from 'vitest';
import { MAX_CALLS, parseTrace, parseTraceText } from './trace.ts';

const call = (over: Record<string, unknown> = {}) => ({
  name: 'features.0',
  module: 'Conv2d',
  args: { in_channels: 3, out_channels: 8, kernel_size: [3, 3] },
  training: false,
  input_shapes: [[1, 3, 8, 8]],
  output_shapes: [[1, 8, 6, 6]],
  ...over,
});
const trace = (over: Record<string, unknown> = {}) => ({ format: 'nnops-trace', version: 1, torch_version: '2.3.0', model: 'Net', inputs: [[1, 3, 8, 8]], calls: [call()], ...over });

describe('parseTrace', () => {
  it('reads a well-formed trace with sizes as bigints', () => {
    const t = parseTrace(trace());
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.trace.model).toBe('Net');
    expect(t.trace.inputs).toEqual([[1n, 3n, 8n, 8n]]);
    expect(t.trace.calls[0].input_shapes).toEqual([[1n, 3n, 8n, 8n]]);
    expect(t.trace.calls[0].error).toBeUndefined();
  });

  it.each([
    ['not an object', [], 'not_object'],
    ['another format', trace({ format: 'onnx' }), 'format'],
    ['a later version', trace({ version: 2 }), 'version'],
    ['a version as text', trace({ version: '1' }), 'version'],
    ['calls not a list', trace({ calls: {} }), 'calls'],
    ['model not a string', trace({ model: 3 }), 'model'],
    ['inputs with a negative size', trace({ inputs: [[-1]] }), 'inputs'],
    ['torch_version a number', trace({ torch_version: 2 }), 'torch_version'],
  ])('refuses %s as a whole, naming the rule', (_what, value, rule) => {
    const t = parseTrace(value);
    expect(t.ok).toBe(false);
    if (!t.ok) {
      expect(t.error.rule).toBe(rule);
      expect(t.error.call).toBeNull();
      expect(t.error.message.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['a string for a call', 'Conv2d', 'call_not_object'],
    ['a missing field', (() => { const c: Record<string, unknown> = call(); delete c.training; return c; })(), 'call_missing_field'],
    ['a numeric name', call({ name: 7 }), 'call_name'],
    ['HTML as the class name', call({ module: '<img src=x onerror=alert(1)>' }), 'call_module'],
    ['args as a list', call({ args: [1, 2] }), 'call_args'],
    ['training as text', call({ training: 'no' }), 'call_training'],
    ['a fractional size', call({ input_shapes: [[1, 3.5]] }), 'call_shape'],
    ['a negative size', call({ output_shapes: [[-2]] }), 'call_shape'],
    ['a size beyond 2^53', call({ input_shapes: [[1e300]] }), 'call_shape'],
    ['a size beyond int64 as digits', call({ input_shapes: [['99999999999999999999']] }), 'call_shape'],
    ['absurd rank', call({ input_shapes: [Array(1000).fill(1)] }), 'call_shape'],
    ['a shape as a number', call({ input_shapes: [5] }), 'call_shape'],
    ['too many tensors', call({ input_shapes: Array(1000).fill([1]) }), 'call_shape'],
  ])('keeps a call with %s, with an error naming the call and the rule', (_what, bad, rule) => {
    const t = parseTrace(trace({ calls: [call(), bad, call({ name: 'after' })] }));
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.trace.calls).toHaveLength(3);
    expect(t.trace.calls[0].error).toBeUndefined();
    expect(t.trace.calls[2].error).toBeUndefined();
    const e = t.trace.calls[1].error!;
    expect(e.rule).toBe(rule);
    expect(e.call).toBe(1);
    expect(e.message).toMatch(/^Call 1 /);
  });

  it('keeps HTML in a call name as plain data', () => {
    const t = parseTrace(trace({ calls: [call({ name: '<script>alert(1)</script>' })] }));
    expect(t.ok && t.trace.calls[0].name).toBe('<script>alert(1)</script>');
  });

  it('reads sizes given as strings of digits, and null for a non-tensor', () => {
    const t = parseTrace(trace({ calls: [call({ input_shapes: [['9007199254740993', 2], null] })] }));
    expect(t.ok && t.trace.calls[0].input_shapes).toEqual([[9007199254740993n, 2n], null]);
  });

  it(`reads ${MAX_CALLS} calls and refuses more`, () => {
    const many = Array.from({ length: MAX_CALLS }, () => call());
    const t = parseTrace(trace({ calls: many }));
    expect(t.ok && t.trace.calls.length).toBe(MAX_CALLS);
    const tooMany = parseTrace(trace({ calls: [...many, call()] }));
    expect(!tooMany.ok && tooMany.error.rule).toBe('too_many_calls');
  });

  it('accepts a trace without model or inputs', () => {
    const { model: _m, inputs: _i, ...rest } = trace();
    const t = parseTrace(rest);
    expect(t.ok && [t.trace.model, t.trace.inputs]).toEqual(['', []]);
  });
});

describe('parseTraceText', () => {
  it('gives JSON errors in words', () => {
    const t = parseTraceText('{"format": ');
    expect(!t.ok && t.error.rule).toBe('invalid_json');
  });
  it('skips a byte-order mark', () => {
    expect(parseTraceText(`\ufeff${JSON.stringify(trace())}`).ok).toBe(true);
  });
  it('never throws on arbitrary text', () => {
    for (const text of ['', 'null', '1', '"x"', '[', '{"format":"nnops-trace","version":1,"calls":[null,1,"a",[],{}]}', '{"__proto__": {"x": 1}}']) {
      expect(() => parseTraceText(text)).not.toThrow();
    }
  });
});
