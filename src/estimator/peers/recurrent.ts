// What other counting tools report for the recurrent cells (RNNCell, GRUCell, LSTMCell). Each
// formula is the one the project's survey read in the tool's source at the commit of tools.ts,
// checked on GRUCell/LSTMCell(80, 256) with x (8, 80) (shared notes "peers-modules.md" §1, §2 and
// §4.1); nothing here is copied code. Counts are exact bigints; a count is null where the tool
// raises or where the survey has no reading, with a note saying why. The sequence modules
// (RNN, GRU, LSTM) build on cellTerms in their own file.
import type { PeerCount } from '../core/module.ts';
import { assemble, type Answer, type CommonToolId, type ToolId } from './kinds.ts';

const FLOAT_TOOLS = new Set<ToolId>(['ptflops', 'thop', 'uthop', 'moduleprofiler']);

/** Every common tool's answer with its unit and batch convention (the shared assemble, with these tools' floating-point note). */
export const assembleRecurrent = (answers: Record<CommonToolId, Answer>): Record<string, PeerCount> => assemble(answers, FLOAT_TOOLS);

export type RecurrentFamily = 'rnn' | 'gru' | 'lstm';

/** The per-sample, per-step pieces the tools build on, for one cell of input width I and hidden size H. */
export interface CellTerms {
  /** G: 1, 3 or 4 gate blocks. */
  G: bigint;
  /** W = G·H·(I + H): the products of the two weight matrices. */
  W: bigint;
  /** Bias entries, 2·G·H with bias, else 0. */
  biases: bigint;
  /** ptflops' and calflops' element-wise term e: H (RNN), 7H (GRU), 10H (LSTM). */
  e: bigint;
  /** thop's element-wise term without the biases: H (RNN), 7H (GRU), 8H (LSTM). */
  thopExtra: bigint;
  /** torchprofile: aten::mul nodes of the traced cell, H each: 0 (RNN), 2 (GRU), 3 (LSTM). */
  muls: bigint;
}

export function cellTerms(family: RecurrentFamily, I: bigint, H: bigint, bias: boolean): CellTerms {
  const G = family === 'rnn' ? 1n : family === 'gru' ? 3n : 4n;
  return {
    G,
    W: G * H * (I + H),
    biases: bias ? 2n * G * H : 0n,
    e: family === 'rnn' ? H : family === 'gru' ? 7n * H : 10n * H,
    thopExtra: family === 'rnn' ? H : family === 'gru' ? 7n * H : 8n * H,
    muls: family === 'rnn' ? 0n : family === 'gru' ? 2n : 3n,
  };
}

export interface CellView {
  input_size: bigint;
  hidden_size: bigint;
  bias: boolean;
  input_shape: readonly bigint[];
}

const UNBATCHED = 'The survey ran the cells on batched input only; how this tool reads the batch of an unbatched (H_in,) input was not read, so no number is given.';

/** Every tool's number for a valid RNNCell, GRUCell or LSTMCell (peers-modules.md §1 and §4.1). */
export function cellPeers(family: RecurrentFamily, p: CellView): Record<string, PeerCount> {
  const I = p.input_size;
  const H = p.hidden_size;
  const batched = p.input_shape.length === 2;
  const N = batched ? p.input_shape[0] : 1n;
  const t = cellTerms(family, I, H, p.bias);
  const params = t.W + t.biases;
  const perSample = t.W + t.e + t.biases;
  const calflops = 2n * t.W - 2n * t.G * H + t.e + t.biases;
  const ignoresBias = p.bias ? ' The biases are not counted.' : '';
  const ptflops: Answer = !batched
    ? { count: null, note: UNBATCHED }
    : N === 0n
      ? { count: null, note: 'The input’s first size is 0, so dividing the total by it raises ZeroDivisionError and the tool reports nothing.' }
      : { count: perSample, perSample: true, note: `Its cell rule counts the weights, ${family === 'rnn' ? 'H' : family === 'gru' ? '7H' : '10H'} for the gate arithmetic and one per bias entry, times N, then divides by N₀ = ${N}, the input’s first size.` };
  const mpGru = N * H * (6n * I + 6n * H + 21n);
  return assembleRecurrent({
    flopcountermode: { count: 2n * N * t.W, note: `Counts the two matrix products of the cell (addmm/mm), 2 FLOPs per MAC.${ignoresBias} The gates and the state update are not in its registry.` },
    fvcore: { count: N * t.W, note: 'Its trace records the cell’s two inner linear products; the element-wise gate operations are unsupported and skipped with a warning.' },
    ptflops,
    ptflops_aten: { count: N * (t.W + t.biases), note: p.bias ? 'The two products run as addmm, and the backend counts each bias entry as one MAC.' : 'Only the two matrix products are counted.' },
    thop: batched
      ? { count: N * (t.W + t.thopExtra + t.biases), note: 'Its cell rule: the weights, one per bias entry, and a fixed element-wise term; sigmoid and tanh are not counted.' }
      : { count: null, note: UNBATCHED },
    uthop: { count: N * (t.W + t.thopExtra + t.biases), note: 'As thop; an unbatched (H_in,) input counts as a batch of 1.' },
    calflops_flops: batched ? { count: N * calflops, note: 'Twice the weights less one addition per row, the element-wise term, and the bias entries.' } : { count: null, note: UNBATCHED },
    calflops_macs: { count: 0n, note: 'The module hook sets only the FLOPs, so the MACs figure is 0 for every recurrent module (calflops #55).' },
    deepspeed_flops: batched ? { count: N * calflops, note: 'The same rule as calflops (DeepSpeed since v0.10.1).' } : { count: null, note: UNBATCHED },
    deepspeed_macs: { count: 0n, note: 'The module hook sets only the FLOPs, so the MACs figure is 0.' },
    torchinfo: {
      count: (batched ? N * H : H) * params,
      note: batched
        ? `It multiplies the parameter count by the product of the output’s first two sizes, (N, H), so the count is H = ${H} times too high.`
        : `It multiplies the parameter count by the output’s first size, here H = ${H} (derived, not executed): H times too high.`,
    },
    torchprofile: { count: N * t.W + t.muls * N * H, note: `The traced inner products, plus ${t.muls === 0n ? 'nothing for the gates (tanh and relu are free to it)' : `N·H for each of the ${t.muls} aten::mul nodes of the state update`}; biases, additions and nonlinearities are free to it.` },
    moduleprofiler:
      family === 'gru'
        ? { count: mpGru, note: p.bias ? 'Its documented formula, computed in floating point.' : 'Its code tests `module.bias is not None`, which is always true because GRUCell.bias is a bool: bias=False is ignored, 6·N·H more than its own formula without the biases.' }
        : family === 'lstm'
          ? { count: null, note: 'Its LSTMCell function calls .size() on the output, which is the tuple (h_1, c_1): AttributeError, so it reports nothing.' }
          : { count: null, note: 'It has no function for RNNCell.' },
  });
}
