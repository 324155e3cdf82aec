import { whatToCite, type CITE_WORDS } from '../../lib/whatToCite.ts';
import { permalink, useLayer, type Layer, type ModuleView } from './store.ts';
import { Quantity } from './Quantity.tsx';

/**
 * "What to cite", for the calculator's layer: the recommended exact figures, the documented one
 * and the counters' convention, each with its unit, when to use it, and a sentence for a paper
 * that carries the versioned link (src/lib/whatToCite.ts writes the words).
 */
export default function CiteSummary({ words, view, initial }: { words: typeof CITE_WORDS; view: ModuleView; initial: Layer }) {
  const { layer } = useLayer(view, initial);
  const r = layer.outcome;
  if (!r.ok) {
    return (
      <div class="cite-summary not-content" data-cite-summary="invalid">
        <p>The calculator’s arguments are not a valid layer, so there is nothing to cite: {r.error.message}</p>
      </div>
    );
  }
  const counts = (m: string) => r[m] as Record<string, bigint> | null;
  const figures = whatToCite({
    layer: layer.described?.layer ?? view.title,
    link: permalink(view, layer),
    version: layer.version,
    exact: counts('exact') as { macs?: bigint; total_ops: bigint },
    documented: counts('documented')?.total_ops ?? null,
    dense: (counts('dense') ?? null) as { macs?: bigint; total_ops: bigint } | null,
  });
  const unavailable = (r.documented_unavailable as { message: string } | null | undefined)?.message ?? `moduleprofiler documents no method for ${view.title}.`;
  return (
    <div class="cite-summary not-content" data-cite-summary="ok">
      <div class="cite-grid">
      {figures.map((f) => ({ ...f, ...words[f.id] })).map((f) => (
        <section class={`cite-figure cite-${f.id}`} key={f.id} data-cite-figure={f.id} aria-labelledby={`cite-${f.id}-title`}>
          <div class="cite-figure-head">
            <p id={`cite-${f.id}-title`} class="cite-figure-title">{f.title}</p>
            {f.sentence && (
              // The page's one copy script (CopyFrom.astro) handles the click: no copy code in this island.
              <span class={layer.live ? 'copy' : 'copy calc-until-live'}>
                <button type="button" class="copy-button" data-copy-from={`cite-${f.id}-sentence`} aria-label={`Copy sentence: ${f.title}`}>
                  Copy sentence
                </button>
                <span class="copy-status" role="status" aria-live="polite"></span>
              </span>
            )}
          </div>
          {f.values.length > 0 ? (
            <p class="cite-values">
              {f.values.map((v, i) => (
                <span class="cite-value" key={v.quantity}>
                  {i > 0 && <span class="cite-or"> or </span>}
                  <Quantity name={v.quantity} value={v.value} wrap /> <span class="cite-unit">{v.unit}</span>
                </span>
              ))}
            </p>
          ) : (
            <p class="cite-values cite-none">No value for this layer: {unavailable}</p>
          )}
          <p class="cite-when">{f.useWhen}</p>
          {f.sentence && (
            <p class="cite-sentence" id={`cite-${f.id}-sentence`} data-cite-sentence={f.id}>
              {f.sentence}
            </p>
          )}
        </section>
      ))}
      </div>
    </div>
  );
}
