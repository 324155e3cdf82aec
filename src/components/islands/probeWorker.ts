// The ones probe in a background thread, so the page never blocks on a large layer. It runs
// the estimator's brute force (streamProbe, a window of the output at a time) and posts its
// progress as it goes, then the totals. To stop it, the page terminates the worker. Loaded
// only when a probe is too large to run in the page itself.
import { streamProbe, type ProbeTally } from '../../estimator/convtranspose1d/simulate.ts';
import type { Scatter } from '../../estimator/convtranspose1d/productsInWindow.ts';

/** What the page asks for: the ones probe of this scatter over `length` positions. */
export interface ProbeJob {
  p: Scatter;
  length: bigint;
  probeLength: bigint;
}

/** What the worker answers: progress in output positions done, then the totals or what went wrong. */
export type ProbeMessage =
  | { kind: 'progress'; done: number; total: number }
  /** ms: how long the simulation itself took, the worker's loading left out. */
  | { kind: 'done'; tally: ProbeTally; ms: number }
  | { kind: 'error'; message: string };

const post = (m: ProbeMessage) => self.postMessage(m);

/**
 * Progress goes out at most this often (ms): each message is a task on the page's main thread
 * and moves the bar, which costs style, layout and paint on a long page; a few a second keep
 * that thread free for the reader and still show the bar moving.
 */
const PROGRESS_EVERY_MS = 250;

self.onmessage = ({ data }: MessageEvent<ProbeJob>) => {
  try {
    const total = Number(data.length);
    const run = streamProbe(data.p, data.length, data.probeLength);
    const t0 = performance.now();
    let last = t0;
    for (;;) {
      const step = run.next();
      if (step.done) {
        post({ kind: 'done', tally: step.value, ms: performance.now() - t0 });
        return;
      }
      const now = performance.now();
      if (now - last >= PROGRESS_EVERY_MS) {
        last = now;
        post({ kind: 'progress', done: step.value, total });
      }
    }
  } catch (e) {
    post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
