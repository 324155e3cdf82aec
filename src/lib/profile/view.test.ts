import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTraceText } from '../../estimator/model/trace.ts';
import { profileTrace } from '../../estimator/model/profile.ts';
import { registry } from '../../estimator/registry.ts';
import { byBlock, byModule, rulesVersions } from './breakdown.ts';
import { pageCount, PAGE_ROWS, rowsOf, summaryOf } from './view.ts';

const profileOf = (file: string) => {
  const t = parseTraceText(readFileSync(file, 'utf8'));
  if (!t.ok) throw new Error(t.error.message);
  return profileTrace(t.trace, registry);
};

describe('what the profile page is sent', () => {
  it('pages of rows cover every call once, in order, and a page out of range is the nearest one', () => {
    const p = profileOf('src/data/traces/resnet18.json');
    expect(p.calls.length).toBeGreaterThan(PAGE_ROWS);
    const pages = pageCount(p.calls.length);
    expect(pages).toBe(Math.ceil(p.calls.length / PAGE_ROWS));
    const all = Array.from({ length: pages }, (_, k) => rowsOf(p, k)).flatMap((r) => r.rows);
    expect(all.map((c) => c.index)).toEqual(p.calls.map((c) => c.index));
    expect(rowsOf(p, pages)).toEqual(rowsOf(p, pages - 1));
    expect(rowsOf(p, -3).page).toBe(0);
    expect(pageCount(0)).toBe(1);
  });

  it('the summary carries the totals, coverage, breakdowns and versions of the whole profile', () => {
    const p = profileOf('tests/fixtures/traces/coverage.json');
    const s = summaryOf(p);
    expect(s.calls).toBe(p.calls.length);
    expect(s.totals).toEqual(p.totals);
    expect(s.coverage).toEqual(p.coverage);
    expect(s.groups).toEqual({ modules: byModule(p), blocks: byBlock(p) });
    expect(s.versions).toEqual(rulesVersions(p));
    // Nothing of the calls themselves: that is what the rows are for.
    expect(JSON.stringify(s, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).not.toContain('output_shapes');
  });
});
