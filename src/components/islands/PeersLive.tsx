// Keeps the server-rendered peers panel (src/components/peers/PeersPanel.astro) in step with
// the calculator. The panel's words never change, so they arrive as static children and
// stay out of this island's JavaScript; on each change this writes only the numbers, and
// which bugs apply, into the cells that show them.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { flagRules, type FlagId } from '../../estimator/convtranspose1d/peers/counting.ts';
import { grouped } from '../../lib/format.ts';
import { EXACT_NAMES, noteKind, peersView, type PeersView } from '../peers/view.ts';
import { currentQuery, useLayer } from './layerState.ts';

export default function PeersLive({ children }: { children?: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const layer = useLayer();
  const { outcome } = layer;
  useLayoutEffect(() => {
    if (!ref.current) return;
    bind(ref.current, peersView(outcome));
    // Links between the module page and its counters page carry the layer along.
    if (layer.live) for (const a of ref.current.querySelectorAll<HTMLAnchorElement>('a[data-layer-link]')) attr(a, 'href', `${a.dataset.layerLink}?${currentQuery(layer)}${a.hash}`);
  }, [layer]);
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

interface RowRefs {
  tr: HTMLElement;
  detail: HTMLElement | null;
  value: HTMLElement | null;
  warn: HTMLElement | null;
  ratio: HTMLElement | null;
  exact: HTMLElement | null;
}
interface Refs {
  body: HTMLElement;
  invalid: HTMLElement;
  message: HTMLElement | null;
  layer: HTMLElement | null;
  unbatched: HTMLElement | null;
  stride: HTMLElement | null;
  batchNote: HTMLElement | null;
  exact: Map<string, HTMLElement>;
  rows: Map<string, RowRefs>;
  marks: HTMLElement[];
  notes: HTMLElement[];
}

/** The cells the numbers go into, found once per panel (the markup never changes shape). */
const found = new WeakMap<HTMLElement, Refs>();
function refsOf(root: HTMLElement): Refs {
  const cached = found.get(root);
  if (cached) return cached;
  const $ = (selector: string, within: ParentNode = root) => within.querySelector<HTMLElement>(selector);
  const all = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  const refs: Refs = {
    body: $('[data-peers-body]')!,
    invalid: $('[data-peers-invalid]')!,
    message: $('[data-bind="message"]'),
    layer: $('[data-bind="layer"]'),
    unbatched: $('[data-peers-unbatched]'),
    stride: $('[data-bind="stride"]'),
    batchNote: $('[data-bind="batch-note"]'),
    exact: new Map(all('[data-exact]').map((td) => [td.dataset.exact!, td])),
    rows: new Map(
      all('tr[data-tool]').map((tr) => [
        tr.dataset.tool!,
        {
          tr,
          detail: $(`tr[data-tool-detail="${tr.dataset.tool}"]`),
          value: $('.peers-value', tr),
          warn: $('.peers-warn', tr),
          ratio: $('[data-ratio]', tr),
          exact: $('[data-exact-in-unit]', tr),
        },
      ]),
    ),
    marks: all('a[data-flag-ref]'),
    notes: all('li[data-flag]'),
  };
  found.set(root, refs);
  return refs;
}

/** Writes one layer's numbers into the panel's markup. */
export function bind(root: HTMLElement, v: PeersView): void {
  const r = refsOf(root);
  r.body.hidden = !v.ok;
  r.invalid.hidden = v.ok;
  if (!v.ok) {
    text(r.message, v.message);
    return;
  }
  text(r.layer, v.layer);
  if (r.unbatched) r.unbatched.hidden = !v.unbatched;
  text(r.stride, v.stride);
  text(r.batchNote, v.batchNote);
  for (const name of EXACT_NAMES) {
    const td = r.exact.get(name) ?? null;
    text(td, grouped(v.exact[name]));
    attr(td, 'data-value', v.exact[name].toString());
  }
  for (const row of v.rows) {
    const el = r.rows.get(row.id);
    if (!el) continue;
    attr(el.tr, 'data-count', row.count === null ? '' : row.count.toString());
    el.tr.classList.toggle('peers-bug', row.bug);
    el.detail?.classList.toggle('peers-bug', row.bug);
    el.value?.classList.toggle('peers-none', row.count === null);
    text(el.value, row.count === null ? `none: ${el.tr.dataset.whyNull ?? 'no number'}` : grouped(row.count));
    if (el.warn) el.warn.hidden = !row.bug;
    text(el.ratio, row.ratio);
    attr(el.exact, 'data-exact-in-unit', row.exact ? row.exact.value.toString() : '');
    attr(el.exact, 'title', row.exact ? row.exact.label : null);
    text(el.exact, row.exact ? grouped(row.exact.value) : '—');
  }
  for (const a of r.marks) a.classList.toggle('peers-mark-on', v.affected.has(a.dataset.flagRef as FlagId));
  for (const li of r.notes) {
    const id = li.dataset.flag as FlagId;
    const on = v.affected.has(id);
    attr(li, 'data-affects', String(on));
    text(li.querySelector('.peers-note-kind'), noteKind(flagRules[id].kind, on));
  }
}
