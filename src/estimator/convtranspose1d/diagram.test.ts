// Figure 1's geometry against independent brute force: every product (i, k) enumerated
// literally, y from simulateProbe, PyTorch's golden ones-probe outputs, and for huge layers
// a per-position count that loops only over the few input elements that can reach it.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { valid, toParams } from '../../../tests/unit/golden.ts';
import { DIAGRAM_CAPS, kernelDiagram, reaching, type DiagramCaps, type KernelDiagram } from './diagram.ts';
import { simulateProbe, validate, withDefaults, type ConvTranspose1dParams } from './index.ts';

type P = ConvTranspose1dParams;
const layer = (over: Partial<P>): P => withDefaults({ in_channels: 1n, out_channels: 1n, bias: false, ...over });
const show = (p: P) => JSON.stringify(p, (_k, v) => (typeof v === 'bigint' ? `${v}` : v));

/** Every product of every input element, uncropped: target t = i·s + k·d − p (small layers only). */
function allTaps(p: P) {
  const out: { i: bigint; k: bigint; t: bigint }[] = [];
  for (let i = 0n; i < p.length_in; i++)
    for (let k = 0n; k < p.kernel_size; k++) out.push({ i, k, t: i * p.stride + k * p.dilation - p.padding });
  return out;
}

/** L_out by the formula written out again here, so the checks do not lean on the estimator. */
const lengthOut = (p: P) => (p.length_in - 1n) * p.stride - 2n * p.padding + p.dilation * (p.kernel_size - 1n) + p.output_padding + 1n;

const span = (slot: KernelDiagram['slots'][number]) => (slot.kind === 'gap' ? [slot.from, slot.to] : [slot.t, slot.t]);

/**
 * Checks one layer's figure against the brute force: the columns tile the uncropped axis,
 * every drawn cell's y, hole, tail and additions, the cropped positions, every drawn tap,
 * the markers' counts, the sources of each cell and the hidden totals.
 */
function checkAgainstBruteForce(p: P, caps: DiagramCaps = DIAGRAM_CAPS) {
  const L = lengthOut(p);
  const y = simulateProbe(p, L);
  const taps = allTaps(p);
  const D = kernelDiagram(p, caps);
  const ctx = show(p);

  expect(D.lengthOut, ctx).toBe(L);
  expect(D.slots.length, ctx).toBeLessThanOrEqual(caps.maxSlots);
  expect(D.inputs.length, ctx).toBeLessThanOrEqual(caps.maxInputs);

  // The columns tile [−padding, last target or last output position] with no gap or overlap.
  const highest = taps.reduce((m, x) => (x.t > m ? x.t : m), L - 1n);
  expect(span(D.slots[0])[0], ctx).toBe(-p.padding);
  expect(span(D.slots[D.slots.length - 1])[1], ctx).toBe(highest);
  for (let j = 1; j < D.slots.length; j++) expect(span(D.slots[j])[0], ctx).toBe(span(D.slots[j - 1])[1] + 1n);

  const drawn = new Set(D.inputs.map((e) => e.i));
  const fromDrawn = taps.filter((x) => drawn.has(x.i));
  const positionSlots = new Map<bigint, number>();
  D.slots.forEach((s, j) => s.kind !== 'gap' && positionSlots.set(s.t, j));
  // The drawn elements' products grouped by target (a lookup instead of a scan per column).
  const atTarget = new Map<bigint, typeof fromDrawn>();
  for (const x of fromDrawn) atTarget.set(x.t, [...(atTarget.get(x.t) ?? []), x]);
  const drawnAt = (t: bigint) => atTarget.get(t) ?? [];

  let cells = 0n;
  for (const slot of D.slots) {
    if (slot.kind === 'cell') {
      cells += 1n;
      const t = slot.t;
      expect(t >= 0n && t < L, ctx).toBe(true);
      const yt = y[Number(t)];
      expect(slot.y, `${ctx} t=${t}`).toBe(yt);
      expect(slot.hole, ctx).toBe(yt === 0n);
      expect(slot.tail, ctx).toBe(t >= L - p.output_padding);
      expect(slot.additions, ctx).toBe(yt > 0n ? yt - 1n : 0n);
      const here = drawnAt(t).length;
      expect(slot.drawnSources, ctx).toBe(here);
      expect(slot.hiddenSources, ctx).toBe(yt - BigInt(here));
      // reaching() solves for k per drawn element; compare with the enumeration.
      const r = reaching(p, D, t);
      expect(r.sources.map((x) => `${x.i}:${x.k}`).sort(), ctx).toEqual(drawnAt(t).map((x) => `${x.i}:${x.k}`).sort());
      expect(r.total, ctx).toBe(yt);
    } else if (slot.kind === 'cropped') {
      expect(slot.t < 0n || slot.t >= L, ctx).toBe(true);
      expect(slot.side, ctx).toBe(slot.t < 0n ? 'left' : 'right');
      expect(slot.taps, ctx).toBe(drawnAt(slot.t).length);
    } else {
      // A marker: its exact counts over the output positions it stands for.
      let outPos = 0n, products = 0n, covered = 0n;
      for (let t = slot.from; t <= slot.to; t++)
        if (t >= 0n && t < L) {
          outPos += 1n;
          products += y[Number(t)];
          if (y[Number(t)] > 0n) covered += 1n;
        }
      expect(slot.positions, ctx).toBe(slot.to - slot.from + 1n);
      expect([slot.outputPositions, slot.products, slot.covered], ctx).toEqual([outPos, products, covered]);
      // Between two drawn columns, no drawn element has a tap (they would have been drawn).
      if (slot.edge === 'between') expect(fromDrawn.some((x) => x.t >= slot.from && x.t <= slot.to), ctx).toBe(false);
      expect(slot.edge === 'between' ? D.slots.indexOf(slot) > 0 : true, ctx).toBe(true);
    }
  }

  // Drawn taps: exactly the drawn elements' products that land on a drawn position.
  for (const e of D.inputs) {
    const want = fromDrawn.filter((x) => x.i === e.i && positionSlots.has(x.t));
    expect(e.taps.map((x) => `${x.k}@${x.t}`), ctx).toEqual(want.map((x) => `${x.k}@${x.t}`));
    expect(e.tapsNotDrawn, ctx).toBe(p.kernel_size - BigInt(want.length));
    expect(e.taps.length, ctx).toBeGreaterThan(0);
    for (const x of e.taps) {
      expect(D.slots[x.slot], ctx).toMatchObject({ t: x.t });
      expect(x.zone, ctx).toBe(x.t < 0n ? 'left' : x.t >= L ? 'right' : 'output');
    }
  }
  expect(D.inputs.map((e) => e.i), ctx).toEqual([...D.inputs.map((e) => e.i)].sort((a, b) => (a < b ? -1 : 1)));
  expect(D.hidden.inputs, ctx).toBe(p.length_in - BigInt(D.inputs.length));
  expect(D.hidden.outputs, ctx).toBe(L - cells);
  expect(D.hidden.taps, ctx).toBe(D.inputs.reduce((s, e) => s + p.kernel_size - BigInt(e.taps.length), 0n));
  expect(D.tailFrom, ctx).toBe(L - p.output_padding);

  // Small enough to draw whole: every output position is a cell and every product a drawn tap.
  const fits = p.length_in <= BigInt(caps.maxInputs) && highest + p.padding + 1n <= BigInt(caps.maxSlots);
  expect(D.whole, ctx).toBe(fits);
  if (fits) {
    expect(cells, ctx).toBe(L);
    expect(D.inputs.reduce((s, e) => s + e.taps.length, 0), ctx).toBe(taps.length);
  }
  return D;
}

describe('the seed case, by hand', () => {
  test('L_in 2, K 3: y = [1, 2, 2, 1], additions [0, 1, 1, 0], both stamps whole', () => {
    const D = kernelDiagram(layer({ length_in: 2n, kernel_size: 3n }));
    expect(D.whole).toBe(true);
    const cells = D.slots.filter((s) => s.kind === 'cell');
    expect(cells.map((c) => [c.t, c.y, c.additions, c.hole, c.tail])).toEqual([
      [0n, 1n, 0n, false, false],
      [1n, 2n, 1n, false, false],
      [2n, 2n, 1n, false, false],
      [3n, 1n, 0n, false, false],
    ]);
    expect(D.slots.length).toBe(4);
    // Element 0 stamps t = 0, 1, 2 and element 1 stamps t = 1, 2, 3.
    expect(D.inputs.map((e) => e.taps.map((x) => x.t))).toEqual([[0n, 1n, 2n], [1n, 2n, 3n]]);
    expect(reaching(layer({ length_in: 2n, kernel_size: 3n }), D, 2n).sources).toEqual([{ i: 0n, k: 2n }, { i: 1n, k: 1n }]);
    expect(D.hidden).toEqual({ inputs: 0n, outputs: 0n, taps: 0n });
  });

  test('padding 3, dilation 2, output_padding 1 (L_in 6, K 3): cropped taps on both sides and a tail', () => {
    // L_out = 5 − 6 + 4 + 1 + 1 = 5. Element i taps i−3, i−1, i+1. Left: −3 (i=0), −2 (i=1), −1 (i=0,2).
    // Right: t ≥ 5 is 5 (i=4 k=2... i+1=5 → i=4), 6 (i=5,k=2), and i−1 = 5 → none (i ≤ 5 gives 4).
    const p = layer({ length_in: 6n, kernel_size: 3n, dilation: 2n, padding: 3n, output_padding: 1n });
    const D = kernelDiagram(p);
    expect(D.whole).toBe(true);
    expect(D.slots.map((s) => (s.kind === 'gap' ? 'gap' : `${s.kind}:${s.t}`))).toEqual([
      'cropped:-3', 'cropped:-2', 'cropped:-1', 'cell:0', 'cell:1', 'cell:2', 'cell:3', 'cell:4', 'cropped:5', 'cropped:6',
    ]);
    const cells = D.slots.filter((s) => s.kind === 'cell');
    // y_t counts i ∈ [0, 5] among t+3 (k=0), t+1 (k=1), t−1 (k=2):
    // y_0 = {3, 1} = 2, y_1 = {4, 2, 0} = 3, y_2 = {5, 3, 1} = 3, y_3 = {4, 2} = 2, y_4 = {5, 3} = 2 (the tail cell).
    expect(cells.map((c) => c.y)).toEqual([2n, 3n, 3n, 2n, 2n]);
    expect(cells.map((c) => c.tail)).toEqual([false, false, false, false, true]);
    const cropped = D.slots.filter((s) => s.kind === 'cropped');
    expect(cropped.map((c) => c.taps)).toEqual([1, 1, 2, 1, 1]);
  });

  test('holes: L_in 1, K 3, stride 7, dilation 3 → y = [1, 0, 0, 1, 0, 0, 1]', () => {
    const D = kernelDiagram(layer({ length_in: 1n, kernel_size: 3n, stride: 7n, dilation: 3n }));
    const cells = D.slots.filter((s) => s.kind === 'cell');
    expect(cells.map((c) => c.y)).toEqual([1n, 0n, 0n, 1n, 0n, 0n, 1n]);
    expect(cells.map((c) => c.hole)).toEqual([false, true, true, false, true, true, false]);
  });
});

// Explicit, generous timeouts: these suites do seconds of work under load (2 shared cores,
// other test runs beside them), and must never fail for being slow.
const SLOW = { timeout: 60_000 };

describe('equals the brute force', SLOW, () => {
  test('exhaustively on small layers (L_in ≤ 5, K ≤ 4, stride, dilation ≤ 3, padding ≤ 3)', () => {
    let checked = 0;
    for (let L = 1n; L <= 5n; L++)
      for (let K = 1n; K <= 4n; K++)
        for (let s = 1n; s <= 3n; s++)
          for (let d = 1n; d <= 3n; d++)
            for (let pad = 0n; pad <= 3n; pad++)
              for (let o = 0n; o < (s > d ? s : d); o++) {
                const p = layer({ length_in: L, kernel_size: K, stride: s, dilation: d, padding: pad, output_padding: o });
                if (validate(p)) continue;
                checkAgainstBruteForce(p);
                checked++;
              }
    expect(checked).toBeGreaterThan(1500);
  });

  test('exhaustively with tight caps, so the windowed path runs on the same small layers', () => {
    const caps: DiagramCaps = { maxInputs: 2, maxSlots: 9, maxLeftCropped: 1, fill: 1 };
    let windowed = 0;
    for (let L = 1n; L <= 6n; L++)
      for (let K = 1n; K <= 4n; K++)
        for (let s = 1n; s <= 4n; s++)
          for (let d = 1n; d <= 4n; d++)
            for (let pad = 0n; pad <= 4n; pad += 2n)
              for (const o of [0n, (s > d ? s : d) - 1n]) {
                const p = layer({ length_in: L, kernel_size: K, stride: s, dilation: d, padding: pad, output_padding: o });
                if (validate(p)) continue;
                if (!checkAgainstBruteForce(p, caps).whole) windowed++;
              }
    expect(windowed).toBeGreaterThan(500);
  });

  /** Random valid layers large enough to need a window, and random caps. */
  const randomLayer = fc
    .record({
      length_in: fc.integer({ min: 1, max: 60 }),
      kernel_size: fc.integer({ min: 1, max: 24 }),
      stride: fc.integer({ min: 1, max: 14 }),
      dilation: fc.integer({ min: 1, max: 14 }),
      opFrac: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      padFrac: fc.double({ min: 0, max: 1, noNaN: true }),
      maxInputs: fc.integer({ min: 1, max: 12 }),
      maxSlots: fc.integer({ min: 16, max: 64 }),
      maxLeftCropped: fc.integer({ min: 0, max: 4 }),
      fill: fc.integer({ min: 0, max: 5 }),
    })
    .map((r) => {
      const o = Math.floor(r.opFrac * Math.max(r.stride, r.dilation));
      const full = (r.length_in - 1) * r.stride + r.dilation * (r.kernel_size - 1) + o + 1;
      const padding = Math.round(r.padFrac * Math.min(200, Math.floor((full - 1) / 2)));
      const p = layer({
        length_in: BigInt(r.length_in),
        kernel_size: BigInt(r.kernel_size),
        stride: BigInt(r.stride),
        dilation: BigInt(r.dilation),
        padding: BigInt(padding),
        output_padding: BigInt(o),
      });
      return { p, caps: { maxInputs: r.maxInputs, maxSlots: r.maxSlots, maxLeftCropped: r.maxLeftCropped, fill: r.fill } };
    });

  // Bounded by runs, not time: each run costs ~2–3 ms idle (up to ~2,000 assertions), so a
  // few hundred runs stay well under a second; the exhaustive tests above cover the small layers.
  test('on random layers and caps (fast-check)', () => {
    fc.assert(
      fc.property(randomLayer, ({ p, caps }) => {
        expect(validate(p)).toBeNull();
        checkAgainstBruteForce(p, caps);
      }),
      { numRuns: 200 },
    );
  });

  test('on random layers with the figure’s own caps; output position 0 is always drawn', () => {
    fc.assert(
      fc.property(randomLayer, ({ p }) => {
        const D = checkAgainstBruteForce(p);
        expect(D.slots.some((s) => s.kind === 'cell' && s.t === 0n)).toBe(true);
        expect(D.inputs.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('equals PyTorch', SLOW, () => {
  const records = valid.filter((r) => r.ones_output_with_output_padding);
  test(`every golden record with a ones-probe output (${records.length}): drawn y = PyTorch's y`, () => {
    expect(records.length).toBeGreaterThan(100);
    let cellsChecked = 0;
    for (const r of records) {
      const y = r.ones_output_with_output_padding!;
      const p = toParams(r.params);
      const D = kernelDiagram(p);
      expect(D.lengthOut).toBe(BigInt(y.length));
      for (const slot of D.slots) {
        if (slot.kind === 'cell') {
          expect(slot.y, `${show(p)} t=${slot.t}`).toBe(BigInt(y[Number(slot.t)]));
          cellsChecked++;
        } else if (slot.kind === 'gap' && slot.outputPositions > 0n) {
          const a = Number(slot.from < 0n ? 0n : slot.from);
          const b = Number(slot.to >= D.lengthOut ? D.lengthOut - 1n : slot.to);
          const part = y.slice(a, b + 1);
          expect(slot.products).toBe(BigInt(part.reduce((x, v) => x + v, 0)));
          expect(slot.covered).toBe(BigInt(part.filter((v) => v > 0).length));
        }
      }
    }
    expect(cellsChecked).toBeGreaterThan(1000);
  });
});

/**
 * y_t for a huge layer without the closed form. A product (i, k) lands on t when
 * i·s + k·d = t + p, so loop over whichever index has the shorter admissible range:
 * i with t + p − (K−1)·d ≤ i·s ≤ t + p, or k with t + p − (L_in−1)·s ≤ k·d ≤ t + p.
 */
function productsByHand(p: P, t: bigint): bigint {
  const floor = (a: bigint, b: bigint) => (a >= 0n ? a / b : -((-a + b - 1n) / b));
  const ceil = (a: bigint, b: bigint) => -floor(-a, b);
  const x = t + p.padding;
  // Admissible n ∈ [0, count) with x − reach ≤ n·step ≤ x, reach being the other index's full extent.
  const range = (step: bigint, count: bigint, reach: bigint) => {
    const lo = ceil(x - reach, step);
    const hi = floor(x, step);
    return [lo < 0n ? 0n : lo, hi < count - 1n ? hi : count - 1n] as const;
  };
  const [i0, i1] = range(p.stride, p.length_in, (p.kernel_size - 1n) * p.dilation);
  const [k0, k1] = range(p.dilation, p.kernel_size, (p.length_in - 1n) * p.stride);
  if (i1 - i0 > 100_000n && k1 - k0 > 100_000n) throw new Error('productsByHand: both ranges too long');
  let y = 0n;
  if (i1 - i0 <= k1 - k0) {
    for (let i = i0; i <= i1; i++) if ((x - i * p.stride) % p.dilation === 0n) y++;
  } else {
    for (let k = k0; k <= k1; k++) if ((x - k * p.dilation) % p.stride === 0n) y++;
  }
  return y;
}

describe('huge layers: a bounded window with exact counts', SLOW, () => {
  const huge: [string, P][] = [
    ['L_in 2^31, K 10^6, stride 10^9', layer({ length_in: 2n ** 31n, kernel_size: 1_000_000n, stride: 1_000_000_000n })],
    ['L_in 2^31, K 3, stride 10^9', layer({ length_in: 2n ** 31n, kernel_size: 3n, stride: 1_000_000_000n })],
    ['L_in 2^31, K 2000, stride 3, dilation 7', layer({ length_in: 2n ** 31n, kernel_size: 2000n, stride: 3n, dilation: 7n })],
    ['L_in 2·10^18, K 1000, stride 3, dilation 7, padding 10^17', layer({ length_in: 2n * 10n ** 18n, kernel_size: 1000n, stride: 3n, dilation: 7n, padding: 10n ** 17n })],
    ['L_in 10^12, K 10^6, stride 1, dilation 10^9, output_padding 5·10^8', layer({ length_in: 10n ** 12n, kernel_size: 1_000_000n, dilation: 1_000_000_000n, output_padding: 500_000_000n })],
    ['L_in 3, K 3, stride 10^9, output_padding 5·10^8', layer({ length_in: 3n, kernel_size: 3n, stride: 1_000_000_000n, output_padding: 500_000_000n })],
  ];

  for (const [name, p] of huge) {
    test(name, () => {
      expect(validate(p)).toBeNull();
      // No timing: a loop over L_in or K (up to 10^18) would never finish, so the suite's timeout catches it.
      const D = kernelDiagram(p);
      expect(D.whole).toBe(false);
      expect(D.slots.length).toBeLessThanOrEqual(DIAGRAM_CAPS.maxSlots);
      expect(D.inputs.length).toBeLessThanOrEqual(DIAGRAM_CAPS.maxInputs);
      expect(D.inputs.length).toBeGreaterThan(0);
      expect(D.lengthOut).toBe(lengthOut(p));
      for (const slot of D.slots) {
        if (slot.kind !== 'cell') continue;
        expect(slot.y, `t=${slot.t}`).toBe(productsByHand(p, slot.t));
        expect(slot.tail).toBe(slot.t >= lengthOut(p) - p.output_padding);
        const r = reaching(p, D, slot.t);
        expect(r.total).toBe(slot.y);
        expect(BigInt(r.sources.length)).toBe(BigInt(slot.drawnSources));
      }
      // Every drawn tap is a real product of its element: t = i·s + k·d − p with 0 ≤ k < K.
      for (const e of D.inputs)
        for (const x of e.taps) {
          expect(x.t).toBe(e.i * p.stride + x.k * p.dilation - p.padding);
          expect(x.k >= 0n && x.k < p.kernel_size).toBe(true);
        }
      expect(D.hidden.outputs).toBe(D.lengthOut - BigInt(D.slots.filter((s) => s.kind === 'cell').length));
    });
  }

  test('K 10^6 with stride 10^9: only the taps of element 0 that fit are drawn, and the rest are counted', () => {
    const p = huge[0][1];
    const D = kernelDiagram(p);
    // Element 0 stamps t = 0 … 999,999 one apart: 63 columns hold t = 0 … 62, then the end marker.
    expect(D.inputs.map((e) => e.i)).toEqual([0n]);
    expect(D.inputs[0].taps.length).toBe(63);
    expect(D.inputs[0].tapsNotDrawn).toBe(1_000_000n - 63n);
    const end = D.slots[D.slots.length - 1];
    expect(end).toMatchObject({ kind: 'gap', edge: 'end', from: 63n });
  });

  test('K 3 with stride 10^9: stamps 10^9 apart, the 10^9 − 3 positions between them are holes', () => {
    const p = huge[1][1];
    const D = kernelDiagram(p);
    expect(D.inputs.length).toBe(12);
    const between = D.slots.filter((s) => s.kind === 'gap' && s.edge === 'between');
    expect(between.length).toBe(11);
    for (const g of between) expect(g).toMatchObject({ positions: 999_999_997n, products: 0n, covered: 0n });
    expect(D.slots.filter((s) => s.kind === 'cell').map((c) => (c.kind === 'cell' ? c.y : 0n))).toEqual(Array(36).fill(1n));
  });

  test('L_in 3, stride 10^9, output_padding 5·10^8: the tail at the end of the output is drawn and marked', () => {
    // L_out = 2·10^9 + 2 + 5·10^8 + 1; the last stamp covers 2·10^9 … 2·10^9 + 2, then 5·10^8 tail holes.
    const p = huge[5][1];
    const D = kernelDiagram(p);
    const L = 2_500_000_003n;
    expect(D.lengthOut).toBe(L);
    const cells = D.slots.filter((s) => s.kind === 'cell');
    const last = cells[cells.length - 1];
    expect(last).toMatchObject({ t: L - 1n, y: 0n, hole: true, tail: true });
    expect(cells.find((c) => c.t === L - 500_000_000n)).toMatchObject({ tail: true, hole: true });
    expect(cells.find((c) => c.t === 2_000_000_002n)).toMatchObject({ tail: false, y: 1n });
  });

  test('huge padding: the window starts at the first element that reaches the output', () => {
    // K 1000, d 7: span 6993. First element with i·3 − 10^17 + 6993 ≥ 0: i = ⌈(10^17 − 6993)/3⌉.
    const p = huge[3][1];
    const D = kernelDiagram(p);
    const first = (10n ** 17n - 6993n + 2n) / 3n;
    expect(D.inputs[0].i).toBe(first);
    expect(D.slots.find((s) => s.kind === 'gap' && s.edge === 'start')).toMatchObject({ from: -(10n ** 17n), zone: 'left' });
  });

  test('the window does not grow with the input length', () => {
    // Not timed (machine speed must not decide a test): a loop over L_in = 10^17 would not
    // finish before the suite's timeout, and the drawn window has the same bounded shape at every size.
    const shapes = [3n, 9n, 17n].map((e) => {
      const D = kernelDiagram(layer({ length_in: 10n ** e, kernel_size: 10n ** 6n, stride: 7n, dilation: 3n, padding: 10n ** (e - 1n) }));
      expect(D.slots.length).toBeLessThanOrEqual(DIAGRAM_CAPS.maxSlots);
      expect(D.inputs.length).toBeLessThanOrEqual(DIAGRAM_CAPS.maxInputs);
      return [D.slots.length, D.inputs.length];
    });
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
  });
});
