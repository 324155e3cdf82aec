// Keeps the server-rendered peers panel (src/components/peers/PeersPanel.astro) in step with
// the calculator. The panel's words never change, so they arrive as static children and
// stay out of this island's JavaScript; on each change this writes only the numbers, and
// which bugs apply, into the cells that show them.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { flagRules, type FlagId } from '../../estimator/convtranspose1d/peers/counting.ts';
import { grouped } from '../../lib/format.ts';
import { EXACT_NAMES, noteKind, peersView, type PeersView } from '../peers/view.ts';
import { useLayer } from './layerState.ts';

export default function PeersLive({ children }: { children?: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const { outcome } = useLayer();
  useLayoutEffect(() => {
    if (ref.current) bind(ref.current, peersView(outcome));
  }, [outcome]);
  return <div ref={ref}>{children}</div>;
}

/** Sets what changed, and nothing else (most cells keep their text from one layer to the next). */
function text(el: Element | null, value: string): void {
  if (el && el.textContent !== value) el.textContent = value;
}
function attr(el: Element | null, name: string, value: string | null): void {
  if (!el || el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/** Writes one layer's numbers into the panel's markup. */
export function bind(root: HTMLElement, v: PeersView): void {
  const $ = (selector: string) => root.querySelector<HTMLElement>(selector);
  const body = $('[data-peers-body]')!;
  const invalid = $('[data-peers-invalid]')!;
  body.hidden = !v.ok;
  invalid.hidden = v.ok;
  if (!v.ok) {
    text($('[data-bind="message"]'), v.message);
    return;
  }
  text($('[data-bind="layer"]'), v.layer);
  $('[data-peers-unbatched]')!.hidden = !v.unbatched;
  text($('[data-bind="stride"]'), v.stride);
  text($('[data-bind="batch-note"]'), v.batchNote);
  for (const name of EXACT_NAMES) {
    const td = $(`[data-exact="${name}"]`);
    text(td, grouped(v.exact[name]));
    attr(td, 'data-value', v.exact[name].toString());
  }
  for (const r of v.rows) {
    const tr = $(`tr[data-tool="${r.id}"]`);
    if (!tr) continue;
    attr(tr, 'data-count', r.count === null ? '' : r.count.toString());
    tr.classList.toggle('peers-bug', r.bug);
    $(`tr[data-tool-detail="${r.id}"]`)?.classList.toggle('peers-bug', r.bug);
    const value = tr.querySelector('.peers-value');
    value?.classList.toggle('peers-none', r.count === null);
    text(value, r.count === null ? `none: ${tr.dataset.whyNull ?? 'no number'}` : grouped(r.count));
    const warn = tr.querySelector<HTMLElement>('.peers-warn');
    if (warn) warn.hidden = !r.bug;
    text(tr.querySelector('[data-ratio]'), r.ratio);
    const exact = tr.querySelector('[data-exact-in-unit]');
    attr(exact, 'data-exact-in-unit', r.exact ? r.exact.value.toString() : '');
    attr(exact, 'title', r.exact ? r.exact.label : null);
    text(exact, r.exact ? grouped(r.exact.value) : '—');
  }
  for (const a of root.querySelectorAll<HTMLElement>('a[data-flag-ref]')) a.classList.toggle('peers-mark-on', v.affected.has(a.dataset.flagRef as FlagId));
  for (const li of root.querySelectorAll<HTMLElement>('li[data-flag]')) {
    const id = li.dataset.flag as FlagId;
    const on = v.affected.has(id);
    attr(li, 'data-affects', String(on));
    text(li.querySelector('.peers-note-kind'), noteKind(flagRules[id].kind, on));
  }
}
