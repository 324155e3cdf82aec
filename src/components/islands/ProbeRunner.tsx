import { Fragment } from 'preact';
import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { grouped } from '../../lib/format.ts';
import { useLayer } from './layerState.ts';

/** Outputs up to this long are shown whole; longer ones show both ends. */
const SHOW_ALL = 48;
const SHOW_END = 16;
/** The browser simulates up to this many products per keystroke (a few ms); beyond, y_t comes from the closed form. */
const BROWSER_SIMULATION_LIMIT = 20_000n;

/**
 * Runs the ones probe for the calculator's current layer: all-ones input, all-ones
 * kernel, one channel, no bias. Small layers are simulated product by product; for
 * large ones the positions shown come from the closed form y_t instead.
 */
export default function ProbeRunner() {
  const result = useLayer().outcome;
  if (!result.ok) {
    return (
      <div class="probe not-content" aria-live="polite">
        <p class="probe-idle">The calculator's arguments are not a valid layer, so there is no probe to run.</p>
      </div>
    );
  }
  const p = result.params;
  const L = result.length_out;
  const probeLen = L - p.output_padding;
  const simulable =
    p.length_in * p.kernel_size <= BROWSER_SIMULATION_LIMIT && L <= BROWSER_SIMULATION_LIMIT;

  let positions: bigint[];
  let values: bigint[];
  let simulated: ReturnType<typeof ct1d.summarize> | null = null;
  let elapsed = 0;
  const shownIdx = L <= BigInt(SHOW_ALL)
    ? range(0n, L)
    : [...range(0n, BigInt(SHOW_END)), ...range(L - BigInt(SHOW_END), L)];
  if (simulable) {
    const t0 = typeof performance !== 'undefined' ? performance.now() : 0;
    const y = ct1d.simulateProbe(p, L);
    elapsed = typeof performance !== 'undefined' ? performance.now() - t0 : 0;
    simulated = ct1d.summarize(y);
    positions = shownIdx;
    values = shownIdx.map((t) => y[Number(t)]);
  } else {
    positions = shownIdx;
    values = shownIdx.map((t) => ct1d.productsAt(p, t));
  }
  const hidden = L - BigInt(positions.length);
  const docSum = result.documented?.additions_per_filter ?? null;

  return (
    <div class="probe not-content" aria-live="polite">
      <p class="probe-method">
        {simulable
          ? `Simulated ${grouped(p.length_in * p.kernel_size)} products (L_in·K) in your browser${elapsed ? ` in ${elapsed.toFixed(1)} ms` : ''}.`
          : `L_in·K = ${grouped(p.length_in * p.kernel_size)} products is too many to simulate here; each position shown is counted with the closed form for y_t.`}
      </p>
      <div class="probe-scroll">
        <table class="probe-table" data-probe-length={L.toString()}>
          <caption>Products received by each output position, y_t</caption>
          <tbody>
            <tr>
              <th scope="row">t</th>
              {positions.map((t, j) => (
                <Fragment key={t.toString()}>
                  {hidden > 0n && j === SHOW_END && <td class="probe-gap" rowSpan={2}>… {grouped(hidden)} not shown …</td>}
                  <td class={t >= probeLen ? 'probe-tail' : undefined}>{grouped(t)}</td>
                </Fragment>
              ))}
            </tr>
            <tr>
              <th scope="row">y_t</th>
              {positions.map((t, j) => (
                <td
                  key={t.toString()}
                  data-t={t.toString()}
                  data-y={values[j].toString()}
                  class={[values[j] === 0n ? 'probe-hole' : '', t >= probeLen ? 'probe-tail' : ''].join(' ').trim() || undefined}
                >
                  {grouped(values[j])}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {hidden > 0n && (
        <p class="probe-note" data-probe-hidden={hidden.toString()}>
          Showing the first and last {SHOW_END} of {grouped(L)} positions; {grouped(hidden)} in between are left out.
        </p>
      )}
      <ul class="probe-sums">
        <li>
          Documented additions per filter, Σ (y_t − 1) over the first {grouped(probeLen > 0n ? probeLen : 0n)} positions (no output_padding):{' '}
          {docSum === null ? <em>undefined — the probe has no positions</em> : <strong data-probe="documented">{grouped(docSum)}</strong>}
        </li>
        <li>
          True additions per filter, Σ max(y_t − 1, 0) over all {grouped(L)} positions:{' '}
          <strong data-probe="true">{grouped(result.exact.additions_per_filter)}</strong>
        </li>
        <li>
          Products per filter M = Σ y_t: <strong data-probe="M">{grouped(result.exact.products_per_filter)}</strong>; positions with y_t ≥ 1, P:{' '}
          <strong data-probe="P">{grouped(result.exact.covered_positions)}</strong>
        </li>
        {simulated && (
          <li data-probe-check={String(simulated.M === result.exact.products_per_filter && simulated.P === result.exact.covered_positions)}>
            {simulated.M === result.exact.products_per_filter && simulated.P === result.exact.covered_positions
              ? 'The simulation agrees with the closed forms.'
              : 'The simulation disagrees with the closed forms — please report this layer.'}
          </li>
        )}
      </ul>
    </div>
  );
}

function range(from: bigint, to: bigint): bigint[] {
  const out: bigint[] = [];
  for (let t = from; t < to; t++) out.push(t);
  return out;
}
