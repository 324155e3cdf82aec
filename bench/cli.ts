// Benchmark of the CLI's --jsonl path: prints figures, asserts nothing.
//   npm run bench:cli
// 1. In this process: runJsonl over 10^5 generated lines (varied layers, about a tenth invalid),
//    read in 64 KB chunks as from stdin and written to /dev/null as the CLI writes stdout, so
//    encoding and system calls count. Wall time and CPU time per line; on a shared machine
//    the CPU time moves less.
// 2. The real process: `estimate convtranspose1d --jsonl` with the same lines on stdin and its
//    stdout read through a pipe, less the time the same process takes for no input (start-up).
// The budget is 40 µs a line (issue 11: "CLI throughput").
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { findModule, runJsonl } from '../src/cli/run.ts';
import { seeded } from './random.ts';

const LINES = 100_000;
const BUDGET_US = 40;
const CHUNK = 64 * 1024; // what a pipe or file delivers to process.stdin at a time
const root = fileURLToPath(new URL('..', import.meta.url));

// ---------------------------------------------------------------------------
// Input: seeded, so every run times the same lines

const { rand, int, pick } = seeded(20261201);

/** One parameter line as a user would write it: defaults often omitted, some values as strings. */
function layerLine(): string {
  const groups = pick([1, 1, 1, 1, 2, 4, 8]);
  const stride = int(1, 8);
  const dilation = pick([1, 1, 1, 2, 3]);
  const kernel = int(1, 16);
  const o: Record<string, unknown> = {
    in_channels: groups * pick([1, 2, 4, 16, 64, 256]),
    out_channels: groups * pick([1, 2, 8, 32, 128]),
    length_in: pick([int(1, 64), int(64, 8192), int(8192, 1 << 20)]),
    kernel_size: kernel,
  };
  if (rand() < 0.8) o.batch = rand() < 0.25 ? null : pick([1, 2, 8, 32]);
  if (rand() < 0.7) o.stride = stride;
  if (rand() < 0.5) o.padding = int(0, kernel);
  if (stride > 1 && rand() < 0.3) o.output_padding = int(0, Math.max(stride, dilation) - 1);
  if (rand() < 0.3) o.dilation = dilation;
  if (groups > 1) o.groups = groups;
  if (rand() < 0.3) o.bias = false;
  if (rand() < 0.1) o.length_in = String(o.length_in); // digits as a string, as for values beyond 2^53
  return JSON.stringify(o);
}

/** 5 % lines of each kind the reader answers with ok: false; random layers add PyTorch-invalid ones. */
function line(): string {
  const r = rand();
  if (r < 0.01) return 'not json';
  if (r < 0.02) return '{"in_channels": 16, "out_channels": 32, "length_in": 100}'; // required key missing
  if (r < 0.03) return '{"in_channels": 16, "out_channels": 32, "length_in": 100, "kernel_size": 5, "strides": 2}';
  if (r < 0.04) return '{"in_channels": 16, "out_channels": 32, "length_in": 100, "kernel_size": 5, "groups": 3}';
  if (r < 0.05) return '{"in_channels": 4, "out_channels": 4, "length_in": 1, "kernel_size": 1, "padding": 9}';
  return layerLine();
}

const input = Buffer.from(`${Array.from({ length: LINES }, line).join('\n')}\n`);
const chunks: Buffer[] = [];
for (let i = 0; i < input.length; i += CHUNK) chunks.push(input.subarray(i, i + CHUNK));

// ---------------------------------------------------------------------------

const us = (x: number) => x.toFixed(x < 10 ? 2 : 1);
const perSecond = (usPerLine: number) => Math.round(1e6 / usPerLine).toLocaleString('en-US');
const verdict = (usPerLine: number) => (usPerLine <= BUDGET_US ? 'within budget' : 'OVER BUDGET');

function table(head: string[], rows: string[][]) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  console.log(fmt(head));
  console.log(w.map((x) => '-'.repeat(x)).join('  '));
  for (const r of rows) console.log(fmt(r));
}

console.log('CLI --jsonl benchmark');
console.log(`Node ${process.version} (V8 ${process.versions.v8}), ${os.platform()} ${os.arch()}`);
console.log(`CPU: ${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} logical); load average ${os.loadavg()[0].toFixed(2)} (other work on the machine makes the figures noisy)`);
console.log(`Input: ${LINES.toLocaleString('en-US')} lines, ${(input.length / 1e6).toFixed(1)} MB; budget ${BUDGET_US} µs a line (${perSecond(BUDGET_US)} lines/s)`);
console.log('');

// 1. In process ---------------------------------------------------------------

const mod = findModule('convtranspose1d')!;
const devNull = fs.openSync(os.devNull, 'w');

async function pass() {
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const summary = await runJsonl(
    mod,
    (async function* () {
      yield* chunks;
    })(),
    (text) => {
      bytes += fs.writeSync(devNull, text);
    },
  );
  const wall = ((performance.now() - t0) * 1000) / summary.lines;
  const cpu0End = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu0End.user + cpu0End.system) / summary.lines, bytes, summary };
}

await pass(); // warm-up: compile and optimize
const passes = [];
for (let i = 0; i < 5; i++) passes.push(await pass());
const byWall = [...passes].sort((a, b) => a.wall - b.wall);
const byCpu = [...passes].sort((a, b) => a.cpu - b.cpu);
const { summary, bytes } = passes[0];
console.log(`1. runJsonl in this process, 5 passes after a warm-up (${summary.ok.toLocaleString('en-US')} ok, ${summary.failed.toLocaleString('en-US')} invalid; ${Math.round(bytes / summary.lines).toLocaleString('en-US')} bytes of output a line)`);
table(
  ['measure', 'µs/line (best)', 'µs/line (median)', 'lines/s (best)', 'budget'],
  [
    ['wall time', us(byWall[0].wall), us(byWall[2].wall), perSecond(byWall[0].wall), verdict(byWall[0].wall)],
    ['CPU time (user + system)', us(byCpu[0].cpu), us(byCpu[2].cpu), perSecond(byCpu[0].cpu), verdict(byCpu[0].cpu)],
  ],
);
console.log('');

// 2. The real process ------------------------------------------------------------

const inputFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nnops-bench-cli-')), 'lines.jsonl');
fs.writeFileSync(inputFile, input);
const emptyFile = `${inputFile}.empty`;
fs.writeFileSync(emptyFile, '');

/** Runs the CLI as `npm run estimate` does, stdin from a file and stdout through a pipe; ms and bytes read. */
function runCli(file: string): Promise<{ ms: number; bytes: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'src/cli/estimate.ts', 'convtranspose1d', '--jsonl'],
      { cwd: root, stdio: [fs.openSync(file, 'r'), 'pipe', 'inherit'] },
    );
    let bytes = 0;
    child.stdout!.on('data', (b: Buffer) => {
      bytes += b.length;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - t0, bytes, code }));
  });
}

const starts: number[] = [];
const fulls: number[] = [];
for (let i = 0; i < 3; i++) {
  starts.push((await runCli(emptyFile)).ms);
  const r = await runCli(inputFile);
  if (r.code !== 0) console.log(`   (the CLI exited with status ${r.code})`);
  fulls.push(r.ms);
}
starts.sort((a, b) => a - b);
fulls.sort((a, b) => a - b);
const perLine = ((fulls[0] - starts[0]) * 1000) / LINES;
console.log('2. The CLI process, stdin from a file, stdout read through a pipe (best of 3; start-up measured with empty input and subtracted)');
table(
  ['start-up ms', 'whole run ms', 'µs/line', 'lines/s', 'budget'],
  [[starts[0].toFixed(0), fulls[0].toFixed(0), us(perLine), perSecond(perLine), verdict(perLine)]],
);
fs.rmSync(path.dirname(inputFile), { recursive: true, force: true });
