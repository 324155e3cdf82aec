import '../../styles/probe.css';
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { atom, type ReadableAtom } from 'nanostores';
import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { grouped } from '../../lib/format.ts';
import { useLayer } from './layerState.ts';
import type { ProbeJob, ProbeMessage } from './probeWorker.ts';

/** Outputs up to this long are shown whole; longer ones show both ends. */
const SHOW_ALL = 48;
const SHOW_END = 16;
/** Layers up to this many products and positions are simulated in the render itself (well under a millisecond). */
const INSTANT = 20_000n;
/** How long typing must pause before a larger simulation starts in the background. */
const DEBOUNCE_MS = 200;
type State = 'idle' | 'running' | 'done' | 'cancelled' | 'too-large' | 'failed';

/** A background run, for the layer named by `key`. */
interface Run {
  key: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  tally: ct1d.ProbeTally | null;
  ms: number | null;
  error: string | null;
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
export default function ProbeRunner() {
  const result = useLayer().outcome;
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
  // Percent done: only the bar listens, so progress re-renders the bar and nothing else.
  const progress = useMemo(() => atom(0), []);
  const worker = useRef<Worker | null>(null);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  const start = () => {
    if (!p) return;
    stop();
    const job: ProbeJob = {
      p: { length_in: p.length_in, kernel_size: p.kernel_size, stride: p.stride, dilation: p.dilation, padding: p.padding },
      length: L,
      probeLength: probeLen,
    };
    const base: Run = { key, state: 'running', tally: null, ms: null, error: null };
    const fail = (error: string) => {
      stop();
      setRun({ ...base, state: 'failed', error });
    };
    let w: Worker;
    try {
      w = new Worker(new URL('./probeWorker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
      return;
    }
    worker.current = w;
    progress.set(0);
    setRun(base);
    w.onmessage = ({ data }: MessageEvent<ProbeMessage>) => {
      if (worker.current !== w) return; // a message already queued when the run was stopped
      if (data.kind === 'progress') progress.set(Math.floor((100 * data.done) / Math.max(1, data.total)));
      else if (data.kind === 'done') {
        stop();
        progress.set(100);
        setRun({ ...base, state: 'done', tally: data.tally, ms: data.ms });
      } else fail(data.message);
    };
    w.onerror = (e) => {
      e.preventDefault();
      if (worker.current === w) fail(e.message || 'the background thread did not start');
    };
    w.postMessage(job);
  };
  const cancel = () => {
    stop();
    setRun((r) => (r && r.state === 'running' ? { ...r, state: 'cancelled' } : r));
  };
  // A new layer stops the old run at once, and starts its own once typing pauses.
  useEffect(() => {
    if (!inBackground) return;
    progress.set(0);
    const timer = setTimeout(start, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [key, inBackground]);

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
  else if (state === 'idle' || state === 'running')
    status = (
      <>
        Simulating {n} products (<LinK />) one by one in a background thread; the page stays usable meanwhile.
      </>
    );
  else if (state === 'done')
    status = (
      <>
        Simulated {n} products (<LinK />) one by one in a background thread{current?.ms != null ? `, in ${seconds(current.ms)}` : ''}.
      </>
    );
  else if (state === 'cancelled')
    status = (
      <>
        Simulation cancelled after {progress.get()}% of the {grouped(L)} output positions.
      </>
    );
  else status = <>The simulation could not run in this browser ({current?.error}); the values below come from the closed forms alone.</>;

  const sim = (value: bigint | null) =>
    tally && value !== null ? grouped(value) : state === 'idle' || state === 'running' ? '…' : '—';

  return (
    <div class="probe not-content" data-probe-state={state}>
      <p class="probe-method" role="status">
        {status}
      </p>
      {inBackground && (
        // Stays in every state, so the layout does not move when a run ends or stops.
        <ProgressBar value={progress}>
          {state === 'idle' || state === 'running' ? (
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          ) : (
            <button type="button" onClick={start}>
              Run the simulation again
            </button>
          )}
        </ProgressBar>
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

/** The bar, with the percent done in data-probe-progress (for tests); it re-renders alone as the run goes. */
function ProgressBar({ value, children }: { value: ReadableAtom<number>; children: ComponentChildren }) {
  const [percent, setPercent] = useState(value.get());
  useEffect(() => {
    setPercent(value.get());
    return value.listen(setPercent);
  }, [value]);
  return (
    <div class="probe-progress" data-probe-progress={String(percent)}>
      <progress max={100} value={percent} aria-label="Simulation progress" />
      {children}
    </div>
  );
}

function range(from: bigint, to: bigint): bigint[] {
  const out: bigint[] = [];
  for (let t = from; t < to; t++) out.push(t);
  return out;
}

/** A run's duration for a reader: milliseconds below one second, else seconds. */
function seconds(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}
