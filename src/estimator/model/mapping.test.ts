import { describe, expect, it } from 'vitest';
import { estimateRaw, type AnyModule } from '../core/define.ts';
import { presetsOf, registry } from '../registry.ts';
import { argsFor, byClassName, callParams } from './mapping.ts';
import { profileCall } from './profile.ts';
import { callOf } from './testCalls.ts';

const defs = Object.values(registry) as AnyModule[];
const modules = byClassName(registry);
const presets = presetsOf as Record<string, readonly { label: string; values: Record<string, string> }[] | undefined>;

/** The counts of a direct estimate, for comparison with a profiled call. */
function direct(def: AnyModule, raw: Record<string, unknown>) {
  const o = estimateRaw(def, raw, 'initial') as Record<string, unknown>;
  return { documented: o.documented ?? null, exact: o.exact ?? null, dense: o.dense ?? null };
}

describe('byClassName', () => {
  it('finds every registered module by its PyTorch class name', () => {
    for (const def of defs) expect(modules.get(def.title)).toBe(def);
    expect(modules.size).toBe(defs.length);
  });
});

describe.each(defs.map((d) => [d.id, d] as const))('%s: a traced call maps to the same estimate', (_id, def) => {
  const layers: Record<string, unknown>[] = [{}, ...(presets[def.id] ?? []).map((p) => p.values)];
  it('for its initial layer and every preset', () => {
    let n = 0;
    for (const raw of layers) {
      const call = callOf(def, raw);
      if (!call) continue;
      const result = profileCall(call, 0, modules);
      expect(result.error, `${def.id} ${JSON.stringify(raw)}`).toBeUndefined();
      expect(result.covered).toBe(true);
      expect(result.id).toBe(def.id);
      const want = direct(def, raw);
      expect({ documented: result.documented, exact: result.exact, dense: result.dense }).toEqual(want);
      // The row's link reopens the same layer in the module's calculator.
      const fields = Object.fromEntries(new URLSearchParams(result.query!));
      delete fields.v;
      expect(direct(def, fields)).toEqual(want);
      n++;
    }
    expect(n).toBeGreaterThan(0);
  });

  const input = def.inputs[0];
  if (Boolean(input?.batchOptional && !input.shape)) it('for an unbatched input: batch maps to null', () => {
    const call = callOf(def, { [input.dims[0].param]: 'none' })!;
    expect(call.input_shapes[0]!.length).toBe(input.dims.length - 1);
    const mapped = callParams(def, call);
    expect(mapped.ok && mapped.raw[input.dims[0].param]).toBe(null);
    expect(profileCall(call, 0, modules).error).toBeUndefined();
  });

  if (Boolean(input?.shape)) it('takes the recorded shape whole as its shape argument', () => {
    const call = callOf(def)!;
    const mapped = callParams(def, call);
    expect(mapped.ok && mapped.raw[input.shape!]).toEqual(call.input_shapes[0]);
  });

  if (Boolean(input && !input.shape)) it('reports an input of the wrong rank with a rule, never a count', () => {
    const call = callOf(def)!;
    const result = profileCall({ ...call, input_shapes: [[2n, 3n]] }, 0, modules);
    expect(result.error?.rule).toBeTruthy();
    expect(result.exact).toBeNull();
  });

  it('reports a call without a recorded input', () => {
    const call = callOf(def)!;
    const result = profileCall({ ...call, input_shapes: [] }, 0, modules);
    expect(result.error?.rule).toBe('no_input');
  });
});

describe('callParams', () => {
  const conv2d = registry.conv2d as AnyModule;
  const call = callOf(conv2d, { in_channels: '3', out_channels: '8', kernel_size: '3', height_in: '10', width_in: '12', batch: '2' })!;

  it('fills the input sizes from the shape', () => {
    const mapped = callParams(conv2d, call);
    expect(mapped.ok && [mapped.raw.batch, mapped.raw.in_channels, mapped.raw.height_in, mapped.raw.width_in]).toEqual([2n, 3n, 10n, 12n]);
  });

  it('reports a channel count that disagrees with in_channels (PyTorch rejects it)', () => {
    const mapped = callParams(conv2d, { ...call, input_shapes: [[2n, 4n, 10n, 12n]] });
    expect(mapped.ok).toBe(false);
    if (!mapped.ok) {
      expect(mapped.error.rule).toBe('input_mismatch');
      expect(mapped.error.message).toContain('in_channels');
    }
  });

  it('uses the module rank rule, in PyTorch words, for a 5-d input to Conv2d', () => {
    const mapped = callParams(conv2d, { ...call, input_shapes: [[1n, 3n, 4n, 10n, 12n]] });
    expect(mapped.ok).toBe(false);
    if (!mapped.ok) expect(mapped.error.message).toMatch(/3D|4D|rank/);
  });

  it('unwraps a 1-tuple given to an integer argument and drops unknown arguments', () => {
    const ct1 = registry.convtranspose1d as AnyModule;
    const raw = argsFor(ct1, { kernel_size: [4], stride: [2], padding_mode: 'zeros', batch: 7 });
    expect(raw).toEqual({ kernel_size: 4, stride: 2, batch: 7 });
  });

  it('never reads an input size (role input) from args', () => {
    expect(argsFor(conv2d, { height_in: 99, in_channels: 3 })).toEqual({ in_channels: 3 });
  });

  it('reports arguments PyTorch rejects with the module rule', () => {
    const bad = { ...call, args: { ...call.args, groups: 2 } };
    const result = profileCall(bad, 0, modules);
    expect(result.error?.rule).toBeTruthy();
    expect(result.error?.message).toMatch(/groups/);
    expect(result.exact).toBeNull();
  });
});

describe('recurrent calls: the tensors after the input (h_0, and c_0 for LSTM) fill their shape arguments', async () => {
  const { goldenRecords } = await import('../../../tests/harness/golden.ts');
  const BIG = (xs: readonly number[]) => xs.map((x) => BigInt(x));
  const INPUTS = new Set(['input_shape', 'h0_shape', 'c0_shape', 'training']);
  /** The call the snippet records for a golden record: the input, then the states that were passed, flattened; outputs (output, h_n[, c_n]). */
  function callFromRecord(title: string, r: ReturnType<typeof goldenRecords>[number]) {
    const p = r.params as Record<string, unknown>;
    const inputs = [p.input_shape, p.h0_shape, p.c0_shape].filter((s) => Array.isArray(s)).map((s) => BIG(s as number[]));
    const outs = r.output_shapes as Record<string, number[]>;
    return {
      name: 'rnn',
      module: title,
      args: Object.fromEntries(Object.entries(p).filter(([k]) => !INPUTS.has(k))),
      training: p.training as boolean,
      input_shapes: inputs,
      output_shapes: ['output', 'h_n', 'c_n'].filter((k) => k in outs).map((k) => BIG(outs[k])),
    };
  }
  for (const id of ['rnn', 'gru', 'lstm']) {
    const def = (registry as Record<string, AnyModule>)[id];
    if (!def) continue;
    const records = goldenRecords(id).filter((r) => !r.torch_error && r.category !== 'huge');
    const withStates = records.filter((r) => (r.params as { h0_shape: unknown }).h0_shape !== null).slice(0, 6);
    const without = records.filter((r) => (r.params as { h0_shape: unknown }).h0_shape === null).slice(0, 6);
    const unbatched = records.filter((r) => (r.params as { input_shape: unknown[] }).input_shape.length === 2).slice(0, 4);
    it(`${id}: golden calls with and without initial states, batched and unbatched, give the direct estimate and PyTorch's output shapes`, () => {
      expect(withStates.length).toBeGreaterThan(0);
      expect(without.length).toBeGreaterThan(0);
      expect(unbatched.length).toBeGreaterThan(0);
      for (const r of [...withStates, ...without, ...unbatched]) {
        const call = callFromRecord(def.title, r);
        const mapped = callParams(def, call);
        expect(mapped.ok, JSON.stringify(r.params)).toBe(true);
        if (!mapped.ok) continue;
        const p = r.params as Record<string, unknown>;
        expect(mapped.raw.h0_shape ?? null).toEqual(p.h0_shape === null ? null : BIG(p.h0_shape as number[]));
        if (id === 'lstm') expect(mapped.raw.c0_shape ?? null).toEqual(p.c0_shape === null ? null : BIG(p.c0_shape as number[]));
        expect(mapped.raw.training).toBe(p.training);
        const result = profileCall(call, 0, modules);
        expect(result.error, JSON.stringify(r.params)).toBeUndefined();
        expect({ documented: result.documented, exact: result.exact, dense: result.dense }).toEqual(direct(def, p));
      }
    });
    it(`${id}: a recorded h_0 of the wrong size is refused in PyTorch's words`, () => {
      const r = withStates[0];
      const call = callFromRecord(def.title, r);
      const bad = { ...call, input_shapes: call.input_shapes.map((s, i) => (i === 1 ? [s[0] + 1n, ...s.slice(1)] : s)) };
      const result = profileCall(bad, 0, modules);
      expect(result.error?.message).toMatch(/Expected hidden(\[0\])? size/);
    });
    it(`${id}: output shapes that do not match the arguments are reported`, () => {
      const r = without[0];
      const call = callFromRecord(def.title, r);
      const bad = { ...call, output_shapes: call.output_shapes.map((s, i) => (i === 1 ? [s[0] + 1n, ...s.slice(1)] : s)) };
      expect(profileCall(bad, 0, modules).error?.rule).toBe('output_shape');
    });
  }
});
