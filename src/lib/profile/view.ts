// What the profile page shows of a profile at once: its summary (totals, coverage, breakdowns,
// the modules' rules versions) and one page of calls. The whole profile stays in the page's
// worker, which sends these: for 10^5 calls, copying every result to the page would hold its
// main thread for about a second; a page of rows is a few hundred microseconds.
import type { CallResult, Profile } from '../../estimator/model/profile.ts';
import { byBlock, byModule, rulesVersions, type Group } from './breakdown.ts';

/** Rows shown per page of the call table. */
export const PAGE_ROWS = 50;

export interface ProfileSummary {
  model: string;
  torch_version: string | null;
  totals: Profile['totals'];
  coverage: Profile['coverage'];
  /** How many calls the trace has. */
  calls: number;
  groups: { modules: Group[]; blocks: Group[] };
  /** The rules version of each module counted, in order of first call. */
  versions: { module: string; id: string; version: string }[];
}

/** A profile's summary: everything the page shows but the rows. */
export function summaryOf(p: Profile): ProfileSummary {
  return {
    model: p.model,
    torch_version: p.torch_version,
    totals: p.totals,
    coverage: p.coverage,
    calls: p.calls.length,
    groups: { modules: byModule(p), blocks: byBlock(p) },
    versions: rulesVersions(p),
  };
}

/** How many pages of rows a profile of `calls` calls has (one, for none). */
export const pageCount = (calls: number) => Math.max(1, Math.ceil(calls / PAGE_ROWS));

/** The calls of page `page` (from 0), clamped to the pages there are. */
export function rowsOf(p: Profile, page: number): { page: number; rows: CallResult[] } {
  const at = Math.min(Math.max(0, Math.floor(page)), pageCount(p.calls.length) - 1);
  return { page: at, rows: p.calls.slice(at * PAGE_ROWS, (at + 1) * PAGE_ROWS) };
}
