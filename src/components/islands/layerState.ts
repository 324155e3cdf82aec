// ConvTranspose1d's own islands (figure, probe) bound to the page's one store (store.ts), typed
// with ConvTranspose1d's results. Types only: like the generic islands they are rendered from
// the server's view and initial layer (props, see islandProps), so the module's formulas load
// with the store when the layer changes, not because one of these islands came into view.
import type * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { useLayer as useStore, type Layer as AnyLayer, type ModuleView } from './store.ts';

/** The shared layer, with ConvTranspose1d's result types. */
export type Layer = Omit<AnyLayer, 'outcome' | 'olderOutcome'> & {
  outcome: ct1d.Outcome & ({ ok: false } | { output_shapes: bigint[][] });
  olderOutcome: { version: number; result: ct1d.Outcome } | null;
};

/** What the server renders these islands from (islandProps in src/components/module/pageModule.ts). */
export interface LayerProps {
  view: ModuleView;
  initial: AnyLayer;
}

/** The shared state as an island should render it (see store.ts's useLayer). */
export function useLayer({ view, initial }: LayerProps): Layer {
  return useStore(view, initial).layer as Layer;
}
