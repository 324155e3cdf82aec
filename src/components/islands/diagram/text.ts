// The words of Figure 1: readout lines, the window's position, the window note and the
// screen-reader description. Every number comes from the diagram or the estimate, formatted
// exactly. Sentences are "rich": variables are typeset (italic, with subscripts) where they
// are shown, and written plainly (x[3]) where only a screen reader meets them (aria-label).
import type { DiagramParams, KernelDiagram, Slot } from '../../../estimator/convtranspose1d/diagram.ts';
import { reaching } from '../../../estimator/convtranspose1d/diagram.ts';
import { grouped as g } from '../../../lib/format.ts';

/** A variable such as x₃ or y_t: an italic name and an optional subscript. */
export interface Var {
  v: string;
  sub?: string;
}
export type Part = string | Var;
/** A sentence with typeset variables. */
export type Rich = Part[];

const v = (name: string, sub?: bigint | string): Var => ({ v: name, sub: sub === undefined ? undefined : typeof sub === 'bigint' ? g(sub) : sub });

/** The sentence as plain text, for accessible names: subscripts as indices, x[3]. */
export function plain(r: Rich): string {
  return r.map((p) => (typeof p === 'string' ? p : p.sub === undefined ? p.v : `${p.v}[${p.sub}]`)).join('');
}

const plural = (n: bigint, one: string, many: string) => `${g(n)} ${n === 1n ? one : many}`;

/** "x₀·w₂ + x₁·w₁" for a list of products. */
export function productList(list: { i: bigint; k: bigint }[]): Rich {
  return list.flatMap(({ i, k }, j) => [...(j ? [' + '] : []), v('x', i), '·', v('w', k)]);
}

/** What an output cell receives, in one sentence. */
export function cellSentence(p: DiagramParams, d: KernelDiagram, s: Extract<Slot, { kind: 'cell' }>): Rich {
  const r = reaching(p, d, s.t);
  const where: Rich = ['Output ', v('y', s.t), ' (', v('t'), ` = ${g(s.t)})`];
  const tail = s.tail ? ' It lies in the output_padding tail, which the documented probe leaves out.' : '';
  if (s.hole) {
    const probe: Rich = s.tail ? [] : [' The documented probe still counts it as ', v('y', 't'), ' − 1 = −1.'];
    return [...where, ' receives 0 products: a hole.', ...probe, tail];
  }
  const drawn: Rich = r.sources.length ? productList(r.sources) : ['none of them drawn'];
  const hidden = r.hidden > 0n ? ` (${r.sources.length} drawn; ${plural(r.hidden, 'more comes', 'more come')} from input elements or taps not drawn)` : '';
  return [...where, ` receives ${plural(s.y, 'product', 'products')}: `, ...drawn, `${hidden}, so ${plural(s.additions, 'addition', 'additions')}.${tail}`];
}

/** Where an input element's stamp lands, in one sentence. */
export function inputSentence(p: DiagramParams, d: KernelDiagram, i: bigint): Rich {
  const e = d.inputs.find((x) => x.i === i);
  if (!e) return [];
  const first = e.taps[0];
  const last = e.taps[e.taps.length - 1];
  const cropped = e.taps.filter((x) => x.zone !== 'output').length;
  const where: Rich = first.t === last.t ? [v('t'), ` = ${g(first.t)}`] : [v('t'), ` = ${g(first.t)} … ${g(last.t)}, ${g(p.dilation)} apart`];
  const taps: Rich = e.tapsNotDrawn > 0n
    ? [`${e.taps.length} of its ${g(p.kernel_size)} taps are drawn: `, v('w', first.k), ' … ', v('w', last.k)]
    : [`its ${plural(p.kernel_size, 'tap', 'taps')}`];
  const crop = cropped ? `; ${cropped} of those land outside the output and are cropped by the padding` : '';
  return [
    'Input element ', v('x', i), ' starts its stamp at ', v('i'), '·stride − padding = ', `${g(i * p.stride - p.padding)}: `,
    ...taps, ' land on ', ...where, `${crop}.`,
  ];
}

/** What a "not drawn" marker stands for. */
export function gapSentence(s: Extract<Slot, { kind: 'gap' }>): Rich {
  const range: Rich = ['Positions ', v('t'), ` = ${g(s.from)} … ${g(s.to)}`];
  if (s.outputPositions === 0n) return [...range, ` (${plural(s.positions, 'position', 'positions')}) lie in the cropped padding and are not drawn.`];
  const holes = s.outputPositions - s.covered;
  const cropped = s.positions - s.outputPositions;
  return [
    ...range,
    ` are not drawn: ${plural(s.outputPositions, 'output position', 'output positions')} receiving ` +
      `${plural(s.products, 'product', 'products')} in all, ${plural(holes, 'hole', 'holes')}` +
      (cropped > 0n ? `, and ${plural(cropped, 'cropped position', 'cropped positions')}` : '') +
      '.',
  ];
}

/** Which stretch of the layer is drawn: first and last drawn index, how many are drawn, of how many. */
export interface Span {
  first: bigint;
  last: bigint;
  drawn: bigint;
  total: bigint;
}

/** The window's position: the drawn input elements and output cells among all of them (null when none is drawn). */
export function windowSpan(p: DiagramParams, d: KernelDiagram): { inputs: Span | null; outputs: Span | null } {
  const ins = d.inputs;
  const ts = d.slots.flatMap((s) => (s.kind === 'cell' ? [s.t] : []));
  return {
    inputs: ins.length ? { first: ins[0].i, last: ins[ins.length - 1].i, drawn: BigInt(ins.length), total: p.length_in } : null,
    outputs: ts.length ? { first: ts[0], last: ts[ts.length - 1], drawn: BigInt(ts.length), total: d.lengthOut } : null,
  };
}

/** "x₀ … x₇ (8 of 8,192)" for a span. */
function spanText(name: string, s: Span | null, noun: string): Rich {
  if (!s) return [`no ${noun}`];
  const range: Rich = s.first === s.last ? [v(name, s.first)] : [v(name, s.first), ' … ', v(name, s.last)];
  return [...range, ` (${g(s.drawn)} of ${g(s.total)})`];
}

/** Where the drawing sits in the layer, e.g. "Showing input elements x₀ … x₇ (8 of 8,192) and output positions y₀ … y₅₇ (58 of 65,536)." */
export function positionSentence(p: DiagramParams, d: KernelDiagram): Rich {
  const { inputs, outputs } = windowSpan(p, d);
  if (d.whole) {
    const range = (name: string, sp: Span | null): Rich => (!sp ? [] : sp.first === sp.last ? [' (', v(name, sp.first), ')'] : [' (', v(name, sp.first), ' … ', v(name, sp.last), ')']);
    const all = (sp: Span | null, one: string, many: string) => (sp && sp.total === 1n ? `the one ${one}` : `all ${g(sp?.total ?? 0n)} ${many}`);
    return ['Drawn whole: ', all(inputs, 'input element', 'input elements'), ...range('x', inputs), ' and ', all(outputs, 'output position', 'output positions'), ...range('y', outputs), '.'];
  }
  return ['Showing input elements ', ...spanText('x', inputs, 'input element'), ' and output positions ', ...spanText('y', outputs, 'output position'), '.'];
}

/** The note under a windowed figure: why it is a window and what the drawn counts include. */
export function windowNote(p: DiagramParams, d: KernelDiagram): Rich {
  const ins = d.inputs;
  if (!ins.length) return ['The layer is too large to draw whole, and no input element’s tap lands among the drawn output positions.'];
  const parts: Rich = ['The layer is too large to draw whole, so the figure shows a window.'];
  const cut = ins.filter((e) => e.tapsNotDrawn > 0n);
  if (cut.length === 1) parts.push(` Only ${cut[0].taps.length} of the ${g(p.kernel_size)} taps of `, v('x', cut[0].i), ' fit.');
  else if (cut.length > 1) parts.push(` Only the taps that fit are drawn (${g(d.hidden.taps)} taps of the drawn elements are not).`);
  if (d.slots.some((s) => s.kind === 'cell' && s.hiddenSources > 0n)) parts.push(' Each count includes the products from input elements not drawn.');
  return parts;
}

/** The figure as text, for screen readers: every drawn y[t], in order, and what is left out. */
export function description(d: KernelDiagram): string {
  const items = d.slots.flatMap((s) => {
    if (s.kind === 'cell') return [`t = ${g(s.t)}: ${g(s.y)}${s.hole ? ' (hole)' : ''}${s.tail ? ' (output_padding tail)' : ''}`];
    if (s.kind === 'gap' && s.outputPositions > 0n) return [`${plural(s.outputPositions, 'position', 'positions')} not drawn`];
    return [];
  });
  const ys = d.slots.flatMap((s) => (s.kind === 'cell' ? [g(s.y)] : []));
  const head = d.whole
    ? `Products received by each of the ${plural(d.lengthOut, 'output position', 'output positions')}, y = [${ys.join(', ')}].`
    : `Products received by the drawn output positions.`;
  return `${head} ${items.join('; ')}.`;
}
