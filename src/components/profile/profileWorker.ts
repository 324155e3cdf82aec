// The profile page's Web Worker: reads a trace's text and profiles every call through the
// registry, off the main thread, reporting progress every few thousand calls. It imports the
// registry (every module's estimator), so none of that weighs on the page's own script. The
// result is the same Profile profileTrace gives (built from the same functions, in chunks);
// BigInt values cross to the page by structured clone.
import { byClassName } from '../../estimator/model/mapping.ts';
import { coverageOf, profileCall, totalsOf, type CallResult, type Profile } from '../../estimator/model/profile.ts';
import { traceFromPrinted } from '../../estimator/model/printed.ts';
import { parseTraceText, type Trace, type TraceProblem } from '../../estimator/model/trace.ts';
import { registry } from '../../estimator/registry.ts';

export interface ProfileJob {
  id: number;
  text: string;
  /** Set when the text is what print(model) shows rather than a trace: the model's input shape. */
  inputShape?: bigint[];
}

export type ProfileMessage =
  | { id: number; kind: 'progress'; done: number; total: number }
  /** traceText: the trace read from a printed model, as trace JSON (for the permalink and the file). */
  | { id: number; kind: 'done'; profile: Profile; traceText?: string }
  | { id: number; kind: 'error'; error: TraceProblem };

/** Calls profiled between two progress reports. */
const CHUNK = 2000;

const post = (m: ProfileMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = ({ data }: MessageEvent<ProfileJob>) => {
  const { id, text, inputShape } = data;
  const read = inputShape ? traceFromPrinted(text, inputShape) : parseTraceText(text);
  if (!read.ok) {
    post({ id, kind: 'error', error: read.error });
    return;
  }
  const { trace } = read;
  const modules = byClassName(registry);
  const calls: CallResult[] = [];
  const total = trace.calls.length;
  for (let i = 0; i < total; i++) {
    calls.push(profileCall(trace.calls[i], i, modules));
    if ((i + 1) % CHUNK === 0 && i + 1 < total) post({ id, kind: 'progress', done: i + 1, total });
  }
  const profile = { model: trace.model, torch_version: trace.torch_version, calls, totals: totalsOf(calls), coverage: coverageOf(calls) };
  post({ id, kind: 'done', profile, ...(inputShape ? { traceText: traceJson(trace) } : {}) });
};

/** A trace as nnops-trace JSON: sizes as numbers, or strings of digits beyond 2^53. */
export function traceJson(trace: Trace): string {
  return JSON.stringify(trace, (_k, v) => (typeof v === 'bigint' ? (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString()) : v));
}
