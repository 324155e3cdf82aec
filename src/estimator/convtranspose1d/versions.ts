// Every version of this module's counting rules. A permalink names the version that
// produced its numbers (?v=N); opening it recomputes with that version's estimate, so a
// number quoted from an old link stays reproducible. When a formula or convention
// changes: freeze the old estimate (copy it into a folder such as v1/ and point the old
// entry at it), add a new entry with its date, say what changed in changelog.ts, and bump nothing else.
import { estimate, type Estimate } from './estimate.ts';
import type { ConvTranspose1dParams } from './params.ts';

export interface RulesVersion {
  version: number;
  /** ISO date the version was published. */
  date: string;
  estimate(p: ConvTranspose1dParams): Estimate;
}

export const versions: readonly RulesVersion[] = [
  {
    version: 1,
    date: '2026-11-24',
    estimate,
  },
  {
    version: 2,
    date: '2026-12-01',
    estimate,
  },
];

export const CURRENT_VERSION = versions[versions.length - 1].version;

export function rulesOf(version: number): RulesVersion | undefined {
  return versions.find((v) => v.version === version);
}
