// The part of the probe that only large layers need: the Web Worker that runs the simulation,
// its progress bar, Cancel and "run again", and the sentence saying how the run went. Loaded
// with import() the first time a layer too large to simulate at once is probed (ProbeRunner.tsx),
// so a page that never probes one never loads it, nor the worker.
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { atom, type ReadableAtom } from 'nanostores';
import { grouped } from '../../../lib/format.ts';
import type { ProbeTally } from '../../../estimator/convtranspose1d/simulate.ts';
import type { ProbeJob, ProbeMessage } from '../probeWorker.ts';

/** How long typing must pause before a run starts. */
const DEBOUNCE_MS = 200;

export type RunState = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
/** What the island needs to know of a run: its state and, once done, the totals. */
export interface RunReport {
  state: RunState;
  tally: ProbeTally | null;
}

interface Props {
  job: ProbeJob;
  /** L_in·K and L_out, for the sentences. */
  products: bigint;
  positions: bigint;
  /** L_in·K, typeset. */
  productsLabel: ComponentChildren;
  onReport(r: RunReport): void;
}

/** One layer's background run: the island gives each layer its own (key = the layer). */
export function BackgroundRun({ job, products, positions, productsLabel, onReport }: Props) {
  const [state, setState] = useState<RunState>('idle');
  const [ms, setMs] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Percent done: only the bar listens, so progress re-renders the bar and nothing else.
  const progress = useMemo(() => atom(0), []);
  const worker = useRef<Worker | null>(null);
  const report = (s: RunState, tally: ProbeTally | null = null) => {
    setState(s);
    onReport({ state: s, tally });
  };
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  const start = () => {
    stop();
    const fail = (message: string) => {
      stop();
      setError(message);
      report('failed');
    };
    let w: Worker;
    try {
      w = new Worker(new URL('../probeWorker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
      return;
    }
    worker.current = w;
    progress.set(0);
    report('running');
    w.onmessage = ({ data }: MessageEvent<ProbeMessage>) => {
      if (worker.current !== w) return; // a message already queued when the run was stopped
      if (data.kind === 'progress') progress.set(Math.floor((100 * data.done) / Math.max(1, data.total)));
      else if (data.kind === 'done') {
        stop();
        progress.set(100);
        setMs(data.ms);
        report('done', data.tally);
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
    if (state === 'running' || state === 'idle') report('cancelled');
  };
  // Start once typing pauses; a new layer (a new instance) or leaving stops the run.
  useEffect(() => {
    const timer = setTimeout(start, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);

  const n = <strong>{grouped(products)}</strong>;
  let status: ComponentChildren;
  if (state === 'idle' || state === 'running')
    status = (
      <>
        Simulating {n} products ({productsLabel}) one by one in a background thread; the page stays usable meanwhile.
      </>
    );
  else if (state === 'done')
    status = (
      <>
        Simulated {n} products ({productsLabel}) one by one in a background thread{ms != null ? `, in ${seconds(ms)}` : ''}.
      </>
    );
  else if (state === 'cancelled')
    status = (
      <>
        Simulation cancelled after {progress.get()}% of the {grouped(positions)} output positions.
      </>
    );
  else status = <>The simulation could not run in this browser ({error}); the values below come from the closed forms alone.</>;

  return (
    <>
      <p class="probe-method" role="status">
        {status}
      </p>
      {/* Stays in every state, so the layout does not move when a run ends or stops. */}
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
    </>
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

/** A run's duration for a reader: milliseconds below one second, else seconds. */
function seconds(ms: number): string {
  return ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}
