// Everything in the peers panel that depends on the layer, as plain data: the server renders
// the panel from it (for the initial layer) and the PeersLive island writes it into that same
// markup as the calculator changes. Imports only counting.ts, not the registry's prose, so
// the island stays small.
import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import {
  counters,
  exactInUnit,
  flagApplies,
  flagRules,
  type ExactInUnit,
  type FlagId,
} from '../../estimator/convtranspose1d/peers/counting.ts';
import { ratioText } from '../../estimator/convtranspose1d/peers/compare.ts';
import { inputLengthMacs, outputElements, outputLengthMacs, viewExcess, viewsGap } from '../../estimator/convtranspose1d/peers/views.ts';
import { grouped } from '../../lib/format.ts';

export interface PeerCells {
  id: string;
  count: bigint | null;
  /** The ratio of the tool's count to the exact count in its unit, or — when either is missing. */
  ratio: string;
  exact: ExactInUnit | null;
  /** A known bug changes this layer's number. */
  bug: boolean;
}

export type PeersView =
  | {
      ok: true;
      /** The layer as a PyTorch constructor call with the input shape. */
      layer: string;
      unbatched: boolean;
      stride: string;
      /** The caption's batch note, empty for N = 1. */
      batchNote: string;
      /** The exact table, by data-exact name. */
      exact: Record<ExactName, bigint>;
      rows: PeerCells[];
      /** The known issues that change this layer's numbers. */
      affected: Set<FlagId>;
    }
  | { ok: false; message: string };

export const EXACT_NAMES = [
  'multiplications',
  'additions',
  'total',
  'input-length',
  'output-length',
  'cropped',
  'zero-products',
  'views-gap',
  'output-elements',
] as const;
export type ExactName = (typeof EXACT_NAMES)[number];

/** The panel's numbers for one estimator outcome. */
export function peersView(outcome: ct1d.Estimate): PeersView {
  if (!outcome.ok) return { ok: false, message: outcome.error.message };
  const p = outcome.params;
  const e = outcome.exact;
  const N = p.batch ?? 1n;
  const affected = new Set((Object.keys(flagRules) as FlagId[]).filter((id) => flagApplies(flagRules[id], p)));
  const excess = viewExcess(outcome);
  const rows = counters.map((c) => {
    const count = c.count(p);
    const exact = exactInUnit(c, outcome);
    return {
      id: c.id,
      count,
      ratio: count !== null && exact ? ratioText(count, exact.value) : '—',
      exact,
      bug: c.flags.some((f) => flagRules[f].kind === 'bug' && affected.has(f)),
    };
  });
  return {
    ok: true,
    layer: ct1d.describeLayer(p),
    unbatched: p.batch === null,
    stride: grouped(p.stride),
    batchNote: N > 1n ? ` (batch of ${grouped(N)})` : '',
    exact: {
      multiplications: e.multiplications,
      additions: e.additions,
      total: e.total_ops,
      'input-length': inputLengthMacs(p),
      'output-length': outputLengthMacs(p),
      cropped: excess.cropped,
      'zero-products': excess.zeroProducts,
      'views-gap': viewsGap(p),
      'output-elements': outputElements(p),
    },
    rows,
    affected,
  };
}

/** The kind label in front of a footnote. */
export function noteKind(kind: 'bug' | 'note', affects: boolean): string {
  return kind === 'bug' ? (affects ? '⚠ Bug, affects this layer: ' : 'Bug: ') : 'Note: ';
}
