import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { whatToCite, type CITE_WORDS } from '../../lib/whatToCite.ts';
import { permalink, useLayer } from './layerState.ts';
import { Quantity } from './Quantity.tsx';

/**
 * "What to cite", for the calculator's layer: the recommended exact figures, the documented one
 * and the counters' convention, each with its unit, when to use it, and a sentence for a paper
 * that carries the versioned link (src/lib/whatToCite.ts writes the words).
 */
export default function CiteSummary({ words }: { words: typeof CITE_WORDS }) {
  const layer = useLayer();
  const r = layer.outcome;
  if (!r.ok) {
    return (
      <div class="cite-summary not-content" data-cite-summary="invalid">
        <p>The calculator’s arguments are not a valid layer, so there is nothing to cite: {r.error.message}</p>
      </div>
    );
  }
  const figures = whatToCite({
    layer: ct1d.describeLayer(r.params),
    link: permalink(layer),
    version: layer.version,
    exact: r.exact,
    documented: r.documented?.total_ops ?? null,
    dense: r.dense,
  });
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
            <p class="cite-values cite-none">No value for this layer: {r.documented_unavailable?.message}</p>
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
