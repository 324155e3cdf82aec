// The two definitions as the generic machinery (URL, CLI, calculator) sees them.
import { describe, expect, test } from 'vitest';
import { estimateRaw, queryOf, tensorShape } from '../core/define.ts';
import type { ModuleDefinition } from '../core/module.ts';
import { toStrings, type ParamValues } from '../core/params.ts';
import { presetsOf } from '../registry.ts';
import { definition as def2d } from '../convtranspose2d/index.ts';
import { definition as def3d } from '../convtranspose3d/index.ts';
import type { TransposedParams } from './params.ts';

const defs = [def2d, def3d] as unknown as ModuleDefinition<TransposedParams>[];
const initialText = (def: ModuleDefinition<TransposedParams>) => toStrings(def.params, Object.fromEntries(def.params.map((p) => [p.name, 'initial' in p ? p.initial : null])) as ParamValues);

describe('identity', () => {
  test('ids, names, family and sources', () => {
    expect([def2d.id, def2d.torchName, def2d.title, def2d.family]).toEqual(['convtranspose2d', 'torch.nn.ConvTranspose2d', 'ConvTranspose2d', 'Convolution']);
    expect([def3d.id, def3d.torchName, def3d.title, def3d.family]).toEqual(['convtranspose3d', 'torch.nn.ConvTranspose3d', 'ConvTranspose3d', 'Convolution']);
    expect(def2d.documentedSource).toEqual({ url: 'https://eagomez2.github.io/moduleprofiler/modules/convtranspose2d/' });
    expect(def3d.documentedSource).toBeNull();
    expect(def2d.versions.map((v) => [v.version, v.date])).toEqual([[1, '2026-12-01']]);
    expect(def2d.outputs).toEqual(['output']);
    expect(def3d.sizes).toEqual([
      { key: 'depth_out', label: 'Output depth D_{out}', unit: 'positions' },
      { key: 'height_out', label: 'Output height H_{out}', unit: 'positions' },
      { key: 'width_out', label: 'Output width W_{out}', unit: 'positions' },
    ]);
  });

  test('parameters in the golden data’s key order', () => {
    const tail = ['kernel_size', 'stride', 'padding', 'output_padding', 'dilation', 'groups', 'bias', 'padding_mode'];
    expect(def2d.params.map((p) => p.name)).toEqual(['batch', 'in_channels', 'out_channels', 'height_in', 'width_in', ...tail]);
    expect(def3d.params.map((p) => p.name)).toEqual(['batch', 'in_channels', 'out_channels', 'depth_in', 'height_in', 'width_in', ...tail]);
  });

  test('the input tensor (N, C_in, D?, H, W) with an optional batch', () => {
    expect(def3d.inputs[0].dims.map((d) => d.symbol)).toEqual(['N', 'C_{in}', 'D_{in}', 'H_{in}', 'W_{in}']);
    expect(def2d.inputs[0].batchOptional).toBe(true);
    const r = estimateRaw(def2d, initialText(def2d), 'error');
    expect(r.ok && tensorShape(def2d.inputs[0], r.params)).toEqual([1n, 3n, 3n]);
  });
});

describe.each(defs)('$id', (def) => {
  test('the initial values are the worked example, the first preset', () => {
    const initial = estimateRaw(def, initialText(def), 'error');
    const preset = estimateRaw(def, presetsOf[def.id as keyof typeof presetsOf]![0].values, 'initial');
    expect(initial.ok && preset.ok).toBe(true);
    if (initial.ok && preset.ok) expect(preset.params).toEqual(initial.params);
  });

  test('every preset is a valid layer, the last beyond 2^53', () => {
    for (const preset of presetsOf[def.id as keyof typeof presetsOf]!) {
      const r = estimateRaw(def, { ...initialText(def), ...preset.values }, 'error');
      expect(r.ok, preset.label).toBe(true);
    }
    const last = estimateRaw(def, { ...initialText(def), ...presetsOf[def.id as keyof typeof presetsOf]![presetsOf[def.id as keyof typeof presetsOf]!.length - 1].values }, 'error');
    expect(last.ok && (last.exact as { macs: bigint }).macs > 2n ** 53n).toBe(true);
  });

  test('every declared quantity and headline number is a bigint field of the result', () => {
    const r = estimateRaw(def, initialText(def), 'error');
    if (!r.ok) throw new Error(r.error.message);
    for (const m of def.methods) {
      const counts = r[m.id] as Record<string, unknown>;
      for (const q of m.quantities) expect(typeof counts[q.key], `${m.id}.${q.key}`).toBe('bigint');
    }
    for (const h of def.headline) expect(typeof (r[h.method] as Record<string, unknown>)[h.key], `${h.method}.${h.key}`).toBe('bigint');
  });

  test('versions recompute with the same estimate', () => {
    const r = estimateRaw(def, initialText(def), 'error');
    if (!r.ok) throw new Error(r.error.message);
    expect(def.versions[0].estimate(r.params)).toEqual(def.estimate(r.params));
  });
});

describe('methods and headline', () => {
  test('ConvTranspose2d cites the documented total; ConvTranspose3d has no documented method', () => {
    expect(def2d.methods.map((m) => m.id)).toEqual(['exact', 'documented', 'dense']);
    expect(def3d.methods.map((m) => m.id)).toEqual(['exact', 'dense']);
    expect(def2d.headline).toEqual([
      { method: 'exact', key: 'macs' },
      { method: 'exact', key: 'total_ops' },
      { method: 'documented', key: 'total_ops' },
      { method: 'dense', key: 'macs' },
    ]);
    expect(def3d.headline).toEqual([
      { method: 'exact', key: 'macs' },
      { method: 'exact', key: 'total_ops' },
      { method: 'dense', key: 'macs' },
    ]);
  });
});

describe('torch expression and query', () => {
  test('required arguments positional, the rest by keyword (dilation never lands on groups’ position)', () => {
    const r = estimateRaw(def2d, { in_channels: '4', out_channels: '8', height_in: '5', width_in: '5', kernel_size: '(3,5)', stride: '2', dilation: '2', groups: '2', bias: 'false' }, 'error');
    if (!r.ok) throw new Error(r.error.message);
    expect(def2d.torchExpression(r.params)).toBe('nn.ConvTranspose2d(4, 8, (3, 5), stride=2, dilation=2, groups=2, bias=False)');
    expect(queryOf(def2d, r.params)).toBe('in_channels=4&out_channels=8&height_in=5&width_in=5&kernel_size=(3,5)&stride=2&dilation=2&groups=2&bias=false');
    const w = estimateRaw(def3d, initialText(def3d), 'error');
    expect(w.ok && def3d.torchExpression(w.params)).toBe('nn.ConvTranspose3d(1, 1, 3, stride=2, padding=1, output_padding=1)');
  });

  test('a string padding and another padding_mode parse, and PyTorch’s words reject them', () => {
    const same = estimateRaw(def2d, { ...initialText(def2d), padding: 'same' }, 'error');
    expect(!same.ok && same.error.torch?.message).toBe("conv_transpose2d(): argument 'padding' (position 5) must be tuple of ints, not tuple");
    const mode = estimateRaw(def3d, { ...initialText(def3d), padding_mode: 'replicate' }, 'error');
    expect(!mode.ok && mode.error.torch?.message).toBe('Only "zeros" padding mode is supported for ConvTranspose3d');
  });

  test('an empty batch field is an unbatched input; batch 0 is a valid empty batch', () => {
    const unbatched = estimateRaw(def2d, { ...initialText(def2d), batch: '' }, 'error');
    expect(unbatched.ok && unbatched.output_shapes).toEqual([[1n, 6n, 6n]]);
    const empty = estimateRaw(def2d, { ...initialText(def2d), batch: '0' }, 'error');
    expect(empty.ok && empty.output_shapes).toEqual([[0n, 1n, 6n, 6n]]);
    expect(empty.ok && (empty.exact as { total_ops: bigint }).total_ops).toBe(0n);
  });

  test('rankError is on the definition', () => {
    const r = estimateRaw(def3d, initialText(def3d), 'error');
    if (!r.ok) throw new Error(r.error.message);
    expect(def3d.rankError(r.params, [2n, 2n, 2n])?.torch?.message).toBe('Expected 4D (unbatched) or 5D (batched) input to conv_transpose3d, but got input of size: [2, 2, 2]');
    expect(def3d.rankError(r.params, [1n, 2n, 2n, 2n])).toBeNull();
  });
});
