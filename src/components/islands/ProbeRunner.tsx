import '../../styles/probe.css';
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { grouped } from '../../lib/format.ts';
import { useLayer, type LayerProps } from './layerState.ts';
import type { RunReport } from './probe/BackgroundRun.tsx';

/** The background run's code, loaded the first time a large layer is probed (a page that never probes one never loads it). */
type Background = typeof import('./probe/BackgroundRun.tsx');
let background: Promise<Background> | null = null;
const loadBackground = () => (background ??= import('./probe/BackgroundRun.tsx'));

/** Outputs up to this long are shown whole; longer ones show both ends. */
const SHOW_ALL = 48;
const SHOW_END = 16;
/** Layers up to this many products and positions are simulated in the render itself (well under a millisecond). */
const INSTANT = 20_000n;
type State = 'idle' | 'running' | 'done' | 'cancelled' | 'too-large' | 'failed';

/** The latest report of the background run, for the layer named by `key`. */
interface Run extends RunReport {
  key: string;
}

const LinK = () => (
  <>
    L<sub>in</sub>·K
  </>
);
const yt = (
  <>
    y<sub>t</sub>
  </>
);

/**
 * The ones probe for the calculator's current layer: all-ones input, all-ones kernel, one
 * channel, no bias, simulated product by product and compared with the closed forms. Small
 * layers run in the render; larger ones (up to 10^8 products) in a Web Worker, with progress
 * and a Cancel button; beyond that only the closed forms are shown. The y_t table always
 * comes from the closed form, so it is there at once whatever the layer's size.
 */
export default function ProbeRunner(props: LayerProps) {
  const result = useLayer(props).outcome;
  const p = result.ok ? result.params : null;
  const L = result.ok ? result.length_out : 0n;
  const probeLen = p ? L - p.output_padding : 0n;
  // Only what the probe depends on: a change of channels or batch does not rerun it.
  const key = p ? [p.length_in, p.kernel_size, p.stride, p.dilation, p.padding, L, probeLen].join(',') : '';
  const refusal = p ? ct1d.streamRefusal(p, L) : null;
  const products = p ? p.length_in * p.kernel_size : 0n;
  const instant = p !== null && refusal === null && products <= INSTANT && L <= INSTANT;
  const inBackground = p !== null && refusal === null && !instant;

  const instantTally = useMemo(() => (instant && p ? ct1d.streamProbeAll(p, L, probeLen) : null), [key, instant]);
  const shown = useMemo(() => {
    if (!p) return { positions: [], values: [] };
    const positions = L <= BigInt(SHOW_ALL) ? range(0n, L) : [...range(0n, BigInt(SHOW_END)), ...range(L - BigInt(SHOW_END), L)];
    return { positions, values: positions.map((t) => ct1d.productsAt(p, t)) };
  }, [key]);

  const [run, setRun] = useState<Run | null>(null);
  const [bg, setBg] = useState<Background | null>(null);
  useEffect(() => {
    if (inBackground && !bg) loadBackground().then(setBg, () => setRun({ key, state: 'failed', tally: null }));
  }, [inBackground]);

  if (!result.ok || !p) {
    return (
      <div class="probe not-content">
        <p class="probe-idle" role="status">
          The calculator's arguments are not a valid layer, so there is no probe to run.
        </p>
      </div>
    );
  }

  const current = run && run.key === key ? run : null;
  const state: State = refusal ? 'too-large' : instant ? 'done' : current ? current.state : 'idle';
  const tally = instant ? instantTally : current?.tally ?? null;
  const { positions, values } = shown;
  const hidden = L - BigInt(positions.length);
  const probePositions = probeLen > 0n ? probeLen : 0n;
  const doc = result.documented?.additions_per_filter ?? null;
  const exact = result.exact;
  const simulates = refusal === null;
  const agrees =
    tally !== null &&
    tally.M === exact.products_per_filter &&
    tally.P === exact.covered_positions &&
    tally.additions_true === exact.additions_per_filter &&
    (doc === null || tally.probe_sum === doc);

  const n = <strong>{grouped(products)}</strong>;
  let status: ComponentChildren;
  if (refusal === 'products')
    status = (
      <>
        At <LinK /> = {n} products this layer is beyond the {grouped(ct1d.STREAM_LIMIT)} this page simulates, so the values below come from
        the closed forms alone.
      </>
    );
  else if (refusal === 'positions')
    status = (
      <>
        Its {grouped(L)} output positions are beyond the {grouped(ct1d.STREAM_LIMIT)} this page simulates, so the values below come from the
        closed forms alone.
      </>
    );
  else if (refusal === 'range')
    status = (
      <>
        Its stride, dilation or padding reach past 2<sup>53</sup>, where the browser's arithmetic stops being exact, so the values below come
        from the closed forms alone.
      </>
    );
  else if (instant)
    status = (
      <>
        Simulated {n} products (<LinK />) one by one in your browser.
      </>
    );
  else if (state === 'failed') status = <>The simulation could not run in this browser; the values below come from the closed forms alone.</>;
  // Larger layers: the background run says how it went (probe/BackgroundRun.tsx).
  else status = <>Simulating {n} products (<LinK />) one by one in a background thread; the page stays usable meanwhile.</>;

  const sim = (value: bigint | null) =>
    tally && value !== null ? grouped(value) : state === 'idle' || state === 'running' ? '…' : '—';

  return (
    <div class="probe not-content" data-probe-state={state}>
      {inBackground && bg ? (
        <bg.BackgroundRun
          key={key}
          job={{
            p: { length_in: p.length_in, kernel_size: p.kernel_size, stride: p.stride, dilation: p.dilation, padding: p.padding },
            length: L,
            probeLength: probeLen,
          }}
          products={products}
          positions={L}
          productsLabel={<LinK />}
          onReport={(r) => setRun({ key, ...r })}
        />
      ) : (
        <p class="probe-method" role="status">
          {status}
        </p>
      )}
      <div class="probe-scroll" role="region" aria-label="Products per output position, scrollable" tabindex={0}>
        <table class="probe-table" data-probe-length={L.toString()}>
          <caption>Products received by each output position, {yt}</caption>
          <tbody>
            <tr>
              <th scope="row">
                <i>t</i>
              </th>
              {positions.map((t, j) => (
                <Fragment key={t.toString()}>
                  {hidden > 0n && j === SHOW_END && (
                    <td class="probe-gap" rowSpan={2}>
                      … {grouped(hidden)} not shown …
                    </td>
                  )}
                  <td class={t >= probeLen ? 'probe-tail' : undefined}>{grouped(t)}</td>
                </Fragment>
              ))}
            </tr>
            <tr>
              <th scope="row">{yt}</th>
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
      <p class="probe-note" data-probe-hidden={hidden > 0n ? hidden.toString() : undefined}>
        {hidden > 0n && (
          <>
            Showing the first and last {SHOW_END} of {grouped(L)} positions; {grouped(hidden)} in between are left out.{' '}
          </>
        )}
        Each {yt} in the table is the closed form's; the simulation checks the totals below.
      </p>
      <div class="probe-scroll" role="region" aria-label="The closed forms and the simulation, scrollable" tabindex={0}>
        <table class="probe-compare">
          <caption>Per filter: the closed forms{simulates ? ' and the simulation' : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Quantity</th>
              <th scope="col">Closed form</th>
              {simulates && <th scope="col">Simulated</th>}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                Products, <i>M</i> = Σ {yt}
              </th>
              <td data-probe="M">{grouped(exact.products_per_filter)}</td>
              {simulates && <td data-probe-sim="M">{sim(tally?.M ?? null)}</td>}
            </tr>
            <tr>
              <th scope="row">
                Positions reached, <i>P</i> (those with {yt} ≥ 1)
              </th>
              <td data-probe="P">{grouped(exact.covered_positions)}</td>
              {simulates && <td data-probe-sim="P">{sim(tally?.P ?? null)}</td>}
            </tr>
            <tr>
              <th scope="row">
                Documented additions, Σ ({yt} − 1) over the first {grouped(probePositions)} positions (without <code>output_padding</code>)
              </th>
              {doc === null ? (
                <td>
                  <em>undefined: the probe has no positions</em>
                </td>
              ) : (
                <td data-probe="documented">{grouped(doc)}</td>
              )}
              {simulates && <td data-probe-sim="documented">{doc === null ? '—' : sim(tally?.probe_sum ?? null)}</td>}
            </tr>
            <tr>
              <th scope="row">
                True additions, Σ max({yt} − 1, 0) over all {grouped(L)} positions
              </th>
              <td data-probe="true">{grouped(exact.additions_per_filter)}</td>
              {simulates && <td data-probe-sim="true">{sim(tally?.additions_true ?? null)}</td>}
            </tr>
          </tbody>
        </table>
      </div>
      {tally ? (
        <p class={agrees ? 'probe-verdict' : 'probe-verdict probe-disagrees'} data-probe-check={String(agrees)}>
          {agrees
            ? 'The simulation agrees with the closed forms on all four totals.'
            : 'The simulation disagrees with the closed forms: please report this layer.'}
        </p>
      ) : (
        simulates && <p class="probe-verdict probe-pending">Each simulated total is set beside its closed form when the run ends.</p>
      )}
    </div>
  );
}

function range(from: bigint, to: bigint): bigint[] {
  const out: bigint[] = [];
  for (let t = from; t < to; t++) out.push(t);
  return out;
}
