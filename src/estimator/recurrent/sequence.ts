// The stacked recurrent modules RNN, GRU and LSTM (torch.nn.RNNBase): arguments, PyTorch 1.13's
// rules in its order and words, output shapes, and the counts of a whole forward pass in closed
// form, built on one cell step (step.ts): layer 0 reads input_size features, every later layer
// D·H (or D·proj_size), each step is run T times per direction per batch element.
import type { InvalidInput, MethodSpec, Warning } from '../core/module.ts';
import { INT64_MIN } from '../core/params.ts';
import { creationError, listText } from '../core/tensors.ts';
import { addCounts, scaleCounts, stepCounts, type CellKind, type StepCounts } from './step.ts';

export type SeqMode = 'RNN' | 'GRU' | 'LSTM';

/** The arguments every stacked module shares (proj_size: LSTM's, or RNN/GRU's None when not passed). */
export interface SeqParams {
  input_size: bigint;
  hidden_size: bigint;
  num_layers: bigint;
  nonlinearity?: string;
  bias: boolean;
  batch_first: boolean;
  dropout: number;
  bidirectional: boolean;
  proj_size?: bigint | null;
  training: boolean;
  input_shape: readonly bigint[];
  h0_shape: readonly bigint[] | null;
  c0_shape?: readonly bigint[] | null;
}

export type ExactCounts = StepCounts & { divisions: bigint };

/** The sizes a derivation names, beside the counts. */
export interface SeqSizes {
  /** T, the sequence length. */
  seq_len: bigint;
  /** N, the batch (1 for an unbatched input). */
  batch: bigint;
  directions: bigint;
  /** Elements dropout multiplies in this pass (0 unless it is active). */
  dropout_elements: bigint;
}

// ---------------------------------------------------------------------------------------- arguments

export function seqParams(mode: SeqMode) {
  const head = [
    { name: 'input_size', kind: 'int', label: 'input_size', symbol: 'H_{in}', help: 'Features of each input step (the last size of the input).', initial: 80n, min: 0n },
    { name: 'hidden_size', kind: 'int', label: 'hidden_size', symbol: 'H', help: mode === 'LSTM' ? 'Features of the cell state c, and of the hidden state h unless proj_size projects it.' : 'Features of the hidden state h, the output of each step.', initial: 256n, min: 0n },
    { name: 'num_layers', kind: 'int', label: 'num_layers', symbol: '\\ell', help: 'Recurrent layers stacked on each other; layer 2 onwards reads the previous layer’s output.', torchDefault: 1n, initial: 2n, min: 1n },
  ] as const;
  return head;
}

export const BOOL_FLOAT_TAIL = [
  { name: 'bias', kind: 'bool', label: 'bias', symbol: 'b', help: 'Whether each layer has the biases b_ih and b_hh (two separate vectors, both added).', torchDefault: true, initial: true },
  { name: 'batch_first', kind: 'bool', label: 'batch_first', symbol: '', help: 'Input and output as (N, L, features) instead of (L, N, features); h_n and c_n are unchanged, and an unbatched input ignores it.', torchDefault: false, initial: false },
  { name: 'dropout', kind: 'float', label: 'dropout', symbol: 'p', help: 'Probability of zeroing an element of each layer’s output except the last, in training mode only; 0 to 1.', torchDefault: 0, initial: 0 },
  { name: 'bidirectional', kind: 'bool', label: 'bidirectional', symbol: 'D', help: 'A second stack reads the sequence backwards; outputs are concatenated (D = 2).', torchDefault: false, initial: true },
] as const;

export const TRAINING = {
  name: 'training',
  kind: 'bool',
  label: 'training',
  symbol: '',
  help: 'The module’s mode at the forward pass: true after .train() (PyTorch’s default), false after .eval(). Only dropout depends on it. Not a constructor argument.',
  torchDefault: true,
  initial: false,
} as const;

export const INPUT_SHAPE = {
  name: 'input_shape',
  kind: 'shape',
  role: 'input',
  label: 'Input shape',
  symbol: 'x',
  help: 'The input as passed to forward: (L, N, input_size), (N, L, input_size) with batch_first, or (L, input_size) unbatched.',
  minRank: 0,
  maxRank: 8,
  initial: [100n, 8n, 80n],
} as const;

export const H0_SHAPE = {
  name: 'h0_shape',
  kind: 'shape',
  role: 'input',
  label: 'h_0 shape (empty: none)',
  symbol: 'h_0',
  help: 'The initial hidden state’s shape, (D·num_layers, N, H), or (D·num_layers, H) unbatched; empty when forward gets none (PyTorch then uses zeros).',
  minRank: 0,
  maxRank: 8,
  initial: null,
  nullable: { meaning: 'no initial state: PyTorch starts from zeros' },
} as const;

export const C0_SHAPE = {
  name: 'c0_shape',
  kind: 'shape',
  role: 'input',
  label: 'c_0 shape (empty: none)',
  symbol: 'c_0',
  help: 'The initial cell state’s shape, (D·num_layers, N, H); given together with h_0 or not at all.',
  minRank: 0,
  maxRank: 8,
  initial: null,
  nullable: { meaning: 'no initial state: PyTorch starts from zeros' },
} as const;

/** RNN and GRU take no proj_size: PyTorch refuses the keyword whatever its value. */
export const PROJ_NOT_TAKEN = {
  name: 'proj_size',
  kind: 'int',
  label: 'proj_size (LSTM only)',
  symbol: 'P',
  help: 'Not an argument of this module: passing proj_size at all (even 0) makes PyTorch refuse the call. Leave empty.',
  initial: null,
  min: INT64_MIN,
  nullable: { meaning: 'not passed (the only value PyTorch accepts here)', toggle: 'not passed' },
} as const;

export const PROJ_LSTM = {
  name: 'proj_size',
  kind: 'int',
  label: 'proj_size',
  symbol: 'P',
  help: 'LSTM projection: when > 0, h is projected from hidden_size down to proj_size features by W_hr at every step; 0 for none.',
  torchDefault: 0n,
  initial: 0n,
  min: 0n,
} as const;

// ------------------------------------------------------------------------------------------- rules

/** Python's repr of a float in a message: 0.1, 1.0, 1e-05. */
export function pyFloat(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-4 || a >= 1e16)) {
    const [m, e] = x.toExponential().split('e');
    const exp = Number(e);
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(x);
}

const tuple = (xs: readonly bigint[]) => `(${xs.join(', ')}${xs.length === 1 ? ',' : ''})`;

const cellKind = (mode: SeqMode, p: SeqParams): CellKind => (mode === 'LSTM' ? 'LSTM' : mode === 'GRU' ? 'GRU' : p.nonlinearity === 'relu' ? 'RNN_RELU' : 'RNN_TANH');
const gates = (mode: SeqMode) => (mode === 'LSTM' ? 4n : mode === 'GRU' ? 3n : 1n);

function err(rule: string, param: string, message: string, stage: string, type: string, torch: string): InvalidInput {
  return { rule, param, message, torch: { stage, type, message: torch } };
}

/** The dropout warning PyTorch gives at construction (dropout > 0 with one layer). */
export function dropoutWarning(p: SeqParams): Warning | null {
  if (!(p.dropout > 0 && p.num_layers === 1n)) return null;
  return {
    rule: 'dropout_single_layer',
    param: 'dropout',
    message: `dropout = ${p.dropout} acts only between stacked layers, so with num_layers = 1 it does nothing; PyTorch warns and runs the layer.`,
    torch: {
      type: 'UserWarning',
      message: `dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=${pyFloat(p.dropout)} and num_layers=${p.num_layers}`,
    },
  };
}

/**
 * PyTorch 1.13's checks in its order: RNN/GRU refuse proj_size, RNN its nonlinearity; RNNBase
 * checks dropout, proj_size and allocates every weight; with no layer flatten_parameters fails;
 * then the input and states are created, and forward checks ranks, sizes and the sequence length.
 */
export function seqRules(mode: SeqMode, p: SeqParams): InvalidInput | null {
  if (mode !== 'LSTM' && p.proj_size !== null && p.proj_size !== undefined) {
    return err('proj_size_not_lstm', 'proj_size', `${mode} has no projection: only LSTM takes proj_size, and PyTorch refuses the keyword even when it is 0. Leave it empty.`, 'construct', 'ValueError', 'proj_size argument is only supported for LSTM, not RNN or GRU');
  }
  if (mode === 'RNN' && p.nonlinearity !== 'tanh' && p.nonlinearity !== 'relu') {
    return err('unknown_nonlinearity', 'nonlinearity', `nonlinearity must be 'tanh' or 'relu'; '${p.nonlinearity}' is neither.`, 'construct', 'ValueError', `Unknown nonlinearity '${p.nonlinearity}'`);
  }
  if (!(p.dropout >= 0 && p.dropout <= 1)) {
    return err('dropout_range', 'dropout', `dropout = ${p.dropout} is a probability and must be between 0 and 1.`, 'construct', 'ValueError', 'dropout should be a number in range [0, 1] representing the probability of an element being zeroed');
  }
  const P = mode === 'LSTM' ? (p.proj_size ?? 0n) : 0n;
  if (P < 0n) return err('proj_size_negative', 'proj_size', `proj_size = ${P} is negative; use 0 for no projection.`, 'construct', 'ValueError', 'proj_size should be a positive integer or zero to disable projections');
  if (P >= p.hidden_size) {
    const why = mode === 'LSTM' && P > 0n ? `proj_size = ${P} must be smaller than hidden_size = ${p.hidden_size}.` : `hidden_size = ${p.hidden_size} must be at least 1 (PyTorch checks it as proj_size = 0 < hidden_size).`;
    return err('proj_size_not_smaller', P > 0n ? 'proj_size' : 'hidden_size', why, 'construct', 'ValueError', 'proj_size has to be smaller than hidden_size');
  }
  const G = gates(mode);
  const D = p.bidirectional ? 2n : 1n;
  const K = P > 0n ? P : p.hidden_size;
  // The weights of layer 0 and, if any, of layer 1 (every later layer has the same shapes).
  for (let layer = 0n; layer < (p.num_layers < 2n ? p.num_layers : 2n); layer++) {
    const inputs = layer === 0n ? p.input_size : K * D;
    const shapes: bigint[][] = [[G * p.hidden_size, inputs], [G * p.hidden_size, K], [G * p.hidden_size], [G * p.hidden_size]];
    if (P > 0n) shapes.push([P, p.hidden_size]);
    for (const s of shapes) {
      const e = creationError(s, 'construct', layer === 0n && s.length === 2 && s === shapes[0] ? 'input_size' : 'hidden_size', `A weight of shape ${tuple(s)}`);
      if (e) return e;
    }
  }
  if (p.num_layers < 1n) return err('num_layers', 'num_layers', `num_layers = ${p.num_layers}: a stack needs at least one layer.`, 'construct', 'IndexError', 'list index out of range');
  for (const [name, shape, what] of [
    ['input_shape', p.input_shape, 'The input'],
    ['h0_shape', p.h0_shape, 'h_0'],
    ['c0_shape', p.c0_shape ?? null, 'c_0'],
  ] as const) {
    if (shape) {
      const e = creationError(shape, 'input', name, what);
      if (e) return e;
    }
  }
  if (mode === 'LSTM' && (p.h0_shape === null) !== ((p.c0_shape ?? null) === null)) {
    return { rule: 'states_together', param: p.h0_shape === null ? 'h0_shape' : 'c0_shape', message: 'LSTM takes its initial states as the pair (h_0, c_0): give both shapes or neither.', torch: null };
  }
  return forwardRules(mode, p, P, D);
}

function forwardRules(mode: SeqMode, p: SeqParams, P: bigint, D: bigint): InvalidInput | null {
  const x = p.input_shape;
  const batched = x.length === 3;
  const batchDim = p.batch_first ? 0 : 1;
  // Unbatched input gets a batch dimension of 1 (unsqueeze), which a 0-d input cannot take at dim 1.
  if (!batched && x.length === 0 && batchDim === 1) {
    return err('input_rank', 'input_shape', 'A 0-d input has no sequence: the input must be (L, input_size) or (L, N, input_size).', 'forward', 'IndexError', 'Dimension out of range (expected to be in range of [-1, 0], but got 1)');
  }
  const xs = batched ? [...x] : [...x.slice(0, batchDim), 1n, ...x.slice(batchDim)];
  const h0 = p.h0_shape;
  const c0 = p.c0_shape ?? null;
  let hx: bigint[] | null = null;
  let cx: bigint[] | null = null;
  if (h0) {
    if (mode === 'LSTM') {
      const want = batched ? 3 : 2;
      if (h0.length !== want || c0!.length !== want) {
        const torch = batched
          ? `For batched 3-D input, hx and cx should also be 3-D but got (${h0.length}-D, ${c0!.length}-D) tensors`
          : `For unbatched 2-D input, hx and cx should also be 2-D but got (${h0.length}-D, ${c0!.length}-D) tensors`;
        return err('state_rank', h0.length !== want ? 'h0_shape' : 'c0_shape', `With ${batched ? 'a batched 3-d' : 'an unbatched'} input, h_0 and c_0 must have ${want} dimensions.`, 'forward', 'RuntimeError', torch);
      }
    } else if (batched ? h0.length !== 3 : h0.length !== 2) {
      const torch = batched ? `For batched 3-D input, hx should also be 3-D but got ${h0.length}-D tensor` : `For unbatched 2-D input, hx should also be 2-D but got ${h0.length}-D tensor`;
      return err('state_rank', 'h0_shape', `With ${batched ? 'a batched 3-d' : 'an unbatched'} input, h_0 must have ${batched ? 3 : 2} dimensions.`, 'forward', 'RuntimeError', torch);
    }
    hx = batched ? [...h0] : [h0[0], 1n, ...h0.slice(1)];
    if (c0) cx = batched ? [...c0] : [c0[0], 1n, ...c0.slice(1)];
  }
  if (xs.length !== 3) {
    return err('input_rank', 'input_shape', `The input must be (L, input_size) unbatched or (L, N, input_size) batched; it has ${x.length} dimension${x.length === 1 ? '' : 's'}.`, 'forward', 'RuntimeError', `input must have 3 dimensions, got ${xs.length}`);
  }
  if (xs[2] !== p.input_size) {
    return err('input_size_mismatch', 'input_shape', `The input’s last size is ${xs[2]}, but input_size is ${p.input_size}.`, 'forward', 'RuntimeError', `input.size(-1) must be equal to input_size. Expected ${p.input_size}, got ${xs[2]}`);
  }
  const N = xs[batchDim];
  const expectH = [p.num_layers * D, N, P > 0n ? P : p.hidden_size];
  if (hx && (hx.length !== 3 || hx.some((s, i) => s !== expectH[i]))) {
    const torch = `Expected ${mode === 'LSTM' ? 'hidden[0] size' : 'hidden size'} ${tuple(expectH)}, got ${listText(hx)}`;
    return err('h0_shape', 'h0_shape', `h_0 must be ${tuple(batched ? expectH : [expectH[0], expectH[2]])} for these arguments and this input.`, 'forward', 'RuntimeError', torch);
  }
  const expectC = [p.num_layers * D, N, p.hidden_size];
  if (cx && (cx.length !== 3 || cx.some((s, i) => s !== expectC[i]))) {
    return err('c0_shape', 'c0_shape', `c_0 must be ${tuple(batched ? expectC : [expectC[0], expectC[2]])} for these arguments and this input.`, 'forward', 'RuntimeError', `Expected hidden[1] size ${tuple(expectC)}, got ${listText(cx)}`);
  }
  const T = xs[p.batch_first ? 1 : 0];
  if (T === 0n) return err('zero_sequence_length', 'input_shape', 'The sequence is empty (length 0); PyTorch needs at least one step.', 'forward', 'RuntimeError', 'Expected sequence length to be larger than 0 in RNN');
  return null;
}

// ------------------------------------------------------------------------------------------ counts

/** T, N (1 unbatched) and D of a valid call. */
export function seqSizes(p: SeqParams): { T: bigint; N: bigint; D: bigint; batched: boolean } {
  const x = p.input_shape;
  const batched = x.length === 3;
  const T = batched ? x[p.batch_first ? 1 : 0] : x[0];
  const N = batched ? x[p.batch_first ? 0 : 1] : 1n;
  return { T, N, D: p.bidirectional ? 2n : 1n, batched };
}

/** The shapes PyTorch returns: output, h_n, and c_n for LSTM. */
export function seqOutputShapes(mode: SeqMode, p: SeqParams): bigint[][] {
  const { T, N, D, batched } = seqSizes(p);
  const P = mode === 'LSTM' && (p.proj_size ?? 0n) > 0n ? p.proj_size! : p.hidden_size;
  const L = p.num_layers * D;
  const output = !batched ? [T, D * P] : p.batch_first ? [N, T, D * P] : [T, N, D * P];
  const h = batched ? [L, N, P] : [L, P];
  const shapes = [output, h];
  if (mode === 'LSTM') shapes.push(batched ? [L, N, p.hidden_size] : [L, p.hidden_size]);
  return shapes;
}

/** Whether PyTorch applies dropout in this pass: training, p > 0 and more than one layer. */
export const dropoutActive = (p: SeqParams) => p.training && p.dropout > 0 && p.num_layers > 1n;

/**
 * eq-seq-total: the exact counts of a forward pass, with no loop over T or the layers:
 * T·N·D·(step of layer 0 + (num_layers − 1)·step of a later layer), plus dropout when it is active:
 * one multiplication per element of every non-last layer's output, and one division per element
 * for the mask's 1/(1 − p) scale (none at p = 1, where PyTorch multiplies by zero instead).
 */
export function seqExact(mode: SeqMode, p: SeqParams): { exact: ExactCounts; sizes: SeqSizes } {
  const { T, N, D } = seqSizes(p);
  const P = mode === 'LSTM' ? (p.proj_size ?? 0n) : 0n;
  const kind = cellKind(mode, p);
  const out = P > 0n ? P : p.hidden_size;
  const first = stepCounts({ kind, input_size: p.input_size, hidden_size: p.hidden_size, bias: p.bias, proj_size: P });
  const later = stepCounts({ kind, input_size: D * out, hidden_size: p.hidden_size, bias: p.bias, proj_size: P });
  const perStep = addCounts(first, scaleCounts(later, p.num_layers - 1n));
  const steps = scaleCounts(perStep, T * N * D);
  const dropped = dropoutActive(p) ? (p.num_layers - 1n) * T * N * D * out : 0n;
  const divisions = p.dropout < 1 ? dropped : 0n;
  const exact: ExactCounts = {
    ...steps,
    multiplications: steps.multiplications + dropped,
    divisions,
    total_ops: steps.total_ops + dropped + divisions,
  };
  return { exact, sizes: { seq_len: T, batch: N, directions: D, dropout_elements: dropped } };
}

/**
 * eq-documented: moduleprofiler's published GRU and LSTM totals (docs/modules/gru.md, lstm.md),
 * in exact integers: T·N·H·(c·H_in + c·(2ℓ − 1)·H + k·ℓ) one way, T·N·H·(2c·H_in + 2c·(3ℓ − 2)·H + 2k·ℓ)
 * both ways, c = 6 (GRU) or 8 (LSTM), k = 21 / 15 (GRU, bias / none) or 31 / 23 (LSTM).
 * Null for RNN (no page) and for LSTM with proj_size > 0 (the page has no projection term).
 */
export function seqDocumented(mode: SeqMode, p: SeqParams): bigint | null {
  if (mode === 'RNN') return null;
  if (mode === 'LSTM' && (p.proj_size ?? 0n) > 0n) return null;
  const { T, N } = seqSizes(p);
  const H = p.hidden_size;
  const l = p.num_layers;
  const c = mode === 'GRU' ? 6n : 8n;
  const k = mode === 'GRU' ? (p.bias ? 21n : 15n) : p.bias ? 31n : 23n;
  const inner = p.bidirectional ? 2n * c * p.input_size + 2n * c * (3n * l - 2n) * H + 2n * k * l : c * p.input_size + c * (2n * l - 1n) * H + k * l;
  return T * N * H * inner;
}

// ----------------------------------------------------------------------------------------- methods

export const exactMethod: MethodSpec = {
  id: 'exact',
  label: 'Exact count, by kind (PyTorch’s equations, step by step)',
  summary: 'Every step of every layer and direction for every batch element: the two matrix products with both biases, the gate nonlinearities and the state update; dropout’s mask in training.',
  quantities: [
    { key: 'macs', label: 'MACs of the matrix products', unit: 'MACs', equation: 'eq-seq-total' },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', equation: 'eq-seq-total' },
    { key: 'additions', label: 'Additions and subtractions', unit: 'additions', equation: 'eq-seq-total' },
    { key: 'sigmoids', label: 'Sigmoid evaluations', unit: 'sigmoids', equation: 'eq-seq-total' },
    { key: 'tanhs', label: 'tanh evaluations', unit: 'tanhs', equation: 'eq-seq-total' },
    { key: 'comparisons', label: 'Comparisons (ReLU)', unit: 'comparisons', equation: 'eq-seq-total' },
    { key: 'divisions', label: 'Divisions (dropout’s scale, training only)', unit: 'divisions', equation: 'eq-dropout' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-seq-total' },
  ],
};

export const documentedMethod = (mode: SeqMode): MethodSpec => ({
  id: 'documented',
  label: 'Documented method (moduleprofiler)',
  summary:
    mode === 'GRU'
      ? 'moduleprofiler’s published GRU total, reproduced exactly: 6·T·N·H·(H_in + (2ℓ − 1)·H + 3.5ℓ) one way (2.5ℓ without bias), doubled with the wider later layers both ways.'
      : 'moduleprofiler’s published LSTM total, reproduced exactly: 8·T·N·H·(H_in + (2ℓ − 1)·H + 3.875ℓ) one way (2.875ℓ without bias); none with proj_size, which the page leaves out.',
  quantities: [{ key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-documented' }],
});

export const denseMethod: MethodSpec = {
  id: 'dense',
  label: 'Dense convention (2 FLOPs per MAC)',
  summary: 'The matrix products only, as most counters report them: MACs, and FLOPs = 2 × MACs; gates, state update and biases left out.',
  quantities: [
    { key: 'macs', label: 'MACs', unit: 'MACs', equation: 'eq-dense' },
    { key: 'total_ops', label: 'FLOPs (2 per MAC)', unit: 'FLOPs', equation: 'eq-dense' },
  ],
};
