// Every version of this module's counting rules. A permalink names the version that
// produced its numbers (?v=N); opening it recomputes with that version's estimate, so a
// number quoted from an old link stays reproducible. When a formula or convention
// changes: freeze the old estimate (copy it into a folder such as v1/ and point the old
// entry at it), add a new entry with the date and what changed, and bump nothing else.
import { estimate, type Estimate } from './estimate.ts';
import type { ConvTranspose1dParams } from './params.ts';

export interface RulesVersion {
  version: number;
  /** ISO date the version was published. */
  date: string;
  /** What changed relative to the previous version (for the changelog page and old links). */
  changes: string[];
  estimate(p: ConvTranspose1dParams): Estimate;
}

export const versions: readonly RulesVersion[] = [
  {
    version: 1,
    date: '2026-11-24',
    changes: [
      'First published rules. Output length by PyTorch’s formula. Documented method as in moduleprofiler 0.0.4: ψ = C_in·C_out/groups, λ = L_out·K + A with A the ones-probe sum built without output_padding, γ = C_out·L_out·(C_in/groups − 1 + b), total N·(ψλ + γ), unbatched input counted as N = 1; undefined where the probe’s length is below 1.',
      'Exact count of a direct scatter: multiplications N·C_out·(C_in/groups)·M, additions N·C_out·((C_in/groups)·M − P + b·P), with M the products landing inside the output and P the positions receiving at least one.',
      'Input validation follows PyTorch 1.13’s rules and messages.',
    ],
    estimate,
  },
  {
    version: 2,
    date: '2026-12-01',
    changes: [
      'No count changed: every number of version 1 is reproduced unchanged, so a version-1 link shows the same results.',
      'Added the exact count as multiply–accumulates (exact.macs, equal to the exact multiplications) and the dense convention most counters report (dense: N·L_in·C_in·(C_out/groups)·K MACs, FLOPs = 2·MACs, bias not counted), with the page’s “What to cite” summary built on them.',
      'Command line: each entry of "peers" is now an object {"count", "unit", "batch", "note"?} instead of a bare number, so that every count says whether it is in FLOPs or MACs, and a tool’s own known issue that changes the number is named beside it.',
    ],
    estimate,
  },
];

export const CURRENT_VERSION = versions[versions.length - 1].version;

export function rulesOf(version: number): RulesVersion | undefined {
  return versions.find((v) => v.version === version);
}
