// One ModuleDefinition per stacked recurrent module (RNN, GRU, LSTM), from its mode and parameter table.
import { genericTorchExpression } from '../core/define.ts';
import type { ModuleDefinition, Outcome, TensorSpec, Warning } from '../core/module.ts';
import type { ParamSpec, ParamValues } from '../core/params.ts';
import { denseMethod, documentedMethod, dropoutWarning, exactMethod, seqDocumented, seqExact, seqOutputShapes, seqRules, type ExactCounts, type SeqMode, type SeqParams, type SeqSizes } from './sequence.ts';

export type SeqResult<P> = {
  ok: true;
  params: P;
  output_shapes: bigint[][];
  warnings?: readonly Warning[];
  documented: { total_ops: bigint } | null;
  exact: ExactCounts;
  dense: { macs: bigint; total_ops: bigint };
} & SeqSizes;

const TITLES: Record<SeqMode, { summary: string; doc: string | null }> = {
  RNN: { summary: 'A stack of Elman recurrent layers, h′ = tanh(W_ih x + b_ih + W_hh h + b_hh) (or ReLU), run over a sequence, optionally both ways.', doc: null },
  GRU: { summary: 'A stack of gated recurrent units (reset and update gates) run over a sequence, optionally both ways.', doc: 'https://eagomez2.github.io/moduleprofiler/modules/gru/' },
  LSTM: { summary: 'A stack of long short-term memory layers (input, forget, cell and output gates, optional projection) run over a sequence, optionally both ways.', doc: 'https://eagomez2.github.io/moduleprofiler/modules/lstm/' },
};

export function defineSequence<P extends SeqParams>(mode: SeqMode, params: readonly ParamSpec[]): ModuleDefinition<P> & { estimate(p: P): Outcome<P> } {
  const estimate = (p: P): Outcome<P> => {
    const error = seqRules(mode, p);
    if (error) return { ok: false, error };
    const { exact, sizes } = seqExact(mode, p);
    const total = seqDocumented(mode, p);
    const result: SeqResult<P> = {
      ok: true,
      params: p,
      output_shapes: seqOutputShapes(mode, p),
      ...sizes,
      documented: total === null ? null : { total_ops: total },
      exact,
      dense: { macs: exact.macs, total_ops: 2n * exact.macs },
    };
    const w = dropoutWarning(p);
    if (w) result.warnings = [w];
    return result as unknown as Outcome<P>;
  };
  const sizeDims = [
    { param: 'input_shape', symbol: 'L' },
    { param: 'input_shape', symbol: 'N' },
    { param: 'input_shape', symbol: 'H_{in}' },
  ];
  const inputs: TensorSpec[] = [
    { name: 'input', shape: 'input_shape', dims: sizeDims, batchOptional: true },
    { name: 'h_0', shape: 'h0_shape', optional: true, batchOptional: true, dims: [{ param: 'h0_shape', symbol: 'D \\cdot \\ell' }, { param: 'h0_shape', symbol: 'N' }, { param: 'h0_shape', symbol: 'H_{out}' }] },
  ];
  if (mode === 'LSTM') inputs.push({ name: 'c_0', shape: 'c0_shape', optional: true, batchOptional: true, dims: [{ param: 'c0_shape', symbol: 'D \\cdot \\ell' }, { param: 'c0_shape', symbol: 'N' }, { param: 'c0_shape', symbol: 'H_{cell}' }] });
  const headline = [
    { method: 'exact', key: 'total_ops', label: 'Exact operations', unit: '(all kinds)' },
    { method: 'exact', key: 'macs' },
    ...(mode === 'RNN' ? [] : [{ method: 'documented', key: 'total_ops' }]),
  ];
  return {
    id: mode.toLowerCase(),
    torchName: `torch.nn.${mode}`,
    title: mode,
    family: 'Recurrent',
    summary: TITLES[mode].summary,
    params,
    fromValues: (v: ParamValues) => ({ ...v }) as unknown as P,
    inputs,
    outputs: mode === 'LSTM' ? ['output', 'h_n', 'c_n'] : ['output', 'h_n'],
    methods: mode === 'RNN' ? [exactMethod, denseMethod] : [exactMethod, documentedMethod(mode), denseMethod],
    sizes: [
      { key: 'seq_len', label: 'Sequence length T', unit: 'steps', equation: 'eq-seq-total' },
      { key: 'batch', label: 'Batch N (1 unbatched)', unit: 'sequences', equation: 'eq-seq-total' },
      { key: 'directions', label: 'Directions D', unit: 'directions', equation: 'eq-seq-total' },
      { key: 'dropout_elements', label: 'Elements dropout masks (training)', unit: 'elements', equation: 'eq-dropout' },
    ],
    headline,
    estimate,
    versions: [{ version: 1, date: '2026-12-01', estimate }],
    documentedSource: TITLES[mode].doc ? { url: TITLES[mode].doc! } : null,
    torchExpression: (p: P) => genericTorchExpression({ params: params.filter((s) => s.name !== 'training' && !(s.name === 'proj_size' && mode !== 'LSTM')), title: mode }, p),
  };
}
