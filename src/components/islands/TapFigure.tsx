// The tap figure of a forward convolution's page (Conv1d; any axis of Conv2d/Conv3d): the padded
// input along one axis, the drawn outputs with y_o, the products the exact count includes at
// each, and, for the output hovered, focused or tapped, the taps it reads: on data, on zero
// padding (skipped by the exact count) or on padding that copies an input element (counted).
// Every position and count comes from the estimator's model (src/estimator/conv/diagram.ts),
// loaded on demand with the family's estimator file; the server renders the initial layer's.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OutputSlot, TapFigure as Figure, TapRead } from '../../estimator/conv/diagram.ts';
import { compact, grouped } from '../../lib/format.ts';
import { useLayer, type Layer, type ModuleView } from './store.ts';
import '../../styles/taps.css';

export interface Props {
  view: ModuleView;
  initial: Layer;
  /** Spatial dimensions of the module, and the one drawn. */
  nd: number;
  dim: number;
  /** The initial layer's figure, computed on the server. */
  figure: Figure | null;
  /** The figure element's id (its caption is `${id}-caption`). */
  id: string;
}

type Model = typeof import('../../estimator/conv/diagram.ts');

/** Column width, gutter for the row labels, margin, and the rows' heights. */
const G = 42;
const M = 6;
const Y = { pos: 14, inTop: 22, inH: 26, outTop: 112, outH: 26, o: 152, h: 162 };

const num = (n: bigint) => (n > -10000n && n < 10000n ? grouped(n) : (compact(n) ?? grouped(n)).replace(' ', ''));
const plural = (n: bigint, one: string, many = `${one}s`) => `${grouped(n)} ${n === 1n ? one : many}`;
const held = (t: { held: string; source: bigint | null }) => (t.held === 'zero' ? '0' : `x${num(t.source!)}`);

/** One sentence on an output: where its taps fall and how many the exact count includes. */
function sentence(f: Figure, s: OutputSlot): string {
  const at = `Output ${grouped(s.o)}`;
  const listed = s.taps.length === Number(s.total) ? '' : ` (its first and last ${s.taps.length / 2} taps drawn)`;
  const zero = s.total - s.count;
  const copies = s.taps.filter((t) => t.held === 'copy').map((t) => `position ${grouped(t.i)} holds x${grouped(t.source!)}`);
  const [a, b] = [s.taps[0].i, s.taps[s.taps.length - 1].i];
  const read = a === b ? `reads input position ${grouped(a)}` : `reads input positions ${grouped(a)} to ${grouped(b)}${listed}`;
  if (f.mode !== 'zeros') {
    return `${at} ${read}: all ${plural(s.total, 'tap')} count, y = ${grouped(s.count)}${copies.length ? `; with padding_mode='${f.mode}' ${copies.join(', ')}` : ''}.`;
  }
  if (s.count === 0n) return `${at} ${read}: it sees only zero padding, so ${s.total === 1n ? 'its one tap does not count' : `none of its ${plural(s.total, 'tap')} counts`}, y = 0.`;
  if (zero === 0n) return `${at} ${read}: ${s.total === 1n ? 'its tap reads' : `all ${plural(s.total, 'tap')} read`} data, y = ${grouped(s.count)}.`;
  const one = (n: bigint, a: string, b: string) => (n === 1n ? a : b);
  return `${at} ${read}: ${grouped(s.count)} of its ${plural(s.total, 'tap')} ${one(s.count, 'reads data and counts', 'read data and count')}; ${grouped(zero)} ${one(zero, 'falls on zero padding and is skipped', 'fall on zero padding and are skipped')}, y = ${grouped(s.count)}.`;
}

/** Never throws: a model that fails draws nothing rather than breaking the page. */
function safe<T>(f: () => T | null): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

export default function TapFigure({ view, initial, nd, dim, figure: first, id }: Props) {
  const { layer, store } = useLayer(view, initial);
  const [model, setModel] = useState<Model | null>(null);
  // Until the page's estimator is in, the layer is the server's and so is its figure (`first`,
  // every drawn output's taps included): the model's code loads only once there is a layer to draw.
  const computing = store.def !== null;
  useEffect(() => {
    if (computing) import('../../estimator/conv/diagram.ts').then((m) => setModel(() => m), () => {});
  }, [computing]);
  const o = layer.outcome;
  const params = o.ok ? o.params : null;
  const ready = layer.live && (!computing || model !== null);
  const f = useMemo(() => (!params ? null : computing && model ? safe(() => model.tapFigureOf(params as never, nd, dim)) : first), [params, computing, model, first]);
  // The estimator's own total along the axis: taps on data (zeros) or every tap (other modes).
  const axis = o.ok ? (o as unknown as { per_dim: { taps_in_bounds: bigint; dense: bigint }[] }).per_dim[dim] : null;
  const total = f && axis ? (f.mode === 'zeros' ? axis.taps_in_bounds : axis.dense) : null;
  return (
    <div class="tf-live" data-ready={ready ? 'true' : undefined}>
      {f ? <Drawing f={f} total={total} id={id} ready={ready} nd={nd} /> : <p class="tf-invalid">The calculator’s arguments are not a valid layer, so there is nothing to draw.</p>}
    </div>
  );
}

function Drawing({ f, total, id, ready, nd }: { f: Figure; total: bigint | null; id: string; ready: boolean; nd: number }) {
  // Columns wide enough for the longest label.
  const U = useMemo(() => {
    // Approximate advance widths: 6 px a character at 10 px (positions), 7.5 at 12 px bold (counts), x and a 9 px index.
    let w = 0;
    for (const c of f.inputs) if (c.kind === 'input') w = Math.max(w, num(c.i).length * 6, c.held === 'zero' ? 7 : 7 + num(c.source!).length * 5.4);
    for (const s of f.outputs) if (s.kind === 'output') w = Math.max(w, num(s.o).length * 6, num(s.count).length * 7.5);
    return Math.max(26, Math.ceil(w + 9));
  }, [f]);
  const place = useMemo(() => {
    const col = new Map<bigint, number>();
    f.inputs.forEach((c, k) => c.kind === 'input' && col.set(c.i, G + M + k * U + U / 2));
    let prev = -Infinity;
    const xs = f.outputs.map((s) => {
      const ideal = s.kind === 'output' ? (col.get(s.taps[0].i)! + col.get(s.taps[s.taps.length - 1].i)!) / 2 : prev + U;
      prev = Math.max(ideal, prev + U, G + M + U / 2);
      return prev;
    });
    return { col, xs, width: Math.ceil(Math.max(G + M + f.inputs.length * U, prev + U / 2) + M) };
  }, [f, U]);
  const outs = f.outputs.flatMap((s, k) => (s.kind === 'output' ? [k] : []));
  // The output shown at rest: the first whose taps reach the padding, else the first.
  const rest = outs.find((k) => (f.outputs[k] as OutputSlot).taps.some((t) => t.held !== 'data')) ?? outs[0];
  const [hover, setHover] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  const [rove, setRove] = useState(0);
  const valid = (k: number | null): k is number => k !== null && f.outputs[k]?.kind === 'output';
  const chosen = [hover, focused, pinned].find(valid) ?? null;
  const active = chosen ?? rest;
  const stop = valid(rove) ? rove : outs[0];
  const s = f.outputs[active] as OutputSlot;
  const svgRef = useRef<SVGSVGElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState(false);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const check = () => setOverflow(el.scrollWidth > el.clientWidth + 1);
    check();
    addEventListener('resize', check);
    return () => removeEventListener('resize', check);
  }, [place.width]);
  // A new layer: bring the output shown at rest into view (a long drawing may start far from it).
  useEffect(() => {
    const el = scrollRef.current;
    if (el && el.scrollWidth > el.clientWidth) el.scrollLeft = Math.max(0, place.xs[rest] - el.clientWidth / 2);
  }, [f, place]);

  const onKey = (e: KeyboardEvent, k: number) => {
    const at = outs.indexOf(k);
    let next: number | undefined;
    if (e.key === 'ArrowRight') next = outs[Math.min(at + 1, outs.length - 1)];
    else if (e.key === 'ArrowLeft') next = outs[Math.max(at - 1, 0)];
    else if (e.key === 'Home') next = outs[0];
    else if (e.key === 'End') next = outs[outs.length - 1];
    else if (e.key === 'Enter' || e.key === ' ') setPinned((p) => (p === k ? null : k));
    else if (e.key === 'Escape') {
      setPinned(null);
      setFocused(null);
    } else return;
    e.preventDefault();
    if (next !== undefined && next !== k) svgRef.current?.querySelector<SVGElement>(`[data-slot="${next}"]`)?.focus();
  };

  const readIn = new Set(s.taps.map((t) => t.i));
  const H = Y.h + (s.hiddenTaps > 0n ? 14 : 0);
  const ox = place.xs[active];
  const drawnOuts = outs.map((k) => f.outputs[k] as OutputSlot);
  const gaps = f.outputs.filter((x) => x.kind === 'gap');
  const last = drawnOuts[drawnOuts.length - 1];
  const note = f.whole
    ? `Drawn whole: all ${plural(f.lengthOut, 'output')}, every tap and the whole padded input.`
    : [
        gaps.length
          ? `Shown: ${plural(BigInt(drawnOuts.length), 'output')} of ${grouped(f.lengthOut)}, from each end; the ${gaps.map((g) => `${plural(g.to - g.from + 1n, 'output')} between (${grouped(g.from)}–${grouped(g.to)}) take ${plural(g.products, 'product')}`).join(', ')}.`
          : `All ${plural(f.lengthOut, 'output')} shown.`,
        f.kernel > BigInt(last.taps.length) ? ` Each output lists its first and last ${last.taps.length / 2} of ${grouped(f.kernel)} taps.` : '',
        ' Runs of input positions no drawn tap reads are folded (⋯).',
      ].join('');
  const pads = f.inputs.filter((c) => c.kind === 'input' && c.held !== 'data').length;
  const desc = `The padded input along the axis, ${grouped(f.lengthIn)} long with padding ${grouped(f.pad[0])} before and ${grouped(f.pad[1])} after (${f.mode}); ${pads} drawn padding positions. Products counted at the drawn outputs: ${drawnOuts.map((x) => `y${grouped(x.o)} = ${grouped(x.count)}`).join(', ')}.`;

  return (
    <>
      <div
        class="tf-scroll"
        ref={scrollRef}
        tabindex={overflow ? 0 : undefined}
        role={overflow ? 'region' : undefined}
        aria-label={overflow ? 'Tap figure, scrolls sideways' : undefined}
      >
        <svg
          ref={svgRef}
          class="tf-svg"
          viewBox={`0 0 ${place.width} ${H}`}
          width={place.width}
          height={H}
          role="group"
          aria-labelledby={`${id}-caption`}
          aria-describedby={`${id}-desc`}
          data-active={chosen === null ? undefined : String(s.o)}
          data-shown={String(s.o)}
          onPointerLeave={() => setHover(null)}
        >
          <defs>
            <pattern id={`${id}-hatch`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line class="tf-hatch" x1="0" y1="0" x2="0" y2="5" />
            </pattern>
          </defs>
          <g class="tf-labels" aria-hidden="true">
            <text x={G - 6} y={Y.inTop + Y.inH / 2 + 4}>input</text>
            <text x={G - 6} y={Y.outTop + Y.outH / 2 + 4}>y<tspan class="tf-sub" dy="3">o</tspan></text>
            <text x={G - 6} y={Y.pos} class="tf-small">{nd > 1 ? 'index' : 'i'}</text>
            <text x={G - 6} y={Y.o} class="tf-small">o</text>
          </g>
          {/* The padded input: data, zero padding (hatched) or padding holding a copy (hatched, labelled). */}
          <g class="tf-in">
            {f.inputs.map((c, k) => {
              const x = G + M + k * U;
              if (c.kind === 'gap')
                return (
                  <g key={`g${k}`} class="tf-fold" data-input-gap={`${c.from}:${c.to}`}>
                    <title>{`positions ${grouped(c.from)} to ${grouped(c.to)} not drawn${c.padding > 0n ? `, ${grouped(c.padding)} of them padding` : ''}`}</title>
                    <text x={x + U / 2} y={Y.inTop + Y.inH / 2 + 4}>⋯</text>
                  </g>
                );
              return (
                <g key={`i${c.i}`} class={`tf-cell is-${c.held}${readIn.has(c.i) ? ' is-read' : ''}`} data-input-index={c.i.toString()} data-held={c.held} data-source={c.source?.toString()}>
                  <text class="tf-pos" x={x + U / 2} y={Y.pos}>{num(c.i)}</text>
                  <rect x={x + 1.5} y={Y.inTop} width={U - 3} height={Y.inH} rx={3} fill={c.held === 'data' ? undefined : `url(#${id}-hatch)`} />
                  <text class="tf-held" x={x + U / 2} y={Y.inTop + Y.inH / 2 + 4.5}>
                    {c.held === 'zero' ? '0' : (
                      <>
                        x<tspan class="tf-sub" dy="3">{num(c.source!)}</tspan>
                      </>
                    )}
                  </text>
                </g>
              );
            })}
          </g>
          {/* The shown output's taps: solid on data, dashed on zero padding, dotted on a copy. */}
          <g class="tf-taps" aria-hidden="true">
            {s.taps.map((t: TapRead) => {
              const x1 = place.col.get(t.i)!;
              const y0 = Y.outTop;
              const y1 = Y.inTop + Y.inH;
              const mid = (y0 + y1) / 2;
              return <path key={t.j.toString()} class={`tf-tap is-${t.held}`} d={`M${ox} ${y0} C${ox} ${mid}, ${x1} ${mid}, ${x1} ${y1 + 1}`} data-tap={t.j.toString()} data-held={t.held} data-counted={String(t.counted)} data-input={t.i.toString()} />;
            })}
          </g>
          {/* The outputs: y_o in each, the folded runs as ⋯ */}
          <g class="tf-out">
            {f.outputs.map((x, k) => {
              const cx = place.xs[k];
              if (x.kind === 'gap')
                return (
                  <g key={`og${k}`} class="tf-fold" data-output-gap={`${x.from}:${x.to}`} data-products={x.products.toString()}>
                    <title>{`outputs ${grouped(x.from)} to ${grouped(x.to)} not drawn: ${plural(x.products, 'product')}`}</title>
                    <text x={cx} y={Y.outTop + Y.outH / 2 + 4}>⋯</text>
                  </g>
                );
              const on = k === active;
              return (
                <g
                  key={`o${x.o}`}
                  class={`tf-output${x.count === 0n ? ' is-none' : ''}${on ? ' is-on' : ''}`}
                  data-slot={k}
                  data-output-index={x.o.toString()}
                  data-count={x.count.toString()}
                  data-total={x.total.toString()}
                  tabindex={k === stop ? 0 : -1}
                  role="button"
                  // The count drawn leads the name when it is drawn short (1.00M), so the visible text is part of the name.
                  aria-label={(num(x.count) === grouped(x.count) ? '' : `${num(x.count)}: `) + sentence(f, x)}
                  aria-pressed={pinned === k ? 'true' : 'false'}
                  onPointerEnter={(e) => (e as PointerEvent).pointerType !== 'touch' && setHover(k)}
                  onFocus={(e) => {
                    setRove(k);
                    if ((e.currentTarget as Element).matches(':focus-visible')) setFocused(k);
                  }}
                  onBlur={() => setFocused((v) => (v === k ? null : v))}
                  onClick={() => setPinned((p) => (p === k ? null : k))}
                  onKeyDown={(e) => onKey(e, k)}
                >
                  <rect x={cx - (U - 3) / 2} y={Y.outTop} width={U - 3} height={Y.outH} rx={3} fill={x.count === 0n ? `url(#${id}-hatch)` : undefined} />
                  <text class="tf-count" x={cx} y={Y.outTop + Y.outH / 2 + 4.5}>{num(x.count)}</text>
                </g>
              );
            })}
          </g>
          <g aria-hidden="true">
            {f.outputs.map((x, k) => (x.kind === 'output' ? <text key={`p${x.o}`} class="tf-pos" x={place.xs[k]} y={Y.o}>{num(x.o)}</text> : null))}
          </g>
          {s.hiddenTaps > 0n && (
            <text class="tf-more" x={Math.min(Math.max(ox, G + 60), place.width - 60)} y={Y.h + 8} aria-hidden="true">
              +{plural(s.hiddenTaps, 'tap')} not drawn ({grouped(s.hiddenCounted)} counted)
            </text>
          )}
        </svg>
      </div>
      {overflow && (
        <p class="tf-hint">
          <span aria-hidden="true">↔ </span>Scroll sideways for the rest of the drawing.
        </p>
      )}
      <p class="tf-readout" aria-live="polite" data-tap-readout>
        {(chosen === null ? (ready ? 'Hover, focus or tap an output to see its taps; arrow keys move between outputs. ' : '') : '') + sentence(f, s)}
      </p>
      <p class="tf-note" data-tap-window={f.whole ? undefined : 'true'}>
        {note}
        {total !== null && (
          <>
            {' '}Σ <i>y</i><sub>o</sub> over all {grouped(f.lengthOut)} outputs = <span data-tap-total>{grouped(total)}</span>{' '}
            {f.mode === 'zeros' ? 'taps on data' : 'taps, all on data'}.
          </>
        )}
      </p>
      <p id={`${id}-desc`} class="sr-only">
        {desc}
      </p>
    </>
  );
}
