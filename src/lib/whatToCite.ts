// "What to cite": the three figures a module page offers for a paper, each with its unit, when
// to use it, and a sentence ready to paste. Pure: the numbers come from the estimator, the
// link from the page (a versioned permalink), so the page, its tests and any other caller
// build the same words.
import { grouped } from './format.ts';

export interface CiteInput {
  /** The layer and its input, as one phrase, e.g. "nn.ConvTranspose1d(1, 1, kernel_size=3) on an input of shape (1, 2)". */
  layer: string;
  /** The versioned permalink that reopens this configuration. */
  link: string;
  /** The counting rules' version the numbers come from. */
  version: number;
  /** The exact count: its MACs where the module has products to accumulate, and its total (its other kinds, present at run time, choose the words). */
  exact: { macs?: bigint; total_ops: bigint };
  /** The documented (moduleprofiler) total, or null where the method has no value for this layer. */
  documented: bigint | null;
  /** The counters' dense convention, or null for a module that has none (the figure is then left out); without MACs for a module that has no products (a pool). */
  dense: { macs?: bigint; total_ops: bigint } | null;
}

export type CiteId = 'exact' | 'documented' | 'dense';

/** The words that never change with the layer: rendered on the server and passed to the island as props, so they stay out of the page's JavaScript. */
export const CITE_WORDS: Readonly<Record<CiteId, { title: string; useWhen: string }>> = {
  exact: {
    title: 'Exact count (recommended)',
    useWhen:
      'Use this to report what the layer costs: the multiply–accumulates a direct implementation performs, or all its multiplications and additions as FLOPs.',
  },
  documented: {
    title: 'Documented method (moduleprofiler)',
    useWhen: 'Use this only to match a figure produced by moduleprofiler, or quoted from a paper that used it.',
  },
  dense: {
    title: 'Counters’ convention (dense)',
    useWhen:
      'Use this to compare with FlopCounterMode, fvcore and most other counters: every tap counted as a product, FLOPs taken as twice the MACs, bias left out.',
  },
};

/** The exact figure's words for a module without products to accumulate (an activation): its operations, by kind. */
export const CITE_WORDS_OPS: Readonly<Record<CiteId, { title: string; useWhen: string }>> = {
  ...CITE_WORDS,
  dense: {
    title: 'Dense convention',
    useWhen: 'Use this to compare with counts that take every window as full, padding and overhang included, whatever lands on real data.',
  },
  exact: {
    title: 'Exact count (recommended)',
    useWhen:
      'Use this to report what the layer costs: every operation of the stated algorithm, each counted once whatever its kind; the calculator lists the kinds, for readers who weigh an exponential differently from an addition.',
  },
};

/** Kinds of operation that are neither products nor sums: an exact count with any of them is cited as operations, not as MACs and FLOPs. */
const OTHER_KINDS = new Set(['divisions', 'comparisons', 'exponentials', 'logarithms', 'square_roots', 'tanh', 'erf']);

/** Whether an exact count has MACs and otherwise products and sums only, so that its MACs and FLOPs say what the layer costs. */
export const productsOnly = (exactKeys: readonly string[]) => exactKeys.includes('macs') && !exactKeys.some((k) => OTHER_KINDS.has(k));

/** The words for a module: CITE_WORDS where its exact count is products and sums, else CITE_WORDS_OPS (its operations by kind). */
export const citeWordsFor = (exactKeys: readonly string[]) => (productsOnly(exactKeys) ? CITE_WORDS : CITE_WORDS_OPS);

export interface CiteFigure {
  id: CiteId;
  /** The figures, each with its unit and the data-quantity name the page marks it with. */
  values: { quantity: string; value: bigint; unit: string }[];
  /** A sentence for a paper: layer, number, unit, rules version and link. Null where there is no number. */
  sentence: string | null;
}

/** "1 multiply–accumulate", "1,024 multiply–accumulates": a count with its unit in words. */
function counted(n: bigint, one: string, many: string): string {
  return `${grouped(n)} ${n === 1n ? one : many}`;
}

/**
 * The exact figure of a module whose count mixes kinds (an activation, a normalisation): its total,
 * every kind of operation counted once, then its MACs where some products accumulate (a variance's squares).
 */
function exactOps(c: CiteInput, source: string): CiteFigure {
  const macs = c.exact.macs;
  return {
    id: 'exact',
    values: [
      { quantity: 'exact.total_ops', value: c.exact.total_ops, unit: 'operations' },
      ...(macs === undefined ? [] : [{ quantity: 'exact.macs', value: macs, unit: 'MACs' }]),
    ],
    sentence:
      `${c.layer} performs ${counted(c.exact.total_ops, 'arithmetic operation', 'arithmetic operations')}, counting each one once whatever its kind` +
      (macs === undefined ? '' : `, among them ${counted(macs, 'multiply–accumulate (MAC)', 'multiply–accumulates (MACs)')}`) +
      ` (exact count, ${source}).`,
  };
}

/** The figures, the recommended one first: exact, documented, and the dense convention where the module has one. */
export function whatToCite(c: CiteInput): CiteFigure[] {
  const source = `nnops rules version ${c.version}, ${c.link}`;
  const macs = c.exact.macs;
  return [
    macs === undefined || !productsOnly(Object.keys(c.exact))
      ? exactOps(c, source)
      : {
          id: 'exact',
          values: [
            { quantity: 'exact.macs', value: macs, unit: 'MACs' },
            { quantity: 'exact.total_ops', value: c.exact.total_ops, unit: 'FLOPs' },
          ],
          sentence:
            `${c.layer} performs ${counted(macs, 'multiply–accumulate (MAC)', 'multiply–accumulates (MACs)')}, ` +
            `or ${counted(c.exact.total_ops, 'floating-point operation', 'floating-point operations')} counting each multiplication and addition ` +
            `(exact count, ${source}).`,
        },
    {
      id: 'documented',
      values: c.documented === null ? [] : [{ quantity: 'documented.total_ops', value: c.documented, unit: 'operations' }],
      sentence:
        c.documented === null
          ? null
          : `${c.layer} performs ${counted(c.documented, 'operation', 'operations')} by moduleprofiler’s documented method (${source}).`,
    },
    ...(c.dense === null ? [] : [denseFigure(c.dense, c.layer, source)]),
  ];
}

/** The dense figure: MACs and FLOPs at 2 per MAC, or, for a module without products (a pool), its operations. */
function denseFigure(d: { macs?: bigint; total_ops: bigint }, layer: string, source: string): CiteFigure {
  if (d.macs === undefined) {
    return {
      id: 'dense',
      values: [{ quantity: 'dense.total_ops', value: d.total_ops, unit: 'operations' }],
      sentence: `${layer} performs ${counted(d.total_ops, 'operation', 'operations')} when every window is counted as full, padding included (dense convention, ${source}).`,
    };
  }
  return {
    id: 'dense',
    values: [
      { quantity: 'dense.macs', value: d.macs, unit: 'MACs' },
      { quantity: 'dense.total_ops', value: d.total_ops, unit: 'FLOPs' },
    ],
    sentence:
      `${layer} performs ${counted(d.macs, 'multiply–accumulate (MAC)', 'multiply–accumulates (MACs)')} ` +
      `(${counted(d.total_ops, 'FLOP', 'FLOPs')} at 2 FLOPs per MAC) under the dense convention of PyTorch’s FlopCounterMode ` +
      `(${source}).`,
  };
}
