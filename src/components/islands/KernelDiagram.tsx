// Figure 1 of the ConvTranspose1d page: how each input element stamps the kernel onto the
// output, bound to the calculator's layer. The geometry (which elements, taps and cells,
// and every count) comes from the estimator's kernelDiagram(); this file only draws it and
// handles hover, focus, keyboard and touch.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { kernelDiagram, reaching, type KernelDiagram as Diagram, type Slot } from '../../estimator/convtranspose1d/diagram.ts';
import type * as ct1d from '../../estimator/convtranspose1d/index.ts';
type ConvTranspose1dParams = ct1d.ConvTranspose1dParams;
import { grouped } from '../../lib/format.ts';
import { useLayer, type LayerProps } from './layerState.ts';
import { cellText, FONT, gutterFor, layout, NARROW, textWidth, Y } from './diagram/layout.ts';
import { cellSentence, description, gapSentence, inputSentence, plain, positionSentence, windowNote, type Rich } from './diagram/text.ts';
import '../../styles/diagram.css';

export const FIGURE_ID = 'convtranspose1d-kernel-diagram';
export const CAPTION_ID = `${FIGURE_ID}-caption`;
const DESC_ID = `${FIGURE_ID}-desc`;

/** An interactive item: 'i:<i>' an input element, 'o:<t>' an output cell, 'g:<column>' a "not drawn" marker. */
type Key = string;
type Row = 'in' | 'out';

interface Highlight {
  inputs: Set<bigint>;
  taps: Set<string>;
  slots: Set<number>;
}
const NONE: Highlight = { inputs: new Set(), taps: new Set(), slots: new Set() };

/** What to emphasise for the active item: a cell's sources, an input's stamp, or a marker alone. */
function highlightOf(p: ConvTranspose1dParams, d: Diagram, key: Key | null): Highlight {
  if (!key) return NONE;
  const value = key.slice(2);
  if (key.startsWith('o:')) {
    const t = BigInt(value);
    const j = d.slots.findIndex((s) => s.kind === 'cell' && s.t === t);
    if (j < 0) return NONE;
    const r = reaching(p, d, t);
    return { inputs: new Set(r.sources.map((x) => x.i)), taps: new Set(r.sources.map((x) => `${x.i}:${x.k}`)), slots: new Set([j]) };
  }
  if (key.startsWith('i:')) {
    const e = d.inputs.find((x) => x.i === BigInt(value));
    if (!e) return NONE;
    return { inputs: new Set([e.i]), taps: new Set(e.taps.map((x) => `${x.i}:${x.k}`)), slots: new Set(e.taps.map((x) => x.slot)) };
  }
  const j = Number(value);
  return d.slots[j]?.kind === 'gap' ? { ...NONE, slots: new Set([j]) } : NONE;
}

const slotKey = (s: Slot, j: number): Key | null => (s.kind === 'cell' ? `o:${s.t}` : s.kind === 'gap' ? `g:${j}` : null);

/** A sentence with its variables typeset: italic names, subscripts as <sub>. */
function Typeset({ text }: { text: Rich }) {
  return (
    <>
      {text.map((p) =>
        typeof p === 'string' ? p : (
          <>
            <i>{p.v}</i>
            {p.sub !== undefined && <sub>{p.sub}</sub>}
          </>
        ),
      )}
    </>
  );
}

/** A typeset variable inside an SVG label: an italic name and a lowered, smaller index. */
function SvgVar({ v, sub }: { v: string; sub: string }) {
  return (
    <>
      <tspan class="kd-var">{v}</tspan>
      <tspan class="kd-sub" dy="4">{sub}</tspan>
    </>
  );
}

/**
 * The figure's measured width (undefined until measured, as on the server) and whether its
 * drawing is scrolled away from either end, so the edge that hides columns can fade.
 */
function useFrame(layoutWidth: number) {
  const frameRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  const [more, setMore] = useState({ left: false, right: false });
  const update = () => {
    const el = scrollRef.current;
    if (!el) return;
    const left = el.scrollLeft > 1;
    const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
  };
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    ro.observe(frame);
    return () => ro.disconnect();
  }, []);
  // After every new layout (a new layer or width), the ends may have moved.
  useEffect(update, [layoutWidth, width]);
  return { frameRef, scrollRef, width, more, onScroll: update };
}

export default function KernelDiagram(props: LayerProps) {
  // Renders the server's state while hydrating, then the live one (see useLayer).
  const { outcome: result, live: mounted } = useLayer(props);
  const params = result.ok ? result.params : null;
  const diagram = useMemo(() => (params ? kernelDiagram(params) : null), [params]);

  // The figure, its legend and caption are static (src/components/diagram/KernelFigure.astro).
  return (
    <div class="kd-live" data-whole={diagram ? String(diagram.whole) : undefined}>
      {result.ok && diagram ? (
        <Drawing result={result} d={diagram} mounted={mounted} />
      ) : (
        <p class="kd-invalid">The calculator’s arguments are not a valid layer, so there is nothing to draw.</p>
      )}
    </div>
  );
}

type Ok = Extract<ct1d.Estimate, { ok: true }>;

function Drawing({ result, d, mounted }: { result: Ok; d: Diagram; mounted: boolean }) {
  const p = result.params;
  // The frame's width decides the row labels' column and the width left for the drawing
  // (unknown on the server and while hydrating: the drawing then takes its narrowest columns).
  const [frameWidth, setFrameWidth] = useState<number | undefined>(undefined);
  const gutter = gutterFor(frameWidth);
  const narrow = frameWidth !== undefined && frameWidth < NARROW;
  const L = useMemo(() => layout(d, frameWidth === undefined ? undefined : frameWidth - gutter), [d, frameWidth, gutter]);
  const frame = useFrame(L.width);
  useEffect(() => setFrameWidth(frame.width), [frame.width]);
  const overflow = frame.more.left || frame.more.right;
  const U = L.u;
  const slotX = L.x;
  const svgRef = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<Key | null>(null);
  const [focused, setFocused] = useState<Key | null>(null);
  const [pinned, setPinned] = useState<Key | null>(null);
  const [rove, setRove] = useState<Record<Row, Key | null>>({ in: null, out: null });

  // The two keyboard rows, left to right.
  const rows = useMemo(() => {
    const inKeys = d.inputs.map((e) => `i:${e.i}`);
    const outKeys = d.slots.flatMap((s, j) => slotKey(s, j) ?? []);
    const x = new Map<Key, number>();
    d.inputs.forEach((e, j) => x.set(`i:${e.i}`, L.inputX[j]));
    d.slots.forEach((s, j) => {
      const k = slotKey(s, j);
      if (k) x.set(k, slotX(j));
    });
    return { in: inKeys, out: outKeys, x };
  }, [d, L]);
  const exists = (k: Key | null) => k !== null && rows.x.has(k);
  const active = [hover, focused, pinned].find(exists) ?? null;
  const hl = useMemo(() => highlightOf(p, d, active), [p, d, active]);
  const tabStop = (row: Row) => (exists(rove[row]) ? rove[row] : rows[row][0]);

  const focusKey = (k: Key) => svgRef.current?.querySelector<SVGElement>(`[data-key="${k}"]`)?.focus();
  const nearest = (row: Row, x: number, prefer?: Key[]) => {
    const pool = prefer?.length ? prefer : rows[row];
    if (!pool.length) return undefined;
    return pool.reduce((best, k) => (Math.abs(rows.x.get(k)! - x) < Math.abs(rows.x.get(best)! - x) ? k : best), pool[0]);
  };
  const onKey = (e: KeyboardEvent, key: Key, row: Row) => {
    const list = rows[row];
    const at = list.indexOf(key);
    let next: Key | undefined;
    if (e.key === 'ArrowRight') next = list[Math.min(at + 1, list.length - 1)];
    else if (e.key === 'ArrowLeft') next = list[Math.max(at - 1, 0)];
    else if (e.key === 'Home') next = list[0];
    else if (e.key === 'End') next = list[list.length - 1];
    else if (e.key === 'ArrowUp' && row === 'out') {
      const h = highlightOf(p, d, key);
      next = nearest('in', rows.x.get(key)!, [...h.inputs].map((i) => `i:${i}`));
    } else if (e.key === 'ArrowDown' && row === 'in') {
      const h = highlightOf(p, d, key);
      const targets = [...h.slots].flatMap((j) => slotKey(d.slots[j], j) ?? []);
      next = nearest('out', rows.x.get(key)!, targets);
    } else if (e.key === 'Enter' || e.key === ' ') {
      setPinned((cur) => (cur === key ? null : key));
    } else if (e.key === 'Escape') {
      setPinned(null);
      setFocused(null);
    } else return;
    e.preventDefault();
    if (next && next !== key) focusKey(next);
  };

  /** Props shared by every interactive item. */
  const item = (key: Key, row: Row, label: Rich) => ({
    'data-key': key,
    // Lower-case: on SVG elements the attribute name is case-sensitive.
    tabindex: tabStop(row) === key ? 0 : -1,
    role: 'button' as const,
    'aria-label': plain(label),
    'aria-pressed': pinned === key,
    onPointerEnter: () => setHover(key),
    onPointerLeave: () => setHover((h) => (h === key ? null : h)),
    onFocus: (e: FocusEvent) => {
      setRove((r) => ({ ...r, [row]: key }));
      // Keyboard focus traces the item; a click's focus leaves that to the click (pin toggle).
      if ((e.currentTarget as Element).matches(':focus-visible')) setFocused(key);
    },
    onBlur: () => setFocused((f) => (f === key ? null : f)),
    onClick: () => setPinned((cur) => (cur === key ? null : key)),
    onKeyDown: (e: KeyboardEvent) => onKey(e, key, row),
  });
  const on = (b: boolean) => (b ? 'true' : undefined);
  // Accessible names, one sentence per item (computed once per layer, not per hover).
  const labels = useMemo(() => {
    const m = new Map<Key, Rich>();
    // A value drawn in compact form leads its name, so the visible text is part of the name.
    const lead = (shown: string, n: bigint) => (shown === grouped(n) ? '' : `${shown}: `);
    for (const e of d.inputs) m.set(`i:${e.i}`, [lead(cellText(e.i, FONT.input, L.u - 6), e.i), ...inputSentence(p, d, e.i)]);
    d.slots.forEach((s, j) => {
      if (s.kind === 'cell') m.set(`o:${s.t}`, [lead(cellText(s.y, FONT.count, L.u), s.y), ...cellSentence(p, d, s)]);
      else if (s.kind === 'gap') m.set(`g:${j}`, gapSentence(s));
    });
    return m;
  }, [p, d, L]);

  // Where each drawn tap ends: spread across the cell so every product is its own line end.
  const ends = useMemo(() => {
    const bySlot = new Map<number, string[]>();
    for (const e of d.inputs) for (const x of e.taps) bySlot.set(x.slot, [...(bySlot.get(x.slot) ?? []), `${x.i}:${x.k}`]);
    const out = new Map<string, number>();
    for (const [j, list] of bySlot) {
      const step = list.length > 1 ? Math.min(6, (U - 16) / (list.length - 1)) : 0;
      list.forEach((k, r) => out.set(k, slotX(j) + (r - (list.length - 1) / 2) * step));
    }
    return out;
  }, [d, L]);

  const cells = d.slots.filter((s) => s.kind === 'cell').length;
  const stampClass = (j: number) => (j % 2 === 0 ? 'kd-stamp-a' : 'kd-stamp-b');
  const readout: Rich = (() => {
    if (!active) return mounted ? ['Hover, focus or tap an output cell to trace the products that reach it, or an input element to see its stamp; arrow keys move between them.'] : [];
    return labels.get(active) ?? [];
  })();
  const docSum = result.documented?.additions_per_filter ?? null;
  const flags = {
    cropped: d.slots.some((s) => s.kind === 'cropped' && s.taps > 0),
    tail: d.tailFrom < d.lengthOut,
    gap: d.slots.some((s) => s.kind === 'gap'),
    hidden: d.slots.some((s) => s.kind === 'cell' && s.hiddenSources > 0n),
  };
  const outMid = Y.outTop + Y.outH / 2;

  // Row labels: words on wide screens, the symbols alone on narrow ones.
  const rowLabels = narrow
    ? { in: <SvgVar v="x" sub="i" />, out: <SvgVar v="y" sub="t" />, t: <tspan class="kd-var">t</tspan>, adds: <>adds</> }
    : {
        in: <>input <SvgVar v="x" sub="i" /></>,
        out: <>output <SvgVar v="y" sub="t" /></>,
        t: <>position <tspan class="kd-var">t</tspan></>,
        adds: <>additions</>,
      };

  return (
    <>
      {/* The row labels stay put; the drawing beside them scrolls when it cannot fit. */}
      <div
        class="kd-frame"
        ref={frame.frameRef}
        data-width={frameWidth}
        data-fits={L.fits === undefined ? undefined : String(L.fits)}
        data-more-left={on(frame.more.left)}
        data-more-right={on(frame.more.right)}
      >
        <svg class="kd-rows" width={gutter} height={L.height} viewBox={`0 0 ${gutter} ${L.height}`} aria-hidden="true" focusable="false">
          <g class="kd-row-label">
            <text x={gutter - 8} y={Y.inTop + Y.inH / 2 + 4}>{rowLabels.in}</text>
            <text x={gutter - 8} y={outMid + 4}>{rowLabels.out}</text>
            <text x={gutter - 8} y={Y.t}>{rowLabels.t}</text>
            <text x={gutter - 8} y={Y.adds}>{rowLabels.adds}</text>
          </g>
        </svg>
        <div class="kd-viewport">
      <div
        class="kd-scroll"
        ref={frame.scrollRef}
        onScroll={frame.onScroll}
        // Focusable only when it scrolls, so keyboard readers can scroll it (axe: scrollable-region-focusable).
        tabindex={overflow ? 0 : undefined}
        role={overflow ? 'region' : undefined}
        aria-label={overflow ? 'Figure 1 drawing, scrolls sideways' : undefined}
        data-overflow={on(overflow)}
      >
        <svg
          ref={svgRef}
          class="kd-svg"
          viewBox={`0 0 ${L.width} ${L.height}`}
          width={L.width}
          height={L.height}
          role="group"
          aria-labelledby={CAPTION_ID}
          aria-describedby={DESC_ID}
          data-active={active ?? undefined}
          data-cells={cells}
        >
          <defs>
            <pattern id="kd-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line class="kd-hatch-line" x1="0" y1="0" x2="0" y2="6" />
            </pattern>
          </defs>

          {/* Taps: one line per drawn product, under the cells */}
          <g class="kd-taps" aria-hidden="true">
            {d.inputs.map((e, j) =>
              e.taps.map((x) => {
                const id = `${x.i}:${x.k}`;
                const x0 = L.inputX[j];
                const x1 = ends.get(id)!;
                const y0 = Y.inTop + Y.inH;
                const y1 = Y.outTop;
                const mid = (y0 + y1) / 2;
                return (
                  <path
                    key={id}
                    class={`kd-tap ${stampClass(j)}${x.zone !== 'output' ? ' is-cropped' : ''}`}
                    d={`M${x0} ${y0} C${x0} ${mid}, ${x1} ${mid}, ${x1} ${y1}`}
                    data-tap={id}
                    data-target={x.t.toString()}
                    data-cropped={x.zone !== 'output' ? x.zone : undefined}
                    data-highlighted={on(hl.taps.has(id))}
                  />
                );
              }),
            )}
          </g>

          {/* Products from elements that are not drawn: a short stub per cell */}
          <g class="kd-stubs" aria-hidden="true">
            {d.slots.map((s, j) =>
              s.kind === 'cell' && s.hiddenSources > 0n ? (
                <path key={j} class="kd-stub" d={`M${slotX(j) + U / 2 - 9} ${Y.outTop} L${slotX(j) + U / 2 + 3} ${Y.outTop - 20}`} />
              ) : null,
            )}
          </g>

          {/* The output row: cells, cropped positions and "not drawn" markers */}
          <g class="kd-out">
            {d.slots.map((s, j) => {
              const x = slotX(j) - (U - 6) / 2;
              const box = { x, y: Y.outTop, width: U - 6, height: Y.outH, rx: 3 };
              if (s.kind === 'cell') {
                const key = `o:${s.t}`;
                const text = cellText(s.y, FONT.count, U);
                const cls = ['kd-box', s.hole ? 'kd-box-hole' : s.y > 1n ? 'kd-box-overlap' : ''].join(' ').trim();
                return (
                  <g
                    key={key}
                    class="kd-cell kd-item"
                    {...item(key, 'out', labels.get(key)!)}
                    data-output-index={s.t.toString()}
                    data-count={s.y.toString()}
                    data-additions={s.additions.toString()}
                    data-hole={on(s.hole)}
                    data-tail={on(s.tail)}
                    data-hidden-sources={s.hiddenSources > 0n ? s.hiddenSources.toString() : undefined}
                    data-highlighted={on(hl.slots.has(j))}
                  >
                    <rect class={cls} {...box} />
                    {s.tail && <rect class="kd-tail-mark" x={x} y={Y.outTop + Y.outH - 4} width={U - 6} height={4} />}
                    <text
                      class={`kd-count${s.hole ? ' is-hole' : ''}`}
                      x={slotX(j)}
                      y={outMid + 5.5}
                      {...(textWidth(text, FONT.count) > U - 8 ? { textLength: U - 8, lengthAdjust: 'spacingAndGlyphs' } : {})}
                    >
                      {text}
                    </text>
                  </g>
                );
              }
              if (s.kind === 'cropped') {
                return (
                  <g key={`c:${s.t}`} class="kd-ghost" data-cropped-index={s.t.toString()} data-taps={s.taps} data-highlighted={on(hl.slots.has(j))}>
                    <title>{`t = ${grouped(s.t)}: outside the output, ${s.taps} drawn ${s.taps === 1 ? 'tap' : 'taps'} cropped`}</title>
                    <rect class={`kd-ghost-box${s.taps > 0 ? ' has-taps' : ''}`} {...box} />
                    {s.taps > 0 && <text class="kd-ghost-mark" x={slotX(j)} y={outMid + 5}>×</text>}
                  </g>
                );
              }
              const key = `g:${j}`;
              return (
                <g
                  key={key}
                  class="kd-gap kd-item"
                  {...item(key, 'out', labels.get(key)!)}
                  data-gap-from={s.from.toString()}
                  data-gap-to={s.to.toString()}
                  data-highlighted={on(hl.slots.has(j))}
                >
                  <rect class="kd-gap-hit" {...box} />
                  <path class="kd-break" d={`M${slotX(j) - 7} ${Y.outTop + Y.outH} L${slotX(j) - 1} ${Y.outTop} M${slotX(j) + 1} ${Y.outTop + Y.outH} L${slotX(j) + 7} ${Y.outTop}`} />
                </g>
              );
            })}
          </g>

          {/* Position labels */}
          <g class="kd-t" aria-hidden="true">
            {d.slots.map((s, j) => (s.kind !== 'gap' && L.showT[j] ? <text key={j} x={slotX(j)} y={Y.t}>{grouped(s.t)}</text> : null))}
          </g>

          {/* Additions per cell, max(y − 1, 0) */}
          <g class="kd-adds-row" aria-hidden="true">
            {d.slots.map((s, j) => (s.kind === 'cell' ? <text key={j} class="kd-adds" x={slotX(j)} y={Y.adds}>{cellText(s.additions, FONT.small, U)}</text> : null))}
          </g>

          {/* The input row */}
          <g class="kd-in">
            {d.inputs.map((e, j) => {
              const key = `i:${e.i}`;
              const text = cellText(e.i, FONT.input, U - 6);
              return (
                <g key={key} class="kd-input kd-item" {...item(key, 'in', labels.get(key)!)} data-input-index={e.i.toString()} data-highlighted={on(hl.inputs.has(e.i))}>
                  <rect class={`kd-input-box ${stampClass(j)}`} x={L.inputX[j] - (U - 8) / 2} y={Y.inTop} width={U - 8} height={Y.inH} rx={4} />
                  <text
                    class="kd-input-text"
                    x={L.inputX[j]}
                    y={Y.inTop + Y.inH / 2 + 4.5}
                    {...(textWidth(text, FONT.input) > U - 10 ? { textLength: U - 12, lengthAdjust: 'spacingAndGlyphs' } : {})}
                  >
                    {text}
                  </text>
                </g>
              );
            })}
          </g>

          {/* Brackets: output_padding tail, cropped zones, runs not drawn */}
          <g class="kd-notes" aria-hidden="true">
            {L.annotations.map((a, n) => {
              const y = Y.lanes + a.lane * Y.lane;
              const half = textWidth(a.text, 11) / 2;
              const mid = Math.min(Math.max((a.x0 + a.x1) / 2, half + 4), L.width - half - 4);
              return (
                <g key={n} class={`kd-note kd-note-${a.kind}`}>
                  <path d={`M${a.x0} ${y} v5 H${a.x1} v-5`} />
                  <text x={mid} y={y + 18}>{a.text}</text>
                </g>
              );
            })}
          </g>
        </svg>
      </div>
        </div>
      </div>
      {overflow && (
        <p class="kd-hint" data-diagram-hint>
          <span aria-hidden="true">↔ </span>Scroll sideways for the rest of the drawing ({d.slots.length} columns).
        </p>
      )}
      <p class="kd-position" data-diagram-position>
        <Typeset text={positionSentence(p, d)} />
      </p>

      <p class="kd-readout" data-diagram-readout>
        <Typeset text={readout} />
      </p>

      <p class="kd-summary" data-diagram-summary>
        For this layer:{' '}
        <span class="kd-math">
          <i>M</i> = <span data-diagram-quantity="M">{grouped(result.exact.products_per_filter)}</span>
        </span>{' '}
        products land in the output,{' '}
        <span class="kd-math">
          <i>P</i> = <span data-diagram-quantity="P">{grouped(result.exact.covered_positions)}</span>
        </span>{' '}
        positions receive at least one, so a direct implementation needs{' '}
        <span class="kd-math">
          <i>M</i> − <i>P</i> = <span data-diagram-quantity="additions">{grouped(result.exact.additions_per_filter)}</span>
        </span>{' '}
        additions per filter;{' '}
        {docSum === null ? (
          <>the documented probe cannot run for this layer.</>
        ) : (
          <>
            the documented probe sum{' '}
            <span class="kd-math">
              Σ(<i>y</i><sub>t</sub> − 1) = <span data-diagram-quantity="probe">{grouped(docSum)}</span>
            </span>
            .
          </>
        )}
      </p>
      {!d.whole && (
        <p class="kd-window" data-diagram-window data-hidden-inputs={d.hidden.inputs.toString()} data-hidden-outputs={d.hidden.outputs.toString()}>
          <Typeset text={windowNote(p, d)} />
        </p>
      )}
      {/* Which optional marks this layer has: KernelFigure's legend shows their keys. */}
      <span hidden data-legend-flags={Object.entries(flags).filter(([, on]) => on).map(([k]) => k).join(' ')} />
      <p id={DESC_ID} class="sr-only">
        {description(d)}
      </p>
    </>
  );
}
