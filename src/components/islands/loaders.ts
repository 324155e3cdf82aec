// Where each module's estimator and its other counters' formulas are fetched from. A file of its
// own, imported only when a page has something to compute: the table names every module's files
// and what each needs preloaded (about 3 KB compressed for 42 modules, growing with each one), so
// in the shared islands' file a reader who only reads would download it for nothing.
import type { AnyModule } from '../../estimator/core/define.ts';
import type { PeerCount } from '../../estimator/core/module.ts';

/** Other counters' formulas for a module, as its peers.ts exports them. */
export type PeersFn = (p: never) => Record<string, PeerCount>;

// Each module folder is its own file in the browser, fetched by the page that needs it.
const definitions = import.meta.glob<{ definition: AnyModule }>('../../estimator/*/index.ts');
// The tools' formulas: fetched only by a page that shows them (a counters page), never by a module page.
const peerFormulas = import.meta.glob<{ peers: PeersFn }>('../../estimator/*/peers.ts');

/** The definition of the module `id` (src/estimator/<id>/index.ts), or null if there is none. */
export const loadDefinition = (id: string): Promise<AnyModule> | null =>
  definitions[`../../estimator/${id}/index.ts`]?.().then((m) => m.definition) ?? null;

/** The other counters' formulas of the module `id` (src/estimator/<id>/peers.ts), or null if it has none. */
export const loadPeerFormulas = (id: string): Promise<PeersFn> | null =>
  peerFormulas[`../../estimator/${id}/peers.ts`]?.().then((m) => m.peers) ?? null;
