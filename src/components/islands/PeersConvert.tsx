// Converts a number a paper reports, counted with one tool, into what the other tools (and the
// exact count) would give for the layer in the page's address: the number times target ÷
// source, in exact rational arithmetic. Its own island, in a disclosure after the counters
// table (whose summary is its title): the labels come from the server as props, the counts
// from the module's peers (src/estimator/<id>/peers.ts) through the shared state.
import { useEffect, useState } from 'preact/hooks';
import { parseCount, scale } from '../../lib/convert.ts';
import { grouped } from '../../lib/format.ts';
import { loadPeers, useLayer, type Layer, type ModuleView } from './store.ts';

/** A convention a number can be converted to or from, in words (from the server). */
export interface Convention {
  id: string;
  label: string;
  unit: string;
}

interface Counted extends Convention {
  count: bigint | null;
}

/** Each convention's count for this layer: the exact counts ('exact-macs', 'exact-total'), then every tool's. */
function counted(conventions: Convention[], layer: Layer): Counted[] {
  const exact = layer.outcome.ok ? (layer.outcome.exact as { multiplications?: bigint; total_ops: bigint }) : null;
  return conventions.map((c) => {
    if (c.id === 'exact-macs') return { ...c, count: exact?.multiplications ?? null };
    if (c.id === 'exact-total') return { ...c, count: exact?.total_ops ?? null };
    return { ...c, count: layer.peers?.[c.id]?.count ?? null };
  });
}

const DEFAULT_SOURCE = 'thop';

export default function PeersConvert({ view, initial, conventions }: { view: ModuleView; initial: Layer; conventions: Convention[] }) {
  const { layer, store } = useLayer(view, initial);
  useEffect(() => loadPeers(store), []);
  // No layer, nothing to convert: the table above says why.
  if (!layer.outcome.ok) return <p class="peers-convert-wait">The calculator’s arguments are not a valid layer, so there is nothing to convert.</p>;
  return <Converter conventions={conventions} layer={layer} />;
}

function Converter({ conventions, layer }: { conventions: Convention[]; layer: Layer }) {
  const [text, setText] = useState('');
  const [source, setSource] = useState(DEFAULT_SOURCE);
  // Live once the estimator and the tools' formulas have loaded.
  const live = layer.live && layer.peers !== null;
  const all = counted(conventions, layer);
  const from = all.find((c) => c.id === source) ?? all.find((c) => c.id === DEFAULT_SOURCE)!;
  const parsed = text.trim() === '' ? null : parseCount(text);

  let problem: string | null = null;
  if (parsed && !parsed.ok) problem = parsed.message;
  else if (parsed && from.count === null) problem = `${from.label} gives no number for this layer, so nothing can be converted from it.`;
  else if (parsed && from.count === 0n && parsed.value !== 0n) {
    problem = `${from.label} reports 0 for this layer, so a number of ${grouped(parsed.value)} cannot have come from it for layers like this one; check the tool or the layer.`;
  } else if (parsed && from.count !== null && from.count < 0n) {
    problem = `${from.label} reports a negative count (${grouped(from.count)}) for this layer because of a bug, so a conversion from it means nothing.`;
  }
  const value = parsed && parsed.ok && problem === null ? parsed.value : null;

  return (
    <div class="peers-convert" data-convert>
      <p class="peers-convert-assumes">
        Give a count a paper reports and the tool it was measured with. Each line below is that number times (target’s count ÷ source’s count) for the
        calculator’s layer: this assumes the number counts layers configured exactly like that one (any number of them), in the same batch convention as
        the tool.
      </p>
      {!live && <p class="peers-convert-wait">The converter runs in your browser once the page’s script has loaded.</p>}
      <form class="peers-convert-form" onSubmit={(e) => e.preventDefault()} aria-label="Convert a published number">
        <div class="peers-convert-field">
          <label for="peers-convert-value">Number reported</label>
          <input
            id="peers-convert-value"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            placeholder={from.count !== null && from.count > 0n ? `e.g. ${grouped(from.count)} or 1.55 G` : 'e.g. 1,545,216 or 1.55 G'}
            value={text}
            disabled={!live}
            aria-invalid={problem !== null && parsed !== null && !parsed.ok ? 'true' : undefined}
            aria-describedby={problem ? 'peers-convert-error' : undefined}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="peers-convert-field">
          <label for="peers-convert-from">Counted with</label>
          <select id="peers-convert-from" value={from.id} disabled={!live} onChange={(e) => setSource((e.currentTarget as HTMLSelectElement).value)}>
            {all.map((c) => (
              <option key={c.id} value={c.id} disabled={c.count === null}>
                {c.label} [{c.unit}]
              </option>
            ))}
          </select>
        </div>
      </form>

      {problem !== null && (
        <p id="peers-convert-error" class="peers-convert-error" role="alert" data-convert-error>
          {problem}
        </p>
      )}

      {value !== null && from.count !== null && (
        <Results value={value} from={from} all={all} shortForm={parsed !== null && parsed.ok && parsed.shortForm} />
      )}
    </div>
  );
}

function Results({ value, from, all, shortForm }: { value: bigint; from: Counted; all: Counted[]; shortForm: boolean }) {
  const src = from.count!;
  const layers = src === 0n ? null : value % src === 0n ? value / src : null;
  return (
    <>
      <p class="peers-convert-read" data-convert-read={value.toString()}>
        Read as {grouped(value)} {from.unit}
        {shortForm ? ' (a rounded short form: the rounding carries into every value below)' : ''}.{' '}
        {src === 0n
          ? 'The source counts 0 for this layer, so every converted value is 0.'
          : layers !== null
            ? `That is ${grouped(layers)} × this layer’s count in that tool (${grouped(src)}).`
            : `That is not a whole multiple of this layer’s count in that tool (${grouped(src)}), so it probably covers other layers too; the lines below still scale it by this layer’s ratios.`}
      </p>
      <div class="peers-scroll" role="region" aria-label="Converted values, scrollable" tabindex={0}>
        <table class="peers-convert-table">
          <caption>
            {grouped(value)} from {from.label} corresponds to (“rounded”: not a whole number, shown to the nearest integer)
          </caption>
          <thead>
            <tr>
              <th scope="col">Convention</th>
              <th scope="col">Value</th>
              <th scope="col">Unit</th>
              <th scope="col">Exact?</th>
            </tr>
          </thead>
          <tbody>
            {all
              .filter((c) => c.id !== from.id && c.count !== null)
              .map((c) => {
                const r = src === 0n ? { value: 0n, exact: true } : scale(value, c.count!, src);
                return (
                  <tr key={c.id} data-convert-target={c.id} data-value={r.value.toString()} data-exact={String(r.exact)}>
                    <th scope="row">{c.label}</th>
                    <td class="peers-num">{grouped(r.value)}</td>
                    <td>{c.unit}</td>
                    <td>{r.exact ? 'exact' : 'rounded'}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
    </>
  );
}
