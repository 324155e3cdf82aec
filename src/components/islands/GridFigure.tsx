// The output grid of the 2-d convolution pages (Conv2d, ConvTranspose2d): per output cell, the
// products of one filter that reach it, over a window of the output, bound to the calculator's
// layer; hovering, focusing or tapping a cell shows what reaches it. The geometry and every
// count come from the family's grid.ts (src/estimator/conv/grid.ts, convtranspose/grid.ts),
// loaded on demand. The server renders the initial layer's grid from the `grid` prop
// (GridFigure.astro computes it), which stands until the layer changes.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AxisReach, Grid, GridFamily, Reach } from '../../estimator/core/grid.ts';
import { grouped } from '../../lib/format.ts';
import { useLayer, type Layer, type ModuleView } from './store.ts';
import '../../styles/grid.css';

export type Family = 'conv' | 'convtranspose';

const FAMILIES: Record<Family, () => Promise<GridFamily<never>>> = {
  conv: () => import('../../estimator/conv/grid.ts'),
  convtranspose: () => import('../../estimator/convtranspose/grid.ts'),
};

export interface Props {
  view: ModuleView;
  initial: Layer;
  family: Family;
  /** The initial layer's grid, computed on the server. */
  grid: Grid | null;
  /** The id of the figure's caption, which names the grid. */
  captionId: string;
}

type Cell = readonly [number, number];
const same = (a: Cell | null, b: Cell | null) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** The colour step of a count (core/grid.ts's step(), repeated here so the island imports no estimator code). */
const level = (v: bigint, top: bigint) => (v === 0n || top === 0n ? 0 : Number((4n * v + top - 1n) / top));

/** Never throws: a family function that fails draws nothing rather than breaking the page. */
function safe<T>(f: () => T | null): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

export default function GridFigure({ view, initial, family, grid: first, captionId }: Props) {
  const { layer, store } = useLayer(view, initial);
  const [fam, setFam] = useState<GridFamily<unknown> | null>(null);
  // The family's grid code loads when there is something to compute: once the page's estimator is
  // in (the layer may differ from the server's, whose grid is `first`), or when the reader reaches
  // for a cell (what reaches it is computed). A reader who only reads never loads it.
  const computing = store.def !== null;
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  useEffect(() => {
    if (computing || wanted) FAMILIES[family]().then((m) => setFam(() => m as GridFamily<unknown>), () => {});
  }, [computing || wanted]);
  const o = layer.outcome;
  const params = o.ok ? o.params : null;
  const ready = layer.live && (!computing || fam !== null);
  const grid = useMemo(() => (!params ? null : computing && fam ? safe(() => fam.gridOf(params)) : first), [params, computing, fam, first]);
  const reach = useMemo(() => (r: number, c: number) => (fam && params ? safe(() => fam.reachOf(params, BigInt(r), BigInt(c))) : null), [fam, params]);

  return (
    <div class="gf-live" data-family={family} data-ready={ready ? 'true' : undefined} onPointerOver={want} onFocusIn={want} onTouchStart={want}>
      {grid ? (
        <Drawing grid={grid} reach={reach} ready={ready} captionId={captionId} />
      ) : (
        <p class="gf-invalid">The calculator’s arguments are not a valid layer, so there is nothing to draw.</p>
      )}
    </div>
  );
}

function Drawing({ grid, reach, ready, captionId }: { grid: Grid; reach: (r: number, c: number) => Reach | null; ready: boolean; captionId: string }) {
  const { rows, cols, kind } = grid;
  const R = rows.counts.length;
  const C = cols.counts.length;
  const [hover, setHover] = useState<Cell | null>(null);
  const [focused, setFocused] = useState<Cell | null>(null);
  const [pinned, setPinned] = useState<Cell | null>(null);
  const [rove, setRove] = useState<Cell>([0, 0]);
  const inside = (x: Cell | null): x is Cell => !!x && x[0] < R && x[1] < C;
  const active = [hover, focused, pinned].find(inside) ?? null;
  const stop: Cell = inside(rove) ? rove : [0, 0];
  const info = useMemo(() => (active ? reach(active[0], active[1]) : null), [active?.[0], active?.[1], reach]);

  const top = grid.top;
  // The panel's width in tap columns: a row of the kernel (forward), or the most products a column receives (transposed).
  const most = kind === 'forward' ? grid.kernel[1] : cols.counts.reduce((a, b) => (b > a ? b : a), 0n);
  const width = Number(most < 12n ? most : 13n);
  const focusCell = (c: Cell, from: HTMLElement) =>
    from.closest('table')?.querySelector<HTMLElement>(`td[data-row="${c[0]}"][data-col="${c[1]}"]`)?.focus();
  const onKey = (e: KeyboardEvent, c: Cell) => {
    const [r, k] = c;
    let next: Cell | null = null;
    if (e.key === 'ArrowRight') next = [r, Math.min(k + 1, C - 1)];
    else if (e.key === 'ArrowLeft') next = [r, Math.max(k - 1, 0)];
    else if (e.key === 'ArrowDown') next = [Math.min(r + 1, R - 1), k];
    else if (e.key === 'ArrowUp') next = [Math.max(r - 1, 0), k];
    else if (e.key === 'Home') next = e.ctrlKey ? [0, 0] : [r, 0];
    else if (e.key === 'End') next = e.ctrlKey ? [R - 1, C - 1] : [r, C - 1];
    else if (e.key === 'Enter' || e.key === ' ') setPinned((p) => (same(p, c) ? null : c));
    else if (e.key === 'Escape') {
      setPinned(null);
      setFocused(null);
    } else return;
    e.preventDefault();
    if (next && !same(next, c)) focusCell(next, e.currentTarget as HTMLElement);
  };

  const zeroWord = kind === 'forward' ? 'sees only padding' : 'hole: no product lands';
  const idle = ready ? `Hover, focus or tap a cell to see ${kind === 'forward' ? 'the taps it reads' : 'the products that land on it'}; arrow keys move between cells.` : '';

  return (
    <>
      <div class="gf-body">
        <div class="gf-scroll">
          <table class="gf-grid" role="grid" aria-labelledby={captionId} data-rows={R} data-cols={C} onPointerLeave={() => setHover(null)}>
            <thead>
              <tr>
                <td class="gf-corner" aria-hidden="true">×</td>
                {cols.counts.map((y, c) => (
                  <th key={c} scope="col" class={active?.[1] === c ? 'is-on' : undefined} data-factor={y.toString()}>
                    <span class="sr-only">column {c}, factor </span>
                    {grouped(y)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.counts.map((yh, r) => (
                <tr key={r}>
                  <th scope="row" class={active?.[0] === r ? 'is-on' : undefined} data-factor={yh.toString()}>
                    <span class="sr-only">row {r}, factor </span>
                    {grouped(yh)}
                  </th>
                  {cols.counts.map((yw, c) => {
                    const v = yh * yw;
                    const cell: Cell = [r, c];
                    return (
                      <td
                        key={c}
                        role="gridcell"
                        class={`gf-cell gf-l${level(v, top)}`}
                        tabindex={same(stop, cell) ? 0 : -1}
                        data-row={r}
                        data-col={c}
                        data-count={v.toString()}
                        data-active={same(active, cell) ? 'true' : undefined}
                        aria-selected={same(pinned, cell) ? 'true' : 'false'}
                        onPointerEnter={(e) => e.pointerType !== 'touch' && setHover(cell)}
                        onFocus={(e) => {
                          setRove(cell);
                          // Keyboard focus traces the cell; a click's focus leaves that to the click (pin toggle).
                          if ((e.currentTarget as Element).matches(':focus-visible')) setFocused(cell);
                        }}
                        onBlur={() => setFocused((f) => (same(f, cell) ? null : f))}
                        onClick={() => setPinned((p) => (same(p, cell) ? null : cell))}
                        onKeyDown={(e) => onKey(e, cell)}
                      >
                        {grouped(v)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Panel info={active && info ? info : null} cell={active} kind={kind} ready={ready} width={width} />
      </div>
      <p class="gf-window" data-grid-window={grid.windowed ? 'true' : undefined}>
        {grid.note}
      </p>
      <p class="gf-readout" aria-live="polite" data-grid-readout>
        {active && info ? info.text : idle}
      </p>
      <ul class="gf-legend" aria-label="Colours">
        {grid.legend.map((s) => (
          <li key={s.step}>
            <span class={`gf-swatch gf-l${s.step}`} aria-hidden="true" />
            {s.step === 0 ? `0 (${zeroWord})` : s.lo === s.hi ? grouped(s.lo) : `${grouped(s.lo)}–${grouped(s.hi)}`}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What reaches the active cell, drawn small: forward, its k_H×k_W taps on the padded input; transposed, the (input, tap) pairs that land on it. */
function Panel({ info, cell, kind, ready, width }: { info: Reach | null; cell: Cell | null; kind: Grid['kind']; ready: boolean; width: number }) {
  const style = { '--gf-n': String(width) };
  if (!info || !cell) {
    return (
      <div class="gf-panel is-idle" aria-hidden="true" style={style}>
        <p class="gf-panel-title">{kind === 'forward' ? 'Taps of a cell' : 'Products landing on a cell'}</p>
        <p class="gf-panel-note">{ready ? 'Point at a cell, or focus the grid and use the arrow keys.' : ''}</p>
      </div>
    );
  }
  const { row, col } = info;
  const forward = kind === 'forward';
  const pad = (x: bigint, a: AxisReach) => x < 0n || x >= a.sizeIn;
  const more = (a: AxisReach) => a.total - BigInt(a.listed.length);
  const label = (s: { input: bigint; tap: bigint }, a: AxisReach) =>
    forward ? <span class={pad(s.input, a) ? 'is-pad' : undefined}>{grouped(s.input)}</span> : <>{grouped(s.input)}<small>k{grouped(s.tap)}</small></>;
  return (
    <div class="gf-panel" aria-hidden="true" style={style} data-panel-row={cell[0]} data-panel-col={cell[1]}>
      <p class="gf-panel-title">
        {forward ? `Taps of output (${cell[0]}, ${cell[1]})` : `Products on output (${cell[0]}, ${cell[1]})`}
      </p>
      {info.total === 0n ? (
        <p class="gf-panel-note">No product lands here: a hole, whose value is the bias alone.</p>
      ) : (
        <table class="gf-taps">
          <thead>
            <tr>
              <td class="gf-taps-axis">{forward ? 'in' : <>i<small>k</small></>}</td>
              {col.listed.map((s) => (
                <th key={s.tap}>{label(s, col)}</th>
              ))}
              {more(col) > 0n && <th class="gf-more">+{grouped(more(col))}</th>}
            </tr>
          </thead>
          <tbody>
            {row.listed.map((a) => (
              <tr key={a.tap}>
                <th>{label(a, row)}</th>
                {col.listed.map((b) => {
                  const data = a.data && b.data;
                  const copy = forward && data && (pad(a.input, row) || pad(b.input, col));
                  return <td key={b.tap} class={data ? (copy ? 'is-copy' : 'is-data') : 'is-pad'} />;
                })}
              </tr>
            ))}
            {more(row) > 0n && (
              <tr>
                <th class="gf-more">+{grouped(more(row))}</th>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {info.total > 0n && (
        <p class="gf-panel-note">
          {forward
            ? `${grouped(info.count)} of ${grouped(info.total)} taps on data`
            : `${grouped(row.count)} × ${grouped(col.count)} = ${grouped(info.count)} products (i: input, k: kernel tap)`}
        </p>
      )}
    </div>
  );
}
