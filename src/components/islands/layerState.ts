// State shared by the islands of one module page (calculator, probe runner, figure, …):
// the raw text of each argument, mirrored in the URL query. Islands are separate Preact
// roots, but they import this one module instance, so one store keeps them in step.
// nanostores (about 1 KB) is the store Astro recommends for sharing state between islands.
// (Not @nanostores/preact's useStore: it defers each island's render to its own timer task,
// so one keystroke cost five renders and five style/layout passes instead of one.)
import { atom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { CURRENT_VERSION, rulesOf, versions } from '../../estimator/convtranspose1d/versions.ts';
import { canonicalQuery, parseLink, type LinkIssue } from '../../estimator/link.ts';
import { toStrings, type ParamValues } from '../../estimator/spec.ts';

export const initialValues: ParamValues = Object.fromEntries(ct1d.params.map((p) => [p.name, p.initial]));
const initialText = () => toStrings(ct1d.params, initialValues);

interface Input {
  /** What the reader typed, keyed by argument name. */
  raw: Record<string, string>;
  /** The rules version the numbers are computed with: the link's, until the reader edits. */
  version: number;
  /** What the link contained that was ignored (unknown keys, repeats, bad version). */
  linkIssues: LinkIssue[];
}

/** Everything an island renders from: the input, and the estimator's answers for it. */
export interface Layer extends Input {
  /** The estimator's answer for the current text under the current rules (never throws). */
  outcome: ct1d.Estimate;
  /** Under an older link's rules, when they differ from the current ones; else null. */
  olderOutcome: { version: number; result: ct1d.Estimate } | null;
  /** False while an island hydrates (it then renders the server's state), true after. */
  live: boolean;
}

function derive(s: Input, live: boolean): Layer {
  const outcome = ct1d.estimateRaw(s.raw, 'initial');
  let olderOutcome: Layer['olderOutcome'] = null;
  const rules = s.version === CURRENT_VERSION ? undefined : rulesOf(s.version);
  if (rules && outcome.ok) olderOutcome = { version: rules.version, result: rules.estimate(outcome.params) };
  return { ...s, outcome, olderOutcome, live };
}

const initialInput: Input = { raw: initialText(), version: CURRENT_VERSION, linkIssues: [] };

/** What the server rendered: the initial layer (islands match it while hydrating). */
export const initialLayer = derive(initialInput, false);

/**
 * The shared state: one atom, derived once per change whichever island reads it, so an edit
 * that also resets the version and link issues notifies once. (Deriving here rather than with
 * nanostores' computed() keeps its lifecycle module, half a kilobyte, out of the page.)
 */
export const layer = atom<Layer>({ ...initialLayer, live: true });
const put = (s: Input) => layer.set(derive(s, true));

/** Set the text of one argument: the reader's edit makes the current rules apply. */
export function setField(name: string, value: string): void {
  put({ raw: { ...layer.get().raw, [name]: value }, version: CURRENT_VERSION, linkIssues: [] });
}

/** Replace several arguments at once (presets); the rest return to their initial values. */
export function setAll(fields: Record<string, string>): void {
  put({ raw: { ...initialText(), ...fields }, version: CURRENT_VERSION, linkIssues: [] });
}

/** Read ?v=1&in_channels=…&bias=false into the state. */
export function loadFromQuery(search: string): void {
  const link = parseLink(ct1d.params, search, versions.map((v) => v.version));
  put({ raw: { ...initialText(), ...link.fields }, version: link.version ?? CURRENT_VERSION, linkIssues: link.issues });
}

/**
 * The query for the current text: canonical (version first, defaults omitted) when it
 * parses, otherwise the raw text of every field that differs from its initial value, so a
 * shared link to a broken configuration shows the same error.
 */
export function currentQuery(s: Layer = layer.get()): string {
  const { outcome: o, raw, version } = s;
  if (o.ok) return canonicalQuery(ct1d.params, o.params as unknown as ParamValues, version);
  const initial = initialText();
  const q = new URLSearchParams({ v: String(version) });
  for (const p of ct1d.params) if (raw[p.name] !== initial[p.name]) q.set(p.name, raw[p.name]);
  return q.toString();
}

/** The module page's path (its counters page links back to it with the same query). */
export const MODULE_PATH = '/modules/convtranspose1d/';

/** The permanent, absolute link to a configuration (the current one by default), opening at the calculator. */
export function permalink(s: Layer = layer.get()): string {
  const origin = import.meta.env.SITE ?? (typeof window !== 'undefined' ? window.location.origin : '');
  // Always the module page, where the calculator is, whichever of its pages asks.
  return `${origin.replace(/\/$/, '')}${MODULE_PATH}?${currentQuery(s)}#calculator`;
}

let synced = false;
/** How long the address waits for typing to pause: history.replaceState costs ~1.5 ms a call in Chrome. */
const URL_DELAY_MS = 250;
/** Start mirroring state ↔ URL once per page (each island calls it from an effect). */
export function syncWithUrl(): void {
  if (synced || typeof window === 'undefined') return;
  synced = true;
  loadFromQuery(window.location.search);
  window.addEventListener('popstate', () => loadFromQuery(window.location.search));
  const rewrite = () => {
    clearTimeout(pending);
    const url = `${window.location.pathname}?${currentQuery()}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) history.replaceState(null, '', url);
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  // A link opened with a query is rewritten to its canonical form at once; a bare page
  // address stays bare until the reader changes something, and then follows their typing.
  if (window.location.search !== '') rewrite();
  layer.listen(() => {
    clearTimeout(pending);
    pending = setTimeout(rewrite, URL_DELAY_MS);
  });
  // Never lose the last edit: leaving or hiding the page writes the address at once.
  window.addEventListener('pagehide', rewrite);
  document.addEventListener('visibilitychange', rewrite);
}

/**
 * The shared state as an island should render it. Preact does not patch attributes or
 * input values while hydrating, so an island's first render must match the server's
 * (the initial layer); the live state, possibly loaded from the URL by another island
 * already, takes over right after. Also starts the URL sync. Every island re-renders in
 * the same task as the change, so Preact renders them all in one batch.
 */
export function useLayer(): Layer {
  const [state, setState] = useState<Layer>(initialLayer);
  useEffect(() => {
    const off = layer.listen((value) => setState(value));
    syncWithUrl();
    setState(layer.get());
    return off;
  }, []);
  return state;
}
