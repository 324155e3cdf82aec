// The dataflow of one time step of a recurrent cell (RNN tanh/relu, GRU, LSTM, with LSTM's
// projection), each node labelled with its operation count for the calculator's current layer.
// One island for every recurrent page: the kind comes from the page, the sizes from the layer's
// arguments (input_size, hidden_size, bias, nonlinearity, proj_size when present), and every count
// from stepCounts/stepParts (src/estimator/recurrent/step.ts), never typed in. The server renders
// the initial layer; the figure follows the calculator once it hydrates.
import { Fragment, type ComponentChildren } from 'preact';
import { stepCounts, stepParts, type CellKind } from '../../estimator/recurrent/step.ts';
import { grouped } from '../../lib/format.ts';
import { useLayer, type Layer, type ModuleView } from './store.ts';
import '../../styles/cell.css';

export type CellFamily = 'rnn' | 'gru' | 'lstm';

export interface Props {
  view: ModuleView;
  initial: Layer;
  family: CellFamily;
  /** The id of the figure's caption. */
  captionId: string;
}

const plural = (n: bigint, one: string, many = `${one}s`) => `${grouped(n)} ${n === 1n ? one : many}`;

function Node({ title, children, tone }: { title: ComponentChildren; children?: ComponentChildren; tone?: 'io' | 'product' | 'gate' | 'state' }) {
  return (
    <li class={`cf-node cf-${tone ?? 'gate'}`}>
      <span class="cf-title">{title}</span>
      {children && <span class="cf-count">{children}</span>}
    </li>
  );
}

/** The sizes of a layer's arguments, or null when the layer is not valid. */
function sizesOf(family: CellFamily, o: Layer['outcome']) {
  if (!o.ok) return null;
  const p = o.params as Record<string, unknown>;
  const I = p.input_size;
  const H = p.hidden_size;
  if (typeof I !== 'bigint' || typeof H !== 'bigint') return null;
  const proj = typeof p.proj_size === 'bigint' ? p.proj_size : 0n;
  const kind: CellKind = family === 'gru' ? 'GRU' : family === 'lstm' ? 'LSTM' : p.nonlinearity === 'relu' ? 'RNN_RELU' : 'RNN_TANH';
  const batch = typeof (o as Record<string, unknown>).batch === 'bigint' ? ((o as Record<string, unknown>).batch as bigint) : null;
  return { kind, I, H, P: family === 'lstm' ? proj : 0n, bias: p.bias !== false, batch };
}

export default function CellFigure({ view, initial, family, captionId }: Props) {
  const { layer } = useLayer(view, initial);
  const s = sizesOf(family, layer.outcome);
  if (!s) {
    return (
      <p class="cf-empty" aria-describedby={captionId}>
        The calculator’s arguments are not a valid layer, so there is no step to draw.
      </p>
    );
  }
  const step = { kind: s.kind, input_size: s.I, hidden_size: s.H, bias: s.bias, proj_size: s.P };
  const parts = stepParts(step);
  const total = stepCounts(step);
  const G = parts.gates;
  const rows = G * s.H;
  const K = parts.hidden_in;
  const b = s.bias ? ' + b' : '';
  const product = (p: { macs: bigint; additions: bigint }) => `${plural(p.macs, 'MAC')}, ${plural(p.additions, 'addition')}`;
  const H = grouped(s.H);
  return (
    <div class="cf-body" aria-describedby={captionId}>
      <ol class="cf-flow">
        <li class="cf-pair">
          <ol>
            <Node title={<>x ({grouped(s.I)})</>} tone="io" />
            <Node title={<>h ({grouped(K)}){family === 'lstm' ? <>, c ({H})</> : null}</>} tone="io" />
          </ol>
        </li>
        <li class="cf-pair">
          <ol>
            <Node title={<>W<sub>ih</sub>·x{b && <> + b<sub>ih</sub></>}: {grouped(rows)} rows × {grouped(s.I)}</>} tone="product">{product(parts.input_product)}</Node>
            <Node title={<>W<sub>hh</sub>·h{b && <> + b<sub>hh</sub></>}: {grouped(rows)} rows × {grouped(K)}</>} tone="product">{product(parts.hidden_product)}</Node>
          </ol>
        </li>
        <Node title={family === 'gru' ? <>Gate sums, and r ⊙ (W<sub>hn</sub>h{b && <> + b<sub>hn</sub></>})</> : family === 'lstm' ? 'Gate sums (i, f, g, o)' : 'Sum of the two products'}>
          {plural(parts.combine.additions, 'addition')}
          {parts.combine.multiplications > 0n && <>, {plural(parts.combine.multiplications, 'multiplication')}</>}
        </Node>
        <Node title={s.kind === 'RNN_RELU' ? <>h′ = relu(·)</> : s.kind === 'RNN_TANH' ? <>h′ = tanh(·)</> : family === 'gru' ? <>r, z = σ(·); n = tanh(·)</> : <>i, f, o = σ(·); g = tanh(·)</>}>
          {[
            parts.gates_nonlinear.sigmoids > 0n ? plural(parts.gates_nonlinear.sigmoids, 'sigmoid') : null,
            parts.gates_nonlinear.tanhs > 0n ? plural(parts.gates_nonlinear.tanhs, 'tanh', 'tanh') : null,
            parts.gates_nonlinear.comparisons > 0n ? plural(parts.gates_nonlinear.comparisons, 'comparison') : null,
          ]
            .filter(Boolean)
            .join(', ') || 'nothing'}
        </Node>
        {family === 'gru' && (
          <Node title={<>h′ = (1 − z) ⊙ n + z ⊙ h</>} tone="state">
            {plural(parts.update.additions, 'addition')}, {plural(parts.update.multiplications, 'multiplication')}
          </Node>
        )}
        {family === 'lstm' && (
          <>
            <Node title={<>c′ = f ⊙ c + i ⊙ g</>} tone="state">
              {plural(2n * s.H, 'multiplication')}, {plural(parts.update.additions, 'addition')}
            </Node>
            <Node title={<>{s.P > 0n ? 'm' : 'h′'} = o ⊙ tanh(c′)</>} tone="state">
              {plural(parts.update.tanhs, 'tanh', 'tanh')}, {plural(s.H, 'multiplication')}
            </Node>
          </>
        )}
        {s.P > 0n && (
          <Node title={<>h′ = W<sub>hr</sub>·m: {grouped(s.P)} rows × {H}</>} tone="product">
            {product(parts.projection)}
          </Node>
        )}
        <Node title={<>Out: h′ ({grouped(s.P > 0n ? s.P : s.H)}){family === 'lstm' ? <>, c′ ({H})</> : null}</>} tone="io" />
      </ol>
      <p class="cf-total">
        One step, one batch element: <strong data-part="step" data-value={String(total.total_ops)}>{plural(total.total_ops, 'operation')}</strong>, {plural(total.macs, 'MAC')} among them.
        {s.batch !== null && s.batch !== 1n && <> Times the batch N = {grouped(s.batch)}: {plural(total.total_ops * s.batch, 'operation')}.</>}
      </p>
      <Unroll outcome={layer.outcome} step={step} />
    </div>
  );
}

/** What a sequence module's result adds to a cell's: the sizes of the unrolled pass. */
interface SeqOutcome {
  ok: true;
  params: { num_layers: bigint; hidden_size: bigint; proj_size?: bigint | null };
  seq_len: bigint;
  batch: bigint;
  directions: bigint;
  exact: { total_ops: bigint };
}
const isSeq = (o: Layer['outcome']): o is Layer['outcome'] & SeqOutcome => o.ok && typeof (o as Record<string, unknown>).seq_len === 'bigint';

/**
 * How a sequence module (RNN, GRU, LSTM) repeats the step: layer 0 on the input, the later layers
 * on both directions' outputs (eq-layers), each T times, in each direction, for each sequence
 * (eq-seq-total). The pass's total is the calculator's exact total; what the listed steps leave is
 * dropout's mask in training mode. Nothing here for a cell, which runs one step.
 */
function Unroll({ outcome, step }: { outcome: Layer['outcome']; step: Parameters<typeof stepCounts>[0] }) {
  if (!isSeq(outcome)) return null;
  const { seq_len: T, batch: N, directions: D } = outcome;
  const L = outcome.params.num_layers;
  const out = step.proj_size > 0n ? step.proj_size : step.hidden_size;
  const first = stepCounts(step).total_ops;
  const later = stepCounts({ ...step, input_size: D * out }).total_ops;
  const runs = T * D * N;
  const part0 = first * runs;
  const partL = later * runs * (L - 1n);
  const rest = outcome.exact.total_ops - part0 - partL;
  const times = `× ${grouped(T)} step${T === 1n ? '' : 's'} × ${grouped(D)} direction${D === 1n ? '' : 's'} × ${grouped(N)} sequence${N === 1n ? '' : 's'}`;
  // The grid is a picture of the same sentence: at most four layers and six steps are drawn.
  const rows = L > 4n ? 4 : Number(L);
  const cols = T > 6n ? 6 : Number(T);
  return (
    <div class="cf-unroll">
      <div class="cf-grid" aria-hidden="true" style={{ gridTemplateColumns: `auto repeat(${cols}, minmax(0, 1fr))${T > 6n ? ' auto' : ''}` }}>
        {Array.from({ length: rows }, (_, r) => (
          <Fragment key={r}>
            <span class="cf-grid-label">{r === rows - 1 && L > 4n ? `… ${grouped(L - 1n)}` : `layer ${r}`}</span>
            {Array.from({ length: cols }, (_, t) => (
              <span key={t} class={`cf-cell${r === 0 ? ' cf-cell-first' : ''}`}>{D === 2n ? '⇄' : '→'}</span>
            ))}
            {T > 6n && <span class="cf-grid-label">… T = {grouped(T)}</span>}
          </Fragment>
        ))}
      </div>
      <ul class="cf-unroll-sum">
        <li>
          Layer 0, reading {grouped(step.input_size)} features: {plural(first, 'operation')} a step {times} = <strong data-part="layer0" data-value={String(part0)}>{grouped(part0)}</strong>
        </li>
        {L > 1n && (
          <li>
            {L === 2n ? 'Layer 1, reading' : <>Layers 1 to {grouped(L - 1n)}, each reading</>} {grouped(D * out)} features: {plural(later, 'operation')} a step {times}
            {L > 2n && <> × {grouped(L - 1n)} layers</>} = <strong data-part="later" data-value={String(partL)}>{grouped(partL)}</strong>
          </li>
        )}
        {rest !== 0n && (
          <li>
            Dropout’s mask between layers (training mode): <strong data-part="dropout" data-value={String(rest)}>{grouped(rest)}</strong>
          </li>
        )}
        <li>
          The whole pass: <strong data-part="total" data-value={String(outcome.exact.total_ops)}>{plural(outcome.exact.total_ops, 'operation')}</strong>, the calculator’s exact total.
        </li>
      </ul>
    </div>
  );
}
