import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTraceText } from '../../estimator/model/trace.ts';
import { profileTrace } from '../../estimator/model/profile.ts';
import { registry } from '../../estimator/registry.ts';
import { blockOf, byBlock, byModule, percentText, permilleOf, rulesVersions } from './breakdown.ts';

const profileOf = (file: string) => {
  const t = parseTraceText(readFileSync(file, 'utf8'));
  if (!t.ok) throw new Error(t.error.message);
  return profileTrace(t.trace, registry);
};

describe('breakdowns', () => {
  it('shares are tenths of a percent, rounded half up', () => {
    expect(permilleOf(1n, 3n)).toBe(333n);
    expect(permilleOf(2n, 3n)).toBe(667n);
    expect(permilleOf(5n, 5n)).toBe(1000n);
    expect(permilleOf(0n, 0n)).toBe(0n);
    expect(percentText(667n)).toBe('66.7 %');
    expect(percentText(5n)).toBe('0.5 %');
  });

  it('a block is the first segment of the name', () => {
    expect(blockOf('features.0')).toBe('features');
    expect(blockOf('flatten')).toBe('flatten');
    expect(blockOf('')).toBe('(model)');
  });

  for (const file of ['tests/fixtures/traces/smallcnn.json', 'tests/fixtures/traces/dcgan.json', 'tests/fixtures/traces/coverage.json']) {
    it(`groups of ${file} add up to the profile's totals and calls`, () => {
      const p = profileOf(file);
      for (const groups of [byModule(p), byBlock(p)]) {
        expect(groups.reduce((s, g) => s + g.calls, 0)).toBe(p.coverage.calls);
        expect(groups.reduce((s, g) => s + g.counted, 0)).toBe(p.coverage.counted);
        expect(groups.reduce((s, g) => s + g.exactOps, 0n)).toBe(p.totals.exact.total_ops ?? 0n);
        expect(groups.reduce((s, g) => s + g.macs, 0n)).toBe(p.totals.exact.macs ?? 0n);
        expect(groups.reduce((s, g) => s + g.documentedOps, 0n)).toBe(p.totals.documented.total_ops ?? 0n);
        expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
      }
      const m = byModule(p);
      for (let i = 1; i < m.length; i++) expect(m[i - 1].exactOps >= m[i].exactOps).toBe(true);
    });
  }

  it('rules versions come from the counted calls, one per module', () => {
    const p = profileOf('tests/fixtures/traces/smallcnn.json');
    const v = rulesVersions(p);
    expect(v.map((x) => x.module)).toContain('Conv2d');
    expect(new Set(v.map((x) => x.id)).size).toBe(v.length);
    for (const x of v) expect(x.version).toMatch(/^\d+$/);
  });
});
