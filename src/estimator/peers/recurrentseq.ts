// What other counting tools report for the stacked recurrent modules RNN, GRU and LSTM. Each
// formula is the one the project's survey read in the tool's source at the commit of tools.ts
// (shared notes "peers-modules.md" §1, §2 and §4.1) and checked against its executed numbers on
// the survey's layers (RNN(80, 256), GRU and LSTM(80, 256, 2 layers, bidirectional), LSTM(80, 256,
// proj_size=128), T = 100, N = 8); nothing here is copied code. Counts are exact bigints.
import type { PeerCount } from '../core/module.ts';
import { assemble, type Answer, type CommonToolId, type ToolId } from './kinds.ts';

const FLOAT_TOOLS = new Set<ToolId>(['ptflops', 'thop', 'uthop', 'moduleprofiler']);

/** What the tools read of a valid stacked recurrent layer. */
export interface SeqView {
  mode: 'RNN' | 'GRU' | 'LSTM';
  input_size: bigint;
  hidden_size: bigint;
  num_layers: bigint;
  bias: boolean;
  bidirectional: boolean;
  batch_first: boolean;
  /** 0 for none (RNN, GRU). */
  proj_size: bigint;
  input_shape: readonly bigint[];
  /** PyTorch's output tensor's shape (output, not h_n). */
  output_shape: readonly bigint[];
  /** moduleprofiler's documented total (what its code returns below 2^53), or null where it has none or raises. */
  moduleprofiler: bigint | null;
}

const UNBATCHED_NOTE = 'The input is unbatched, (L, input_size); the tool reads its first two sizes as steps and batch, so input_size stands in for the batch (derived from its source, not executed).';

/** Every tool's number for a valid RNN, GRU or LSTM (peers-modules.md §4.1). */
export function seqPeers(v: SeqView): Record<string, PeerCount> {
  const G = v.mode === 'LSTM' ? 4n : v.mode === 'GRU' ? 3n : 1n;
  const H = v.hidden_size;
  const P = v.proj_size;
  const K = P > 0n ? P : H;
  const D = v.bidirectional ? 2n : 1n;
  const l = v.num_layers;
  const b = v.bias ? 1n : 0n;
  const x = v.input_shape;
  const batched = x.length === 3;
  const T = batched ? x[v.batch_first ? 1 : 0] : x[0];
  const N = batched ? x[v.batch_first ? 0 : 1] : 1n;
  // The two sizes the hook-based tools multiply, whatever they mean: T·N, or T·input_size unbatched.
  const s0 = x[0];
  const s1 = x[1];
  const firstTwo = s0 * s1;
  const unbatched = batched ? undefined : UNBATCHED_NOTE;
  const I1 = D * K; // what layers 1 … ℓ−1 read
  // Weight entries of one direction: layer 0, and each later layer.
  const w0 = G * H * (v.input_size + K) + P * H;
  const w1 = G * H * (I1 + K) + P * H;
  const W = D * (w0 + (l - 1n) * w1); // all weights (weight_macs per step and sequence)
  const params = W + D * l * 2n * G * H * b;
  const TN = T * N;
  // ptflops: forward weights of every layer + e + biases, W_hr left out, × s0 × s1 × D, then ÷ s0.
  const e = v.mode === 'LSTM' ? 10n * H : v.mode === 'GRU' ? 7n * H : H;
  const ptLayer = (inputs: bigint) => G * H * (inputs + K) + e + 2n * G * H * b;
  const ptTotal = (ptLayer(v.input_size) + (l - 1n) * ptLayer(I1)) * firstTwo * D;
  const ptflops: Answer =
    s0 === 0n
      ? { count: null, note: 'The input’s first size is 0, so dividing the total by it raises ZeroDivisionError and the tool reports nothing.' }
      : {
          count: ptTotal / s0,
          perSample: true,
          note: [`Divided by N₀ = ${s0}, the input’s first size${batched && !v.batch_first ? ', which for a sequence-first input is the sequence length T, not the batch' : ''}.`, P > 0n ? 'W_hr, the projection, is left out.' : undefined, unbatched].filter(Boolean).join(' '),
        };
  // thop: per step and sequence, G·H·(I_l + H) + gate terms (RNN 3H, GRU 13H, LSTM 16H with bias; 2GH less without); proj_size ignored.
  const thopTail = (v.mode === 'LSTM' ? 8n * H : v.mode === 'GRU' ? 7n * H : H) + 2n * G * H * b;
  const thopLayer = (inputs: bigint) => G * H * (inputs + H) + thopTail;
  const thop = D * (thopLayer(v.input_size) + (l - 1n) * thopLayer(D * H)) * firstTwo;
  // ultralytics-thop: the same, with the projection: G·H·(I_l + P) + H·P and later layers reading D·P.
  const uthopLayer = (inputs: bigint) => G * H * (inputs + K) + P * H + thopTail;
  const uthop = D * (uthopLayer(v.input_size) + (l - 1n) * uthopLayer(I1)) * firstTwo;
  // calflops / DeepSpeed FLOPs: (2·numel − G·H) per weight matrix, + e + biases, × s0·s1 × D; W_hr left out; MACs 0.
  const dsLayer = (inputs: bigint) => 2n * G * H * inputs - G * H + (2n * G * H * K - G * H) + e + 2n * G * H * b;
  const dsFlops = (dsLayer(v.input_size) + (l - 1n) * dsLayer(I1)) * firstTwo * D;
  const dsNote = [P > 0n ? 'W_hr, the projection, is left out.' : undefined, unbatched].filter(Boolean).join(' ') || undefined;
  const macsZero = 'Its module hook sets only the FLOPs figure, so the MACs figure stays 0 for every recurrent module (calflops issue #55).';
  // torchinfo: prod(output.shape[:2]) × every parameter (W_hr included).
  const tiRows = v.output_shape[0] * v.output_shape[1];
  // torchprofile: LSTM only, T·N·D·Σ 4H′·(I_l + H′) with H′ read from h_n (= proj_size when projecting).
  const Hp = K;
  const tp = v.mode === 'LSTM' ? TN * D * (4n * Hp * (v.input_size + Hp) + (l - 1n) * 4n * Hp * (D * Hp + Hp)) : 0n;
  const lstmFast = v.mode === 'LSTM' && P === 0n;
  return assemble({
    flopcountermode: lstmFast
      ? { count: 0n, note: 'On CPU in float32 (torch 2.x) the whole LSTM runs as one oneDNN kernel, mkldnn_rnn_layer, which the counter does not know: 0. On CUDA every RNN, GRU and LSTM runs in cuDNN and counts 0 too.' }
      : { count: 2n * TN * W, note: 'The matrix products as PyTorch’s generic CPU path runs them (2 FLOPs per MAC; biases, gates and state update left out). On CUDA (cuDNN) the counter reports 0.' },
    fvcore: { count: 0n, note: `aten::${v.mode === 'RNN' ? 'rnn_tanh / rnn_relu' : v.mode.toLowerCase()} is not among its handled operators (fvcore issue #98): it warns and counts 0.` },
    ptflops,
    ptflops_aten: { count: TN * params, note: 'The aten backend sees each layer’s input product as one addmm over the whole sequence and one addmm (or mm) of the hidden state per step: one MAC per weight and bias entry per step and sequence. Executed on torch 1.13; where the oneDNN LSTM path is taken (torch ≥ 2.1, CPU float32) it sees nothing.' },
    thop: { count: thop, note: [P > 0n ? 'proj_size is ignored: the layer is counted as if it had no projection.' : undefined, unbatched].filter(Boolean).join(' ') || undefined },
    uthop: { count: uthop, note: unbatched },
    calflops_flops: { count: dsFlops, note: dsNote },
    calflops_macs: { count: 0n, note: macsZero },
    deepspeed_flops: { count: dsFlops, note: dsNote },
    deepspeed_macs: { count: 0n, note: macsZero },
    torchinfo: {
      count: tiRows * params,
      note: `Multiplies every parameter (${params}) by the product of the output’s first two sizes (${tiRows})${batched ? '' : ', which for an unbatched output are T and D·H_out'}.`,
    },
    torchprofile:
      v.mode === 'LSTM'
        ? { count: tp, note: P > 0n ? `It reads the hidden size from h_n, which is proj_size = ${P} when projecting, so it counts the gates as ${P} wide instead of ${H} and leaves out W_hr.` : 'Only the matrix products; biases and gates left out.' }
        : { count: 0n, note: `It has no handler for aten::${v.mode === 'RNN' ? 'rnn_tanh' : 'gru'}, so the layer counts 0.` },
    moduleprofiler:
      v.mode === 'RNN'
        ? { count: null, note: 'moduleprofiler has no function for RNN: its profiler falls back to one that returns None.' }
        : v.moduleprofiler === null
          ? { count: null, note: 'Its LSTM function raises NotImplementedError for proj_size > 0 (“proj_size != 0 is not currently supported”).' }
          : { count: v.moduleprofiler, note: 'Its documented total: every product and sum of PyTorch’s equations, with 3 operations per sigmoid and 7 per tanh.' },
  }, FLOAT_TOOLS);
}
