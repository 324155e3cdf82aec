// The dataflow of one time step of a recurrent cell (RNN tanh/relu, GRU, LSTM, with LSTM's
// projection), each node labelled with its operation count for the calculator's current layer.
// One island for every recurrent page: the kind comes from the page, the sizes from the layer's
// arguments (input_size, hidden_size, bias, nonlinearity, proj_size when present), and every count
// from stepCounts/stepParts (src/estimator/recurrent/step.ts), never typed in. The server renders
// the initial layer; the figure follows the calculator once it hydrates.
import type { ComponentChildren } from 'preact';
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
        One step, one batch element: <strong>{plural(total.total_ops, 'operation')}</strong>, {plural(total.macs, 'MAC')} among them.
        {s.batch !== null && s.batch !== 1n && <> Times the batch N = {grouped(s.batch)}: {plural(total.total_ops * s.batch, 'operation')}.</>}
      </p>
    </div>
  );
}
