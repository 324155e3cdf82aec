// The /profile/ page's tool: paste, open or drop a trace (or pick a preset), and read every call's
// counts, the totals, the breakdowns by module and by block, the exports, a permalink and a
// citation. Parsing and counting run in a Web Worker (profileWorker.ts, which alone imports the
// registry); this island only renders, a page of rows at a time, so 10^5 calls never freeze the tab.
// Text from a trace is only ever rendered as text (Preact escapes it), never as markup.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CallResult } from '../../estimator/model/profile.ts';
import type { TraceProblem } from '../../estimator/model/trace.ts';
import { grouped } from '../../lib/format.ts';
import { percentText, type Group } from '../../lib/profile/breakdown.ts';
import { citationForms, EXPORTS, fileName, profileCitation, type ExportId } from '../../lib/profile/exports.ts';
import { MAX_FRAGMENT, presetFragment, readFragment } from '../../lib/profile/fragment.ts';
import { looksLikeJson, readShape } from '../../lib/profile/input.ts';
import { pageCount, PAGE_ROWS, type ProfileSummary } from '../../lib/profile/view.ts';
import { CopyButton } from '../islands/CopyButton.tsx';
import { Quantity } from '../islands/Quantity.tsx';
import type { LinkFragment, ProfileMessage, ProfileRequest } from './profileWorker.ts';
import presets from '../../data/traces/presets.json';
import './profile.css';

export interface Preset {
  id: string;
  label: string;
  description: string;
  input: number[];
}
const PRESETS = presets as Preset[];

/** Each preset's trace, fetched only when it is picked (a file of its own in the build). */
const TRACE_FILES = import.meta.glob<string>(['../../data/traces/*.json', '!../../data/traces/presets.json'], { query: '?raw', import: 'default' });
const loadPreset = (id: string) => TRACE_FILES[`../../data/traces/${id}.json`]?.();

/**
 * A trace longer than this is not kept in the text box: laying out a box of a few hundred KB of
 * text costs the main thread seconds (bench:profile measured 3.3 s for 338 KB on a loaded machine),
 * far more than the table. A pasted one is taken out of the box in the input event itself, before
 * the browser lays it out; it is counted as it is, and a notice says so.
 */
const BOX_LIMIT = 100_000;
/** How long typing must pause before the trace is read again. */
const DEBOUNCE_MS = 300;

type State =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'error'; error: TraceProblem }
  /** The worker keeps the profile; the page has its summary and the rows of one page. */
  | { kind: 'done'; summary: ProfileSummary; page: number; rows: CallResult[]; assumed: readonly string[] };

const shapeText = (s: readonly bigint[] | null) => (s === null ? '–' : `(${s.join(', ')}${s.length === 1 ? ',' : ''})`);
const count = (c: Record<string, bigint> | null, key: string) => (c && c[key] !== undefined ? grouped(c[key]) : '–');

function Status({ call }: { call: CallResult }) {
  if (call.error)
    return (
      <span class="prof-status prof-status-error">
        <strong>Error</strong> <code>{call.error.rule}</code>: {call.error.message}
      </span>
    );
  if (!call.covered) return <span class="prof-status prof-status-none">not covered</span>;
  return <span class="prof-status">counted</span>;
}

function CallRow({ call }: { call: CallResult }) {
  const link = call.id && call.query ? `/modules/${call.id}/?${call.query}#calculator` : null;
  return (
    <tr data-call={call.index} data-status={call.error ? 'error' : call.covered ? 'counted' : 'not-covered'}>
      <td class="prof-num">{call.index + 1}</td>
      <th scope="row" class="prof-name">
        <code>{call.name}</code>
      </th>
      <td class="prof-module">{link ? <a href={link} aria-label={`${call.module} calculator with the arguments of ${call.name}`}>{call.module}</a> : call.module || '–'}</td>
      <td class="prof-shape">{call.output_shapes.map(shapeText).join(' ') || '–'}</td>
      <td class="prof-num">{count(call.exact, 'macs')}</td>
      <td class="prof-num">{count(call.exact, 'total_ops')}</td>
      <td class="prof-num">{count(call.documented, 'total_ops')}</td>
      <td class="prof-num">{count(call.dense, 'macs')}</td>
      <td>
        <Status call={call} />
      </td>
    </tr>
  );
}

/** A breakdown as a table whose share column is a bar with its number in text. */
function Breakdown({ title, groups, keyHead, name }: { title: string; groups: Group[]; keyHead: string; name: string }) {
  const shown = groups.slice(0, 200);
  return (
    <div class="prof-breakdown">
      <h4 id={`prof-${name}-title`}>{title}</h4>
      <div class="table-scroll" tabindex={0} role="region" aria-labelledby={`prof-${name}-title`}>
        <table class="prof-table" data-breakdown={name}>
          <thead>
            <tr>
              <th scope="col">{keyHead}</th>
              <th scope="col" class="prof-share-head">
                Share of exact ops
              </th>
              <th scope="col">Exact ops</th>
              <th scope="col">Exact MACs</th>
              <th scope="col">Documented ops</th>
              <th scope="col">Calls counted</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((g) => (
              <tr key={g.key}>
                <th scope="row">
                  <code>{g.key}</code>
                </th>
                <td class="prof-share">
                  <span class="prof-bar" aria-hidden="true">
                    <span style={{ width: `${Number(g.permille) / 10}%` }} />
                  </span>
                  <span class="prof-pct">{percentText(g.permille)}</span>
                </td>
                <td class="prof-num">{grouped(g.exactOps)}</td>
                <td class="prof-num">{grouped(g.macs)}</td>
                <td class="prof-num">{grouped(g.documentedOps)}</td>
                <td class="prof-num">
                  {g.counted} of {g.calls}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {groups.length > shown.length && <p class="prof-note">The {shown.length} first of {groups.length} groups are shown; the exports list every call.</p>}
    </div>
  );
}

function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function ProfileTool({ published }: { published: string }) {
  const [live, setLive] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [source, setSource] = useState('');
  const [preset, setPreset] = useState('');
  const [link, setLink] = useState<{ url: string | null; note: string }>({ url: null, note: '' });
  const [notice, setNotice] = useState('');
  const [printed, setPrinted] = useState(false);
  const [shapeField, setShapeField] = useState('');
  const shapeRef = useRef('');
  const box = useRef<HTMLTextAreaElement>(null);
  const text = useRef('');
  const worker = useRef<Worker | null>(null);
  /** The worker is counting a job: a new one must not wait behind it (10^5 calls take seconds). */
  const busy = useRef(false);
  const job = useRef(0);
  /** Export requests waiting for the worker's text, by request number. */
  const exports = useRef(new Map<number, (text: string) => void>());
  const request = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const presetId = useRef<string | null>(null);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
    busy.current = false;
  };
  const send = (m: ProfileRequest) => worker.current?.postMessage(m);

  /** The permalink of what the worker counted: the preset's name, or the trace it deflated. */
  const showLink = (found: LinkFragment) => {
    const base = `${location.origin}${location.pathname}`;
    if ('fragment' in found) setLink({ url: `${base}#${found.fragment}`, note: '' });
    else if (found.problem === 'too-long')
      setLink({
        url: null,
        note: `This trace needs a link longer than the ${grouped(BigInt(MAX_FRAGMENT))} characters that links survive being shared by mail, chat or a reference manager. Share the JSON file (JSON export below) instead: opened here, it gives the same view.`,
      });
    else setLink({ url: null, note: 'This browser cannot compress the trace into a link; share the JSON file instead.' });
  };

  /** The page's one worker, started at the first sign of use (focus, pointer, a link or preset). */
  const ensureWorker = (): Worker => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('./profileWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = ({ data }: MessageEvent<ProfileMessage>) => {
      if (data.id !== job.current) return;
      if (data.kind === 'progress') setState({ kind: 'running', done: data.done, total: data.total });
      else if (data.kind === 'link') showLink(data.link);
      else if (data.kind === 'rows') setState((s) => (s.kind === 'done' ? { ...s, page: data.page, rows: data.rows } : s));
      else if (data.kind === 'export') {
        exports.current.get(data.request)?.(data.text);
        exports.current.delete(data.request);
      } else {
        busy.current = false;
        if (data.kind === 'done') {
          if (presetId.current) showLink({ fragment: presetFragment(presetId.current) });
          else if (data.link) showLink(data.link);
          setState({ kind: 'done', summary: data.summary, page: data.page, rows: data.rows, assumed: data.assumed });
        } else setState({ kind: 'error', error: data.error });
      }
    };
    w.onerror = (e) => {
      e.preventDefault();
      if (worker.current === w) {
        stop();
        setState({ kind: 'error', error: { rule: 'worker', call: null, message: `The background thread failed (${e.message || 'unknown error'}).` } });
      }
    };
    return (worker.current = w);
  };
  const warm = () => {
    try {
      ensureWorker();
    } catch {
      // run() reports it, if the reader goes on.
    }
  };

  /** Counts a trace's text in the worker; a newer run replaces an older one. */
  const run = (value: string) => {
    // A job still counting is dropped with its worker; an idle worker takes the new one.
    if (busy.current) stop();
    if (timer.current) clearTimeout(timer.current);
    text.current = value;
    setLink({ url: null, note: '' });
    const isPrinted = value.trim() !== '' && !looksLikeJson(value);
    setPrinted(isPrinted);
    if (!value.trim()) {
      setState({ kind: 'idle' });
      return;
    }
    const inputShape = isPrinted ? readShape(shapeRef.current) : undefined;
    if (isPrinted && !inputShape) {
      setState({
        kind: 'error',
        error: {
          rule: 'input_shape',
          call: null,
          message: shapeRef.current.trim()
            ? `The input shape “${shapeRef.current.trim().slice(0, 40)}” is not a list of whole numbers such as 1, 3, 224, 224.`
            : 'This is not JSON, so it is read as the text print(model) shows: give the model’s input shape below, such as 1, 3, 224, 224.',
        },
      });
      return;
    }
    const id = ++job.current;
    let w: Worker;
    try {
      w = ensureWorker();
    } catch (e) {
      setState({ kind: 'error', error: { rule: 'worker', call: null, message: `The background thread did not start (${String(e)}); use the CLI: npm run -s estimate -- model --trace FILE.` } });
      return;
    }
    busy.current = true;
    setState({ kind: 'running', done: 0, total: 0 });
    send({ kind: 'job', id, text: value, link: presetId.current === null, ...(inputShape ? { inputShape } : {}) });
  };

  /** Puts a trace in the box (unless it is very long) and counts it. */
  const show = (value: string, from: string, presetName: string | null = null) => {
    presetId.current = presetName;
    setSource(from);
    if (box.current) box.current.value = value.length <= BOX_LIMIT ? value : '';
    setNotice(value.length > BOX_LIMIT ? `${from}: ${grouped(BigInt(value.length))} characters, counted without being copied into the text box.` : '');
    run(value);
  };

  const pickPreset = async (id: string) => {
    setPreset(id);
    if (!id) return;
    const p = PRESETS.find((x) => x.id === id);
    const load = loadPreset(id);
    if (!p || !load) {
      setState({ kind: 'error', error: { rule: 'preset', call: null, message: 'There is no preset of that name.' } });
      return;
    }
    setState({ kind: 'running', done: 0, total: 0 });
    try {
      show(await load, `Preset: ${p.label}`, id);
    } catch (e) {
      setState({ kind: 'error', error: { rule: 'preset', call: null, message: `The preset could not be loaded (${String(e)}).` } });
    }
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setPreset('');
    try {
      show(await file.text(), `File ${file.name}`);
    } catch (e) {
      setState({ kind: 'error', error: { rule: 'file', call: null, message: `The file could not be read (${String(e)}).` } });
    }
  };

  // Reopen the view a permalink names, on load and when the address's fragment changes.
  useEffect(() => {
    setLive(true);
    let cancelled = false;
    const reopen = () =>
      readFragment(location.hash).then((f) => {
        if (cancelled) return;
        if (f.kind === 'preset') {
          if (PRESETS.some((p) => p.id === f.id)) pickPreset(f.id);
          else setState({ kind: 'error', error: { rule: 'preset', call: null, message: `The link names the preset “${f.id}”, which this site does not have.` } });
        } else if (f.kind === 'trace') show(f.text, 'Permalink');
        else if (f.kind === 'error') setState({ kind: 'error', error: { rule: 'permalink', call: null, message: f.message } });
      });
    reopen();
    addEventListener('hashchange', reopen);
    return () => {
      cancelled = true;
      removeEventListener('hashchange', reopen);
      stop();
    };
  }, []);

  const profile = state.kind === 'done' ? state.summary : null;
  const groups = profile?.groups;
  const assumed = state.kind === 'done' ? state.assumed : [];

  /** One export's text, made by the worker from the whole profile. */
  const exportOf = (format: ExportId) =>
    new Promise<string>((resolve) => {
      const n = ++request.current;
      exports.current.set(n, resolve);
      send({ kind: 'export', id: job.current, request: n, format, link: link.url });
    });
  const goTo = (n: number) => send({ kind: 'rows', id: job.current, page: n });

  const onInput = (e: Event) => {
    const target = e.currentTarget as HTMLTextAreaElement;
    const value = target.value;
    setPreset('');
    presetId.current = null;
    setSource('');
    setNotice('');
    if (timer.current) clearTimeout(timer.current);
    if (value.length > BOX_LIMIT) {
      target.value = '';
      setSource('Pasted text');
      setNotice(`Pasted ${grouped(BigInt(value.length))} characters: counted as they are, and taken out of the box, where text this long would slow the page. Paste again to replace them.`);
      run(value);
      return;
    }
    timer.current = setTimeout(() => run(value), DEBOUNCE_MS);
  };

  const pages = profile ? pageCount(profile.calls) : 1;
  const page = state.kind === 'done' ? state.page : 0;
  const rows = state.kind === 'done' ? state.rows : [];

  return (
    <div class="prof not-content" data-live={live ? 'true' : undefined}>
      {/* The worker's file (the registry, 50 KB compressed) is fetched when the reader reaches for the tool. */}
      <div class="prof-input" onPointerEnter={warm} onFocusIn={warm} onDragEnter={warm}>
        <label for="prof-trace" class="prof-label">
          Trace (the JSON that <code>nnops_trace.py</code> prints, or the text <code>print(model)</code> shows)
        </label>
        <textarea
          id="prof-trace"
          ref={box}
          rows={8}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="prof-trace-help"
          placeholder={'{"format": "nnops-trace", "version": 1, …}'}
          disabled={!live}
          onInput={onInput}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            const f = e.dataTransfer?.files?.[0];
            if (f) {
              e.preventDefault();
              openFile(f);
            }
          }}
        />
        <p id="prof-trace-help" class="prof-help">
          Paste a trace, drop its file on the box, open it, or pick a preset. Nothing leaves your browser.
        </p>
        <div class="prof-controls">
          <span class="prof-control">
            <label for="prof-file">Open a file</label>
            <input id="prof-file" type="file" accept=".json,application/json,text/plain" disabled={!live} onChange={(e) => openFile((e.currentTarget as HTMLInputElement).files?.[0])} />
          </span>
          <span class="prof-control">
            <label for="prof-preset">Preset</label>
            <select id="prof-preset" value={preset} disabled={!live} onChange={(e) => pickPreset((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">Choose a model…</option>
              {PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </span>
        </div>
        {printed && (
          <p class="prof-control prof-shape-field">
            <label for="prof-shape">Input shape</label>
            <input
              id="prof-shape"
              type="text"
              inputMode="numeric"
              placeholder="1, 3, 224, 224"
              aria-describedby="prof-shape-help"
              value={shapeField}
              onInput={(e) => {
                const v = (e.currentTarget as HTMLInputElement).value;
                setShapeField(v);
                shapeRef.current = v;
                if (timer.current) clearTimeout(timer.current);
                timer.current = setTimeout(() => run(text.current), DEBOUNCE_MS);
              }}
            />
            <span id="prof-shape-help" class="prof-help">
              Read as <code>print(model)</code> text: a chain of <code>nn.Sequential</code> modules, shapes carried by each module’s own rule. A model with a custom <code>forward</code> needs the snippet.
            </span>
          </p>
        )}
        {preset && <p class="prof-help">{PRESETS.find((p) => p.id === preset)?.description}</p>}
        {notice && <p class="prof-help">{notice}</p>}
      </div>

      <div class="prof-state" aria-live="polite">
        {state.kind === 'running' && (
          <p class="prof-progress">
            <label for="prof-progress-bar">{state.total ? `Counting: ${grouped(BigInt(state.done))} of ${grouped(BigInt(state.total))} calls` : 'Reading the trace…'}</label>
            <progress id="prof-progress-bar" max={state.total || undefined} value={state.total ? state.done : undefined} />
          </p>
        )}
        {state.kind === 'idle' && live && <p class="prof-help">No trace yet: the table, totals and exports appear here.</p>}
      </div>
      {state.kind === 'error' && (
        <div class="calc-error prof-error" role="alert" data-error-rule={state.error.rule}>
          <p>
            <strong>{printed ? 'This printed model cannot be counted.' : 'This trace cannot be read.'}</strong> {state.error.message}
          </p>
        </div>
      )}

      {profile && groups && (
        <div class="prof-result" data-calls={profile.calls}>
          <h3 id="profile-result" class="prof-model">
            {profile.model || 'Model'}
            {source && <span class="prof-source"> · {source}</span>}
          </h3>
          <p class="prof-coverage" data-coverage>
            <strong>
              {profile.coverage.covered} of {profile.coverage.calls} calls covered
            </strong>
            , {profile.coverage.counted} counted
            {profile.coverage.covered > profile.coverage.counted && `, ${profile.coverage.covered - profile.coverage.counted} with an error (listed, not counted)`}
            {profile.coverage.calls > profile.coverage.covered && `; ${profile.coverage.calls - profile.coverage.covered} of modules nnops does not cover yet (listed, counted as nothing)`}.
          </p>
          {assumed.length > 0 && (
            <div class="prof-assumed" data-assumed={assumed.length}>
              <p>
                <strong>Counted taking for granted:</strong>
              </p>
              <ul>
                {assumed.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </div>
          )}
          <div class="table-scroll" tabindex={0} role="region" aria-label="Totals">
            <table class="calc-table prof-totals">
              <caption>Totals over the counted calls</caption>
              <tbody>
                <tr class="calc-total">
                  <th scope="row">Exact operations (FLOPs)</th>
                  <td>
                    <Quantity name="totals.exact.total_ops" value={profile.totals.exact.total_ops ?? 0n} />
                  </td>
                </tr>
                <tr>
                  <th scope="row">Exact MACs</th>
                  <td>
                    <Quantity name="totals.exact.macs" value={profile.totals.exact.macs ?? 0n} />
                  </td>
                </tr>
                <tr>
                  <th scope="row">
                    Documented operations{' '}
                    <span class="calc-unit">
                      ({profile.coverage.documented} of {profile.coverage.counted} counted calls)
                    </span>
                  </th>
                  <td>{profile.totals.documented.total_ops !== undefined ? <Quantity name="totals.documented.total_ops" value={profile.totals.documented.total_ops} /> : <span class="calc-none">none</span>}</td>
                </tr>
                <tr>
                  <th scope="row">
                    Dense MACs{' '}
                    <span class="calc-unit">
                      ({profile.coverage.dense} of {profile.coverage.counted} counted calls)
                    </span>
                  </th>
                  <td>{profile.totals.dense.macs !== undefined ? <Quantity name="totals.dense.macs" value={profile.totals.dense.macs} /> : <span class="calc-none">none</span>}</td>
                </tr>
                <tr>
                  <th scope="row">Dense operations</th>
                  <td>{profile.totals.dense.total_ops !== undefined ? <Quantity name="totals.dense.total_ops" value={profile.totals.dense.total_ops} /> : <span class="calc-none">none</span>}</td>
                </tr>
              </tbody>
            </table>
          </div>

          <h4 id="prof-calls-title">Every call</h4>
          <div class="table-scroll" tabindex={0} role="region" aria-labelledby="prof-calls-title">
            <table class="prof-table prof-calls" data-page={page}>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Layer</th>
                  <th scope="col">Module</th>
                  <th scope="col">Output shape</th>
                  <th scope="col">Exact MACs</th>
                  <th scope="col">Exact ops</th>
                  <th scope="col">Documented ops</th>
                  <th scope="col">Dense MACs</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <CallRow key={c.index} call={c} />
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 && (
            <nav class="prof-pager" aria-label="Pages of calls">
              <button type="button" disabled={page === 0} onClick={() => goTo(page - 1)}>
                Previous
              </button>
              <span data-rows>
                Calls {grouped(BigInt(page * PAGE_ROWS + 1))}–{grouped(BigInt(Math.min(profile.calls, (page + 1) * PAGE_ROWS)))} of {grouped(BigInt(profile.calls))}
              </span>
              <button type="button" disabled={page >= pages - 1} onClick={() => goTo(page + 1)}>
                Next
              </button>
            </nav>
          )}

          <Breakdown title="By module type" groups={groups.modules} keyHead="Module" name="module" />
          <Breakdown title="By top-level block" groups={groups.blocks} keyHead="Block" name="block" />

          <h4 id="prof-export-title">Export</h4>
          <ul class="prof-exports" aria-labelledby="prof-export-title">
            {EXPORTS.map((x) => (
              <li key={x.id}>
                <span class="prof-export-name">{x.label}</span>
                <button type="button" class="copy-button" data-download={x.id} onClick={async () => download(await exportOf(x.id), fileName(profile, x.file), x.type)}>
                  Download
                </button>
                <CopyButton label="Copy" ariaLabel={`Copy the ${x.label} export`} name={`export-${x.id}`} text={() => exportOf(x.id)} />
              </li>
            ))}
          </ul>

          <h4 id="prof-link-title">Permalink</h4>
          <div class="prof-link" data-permalink={link.url ?? undefined}>
            {link.url ? (
              <>
                <p>
                  This link reopens this view: <a href={link.url}>{link.url.length > 90 ? `${link.url.slice(0, 90)}…` : link.url}</a>
                </p>
                <CopyButton label="Copy link" name="permalink" text={() => link.url!} />
              </>
            ) : (
              <p>{link.note || 'Making the link…'}</p>
            )}
          </div>

          <h4 id="prof-cite-title">Cite this count</h4>
          <div class="cite" data-cite="profile">
            {citationForms(profileCitation(profile, link.url ?? `${location.origin}${location.pathname}`, published, new Date().toISOString().slice(0, 10))).map((f) => (
              <div class="cite-form" key={f.id}>
                <div class="cite-head">
                  <span class="cite-label" id={`cite-profile-${f.id}-label`}>
                    {f.label}
                  </span>
                  <CopyButton label="Copy" ariaLabel={`Copy the ${f.label} of this model's count`} name={`profile-${f.id}`} text={() => f.text} />
                </div>
                <pre id={`cite-profile-${f.id}`} aria-labelledby={`cite-profile-${f.id}-label`} tabindex={0}>
                  <code>{f.text}</code>
                </pre>
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
