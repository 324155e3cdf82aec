// Figure 1's screen geometry: the drawing fits any box it can fit at readable columns,
// scrolls at its narrowest readable columns otherwise, and never shrinks its text.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { kernelDiagram } from '../../../estimator/convtranspose1d/diagram.ts';
import { withDefaults, type ConvTranspose1dParams } from '../../../estimator/convtranspose1d/index.ts';
import { columnWidth, FONT, GUTTER, gutterFor, layout, LEFT, MIN_TEXT, NARROW, RIGHT, U_MAX, U_MIN } from './layout.ts';

type P = ConvTranspose1dParams;
const layer = (over: Partial<P>): P => withDefaults({ in_channels: 1n, out_channels: 1n, ...over });
const seed = kernelDiagram(withDefaults({}));
const hifigan = kernelDiagram(layer({ in_channels: 512n, out_channels: 256n, length_in: 8192n, kernel_size: 16n, stride: 8n, padding: 4n }));

describe('fitting a box', () => {
  test('no text is drawn below the readable minimum', () => {
    for (const size of Object.values(FONT)) expect(size).toBeGreaterThanOrEqual(MIN_TEXT);
    expect(MIN_TEXT).toBeGreaterThanOrEqual(11);
  });

  test('without a box (the server), columns take their narrowest readable width', () => {
    const L = layout(seed);
    expect(L.u).toBe(columnWidth(seed));
    expect(L.fits).toBeUndefined();
    // Four columns between the margins.
    expect(L.width).toBe(LEFT + seed.slots.length * L.u + RIGHT);
  });

  test('the seed layer widens its columns to fill a phone’s box, up to U_MAX on a wide one', () => {
    const phone = layout(seed, 312);
    expect(phone.fits).toBe(true);
    expect(phone.width).toBeLessThanOrEqual(312);
    expect(phone.u).toBe(Math.floor((312 - LEFT - RIGHT) / seed.slots.length));
    const desk = layout(seed, 1000);
    expect(desk.u).toBe(U_MAX);
    expect(desk.fits).toBe(true);
  });

  test('HiFi-GAN’s 64 columns cannot fit 540 px at readable widths: narrowest columns, scrolling', () => {
    expect(hifigan.slots.length).toBe(64);
    const L = layout(hifigan, 540);
    expect(L.fits).toBe(false);
    expect(L.u).toBe(columnWidth(hifigan));
    expect(L.u).toBeGreaterThanOrEqual(U_MIN);
    expect(L.width).toBeGreaterThan(540);
    // The last column is inside the drawing, so scrolling to the end shows it.
    expect(L.x(hifigan.slots.length - 1) + L.u / 2).toBeLessThanOrEqual(L.width);
  });

  test('the row labels take words on wide figures and symbols below NARROW', () => {
    expect(gutterFor(undefined)).toBe(GUTTER.wide);
    expect(gutterFor(NARROW)).toBe(GUTTER.wide);
    expect(gutterFor(NARROW - 1)).toBe(GUTTER.narrow);
    expect(gutterFor(320 - 32)).toBe(GUTTER.narrow);
  });

  const randomDiagram = fc
    .record({
      length_in: fc.bigInt({ min: 1n, max: 10n ** 12n }),
      kernel_size: fc.bigInt({ min: 1n, max: 40n }),
      stride: fc.bigInt({ min: 1n, max: 12n }),
      dilation: fc.bigInt({ min: 1n, max: 12n }),
    })
    .map((r) => kernelDiagram(layer(r)));

  test('on random layers and boxes: fits whenever the narrowest columns fit, never narrower than readable (fast-check)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(randomDiagram, fc.integer({ min: 120, max: 2400 }), (d, box) => {
        const narrowest = layout(d);
        const L = layout(d, box);
        expect(L.u).toBeGreaterThanOrEqual(columnWidth(d));
        expect(L.u).toBeLessThanOrEqual(U_MAX);
        expect(L.fits).toBe(L.width <= box);
        if (narrowest.width <= box) expect(L.fits).toBe(true);
        else expect(L.u).toBe(columnWidth(d));
        // Every column and every input lies inside the drawing's width.
        expect(L.x(d.slots.length - 1) + L.u / 2).toBeLessThanOrEqual(L.width);
        for (const x of L.inputX) expect(x + L.u / 2).toBeLessThanOrEqual(L.width);
      }),
      { numRuns: 200 },
    );
  });
});
