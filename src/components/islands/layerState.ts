// State shared by the islands of one module page (calculator, probe runner, …): the raw
// text of each argument, mirrored in the URL query. Islands are separate Preact roots,
// but they import this one module instance, so a signal is enough to keep them in step.
import { computed, signal } from '@preact/signals';
import * as ct1d from '../../estimator/convtranspose1d/index.ts';
import { toStrings, type ParamValues } from '../../estimator/spec.ts';

export const initialValues: ParamValues = Object.fromEntries(ct1d.params.map((p) => [p.name, p.initial]));

/** What the reader typed, keyed by argument name. */
export const raw = signal<Record<string, string>>(toStrings(ct1d.params, initialValues));

/** The estimator's answer for the current text (never throws). */
export const outcome = computed(() => ct1d.estimateRaw(raw.value, 'initial'));

/** Read ?in_channels=…&bias=false into the state; unknown keys are ignored. */
export function loadFromQuery(search: string): void {
  const q = new URLSearchParams(search);
  const next = toStrings(ct1d.params, initialValues);
  for (const p of ct1d.params) {
    const v = q.get(p.name);
    if (v !== null) next[p.name] = v;
  }
  raw.value = next;
}

/**
 * The query for the current text: canonical (defaults omitted) when it parses, otherwise
 * the raw text of every field that differs from its initial value, so a shared link to a
 * broken configuration shows the same error.
 */
export function currentQuery(): string {
  const o = outcome.value;
  if (o.ok) return ct1d.queryOf(o.params);
  const initial = toStrings(ct1d.params, initialValues);
  const q = new URLSearchParams();
  for (const p of ct1d.params) if (raw.value[p.name] !== initial[p.name]) q.set(p.name, raw.value[p.name]);
  return q.toString();
}

let synced = false;
/** Start mirroring state ↔ URL once per page (call from each island's effect). */
export function syncWithUrl(): void {
  if (synced || typeof window === 'undefined') return;
  synced = true;
  loadFromQuery(window.location.search);
  window.addEventListener('popstate', () => loadFromQuery(window.location.search));
  raw.subscribe(() => {
    const query = currentQuery();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) history.replaceState(null, '', url);
  });
}
