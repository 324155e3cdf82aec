// The words of Figure 1: readout lines, the window note and the screen-reader
// description. Every number comes from the diagram or the estimate, formatted exactly.
import type { DiagramParams, KernelDiagram, Slot } from '../../../estimator/convtranspose1d/diagram.ts';
import { reaching } from '../../../estimator/convtranspose1d/diagram.ts';
import { grouped as g } from '../../../lib/format.ts';

const plural = (n: bigint, one: string, many: string) => `${g(n)} ${n === 1n ? one : many}`;

/** "x[0]·w[2] + x[1]·w[1]" for a list of products. */
export function productList(list: { i: bigint; k: bigint }[]): string {
  return list.map(({ i, k }) => `x[${g(i)}]·w[${g(k)}]`).join(' + ');
}

/** What an output cell receives, in one sentence. */
export function cellSentence(p: DiagramParams, d: KernelDiagram, s: Extract<Slot, { kind: 'cell' }>): string {
  const r = reaching(p, d, s.t);
  const where = `Output t = ${g(s.t)}`;
  const tail = s.tail ? ' It lies in the output_padding tail, which the documented probe leaves out.' : '';
  if (s.hole) {
    const probe = s.tail ? '' : ' The documented probe still counts it as y − 1 = −1.';
    return `${where} receives 0 products: a hole.${probe}${tail}`;
  }
  const drawn = r.sources.length ? productList(r.sources) : 'none of them drawn';
  const hidden = r.hidden > 0n ? ` (${r.sources.length} drawn; ${plural(r.hidden, 'more comes', 'more come')} from input elements or taps not drawn)` : '';
  return `${where} receives ${plural(s.y, 'product', 'products')}: ${drawn}${hidden}, so ${plural(s.additions, 'addition', 'additions')}.${tail}`;
}

/** Where an input element's stamp lands, in one sentence. */
export function inputSentence(p: DiagramParams, d: KernelDiagram, i: bigint): string {
  const e = d.inputs.find((x) => x.i === i);
  if (!e) return '';
  const first = e.taps[0];
  const last = e.taps[e.taps.length - 1];
  const cropped = e.taps.filter((x) => x.zone !== 'output').length;
  const where = first.t === last.t ? `t = ${g(first.t)}` : `t = ${g(first.t)} … ${g(last.t)}, ${g(p.dilation)} apart`;
  const taps = e.tapsNotDrawn > 0n
    ? `${e.taps.length} of its ${g(p.kernel_size)} taps are drawn, w[${g(first.k)}] … w[${g(last.k)}]`
    : `its ${plural(p.kernel_size, 'tap', 'taps')}`;
  const crop = cropped ? `; ${cropped} of those land outside the output and are cropped by the padding` : '';
  return `Input element ${g(i)}, x[${g(i)}], starts its stamp at i·stride − padding = ${g(i * p.stride - p.padding)}: ${taps} land on ${where}${crop}.`;
}

/** What a "not drawn" marker stands for. */
export function gapSentence(s: Extract<Slot, { kind: 'gap' }>): string {
  const range = `Positions ${g(s.from)} … ${g(s.to)}`;
  if (s.outputPositions === 0n) return `${range} (${plural(s.positions, 'position', 'positions')}) lie in the cropped padding and are not drawn.`;
  const holes = s.outputPositions - s.covered;
  const cropped = s.positions - s.outputPositions;
  return (
    `${range} are not drawn: ${plural(s.outputPositions, 'output position', 'output positions')} receiving ` +
    `${plural(s.products, 'product', 'products')} in all, ${plural(holes, 'hole', 'holes')}` +
    (cropped > 0n ? `, and ${plural(cropped, 'cropped position', 'cropped positions')}` : '') +
    '.'
  );
}

/** The note under a windowed figure: what is drawn and what is not. */
export function windowNote(p: DiagramParams, d: KernelDiagram): string {
  const cells = d.lengthOut - d.hidden.outputs;
  const ins = d.inputs;
  if (!ins.length) return `The layer is too large to draw whole; ${g(cells)} of ${plural(d.lengthOut, 'output position', 'output positions')} are drawn, and no input element's tap lands among them.`;
  const range = ins.length === 1 ? `x[${g(ins[0].i)}]` : `x[${g(ins[0].i)}] … x[${g(ins[ins.length - 1].i)}]`;
  const parts = [
    `The layer is too large to draw whole, so the figure shows a window: ${plural(BigInt(ins.length), 'input element', 'input elements')} (${range}) of ${g(p.length_in)} and ${g(cells)} of ${plural(d.lengthOut, 'output position', 'output positions')}.`,
  ];
  const cut = ins.filter((e) => e.tapsNotDrawn > 0n);
  if (cut.length === 1) parts.push(`Only ${cut[0].taps.length} of the ${g(p.kernel_size)} taps of x[${g(cut[0].i)}] fit.`);
  else if (cut.length > 1) parts.push(`Only the taps that fit are drawn (${g(d.hidden.taps)} taps of the drawn elements are not).`);
  if (d.slots.some((s) => s.kind === 'cell' && s.hiddenSources > 0n))
    parts.push('Each count includes the products from input elements not drawn.');
  return parts.join(' ');
}

/** The figure as text, for screen readers: every drawn y_t, in order, and what is left out. */
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
