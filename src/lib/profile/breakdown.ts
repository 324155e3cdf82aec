// The profile page's breakdowns: the counted calls grouped by module type and by top-level block
// (the first segment of the qualified name), each group's totals and its share of the model's
// exact operations. Integers stay bigint; a share is a ratio, shown with one decimal.
import type { CallResult, Profile } from '../../estimator/model/profile.ts';

export interface Group {
  /** The module class, or the block's name. */
  key: string;
  /** Calls in the group, and how many were counted. */
  calls: number;
  counted: number;
  exactOps: bigint;
  macs: bigint;
  documentedOps: bigint;
  /** Share of the model's exact operations, in tenths of a percent (0–1000), rounded half up. */
  permille: bigint;
}

/** The block a call belongs to: the first segment of its qualified name ("features.0" → "features"); "(model)" for the root. */
export const blockOf = (name: string) => name.split('.')[0] || '(model)';

/** Tenths of a percent of total, rounded half up; 0 when total is 0. */
export function permilleOf(part: bigint, total: bigint): bigint {
  return total > 0n ? (part * 2000n + total) / (2n * total) : 0n;
}

/** "12.3 %" from tenths of a percent. */
export const percentText = (permille: bigint) => `${permille / 10n}.${permille % 10n} %`;

const value = (c: CallResult, method: 'exact' | 'documented', key: string) => (!c.error && c[method]?.[key] !== undefined ? c[method]![key] : 0n);

/** Calls grouped by a key, in order of first appearance, with their totals and shares. */
export function groupCalls(p: Profile, keyOf: (c: CallResult) => string): Group[] {
  const total = p.totals.exact.total_ops ?? 0n;
  const groups = new Map<string, Group>();
  for (const c of p.calls) {
    const key = keyOf(c);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, calls: 0, counted: 0, exactOps: 0n, macs: 0n, documentedOps: 0n, permille: 0n }));
    g.calls += 1;
    if (c.covered && !c.error) g.counted += 1;
    g.exactOps += value(c, 'exact', 'total_ops');
    g.macs += value(c, 'exact', 'macs');
    g.documentedOps += value(c, 'documented', 'total_ops');
  }
  const out = [...groups.values()];
  for (const g of out) g.permille = permilleOf(g.exactOps, total);
  return out;
}

/** By module class, the largest share of operations first. */
export const byModule = (p: Profile) => groupCalls(p, (c) => c.module || '(unreadable)').sort((a, b) => (a.exactOps === b.exactOps ? 0 : a.exactOps > b.exactOps ? -1 : 1));

/** By top-level block, in the model's order. */
export const byBlock = (p: Profile) => groupCalls(p, (c) => blockOf(c.name));

/** The rules version of each module a profile counted, from its calls' canonical queries (v=N first): "Conv2d v2". */
export function rulesVersions(p: Profile): { module: string; id: string; version: string }[] {
  const seen = new Map<string, { module: string; id: string; version: string }>();
  for (const c of p.calls) {
    if (!c.id || !c.query || seen.has(c.id)) continue;
    const m = /^v=(\d+)/.exec(c.query);
    if (m) seen.set(c.id, { module: c.module, id: c.id, version: m[1] });
  }
  return [...seen.values()];
}
