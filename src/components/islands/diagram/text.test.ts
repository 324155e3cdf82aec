// Figure 1's words: the window's position states the diagram's own numbers, and variables
// are typeset (x with subscript 3), written x[3] only where a screen reader reads them.
import { describe, expect, test } from 'vitest';
import { kernelDiagram } from '../../../estimator/convtranspose1d/diagram.ts';
import { estimate, withDefaults, type ConvTranspose1dParams } from '../../../estimator/convtranspose1d/index.ts';
import { grouped } from '../../../lib/format.ts';
import { cellSentence, plain, positionSentence, productList, windowSpan, type Rich } from './text.ts';

type P = ConvTranspose1dParams;
const layer = (over: Partial<P>): P => withDefaults({ in_channels: 1n, out_channels: 1n, ...over });
const hifi = layer({ in_channels: 512n, out_channels: 256n, length_in: 8192n, kernel_size: 16n, stride: 8n, padding: 4n });
/** The shown text of a sentence: subscripts run on, as a browser's textContent reads them. */
const shown = (r: Rich) => r.map((p) => (typeof p === 'string' ? p : p.v + (p.sub ?? ''))).join('');

describe('the window’s position', () => {
  test('HiFi-GAN: the drawn input elements and output cells among all of them', () => {
    const d = kernelDiagram(hifi);
    const r = estimate(hifi);
    if (!r.ok) throw new Error('HiFi-GAN is a valid layer');
    const cells = d.slots.flatMap((s) => (s.kind === 'cell' ? [s.t] : []));
    const span = windowSpan(hifi, d);
    expect(span.inputs).toEqual({ first: d.inputs[0].i, last: d.inputs[d.inputs.length - 1].i, drawn: BigInt(d.inputs.length), total: 8192n });
    expect(span.outputs).toEqual({ first: cells[0], last: cells[cells.length - 1], drawn: BigInt(cells.length), total: r.length_out });
    const text = shown(positionSentence(hifi, d));
    expect(text).toContain(`x${grouped(span.inputs!.first)} … x${grouped(span.inputs!.last)} (${grouped(span.inputs!.drawn)} of ${grouped(8192n)})`);
    expect(text).toContain(`of ${grouped(r.length_out)})`);
    expect(text).toMatch(/^Showing input elements /);
  });

  test('a layer drawn whole says so, with every index', () => {
    const p = withDefaults({});
    const d = kernelDiagram(p);
    expect(d.whole).toBe(true);
    expect(shown(positionSentence(p, d))).toBe(`Drawn whole: all ${p.length_in} input elements (x0 … x${p.length_in - 1n}) and all ${d.lengthOut} output positions (y0 … y${d.lengthOut - 1n}).`);
    const one = layer({ length_in: 1n, kernel_size: 1n });
    expect(shown(positionSentence(one, kernelDiagram(one)))).toBe('Drawn whole: the one input element (x0) and the one output position (y0).');
  });
});

describe('typeset variables', () => {
  test('products are variables with subscripts, and plain text writes them as indices', () => {
    const r = productList([{ i: 0n, k: 2n }, { i: 1n, k: 1n }]);
    expect(r.filter((p) => typeof p !== 'string')).toEqual([{ v: 'x', sub: '0' }, { v: 'w', sub: '2' }, { v: 'x', sub: '1' }, { v: 'w', sub: '1' }]);
    expect(plain(r)).toBe('x[0]·w[2] + x[1]·w[1]');
  });

  test('no sentence writes an ASCII subscript (y_t, L_in); PyTorch’s argument names keep theirs', () => {
    const p = layer({ length_in: 5n, kernel_size: 3n, stride: 2n, dilation: 2n, padding: 1n, output_padding: 1n });
    const d = kernelDiagram(p);
    const cells = d.slots.flatMap((s) => (s.kind === 'cell' ? [s] : []));
    expect(cells.some((s) => s.tail)).toBe(true);
    for (const s of cells) expect(shown(cellSentence(p, d, s)).replaceAll('output_padding', '')).not.toMatch(/_/);
  });
});
