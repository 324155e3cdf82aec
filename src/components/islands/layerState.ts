// State shared by the islands of one module page (calculator, probe runner, figure, …):
// the raw text of each argument, mirrored in the URL query. Islands are separate Preact
// roots, but they import this one module instance, so signals keep them in step.
import { computed, signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { CURRENT_VERSION, rulesOf, versions } from '../../estimator/convtranspose1d/versions.ts';
import { canonicalQuery, parseLink, type LinkIssue } from '../../estimator/link.ts';
import { toStrings, type ParamValues } from '../../estimator/spec.ts';

export const initialValues: ParamValues = Object.fromEntries(ct1d.params.map((p) => [p.name, p.initial]));
const initialText = () => toStrings(ct1d.params, initialValues);

/** What the reader typed, keyed by argument name. */
export const raw = signal<Record<string, string>>(initialText());

/** The rules version the numbers are computed with: the link's, until the reader edits. */
export const version = signal<number>(CURRENT_VERSION);

/** What the link contained that was ignored (unknown keys, repeats, bad version). */
export const linkIssues = signal<LinkIssue[]>([]);

/** The estimator's answer for the current text under the current rules (never throws). */
export const outcome = computed(() => ct1d.estimateRaw(raw.value, 'initial'));

/** Under an older link's rules, when they differ from the current ones; else null. */
export const olderOutcome = computed(() => {
  if (version.value === CURRENT_VERSION) return null;
  const rules = rulesOf(version.value);
  const now = outcome.value;
  if (!rules || !now.ok) return null;
  return { version: rules.version, result: rules.estimate(now.params) };
});

/** Set the text of one argument: the reader's edit makes the current rules apply. */
export function setField(name: string, value: string): void {
  version.value = CURRENT_VERSION;
  linkIssues.value = [];
  raw.value = { ...raw.value, [name]: value };
}

/** Replace several arguments at once (presets); the rest return to their initial values. */
export function setAll(fields: Record<string, string>): void {
  version.value = CURRENT_VERSION;
  linkIssues.value = [];
  raw.value = { ...initialText(), ...fields };
}

/** Read ?v=1&in_channels=…&bias=false into the state. */
export function loadFromQuery(search: string): void {
  const link = parseLink(ct1d.params, search, versions.map((v) => v.version));
  linkIssues.value = link.issues;
  version.value = link.version ?? CURRENT_VERSION;
  raw.value = { ...initialText(), ...link.fields };
}

/**
 * The query for the current text: canonical (version first, defaults omitted) when it
 * parses, otherwise the raw text of every field that differs from its initial value, so a
 * shared link to a broken configuration shows the same error.
 */
export function currentQuery(): string {
  const o = outcome.value;
  if (o.ok) return canonicalQuery(ct1d.params, o.params as unknown as ParamValues, version.value);
  const initial = initialText();
  const q = new URLSearchParams({ v: String(version.value) });
  for (const p of ct1d.params) if (raw.value[p.name] !== initial[p.name]) q.set(p.name, raw.value[p.name]);
  return q.toString();
}

/** The permanent, absolute link to the current configuration, opening at the calculator. */
export function permalink(): string {
  const origin = import.meta.env.SITE ?? (typeof window !== 'undefined' ? window.location.origin : '');
  const path = typeof window !== 'undefined' ? window.location.pathname : '/modules/convtranspose1d/';
  return `${origin.replace(/\/$/, '')}${path}?${currentQuery()}#calculator`;
}

let synced = false;
/** Start mirroring state ↔ URL once per page (each island calls it from an effect). */
export function syncWithUrl(): void {
  if (synced || typeof window === 'undefined') return;
  synced = true;
  loadFromQuery(window.location.search);
  window.addEventListener('popstate', () => loadFromQuery(window.location.search));
  // A bare page address stays bare until the reader changes something.
  let touched = window.location.search !== '';
  raw.subscribe(() => {
    if (!touched) {
      touched = true;
      return;
    }
    const url = `${window.location.pathname}?${currentQuery()}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) history.replaceState(null, '', url);
  });
}

const initialOutcome = ct1d.estimateRaw(initialText(), 'initial');

/**
 * The shared state as an island should render it. Preact does not patch attributes or
 * input values while hydrating, so an island's first render must match the server's
 * (the initial layer); the live state, possibly loaded from the URL by another island
 * already, takes over right after. Also starts the URL sync.
 */
export function useLayer() {
  const [live, setLive] = useState(false);
  useEffect(() => {
    syncWithUrl();
    setLive(true);
  }, []);
  if (!live)
    return { live, raw: initialText(), outcome: initialOutcome, version: CURRENT_VERSION, linkIssues: [] as LinkIssue[], olderOutcome: null };
  return {
    live,
    raw: raw.value,
    outcome: outcome.value,
    version: version.value,
    linkIssues: linkIssues.value,
    olderOutcome: olderOutcome.value,
  };
}
