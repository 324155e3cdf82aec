// The family code of torch.nn.RNNCell, GRUCell and LSTMCell: their arguments, PyTorch 1.13's
// checks in its order and words (torch/nn/modules/rnn.py and aten/src/ATen/native/RNN.cpp),
// output shapes, and the counts of one step for the whole batch, in closed form.
import { genericTorchExpression } from '../core/define.ts';
import type { InvalidInput, MethodSpec, ModuleDefinition, Outcome } from '../core/module.ts';
import type { ParamSpec, ParamValues } from '../core/params.ts';
import { creationError } from '../core/tensors.ts';
import { gateCount, scaleCounts, stepCounts, type CellKind, type StepCounts } from './step.ts';

export type CellFamily = 'rnn' | 'gru' | 'lstm';

export interface CellParams {
  input_size: bigint;
  hidden_size: bigint;
  bias: boolean;
  /** RNNCell only: 'tanh' or 'relu' (any other string is refused in the forward pass, as PyTorch does). */
  nonlinearity?: string;
  input_shape: readonly bigint[];
  h0_shape: readonly bigint[] | null;
  /** LSTMCell only. */
  c0_shape?: readonly bigint[] | null;
}

export type CellResult = {
  ok: true;
  params: CellParams;
  output_shapes: bigint[][];
  /** N: the batch (1 for an unbatched input). */
  batch: bigint;
  /** One step for one batch element (src/estimator/recurrent/step.ts). */
  per_element: StepCounts;
  documented: { total_ops: bigint } | null;
  exact: StepCounts;
  dense: { macs: bigint; total_ops: bigint };
};

const TITLES: Record<CellFamily, string> = { rnn: 'RNNCell', gru: 'GRUCell', lstm: 'LSTMCell' };

export const cellKind = (family: CellFamily, p: Pick<CellParams, 'nonlinearity'>): CellKind =>
  family === 'gru' ? 'GRU' : family === 'lstm' ? 'LSTM' : p.nonlinearity === 'relu' ? 'RNN_RELU' : 'RNN_TANH';

/** The parameter table of one cell module (PyTorch's names and defaults). */
export function cellParams(family: CellFamily, initial: { input_size: bigint; hidden_size: bigint; batch: bigint }): readonly ParamSpec[] {
  const list: ParamSpec[] = [
    { name: 'input_size', kind: 'int', label: 'input_size', symbol: 'H_{in}', help: 'The number of features of the input x: its last size.', initial: initial.input_size, min: 0n },
    { name: 'hidden_size', kind: 'int', label: 'hidden_size', symbol: 'H', help: 'The number of features of the hidden state h (and of the cell state c of an LSTMCell).', initial: initial.hidden_size, min: 0n },
    { name: 'bias', kind: 'bool', label: 'bias', symbol: 'b', help: 'Whether the cell adds the two learned bias vectors b_ih and b_hh.', torchDefault: true, initial: true },
  ];
  if (family === 'rnn') {
    list.push({ name: 'nonlinearity', kind: 'enum', label: 'nonlinearity', symbol: '\\phi', help: 'The function applied to the sum of the two products: tanh, or relu (one comparison per element).', options: ['tanh', 'relu'], torchDefault: 'tanh', initial: 'tanh' });
  }
  list.push({
    name: 'input_shape',
    kind: 'shape',
    role: 'input',
    label: 'Input shape',
    symbol: 'x',
    help: 'The shape of x: (N, H_in) for a batch of N, or (H_in,) for one unbatched input.',
    minRank: 0,
    maxRank: 16,
    initial: [initial.batch, initial.input_size],
  });
  list.push({
    name: 'h0_shape',
    kind: 'shape',
    role: 'input',
    label: 'h_0 shape',
    symbol: 'h_0',
    help: 'The shape of the initial hidden state, (N, H) or (H,); empty or none when it is left out (PyTorch then uses zeros, and still multiplies them).',
    minRank: 0,
    maxRank: 16,
    initial: null,
    nullable: { meaning: 'h_0 left out: a tensor of zeros' },
  });
  if (family === 'lstm') {
    list.push({
      name: 'c0_shape',
      kind: 'shape',
      role: 'input',
      label: 'c_0 shape',
      symbol: 'c_0',
      help: 'The shape of the initial cell state, (N, H) or (H,); given together with h_0 (the tuple (h_0, c_0)), or both left out.',
      minRank: 0,
      maxRank: 16,
      initial: null,
      nullable: { meaning: 'c_0 left out: a tensor of zeros' },
    });
  }
  return list;
}

export function exactMethod(family: CellFamily): MethodSpec {
  const summary =
    family === 'rnn'
      ? 'Per batch element: two matrix products (H·H_in and H·H products), both biases, their sum, then H tanh evaluations, or H comparisons for relu.'
      : family === 'gru'
        ? 'Per batch element: two products of 3H rows, both biases, the gate sums, r ⊙ (W_hn h + b_hn), 2H sigmoids, H tanh, and (1 − z) ⊙ n + z ⊙ h.'
        : 'Per batch element: two products of 4H rows, both biases, the gate sums, 3H sigmoids, H tanh for g, then f ⊙ c + i ⊙ g and o ⊙ tanh(c′).';
  return {
    id: 'exact',
    label: 'Exact count, by kind (PyTorch’s equations executed directly)',
    summary,
    quantities: [
      { key: 'macs', label: 'MACs of the matrix products', unit: 'MACs', equation: 'eq-exact-macs' },
      { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', equation: 'eq-exact-kinds' },
      { key: 'additions', label: 'Additions and subtractions', unit: 'additions', equation: 'eq-exact-kinds' },
      { key: 'sigmoids', label: 'Sigmoid evaluations', unit: 'sigmoids', equation: 'eq-exact-kinds' },
      { key: 'tanhs', label: 'tanh evaluations', unit: 'tanh', equation: 'eq-exact-kinds' },
      { key: 'comparisons', label: 'Comparisons (relu)', unit: 'comparisons', equation: 'eq-exact-kinds' },
      { key: 'total_ops', label: 'Total operations (every kind, one each)', unit: 'operations', equation: 'eq-exact-total' },
    ],
  };
}

export function documentedMethod(family: 'gru' | 'lstm'): MethodSpec {
  return {
    id: 'documented',
    label: 'Documented method (moduleprofiler)',
    summary:
      family === 'gru'
        ? 'moduleprofiler’s published formula, reproduced exactly: N·H·(6·H_in + 6·H + 21) with the biases, 15 in place of 21 without (a sigmoid counted as 3 operations, a tanh as 7).'
        : 'moduleprofiler’s published formula, reproduced exactly: N·H·(8·H_in + 8·H + 31) with the biases, 23 in place of 31 without (a sigmoid counted as 3 operations, a tanh as 7).',
    quantities: [{ key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-documented' }],
  };
}

export const denseMethod: MethodSpec = {
  id: 'dense',
  label: 'Counters’ convention (FlopCounterMode, fvcore)',
  summary: 'The two matrix products only, N·G·H·(H_in + H) MACs, FLOPs taken as twice the MACs; biases, gates and the state update left out.',
  quantities: [
    { key: 'macs', label: 'MACs', unit: 'MACs', equation: 'eq-dense' },
    { key: 'total_ops', label: 'FLOPs (2 per MAC)', unit: 'FLOPs', equation: 'eq-dense' },
  ],
};

const dimWord = (n: number) => `${n}-D`;

/** One state tensor's checks (check_rnn_cell_forward_hidden), after the Python forward's unsqueeze of an unbatched one. */
function stateRule(name: 'h0_shape' | 'c0_shape', given: readonly bigint[], batched: boolean, batch: bigint, hidden: bigint): InvalidInput | null {
  const label = name === 'h0_shape' ? 'h_0' : 'c_0';
  const hx = batched ? given : [1n, ...given];
  if (hx.length === 0) {
    return { rule: 'state_rank_0', param: name, message: `${label} is a 0-d tensor, so it has no batch size to compare with the input's.`, torch: { stage: 'forward', type: 'IndexError', message: 'dimension specified as 0 but tensor has no dimensions' } };
  }
  if (hx[0] !== batch) {
    return {
      rule: 'state_batch_mismatch',
      param: name,
      message: `${label}'s first size is ${hx[0]}, but the input's batch is ${batch}: they must be equal.${!batched || given.length !== 1 ? '' : ` A 1-d ${label} only goes with an unbatched input.`}`,
      torch: { stage: 'forward', type: 'RuntimeError', message: `Input batch size ${batch} doesn't match hidden0 batch size ${hx[0]}` },
    };
  }
  if (hx.length < 2) {
    return { rule: 'state_rank_1', param: name, message: `${label} is 1-d while the input is batched: it needs the shape (N, H).`, torch: { stage: 'forward', type: 'IndexError', message: 'Dimension out of range (expected to be in range of [-1, 0], but got 1)' } };
  }
  if (hx[1] !== hidden) {
    return {
      rule: 'state_hidden_size_mismatch',
      param: name,
      message: batched ? `${label}'s last size is ${hx[1]}, but hidden_size is ${hidden}: they must be equal.` : `For an unbatched input ${label} must be (H,) = (${hidden},); PyTorch adds a batch of 1 in front of what it gets and then reads ${hx[1]} as its hidden size.`,
      torch: { stage: 'forward', type: 'RuntimeError', message: `hidden0 has inconsistent hidden_size: got ${hx[1]}, expected ${hidden}` },
    };
  }
  if (hx.length > 2) {
    return {
      rule: 'state_rank',
      param: name,
      message: `${label} has ${given.length} dimensions; it must be (N, H) for a batched input or (H,) for an unbatched one. PyTorch's size checks pass, and the step fails or broadcasts further on.`,
      torch: null,
    };
  }
  return null;
}

/** PyTorch 1.13's checks in its order: construction (weights), the tensors passed, then the forward pass. */
export function cellRules(family: CellFamily, p: CellParams): InvalidInput | null {
  const title = TITLES[family];
  const G = gateCount(cellKind(family, p));
  const rows = G * p.hidden_size;
  const wih = creationError([rows, p.input_size], 'construct', p.hidden_size < 0n ? 'hidden_size' : 'input_size', `The weight W_ih, of shape (${G === 1n ? '' : `${G}·`}hidden_size, input_size) = (${rows}, ${p.input_size}),`);
  if (wih) return wih;
  const whh = creationError([rows, p.hidden_size], 'construct', 'hidden_size', `The weight W_hh, of shape (${rows}, ${p.hidden_size}),`);
  if (whh) return whh;
  const x = p.input_shape;
  const input = creationError(x, 'input', 'input_shape', 'The input');
  if (input) return input;
  for (const name of ['h0_shape', 'c0_shape'] as const) {
    const s = p[name];
    if (s) {
      const e = creationError(s, 'input', name, name === 'h0_shape' ? 'h_0' : 'c_0');
      if (e) return e;
    }
  }
  if (family === 'lstm' && (p.h0_shape === null) !== (p.c0_shape === null || p.c0_shape === undefined)) {
    return {
      rule: 'state_pair',
      param: p.h0_shape === null ? 'h0_shape' : 'c0_shape',
      message: 'LSTMCell takes its states as one tuple (h_0, c_0): give both shapes, or leave both out.',
      torch: null,
    };
  }
  if (x.length !== 1 && x.length !== 2) {
    return {
      rule: `input_rank_${x.length}`,
      param: 'input_shape',
      message: `The input has ${x.length} dimensions; a cell takes one step of (N, H_in) or (H_in,). For a whole sequence use ${title.replace('Cell', '')}.`,
      torch: { stage: 'forward', type: 'AssertionError', message: `${title}: Expected input to be 1-D or 2-D but received ${dimWord(x.length)} tensor` },
    };
  }
  if (family === 'rnn' && p.nonlinearity !== 'tanh' && p.nonlinearity !== 'relu') {
    return {
      rule: 'unknown_nonlinearity',
      param: 'nonlinearity',
      message: `nonlinearity must be 'tanh' or 'relu' (lower case); PyTorch accepts "${p.nonlinearity}" when it builds the cell and refuses it at the first step.`,
      torch: { stage: 'forward', type: 'RuntimeError', message: `Unknown nonlinearity: ${p.nonlinearity}` },
    };
  }
  const batched = x.length === 2;
  const N = batched ? x[0] : 1n;
  const features = x[x.length - 1];
  if (features !== p.input_size) {
    return {
      rule: 'input_size_mismatch',
      param: 'input_shape',
      message: `The input's last size is ${features}, but input_size is ${p.input_size}: they must be equal.`,
      torch: { stage: 'forward', type: 'RuntimeError', message: `input has inconsistent input_size: got ${features} expected ${p.input_size}` },
    };
  }
  for (const name of ['h0_shape', 'c0_shape'] as const) {
    const s = p[name];
    if (s) {
      const e = stateRule(name, s, batched, N, p.hidden_size);
      if (e) return e;
    }
  }
  return null;
}

/** moduleprofiler's documented total for a cell (docs/modules/grucell.md, lstmcell.md). */
export function documentedCell(family: CellFamily, N: bigint, I: bigint, H: bigint, bias: boolean): bigint | null {
  if (family === 'gru') return N * H * (6n * I + 6n * H + (bias ? 21n : 15n));
  if (family === 'lstm') return N * H * (8n * I + 8n * H + (bias ? 31n : 23n));
  return null;
}

/** eq-batch … eq-dense: one step of the cell over the whole batch, in closed form. */
export function estimateCell(family: CellFamily, p: CellParams): Outcome<CellParams> {
  const error = cellRules(family, p);
  if (error) return { ok: false, error };
  const x = p.input_shape;
  const batched = x.length === 2;
  const N = batched ? x[0] : 1n;
  const H = p.hidden_size;
  const per_element = stepCounts({ kind: cellKind(family, p), input_size: p.input_size, hidden_size: H, bias: p.bias, proj_size: 0n });
  const exact = scaleCounts(per_element, N);
  const out = batched ? [N, H] : [H];
  const result: CellResult = {
    ok: true,
    params: p,
    output_shapes: family === 'lstm' ? [[...out], [...out]] : [[...out]],
    batch: N,
    per_element,
    documented: documentedCell(family, N, p.input_size, H, p.bias) === null ? null : { total_ops: documentedCell(family, N, p.input_size, H, p.bias)! },
    exact,
    dense: { macs: exact.macs, total_ops: 2n * exact.macs },
  };
  return result;
}

const SOURCES: Record<CellFamily, { url: string } | null> = {
  rnn: null,
  gru: { url: 'https://eagomez2.github.io/moduleprofiler/modules/grucell/' },
  lstm: { url: 'https://eagomez2.github.io/moduleprofiler/modules/lstmcell/' },
};

const SUMMARIES: Record<CellFamily, string> = {
  rnn: 'One step of an Elman recurrent cell: h′ = tanh(W_ih x + b_ih + W_hh h + b_hh), or relu.',
  gru: 'One step of a gated recurrent unit: reset and update gates, a candidate state, and their blend into h′.',
  lstm: 'One step of a long short-term memory cell: four gates, the new cell state c′ and the hidden state h′.',
};

/** The definition of one cell module. */
export function defineCell(family: CellFamily, initial: { input_size: bigint; hidden_size: bigint; batch: bigint }, date: string): ModuleDefinition<CellParams> {
  const title = TITLES[family];
  const params = cellParams(family, initial);
  const estimate = (p: CellParams) => estimateCell(family, p);
  const dims = [
    { param: 'input_shape', symbol: 'N', variadic: true },
    { param: 'input_size', symbol: 'H_{in}' },
  ];
  const state = (name: string, shape: string) => ({ name, shape, optional: true, dims: [{ param: shape, symbol: 'N', variadic: true }, { param: 'hidden_size', symbol: 'H' }] });
  return {
    id: title.toLowerCase(),
    torchName: `torch.nn.${title}`,
    title,
    family: 'Recurrent',
    summary: SUMMARIES[family],
    params,
    fromValues: (v: ParamValues) => ({ ...v }) as unknown as CellParams,
    inputs: [{ name: 'input', shape: 'input_shape', dims }, state('h_0', 'h0_shape'), ...(family === 'lstm' ? [state('c_0', 'c0_shape')] : [])],
    outputs: family === 'lstm' ? ['h_1', 'c_1'] : ['h_1'],
    methods: family === 'rnn' ? [exactMethod(family), denseMethod] : [exactMethod(family), documentedMethod(family), denseMethod],
    sizes: [{ key: 'batch', label: 'Batch N (1 for an unbatched input)', unit: 'rows', equation: 'eq-batch' }],
    headline: [
      { method: 'exact', key: 'macs' },
      { method: 'exact', key: 'total_ops' },
      ...(family === 'rnn' ? [] : [{ method: 'documented', key: 'total_ops' }]),
      { method: 'dense', key: 'total_ops' },
    ],
    estimate,
    versions: [{ version: 1, date, estimate }],
    documentedSource: SOURCES[family],
    torchExpression: (p: CellParams) => genericTorchExpression({ params, title }, p as never),
  };
}
