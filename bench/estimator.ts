// Benchmark of the ConvTranspose1d estimator: prints figures, asserts nothing.
//   npm run bench
// 1. Throughput over a few thousand random valid layers of realistic size.
// 2. Time per estimate() call as one argument grows by many orders of magnitude: the
//    counts are closed forms (floor sums, gcd), so the time should stay flat or grow
//    with the number of digits only, never with the length, kernel or channel count.
// 3. The brute-force simulateProbe on one mid-size layer, for contrast.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  estimate,
  estimateRaw,
  simulateProbe,
  summarize,
  outputLength,
  type ConvTranspose1dParams,
} from '../src/estimator/convtranspose1d/index.ts';
import { seeded } from './random.ts';

// ---------------------------------------------------------------------------
// Timing helpers

let sink = 0n; // results feed this, so no call can be optimized away

/** Median over `samples` batches of the mean time per call (ms), each batch running ≥ minMs. */
function timePerCall(fn: () => void, samples = 5, minMs = 40): { mean: number; min: number; calls: number } {
  // Warm up and find a batch size that takes at least minMs.
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    const dt = performance.now() - t0;
    if (dt >= minMs) break;
    n = dt < 1 ? n * 10 : Math.ceil((n * minMs * 1.2) / dt);
  }
  const means: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    means.push((performance.now() - t0) / n);
  }
  means.sort((a, b) => a - b);
  return { mean: means[Math.floor(samples / 2)], min: means[0], calls: n * (samples + 1) };
}

const us = (ms: number) => (ms * 1000).toFixed(ms * 1000 < 10 ? 2 : 1);
const fmt = (x: bigint) => {
  const s = x.toString();
  if (s.length <= 12) return s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${s.slice(0, 4)}…e${s.length - 1}`;
};

function table(head: string[], rows: string[][], right: boolean[]) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (right[i] ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ');
  console.log(line(head));
  console.log(w.map((x) => '-'.repeat(x)).join('  '));
  for (const r of rows) console.log(line(r));
}

// ---------------------------------------------------------------------------
// Random realistic layers (seeded, so every run times the same set)

const { rand, int, pick } = seeded(20240601);

function randomLayer(): ConvTranspose1dParams {
  const groups = pick([1, 1, 1, 1, 2, 4, 8, 16]);
  const stride = int(1, 8);
  const dilation = pick([1, 1, 1, 2, 3, 4]);
  const kernel = int(1, 16);
  return {
    batch: rand() < 0.2 ? null : BigInt(pick([1, 2, 4, 8, 16, 32, 64])),
    in_channels: BigInt(groups * pick([1, 2, 3, 4, 8, 16, 32, 64])),
    out_channels: BigInt(groups * pick([1, 2, 3, 4, 8, 16, 32, 64])),
    length_in: BigInt(pick([int(1, 64), int(64, 4096), int(4096, 65536)])),
    kernel_size: BigInt(kernel),
    stride: BigInt(stride),
    padding: BigInt(int(0, kernel)),
    output_padding: BigInt(int(0, Math.max(stride, dilation) - 1)),
    dilation: BigInt(dilation),
    groups: BigInt(groups),
    bias: rand() < 0.7,
  };
}

const CONFIGS = 5000;
const layers: ConvTranspose1dParams[] = [];
while (layers.length < CONFIGS) {
  const p = randomLayer();
  if (estimate(p).ok) layers.push(p); // keep valid layers only
}
// The same layers as JSON-form raw objects (what the CLI's --jsonl path parses).
const raws = layers.map((p) =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
);

// ---------------------------------------------------------------------------

const started = performance.now();
console.log('ConvTranspose1d estimator benchmark');
console.log(`Node ${process.version} (V8 ${process.versions.v8}), ${os.platform()} ${os.arch()}`);
console.log(`CPU: ${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} logical); load average ${os.loadavg()[0].toFixed(2)} (other work on the machine makes the figures noisy)`);
console.log('');

// 1. Throughput --------------------------------------------------------------

const pass = () => {
  for (const p of layers) {
    const r = estimate(p);
    if (r.ok) sink += r.exact.total_ops;
  }
};
const passRaw = () => {
  for (const raw of raws) {
    const r = estimateRaw(raw);
    if (r.ok) sink += r.exact.total_ops;
  }
};
const t1 = timePerCall(pass, 5, 300);
const t2 = timePerCall(passRaw, 5, 300);
console.log(`1. Throughput over ${CONFIGS} random valid layers (channels ≤ 1024, L_in ≤ 65536, K ≤ 16, stride ≤ 8, dilation ≤ 4)`);
table(
  ['path', 'configs/s (best pass)', 'µs/config (best)', 'µs/config (median)'],
  [
    ['estimate(params)', Math.round(CONFIGS / t1.min * 1000).toLocaleString('en-US'), us(t1.min / CONFIGS), us(t1.mean / CONFIGS)],
    ['estimateRaw(JSON form): parse + estimate', Math.round(CONFIGS / t2.min * 1000).toLocaleString('en-US'), us(t2.min / CONFIGS), us(t2.mean / CONFIGS)],
  ],
  [false, true, true, true],
);
console.log('');

// 2. Scaling -----------------------------------------------------------------

const baseLayer: ConvTranspose1dParams = {
  batch: 8n, in_channels: 64n, out_channels: 64n, length_in: 1000n, kernel_size: 5n,
  stride: 2n, padding: 1n, output_padding: 1n, dilation: 1n, groups: 1n, bias: true,
};
const fib = (n: number) => {
  let [a, b] = [0n, 1n];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
};
const cases: [string, Partial<ConvTranspose1dParams>][] = [
  ['base: C 64→64, L_in 10^3, K 5, s 2', {}],
  ['L_in = 10^6', { length_in: 10n ** 6n }],
  ['L_in = 10^9', { length_in: 10n ** 9n }],
  ['L_in = 2^31', { length_in: 2n ** 31n }],
  ['L_in = 10^15', { length_in: 10n ** 15n }],
  ['channels = 2^20 (in & out)', { in_channels: 2n ** 20n, out_channels: 2n ** 20n }],
  ['channels 2^20, groups 2^10, L_in 2^31', { in_channels: 2n ** 20n, out_channels: 2n ** 20n, groups: 2n ** 10n, length_in: 2n ** 31n }],
  ['K = 10^3', { kernel_size: 10n ** 3n }],
  ['K = 10^6', { kernel_size: 10n ** 6n }],
  ['K = 10^6, L_in = 10^9', { kernel_size: 10n ** 6n, length_in: 10n ** 9n }],
  ['K = 10^9, L_in = 10^9, s 7, d 5', { kernel_size: 10n ** 9n, length_in: 10n ** 9n, stride: 7n, dilation: 5n, output_padding: 0n }],
  ['stride = 10^6', { stride: 10n ** 6n }],
  ['dilation = 10^6', { dilation: 10n ** 6n }],
  ['s 1000003, d 999983, K 10^6, L_in 10^6', { stride: 1_000_003n, dilation: 999_983n, kernel_size: 10n ** 6n, length_in: 10n ** 6n, padding: 12345n }],
  ['s 2^31−1, d 2^31−19, K 2^20, L_in 2^20', { stride: 2n ** 31n - 1n, dilation: 2n ** 31n - 19n, kernel_size: 2n ** 20n, length_in: 2n ** 20n, padding: 10n ** 9n }],
  ['s F(80), d F(79) ≈ 2^54, K 150, L_in 150', { stride: fib(80), dilation: fib(79), kernel_size: 150n, length_in: 150n, padding: fib(78) }],
  // Consecutive Fibonacci numbers make the floor sums' Euclid-like reduction take the
  // most steps (≈ 340 in all here, against 4 for the base layer).
  ['s F(46), d F(45), K = L_in = 2·10^9 (Euclid worst case)', { stride: fib(46), dilation: fib(45), kernel_size: 2n * 10n ** 9n, length_in: 2n * 10n ** 9n, padding: fib(44) * 666_666_666n, output_padding: 0n }],
];

console.log('2. Time per estimate() call as the arguments grow (median and min of 5 batches; "× base" = min relative to the first row\'s min)');
const rows: string[][] = [];
const SLOW_MS = 0.05; // 50 µs: far above any logarithmic cost seen here
let baseTime = 0;
const slow: string[] = [];
for (const [label, change] of cases) {
  const p = { ...baseLayer, ...change };
  const r = estimate(p);
  if (!r.ok) {
    rows.push([label, 'invalid', r.error.rule, '', '', '']);
    continue;
  }
  const t = timePerCall(() => {
    const x = estimate(p);
    if (x.ok) sink += x.exact.total_ops;
  });
  if (baseTime === 0) baseTime = t.min;
  const ratio = t.min / baseTime;
  if (t.min > SLOW_MS) slow.push(`${label}: ${us(t.min)} µs`);
  rows.push([label, fmt(outputLength(p)), fmt(r.exact.total_ops), us(t.mean), us(t.min), `${ratio.toFixed(2)}×`]);
}
table(['case', 'L_out', 'exact total_ops', 'µs/call', 'min µs', '× base'], rows, [false, true, true, true, true, true]);
console.log('');

// 2b. Worst case over random extreme layers ----------------------------------

// Every integer log-uniform over many orders of magnitude (kept only if PyTorch would accept the layer), to
// look for any input whose cost is not logarithmic.
const logUniform = (maxBits: number) => {
  const bits = int(0, maxBits);
  let x = 1n << BigInt(bits);
  x += BigInt(Math.floor(rand() * 2 ** Math.min(bits, 52))) << BigInt(Math.max(0, bits - 52));
  return x;
};
function extremeLayer(): ConvTranspose1dParams {
  const groups = logUniform(10);
  const stride = logUniform(40);
  const dilation = logUniform(40);
  const larger = stride > dilation ? stride : dilation;
  return {
    batch: rand() < 0.2 ? null : logUniform(30),
    in_channels: groups * logUniform(30),
    out_channels: groups * logUniform(30),
    length_in: logUniform(40),
    kernel_size: logUniform(40),
    stride,
    padding: rand() < 0.3 ? 0n : logUniform(50),
    output_padding: BigInt(Math.floor(rand() * Number(larger > 1000n ? 1000n : larger))), // < max(stride, dilation)
    dilation,
    groups,
    bias: rand() < 0.5,
  };
}
const EXTREME = 3000;
let tried = 0;
const extreme: { ms: number; p: ConvTranspose1dParams }[] = [];
for (let kept = 0; kept < EXTREME; tried++) {
  const p = extremeLayer();
  if (!estimate(p).ok) continue;
  kept++;
  const reps = 20;
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) {
    const x = estimate(p);
    if (x.ok) sink += x.exact.total_ops;
  }
  extreme.push({ ms: (performance.now() - t0) / reps, p });
}
extreme.sort((a, b) => a.ms - b.ms);
const q = (f: number) => us(extreme[Math.min(extreme.length - 1, Math.floor(f * extreme.length))].ms);
// A batch of 20 calls is short enough for a GC pause to dominate it: re-time the 10
// slowest-looking layers properly and report the slowest of those.
const retimed = extreme.slice(-10).map(({ p }) => ({
  p,
  ms: timePerCall(() => {
    const x = estimate(p);
    if (x.ok) sink += x.exact.total_ops;
  }, 5, 40).min,
}));
const worst = retimed.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(`2b. ${EXTREME} random valid extreme layers (${tried} drawn; lengths, kernel, stride, dilation log-uniform up to 2^40, padding 2^50, channels 2^40, batch 2^30): µs/call`);
table(
  ['median', 'p90', 'p99', 'max of one 20-call batch', 'slowest of top 10 re-timed (min of 5)'],
  [[q(0.5), q(0.9), q(0.99), us(extreme[extreme.length - 1].ms), us(worst.ms)]],
  [true, true, true, true, true],
);
console.log(`slowest re-timed inputs: ${Object.entries(worst.p).map(([k, v]) => `${k}=${v}`).join(' ')}`);
if (worst.ms > SLOW_MS) slow.push(`the random extreme layer above: ${us(worst.ms)} µs`);
console.log('');

// 3. Brute force for contrast -------------------------------------------------

const mid: ConvTranspose1dParams = { ...baseLayer, length_in: 2000n, kernel_size: 1000n, stride: 3n, dilation: 2n, padding: 5n, output_padding: 0n };
const L = outputLength(mid);
const tSim = timePerCall(() => {
  const s = summarize(simulateProbe(mid, L));
  sink += s.M;
}, 3, 200);
const tEst = timePerCall(() => {
  const x = estimate(mid);
  if (x.ok) sink += x.exact.total_ops;
});
const sim = summarize(simulateProbe(mid, L));
const est = estimate(mid);
const agree = est.ok && est.exact.products_per_filter === sim.M && est.exact.covered_positions === sim.P;
console.log(`3. Brute force vs closed form, L_in ${mid.length_in}, K ${mid.kernel_size}, stride ${mid.stride}, dilation ${mid.dilation}, padding ${mid.padding} (L_out ${L}, ${mid.length_in * mid.kernel_size} products)`);
table(
  ['method', 'ms/call (best)', 'µs/call (best)'],
  [
    ['simulateProbe + summarize (brute force)', tSim.min.toFixed(2), us(tSim.min)],
    ['estimate() (closed form, all counts)', tEst.min.toFixed(4), us(tEst.min)],
  ],
  [false, true, true],
);
console.log(`speed-up ${Math.round(tSim.min / tEst.min).toLocaleString('en-US')}×; M and P agree: ${agree}`);
console.log('');

console.log(slow.length ? `Calls slower than ${us(SLOW_MS)} µs:\n  ${slow.join('\n  ')}` : `No estimate() call took more than ${us(SLOW_MS)} µs (best of 5 batches).`);
console.log(`(total benchmark time ${((performance.now() - started) / 1000).toFixed(1)} s; checksum ${sink % 1000n})`);
