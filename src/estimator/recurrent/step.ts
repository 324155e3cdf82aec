// One time step of one recurrent cell for ONE batch element, counted by kind of operation, in closed form.
// Shared by RNNCell, GRUCell, LSTMCell (one step) and RNN, GRU, LSTM (steps × layers × directions × batch).
//
// The equations are PyTorch's (docs of torch.nn.RNNCell, GRUCell, LSTMCell), executed directly:
//   gates_ih = W_ih·x + b_ih and gates_hh = W_hh·h + b_hh are two separate products (G·H rows each),
//   each row a dot product of K terms (K multiplications, K − 1 additions, K MACs) plus one addition
//   for its bias, as in Linear (a sum of no terms costs nothing: max(K + b − 1, 0) additions per row).
//   RNN:  h' = tanh(gates_ih + gates_hh)              (relu: one comparison per element instead of tanh)
//   GRU:  r = σ(ih_r + hh_r), z = σ(ih_z + hh_z), n = tanh(ih_n + r ⊙ hh_n), h' = (1 − z) ⊙ n + z ⊙ h
//   LSTM: i, f, o = σ(ih + hh), g = tanh(ih_g + hh_g), c' = f ⊙ c + i ⊙ g, m = o ⊙ tanh(c'),
//         h' = m, or h' = W_hr·m (proj_size × hidden_size product, no bias) when proj_size > 0.
// A missing h_0 (or (h_0, c_0)) is a tensor of zeros in PyTorch, which it still multiplies: it is counted.
export type CellKind = 'RNN_TANH' | 'RNN_RELU' | 'GRU' | 'LSTM';

export interface StepSizes {
  kind: CellKind;
  input_size: bigint;
  hidden_size: bigint;
  bias: boolean;
  /** 0n = no projection; LSTM only. */
  proj_size: bigint;
}

export interface StepCounts {
  macs: bigint;
  multiplications: bigint;
  additions: bigint;
  sigmoids: bigint;
  tanhs: bigint;
  comparisons: bigint;
  total_ops: bigint;
}

/** The pieces of one step, each by kind, for the figure and the pages (all per batch element). */
export interface StepParts {
  /** G: gate blocks of the weights (1 RNN, 3 GRU, 4 LSTM). */
  gates: bigint;
  /** Width of the hidden state the recurrent product reads (proj_size when it is > 0, else hidden_size). */
  hidden_in: bigint;
  /** W_ih·x + b_ih: G·H dot products of input_size terms. */
  input_product: { macs: bigint; additions: bigint };
  /** W_hh·h + b_hh: G·H dot products of hidden_in terms. */
  hidden_product: { macs: bigint; additions: bigint };
  /** Joining the two products: one addition per gate element (GRU: plus r ⊙ (W_hn h + b_hn)). */
  combine: { additions: bigint; multiplications: bigint };
  /** The gate nonlinearities (σ, tanh, or the relu comparisons). */
  gates_nonlinear: { sigmoids: bigint; tanhs: bigint; comparisons: bigint };
  /** State update: GRU (1 − z) ⊙ n + z ⊙ h; LSTM f ⊙ c + i ⊙ g, then o ⊙ tanh(c'). */
  update: { additions: bigint; multiplications: bigint; tanhs: bigint };
  /** LSTM projection W_hr·m (proj_size × hidden_size), zero otherwise. */
  projection: { macs: bigint; additions: bigint };
}

const max0 = (v: bigint) => (v > 0n ? v : 0n);

export function gateCount(kind: CellKind): bigint {
  return kind === 'GRU' ? 3n : kind === 'LSTM' ? 4n : 1n;
}

/** eq-step-*: the parts of one step for one batch element. */
export function stepParts(s: StepSizes): StepParts {
  const G = gateCount(s.kind);
  const H = s.hidden_size;
  const I = s.input_size;
  const P = s.kind === 'LSTM' && s.proj_size > 0n ? s.proj_size : 0n;
  const K = P > 0n ? P : H;
  const b = s.bias ? 1n : 0n;
  const rows = G * H;
  const input_product = { macs: rows * I, additions: rows * max0(I + b - 1n) };
  const hidden_product = { macs: rows * K, additions: rows * max0(K + b - 1n) };
  const combine = { additions: rows, multiplications: s.kind === 'GRU' ? H : 0n };
  let gates_nonlinear = { sigmoids: 0n, tanhs: 0n, comparisons: 0n };
  let update = { additions: 0n, multiplications: 0n, tanhs: 0n };
  switch (s.kind) {
    case 'RNN_TANH':
      gates_nonlinear = { sigmoids: 0n, tanhs: H, comparisons: 0n };
      break;
    case 'RNN_RELU':
      gates_nonlinear = { sigmoids: 0n, tanhs: 0n, comparisons: H };
      break;
    case 'GRU':
      gates_nonlinear = { sigmoids: 2n * H, tanhs: H, comparisons: 0n };
      // (1 − z): one subtraction; (1 − z) ⊙ n and z ⊙ h: two products; their sum: one addition.
      update = { additions: 2n * H, multiplications: 2n * H, tanhs: 0n };
      break;
    case 'LSTM':
      gates_nonlinear = { sigmoids: 3n * H, tanhs: H, comparisons: 0n };
      // f ⊙ c + i ⊙ g: two products, one addition; o ⊙ tanh(c'): one tanh, one product.
      update = { additions: H, multiplications: 3n * H, tanhs: H };
      break;
  }
  const projection = { macs: P * H, additions: P * max0(H - 1n) };
  return { gates: G, hidden_in: K, input_product, hidden_product, combine, gates_nonlinear, update, projection };
}

/** Exact operations of one time step of one cell for ONE batch element (eq-step-*): input and hidden products, both biases, gates, state update, LSTM projection. */
export function stepCounts(s: StepSizes): StepCounts {
  const p = stepParts(s);
  const macs = p.input_product.macs + p.hidden_product.macs + p.projection.macs;
  const multiplications = macs + p.combine.multiplications + p.update.multiplications;
  const additions = p.input_product.additions + p.hidden_product.additions + p.combine.additions + p.update.additions + p.projection.additions;
  const sigmoids = p.gates_nonlinear.sigmoids;
  const tanhs = p.gates_nonlinear.tanhs + p.update.tanhs;
  const comparisons = p.gates_nonlinear.comparisons;
  return { macs, multiplications, additions, sigmoids, tanhs, comparisons, total_ops: multiplications + additions + sigmoids + tanhs + comparisons };
}

/** Multiplies every count by a bigint factor (batch, steps, layers, directions). */
export function scaleCounts(c: StepCounts, k: bigint): StepCounts {
  return {
    macs: c.macs * k,
    multiplications: c.multiplications * k,
    additions: c.additions * k,
    sigmoids: c.sigmoids * k,
    tanhs: c.tanhs * k,
    comparisons: c.comparisons * k,
    total_ops: c.total_ops * k,
  };
}

/** Adds counts kind by kind. */
export function addCounts(a: StepCounts, b: StepCounts): StepCounts {
  return {
    macs: a.macs + b.macs,
    multiplications: a.multiplications + b.multiplications,
    additions: a.additions + b.additions,
    sigmoids: a.sigmoids + b.sigmoids,
    tanhs: a.tanhs + b.tanhs,
    comparisons: a.comparisons + b.comparisons,
    total_ops: a.total_ops + b.total_ops,
  };
}
