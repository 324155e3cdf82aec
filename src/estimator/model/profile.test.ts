import { describe, expect, it } from 'vitest';
import type { AnyModule } from '../core/define.ts';
import { registry } from '../registry.ts';
import { checkOutputShapes, coverageOf, METHODS, profileTrace, SUMMED, totalsOf } from './profile.ts';
import { readFileSync } from 'node:fs';
import { profileJson } from './format.ts';
import { callOf } from './testCalls.ts';
import { parseTrace, type Trace, type TraceCall } from './trace.ts';

const defs = Object.values(registry) as AnyModule[];
const traceOf = (calls: TraceCall[]): Trace => ({ format: 'nnops-trace', version: 1, torch_version: null, model: 'M', inputs: [], calls });
const uncovered: TraceCall = { name: 'embed', module: 'Embedding', args: null, training: true, input_shapes: [[2n, 5n]], output_shapes: [[2n, 5n]] };

describe('profileTrace', () => {
  const calls = defs.map((d) => callOf(d)!);
  const twice = calls[0];
  const p = profileTrace(traceOf([...calls, twice, uncovered]), registry);

  it('counts every registered module, a module called twice twice, and lists an unknown class as not covered', () => {
    expect(p.coverage.calls).toBe(defs.length + 2);
    expect(p.coverage.covered).toBe(defs.length + 1);
    expect(p.coverage.counted).toBe(defs.length + 1);
    const last = p.calls[p.calls.length - 1];
    expect(last).toMatchObject({ covered: false, id: null, exact: null, documented: null, dense: null });
    expect(last.error).toBeUndefined();
  });

  it('totals are the sums of the per-call counts, quantity by quantity', () => {
    for (const method of METHODS) {
      for (const key of SUMMED) {
        const parts = p.calls.filter((c) => !c.error && c[method]?.[key] !== undefined).map((c) => c[method]![key]);
        expect(p.totals[method][key], `${method}.${key}`).toBe(parts.length ? parts.reduce((a, b) => a + b, 0n) : undefined);
      }
    }
    expect(p.totals.exact.total_ops).toBeGreaterThan(0n);
  });

  it('a module without a documented method adds nothing to the documented total, and coverage says how many calls it covers', () => {
    const withDoc = p.calls.filter((c) => c.documented !== null);
    expect(p.coverage.documented).toBe(withDoc.length);
    expect(p.totals.documented.total_ops).toBe(withDoc.reduce((a, c) => a + c.documented!.total_ops, 0n));
    expect(p.coverage.documented).toBeLessThan(p.coverage.counted); // some registered module has no documented method
  });

  it('does not count a call whose recorded output shape disagrees with the rule', () => {
    const c = callOf(registry.linear as AnyModule)!;
    const q = profileTrace(traceOf([{ ...c, output_shapes: [[1n, 999n]] }]), registry);
    expect(q.calls[0].error?.rule).toBe('output_shape');
    expect(q.coverage).toMatchObject({ covered: 1, counted: 0 });
    expect(q.totals.exact).toEqual({});
  });

  it('lists a malformed call with its error and still counts the others', () => {
    const raw = { format: 'nnops-trace', version: 1, calls: [{ name: 'bad', module: 'Conv2d' }, { ...callOf(registry.relu as AnyModule)!, input_shapes: [[2, 3]], output_shapes: [[2, 3]] }] };
    const t = parseTrace(raw);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    const q = profileTrace(t.trace, registry);
    expect(q.calls[0].error?.rule).toBe('call_missing_field');
    expect(q.calls[1].error).toBeUndefined();
    expect(q.totals.exact.total_ops).toBe(6n);
  });

  it('profiles 100,000 calls', () => {
    const relu = { ...callOf(registry.relu as AnyModule)!, input_shapes: [[4n, 8n]], output_shapes: [[4n, 8n]] };
    const q = profileTrace(traceOf(Array.from({ length: 100_000 }, () => relu)), registry);
    expect(q.coverage.counted).toBe(100_000);
    expect(q.totals.exact.total_ops).toBe(3_200_000n);
  });
});

describe('checkOutputShapes', () => {
  it('skips recorded non-tensor outputs and compares the rest in order', () => {
    expect(checkOutputShapes([null, [2n, 3n]], [[2n, 3n]])).toBeNull();
    expect(checkOutputShapes([], [[2n, 3n]])).toBeNull();
    expect(checkOutputShapes([[2n, 4n]], [[2n, 3n]])?.rule).toBe('output_shape');
    expect(checkOutputShapes([[2n, 3n]], [[2n, 3n], [2n, 3n]])?.rule).toBe('output_shape');
  });
});

describe('totalsOf and coverageOf', () => {
  it('are empty for no calls', () => {
    expect(totalsOf([])).toEqual({ documented: {}, exact: {}, dense: {} });
    expect(coverageOf([])).toEqual({ calls: 0, covered: 0, counted: 0, documented: 0, dense: 0 });
  });
});

describe('what counting takes for granted', () => {
  const read = (file: string) => {
    const t = parseTrace(JSON.parse(readFileSync(file, 'utf8')));
    if (!t.ok) throw new Error(t.error.message);
    return profileTrace(t.trace, registry);
  };
  it('a trace with attention says once that its masks are not counted, in the JSON too', () => {
    const p = read('src/data/traces/transformer.json');
    expect(p.calls.filter((c) => c.module === 'MultiheadAttention' && c.exact)).toHaveLength(2);
    expect(p.assumed).toEqual([`MultiheadAttention: ${(registry.multiheadattention as AnyModule).traceAssumes}`]);
    expect(profileJson(p).assumed).toEqual(p.assumed);
  });
  it('a trace without such a module takes nothing for granted', () => {
    const p = read('src/data/traces/resnet18.json');
    expect(p.assumed).toBeUndefined();
    expect('assumed' in profileJson(p)).toBe(false);
  });
});
