// The profile page's Web Worker: reads a trace's text and profiles every call through the
// registry, off the main thread, reporting progress every few thousand calls. It imports the
// registry (every module's estimator), so none of that weighs on the page's own script. The
// profile is the same profileTrace gives (built from the same functions, in chunks), and it stays
// here: the page gets its summary and one page of rows at a time (src/lib/profile/view.ts), and
// asks for other pages and for the exports' text. The breakdowns and the permalink's deflated
// trace are made here too: on the page they were a third of its main-thread work after a paste.
// BigInt values cross to the page by structured clone.
import { MAX_FRAGMENT, traceFragment } from '../../lib/profile/fragment.ts';
import { exportText, type ExportId } from '../../lib/profile/exports.ts';
import { rowsOf, summaryOf, type ProfileSummary } from '../../lib/profile/view.ts';
import { byClassName } from '../../estimator/model/mapping.ts';
import { assumptionsOf, coverageOf, profileCall, totalsOf, type CallResult, type Profile } from '../../estimator/model/profile.ts';
import { traceFromPrinted } from '../../estimator/model/printed.ts';
import { parseTraceText, type Trace, type TraceProblem } from '../../estimator/model/trace.ts';
import { registry } from '../../estimator/registry.ts';

/** What the page asks of the worker; `id` names the trace (the page's job number). */
export type ProfileRequest =
  | {
      kind: 'job';
      id: number;
      text: string;
      /** Set when the text is what print(model) shows rather than a trace: the model's input shape. */
      inputShape?: bigint[];
      /** Whether the permalink needs the trace in it (not for a preset, whose link is its name). */
      link: boolean;
    }
  | { kind: 'rows'; id: number; page: number }
  /** An export's text, for the copy or download button `request` (the view's permalink, or null, goes in the LaTeX caption). */
  | { kind: 'export'; id: number; request: number; format: ExportId; link: string | null };

/** The permalink's fragment, when it fits in MAX_FRAGMENT characters; else why there is none. */
export type LinkFragment = { fragment: string } | { problem: 'too-long' | 'no-compression' };

export type ProfileMessage =
  | { id: number; kind: 'progress'; done: number; total: number }
  /**
   * The summary and the first page of rows; assumed: what reading a printed model took for granted;
   * link: the permalink, when it was quick to make (else a 'link' message follows).
   */
  | { id: number; kind: 'done'; summary: ProfileSummary; page: number; rows: CallResult[]; assumed: readonly string[]; link?: LinkFragment }
  /** After 'done', for a long trace: the permalink (deflating it must not hold up the table). */
  | { id: number; kind: 'link'; link: LinkFragment }
  | { id: number; kind: 'rows'; page: number; rows: CallResult[] }
  | { id: number; kind: 'export'; request: number; text: string }
  | { id: number; kind: 'error'; error: TraceProblem };

/** Calls profiled between two progress reports. */
const CHUNK = 2000;

const post = (m: ProfileMessage) => (self as unknown as Worker).postMessage(m);

/** The last trace counted, which the page's row and export requests refer to. */
let last: { id: number; profile: Profile } | null = null;

self.onmessage = async ({ data }: MessageEvent<ProfileRequest>) => {
  if (data.kind === 'rows') {
    if (last?.id === data.id) post({ id: data.id, kind: 'rows', ...rowsOf(last.profile, data.page) });
    return;
  }
  if (data.kind === 'export') {
    if (last?.id === data.id) post({ id: data.id, kind: 'export', request: data.request, text: exportText(last.profile, data.format, data.link) });
    return;
  }
  const { id, text, inputShape, link } = data;
  last = null;
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
  const counted = assumptionsOf(calls, modules);
  const profile = { model: trace.model, torch_version: trace.torch_version, calls, totals: totalsOf(calls), coverage: coverageOf(calls), ...(counted.length ? { assumed: counted } : {}) };
  last = { id, profile };
  // A printed model's permalink carries the trace read from it, as trace JSON.
  const traceText = inputShape ? traceJson(trace) : undefined;
  // The link comes with the table when deflating is quick (a render, not two), after it otherwise.
  const early = link && text.length <= LINK_WITH_TABLE ? await linkOf(traceText ?? text) : undefined;
  post({ id, kind: 'done', summary: summaryOf(profile), ...rowsOf(profile, 0), assumed: [...(read.assumed ?? []), ...counted], ...(early ? { link: early } : {}) });
  if (link && !early) post({ id, kind: 'link', link: await linkOf(traceText ?? text) });
};

/** Longest text whose permalink is made before the table is sent (1,000 calls are about 340 KB; deflating them takes 30 ms). */
const LINK_WITH_TABLE = 1 << 20;

/** The permalink's fragment of a trace's text, or why it has none. */
async function linkOf(text: string): Promise<LinkFragment> {
  try {
    const fragment = await traceFragment(text, MAX_FRAGMENT);
    return fragment === null ? { problem: 'too-long' } : { fragment };
  } catch {
    return { problem: 'no-compression' };
  }
}

/** A trace as nnops-trace JSON: sizes as numbers, or strings of digits beyond 2^53. */
export function traceJson(trace: Trace): string {
  return JSON.stringify(trace, (_k, v) => (typeof v === 'bigint' ? (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString()) : v));
}
