// ConvTranspose1d's islands that only its pages have (figure, probe, counters panel, converter)
// bound to the page's one store (store.ts), typed with ConvTranspose1d's own results. They
// import the module statically: it is theirs alone, and its page loads it anyway.
import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import {
  currentQuery as queryOf,
  initialLayerOf,
  loadFromQuery as load,
  permalink as linkOf,
  setField as set,
  storeFor,
  useLayer as useStore,
  viewOf,
  type Layer as AnyLayer,
} from './store.ts';

/** The shared layer, with ConvTranspose1d's result types. */
export type Layer = Omit<AnyLayer, 'outcome' | 'olderOutcome'> & {
  outcome: ct1d.Outcome & ({ ok: false } | { output_shapes: bigint[][] });
  olderOutcome: { version: number; result: ct1d.Outcome } | null;
};

export const view = viewOf(ct1d.definition);
/** What the server rendered: the initial layer (islands match it while hydrating). */
export const initialLayer = initialLayerOf(ct1d.definition) as Layer;
const store = storeFor(view, initialLayer as AnyLayer, ct1d.definition);
export const layer = store.layer as unknown as { get(): Layer; listen(f: (l: Layer) => void): () => void };

/** The module page's path (its counters page links back to it with the same query). */
export const MODULE_PATH = view.path;

export const setField = (name: string, value: string) => set(store, name, value);
export const loadFromQuery = (search: string) => load(store, search);
export const currentQuery = (s: Layer = layer.get()) => queryOf(view, s as AnyLayer);
export const permalink = (s: Layer = layer.get()) => linkOf(view, s as AnyLayer);

/** The shared state as an island should render it (see store.ts's useLayer). */
export function useLayer(): Layer {
  return useStore(view, initialLayer as AnyLayer, ct1d.definition).layer as Layer;
}
