import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { invalid, valid } from '../../tests/unit/golden.ts';
import { toJSON } from '../estimator/convtranspose1d/index.ts';
import { registry } from '../estimator/registry.ts';
import { estimateRaw } from '../estimator/core/define.ts';
const modules = { convtranspose1d: { ...registry.convtranspose1d, estimateRaw: (raw: Record<string, unknown>, m: 'error' | 'initial') => estimateRaw(registry.convtranspose1d, raw, m), toJSON: (o: unknown) => toJSON(o as Parameters<typeof toJSON>[0]) } };
import { PUBLISHED_KEYS, PUBLISHED_UNITS } from '../estimator/peers/published.ts';
import { TOOL_IDS } from '../estimator/peers/tools.ts';
import { withDefaults, type ConvTranspose1dParams } from '../estimator/convtranspose1d/index.ts';
import {
  cliPeers,
  EXIT_INVALID,
  EXIT_OK,
  MAX_LINE_BYTES,
  estimateLine,
  findModule,
  jsonSafe,
  moduleUsage,
  parseArgs,
  run,
  runJsonl,
  splitLines,
  usage,
  type Line,
  type RunResult,
} from './run.ts';

const mod = findModule('convtranspose1d')!;
const base = ['convtranspose1d', '--in_channels', '16', '--out_channels', '32', '--length_in', '100', '--kernel_size', '5'];

function runOk(argv: string[]): RunResult {
  const r = run(argv);
  if (r.code === null) throw new Error('unexpected --jsonl');
  return r;
}
const out = (argv: string[]) => {
  const r = runOk(argv);
  return { code: r.code, text: r.stdout, json: JSON.parse(r.stdout) };
};
const estimateArgs = (argv: string[]) => {
  const cmd = parseArgs(argv);
  if (cmd.kind !== 'estimate') throw new Error(`expected estimate, got ${JSON.stringify(cmd)}`);
  return cmd.raw;
};

async function jsonl(input: string | (string | Uint8Array)[]): Promise<Record<string, any>[]> {
  const chunks = typeof input === 'string' ? [input] : input;
  async function* source() {
    for (const c of chunks) yield c;
  }
  const pieces: string[] = [];
  await runJsonl(mod, source(), (piece) => {
    pieces.push(decode(piece));
  });
  // Results are written in pieces of whole lines.
  for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
  return pieces.join('').split('\n').slice(0, -1).map((l) => JSON.parse(l));
}

/** A piece of --jsonl output as text (pieces hold whole lines, so each decodes on its own). */
const decode = (piece: Uint8Array) => Buffer.from(piece).toString('utf8');

async function collect(chunks: (string | Uint8Array)[], max?: number): Promise<Line[]> {
  async function* source() {
    for (const c of chunks) yield c;
  }
  const lines: Line[] = [];
  for await (const l of splitLines(source(), max)) lines.push(l);
  return lines;
}

describe('arguments', () => {
  it('reads --name value and --name=value', () => {
    expect(estimateArgs([...base, '--stride=2', '--padding', '1'])).toEqual({
      in_channels: '16', out_channels: '32', length_in: '100', kernel_size: '5', stride: '2', padding: '1',
    });
  });

  it('accepts kebab-case spellings and negative values (left to the rules)', () => {
    expect(estimateArgs(['convtranspose1d', '--in-channels', '3', '--padding', '-1'])).toEqual({ in_channels: '3', padding: '-1' });
  });

  it('reads the boolean forms', () => {
    expect(estimateArgs(['convtranspose1d', '--bias']).bias).toBe(true);
    expect(estimateArgs(['convtranspose1d', '--bias', '--stride', '2'])).toEqual({ bias: true, stride: '2' });
    expect(estimateArgs(['convtranspose1d', '--bias', 'false']).bias).toBe('false');
    expect(estimateArgs(['convtranspose1d', '--bias=off']).bias).toBe('off');
    expect(estimateArgs(['convtranspose1d', '--no-bias']).bias).toBe(false);
    expect(estimateArgs(['convtranspose1d', '--no_bias']).bias).toBe(false);
    expect(out([...base, '--no-bias']).json.params.bias).toBe(false);
    expect(out([...base, '--bias', 'false']).json.params.bias).toBe(false);
    expect(out([...base, '--bias=1']).json.params.bias).toBe(true);
    expect(out([...base]).json.params.bias).toBe(true);
  });

  it('--batch none is an unbatched input; a batch is a count', () => {
    expect(out([...base, '--batch', 'none']).json.params.batch).toBe(null);
    expect(out([...base, '--batch', '8']).json.params.batch).toBe('8');
  });

  it('fills omitted optional arguments with PyTorch defaults', () => {
    const { json } = out(base);
    expect(json.params).toEqual({
      batch: null, in_channels: '16', out_channels: '32', length_in: '100', kernel_size: '5',
      stride: '1', padding: '0', output_padding: '0', dilation: '1', groups: '1', bias: true,
    });
  });

  it('tolerates a leading "--" (as npm may pass it)', () => {
    expect(parseArgs(['--', ...base]).kind).toBe('estimate');
  });

  it('rejects flag misuse with exit code 2 and a JSON error', () => {
    const cases: [string[], string, string | null, RegExp][] = [
      [[...base, '--foo', '3'], 'unknown_flag', 'foo', /"--foo".*--in_channels.*--bias/],
      [[...base, '--stride'], 'missing_value', 'stride', /--stride needs a value/],
      [[...base, '--stride', '--padding', '1'], 'missing_value', 'stride', /--stride needs a value/],
      [[...base, '--stride='], 'missing_value', 'stride', /empty value/],
      [[...base, '--batch='], 'missing_value', 'batch', /--batch none/],
      [[...base, '--stride', '2', '--stride', '3'], 'duplicate_flag', 'stride', /more than once/],
      [[...base, '--no-bias=true'], 'unexpected_value', 'bias', /takes no value/],
      [[...base, '--no-stride'], 'unknown_flag', 'no_stride', /"--no-stride"/],
      [[...base, 'extra'], 'unexpected_argument', null, /"extra"/],
      [[...base, '--pretty=1'], 'unexpected_value', null, /--pretty takes no value/],
      [[...base, '--jsonl'], 'bad_combination', 'in_channels', /--jsonl reads every parameter from stdin/],
      [['convtranspose1d', '--jsonl', '--pretty'], 'bad_combination', null, /--pretty cannot be used with --jsonl/],
      [['conv9d', '--x', '1'], 'unknown_module', 'module', new RegExp(`"conv9d".*Known modules: ${Object.keys(registry).join(", ")}\\.`)],
      [['constructor'], 'unknown_module', 'module', /Known modules/],
      [['__proto__'], 'unknown_module', 'module', /Known modules/],
      [[], 'no_module', 'module', /No module given.*convtranspose1d/],
      [['--stride', '2'], 'no_module', 'module', /must be a module/],
    ];
    for (const [argv, rule, param, message] of cases) {
      const { code, json, text } = out(argv);
      expect(code, argv.join(' ')).toBe(EXIT_INVALID);
      expect(text.trim().split('\n')).toHaveLength(1);
      expect(json).toEqual({ ok: false, error: { rule, param, message: expect.stringMatching(message), torch: null } });
    }
  });

  it('names the missing required flag', () => {
    const { code, json } = out(['convtranspose1d', '--in_channels', '16', '--out_channels', '32', '--length_in', '100']);
    expect(code).toBe(EXIT_INVALID);
    expect(json.error.rule).toBe('required');
    expect(json.error.param).toBe('kernel_size');
    expect(json.error.message).toContain('--kernel_size');
  });

  it('reports input PyTorch rejects with its own error, exit code 2', () => {
    const { code, json } = out([...base, '--groups', '3']);
    expect(code).toBe(EXIT_INVALID);
    expect(json).toEqual({
      ok: false,
      error: {
        rule: 'in_channels_not_divisible', param: 'groups', message: expect.any(String),
        torch: { stage: 'construct', type: 'ValueError', message: 'in_channels must be divisible by groups' },
      },
    });
    expect(out([...base, '--stride', 'two']).json.error).toMatchObject({ rule: 'not_integer', param: 'stride' });
    expect(out([...base, '--stride', '99999999999999999999']).json.error).toMatchObject({ rule: 'out_of_range', param: 'stride' });
  });
});

describe('output', () => {
  it('prints one JSON line with every count as a decimal string', () => {
    const { code, text, json } = out([...base, '--stride', '2', '--bias', 'false']);
    expect(code).toBe(EXIT_OK);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trim()).not.toContain('\n');
    // Whatever the estimate holds, in its order, between "module" and "peers".
    const outcome = modules.convtranspose1d.estimateRaw({ in_channels: 16, out_channels: 32, length_in: 100, kernel_size: 5, stride: 2, bias: false }, 'error');
    const fields = Object.keys(modules.convtranspose1d.toJSON(outcome) as object).filter((k) => k !== 'ok');
    expect(Object.keys(json)).toEqual(['ok', 'module', ...fields, 'peers']);
    expect(json).toMatchObject({
      ok: true,
      module: 'convtranspose1d',
      length_out: '203',
      documented: { filters: '512', additions_per_filter: '297', ops_per_filter: '1312', aggregation_ops: '97440', total_ops: '769184' },
      documented_unavailable: null,
    });
    for (const v of Object.values(json.exact)) expect(v).toMatch(/^-?\d+$/);
    for (const v of Object.values(json.documented)) expect(v).toMatch(/^-?\d+$/);
  });

  it('agrees with the estimator for the same parameters', () => {
    const m = modules.convtranspose1d;
    const outcome = m.estimateRaw({ in_channels: 16, out_channels: 32, length_in: 100, kernel_size: 5, batch: 4 }, 'error');
    const expected = m.toJSON(outcome) as object;
    const { json } = out([...base, '--batch', '4']);
    expect(json).toEqual({ ...expected, module: 'convtranspose1d', peers: jsonSafe(cliPeers('convtranspose1d', (outcome as { params: ConvTranspose1dParams }).params)) });
  });

  it('keeps values beyond 2^53 exact', () => {
    const { json } = out(['convtranspose1d', '--in_channels', '16', '--out_channels', '32', '--kernel_size', '5', '--length_in', '9007199254740993', '--batch', '1_000_000']);
    expect(json.params.length_in).toBe('9007199254740993');
    expect(json.length_out).toBe('9007199254740997');
    expect(BigInt(json.documented.total_ops)).toBeGreaterThan(2n ** 53n);
  });

  it('reports a valid layer whose documented probe cannot run', () => {
    // L_out = 0·3 − 2 + 0 + 2 + 1 = 1, but the probe (without output_padding) has length −1.
    const { code, json } = out(['convtranspose1d', '--in_channels', '1', '--out_channels', '1', '--length_in', '1', '--kernel_size', '1', '--padding', '1', '--stride', '3', '--output_padding', '2']);
    expect(code).toBe(EXIT_OK);
    expect(json.documented).toBe(null);
    expect(json.documented_unavailable.torch).toMatch(/Output size is too small/);
  });

  it('--pretty indents the same object', () => {
    const pretty = runOk([...base, '--pretty']).stdout;
    expect(pretty).toContain('\n  "module": "convtranspose1d"');
    expect(JSON.parse(pretty)).toEqual(out(base).json);
  });
});

describe('peers', () => {
  // The peer survey's reference layer cfg2 (N 8, C_in 16, C_out 32, L_in 100, K 5, s 2, p 1, o 1, g 4,
  // bias); expected values are the tools' own outputs as the survey recorded them.
  const cfg2 = [...base, '--batch', '8', '--stride', '2', '--padding', '1', '--output_padding', '1', '--groups', '4'];
  const counts = (peersObject: Record<string, { count: string | null }>) => Object.fromEntries(Object.entries(peersObject).map(([k, v]) => [k, v.count]));

  /** The published keys (src/estimator/peers/published.ts), then the registry's tools not among them. */
  const keys = [...PUBLISHED_KEYS.map((k) => k.key), ...TOOL_IDS.filter((id) => !PUBLISHED_KEYS.some((k) => k.key === id))];

  it('gives every counting tool’s number with its unit and batch convention, for a valid layer', () => {
    const { code, json } = out(cfg2);
    expect(code).toBe(EXIT_OK);
    expect(Object.keys(json.peers)).toEqual(keys);
    expect(counts(json.peers)).toMatchObject({
      flopcounter: '1024000',
      'flopcounter-backward': '5120000',
      fvcore: '512000',
      'ptflops-pytorch': '70464',
      'ptflops-aten': '563712',
      'thop-lyken17': '1034240',
      calflops: '259136',
      'calflops-macs': '128000',
      torchinfo: '1085952',
      moduleprofiler: '1545216',
      torchprofile: '4136960',
      'torchscan-flops': '2068488',
      mmcv: '0',
      'deepspeed-0.5': null,
      // The registry's own keys, as every convolution module has them.
      flopcountermode: '1024000',
      thop: '1034240',
      calflops_macs: '128000',
      deepspeed_05: null,
    });
    expect(json.peers.moduleprofiler.count).toBe(json.documented.total_ops);
    expect(json.peers).toMatchObject({
      flopcounter: { unit: 'FLOP', batch: 'whole batch' },
      fvcore: { unit: 'MAC', batch: 'whole batch' },
      'ptflops-pytorch': { unit: 'MAC', batch: 'per sample' },
      calflops: { unit: 'FLOP+bias' },
      moduleprofiler: { unit: 'ops' },
      'torchscan-flops': { unit: 'mult+add' },
      'deepspeed-0.5': { unit: 'none', batch: 'n/a' },
      flopcountermode: { unit: 'FLOPs', batch: 'whole batch' },
      ptflops: { unit: 'MACs', batch: 'per sample' },
      deepspeed_05: { unit: 'FLOPs', batch: 'n/a' },
    });
    for (const entry of Object.values(json.peers) as Record<string, unknown>[]) {
      expect(Object.keys(entry).slice(0, 3)).toEqual(['count', 'unit', 'batch']);
      expect(entry.count === null || /^-?\d+$/.test(entry.count as string)).toBe(true);
    }
  });

  it('equals the module’s peers, entry by entry, on many layers (notes where an issue applies)', async () => {
    // The published values themselves are checked against tests/fixtures/published-peers-convtranspose1d.jsonl (tests/unit/published.test.ts).
    const layers: ConvTranspose1dParams[] = [
      ...valid.slice(0, 60).map((r) => estimateRaw({ ...r.params })),
      withDefaults({ batch: null, in_channels: 512n, out_channels: 256n, length_in: 8192n, kernel_size: 16n, stride: 8n, padding: 4n }),
      withDefaults({ batch: 4n, in_channels: 8n, out_channels: 8n, length_in: 10n, kernel_size: 1n, bias: false }),
      withDefaults({ batch: 2n, in_channels: 6n, out_channels: 12n, length_in: 33n, kernel_size: 4n, stride: 3n, dilation: 2n, groups: 3n, output_padding: 1n }),
    ].filter((p): p is ConvTranspose1dParams => p !== null);
    const results = await jsonl(layers.map((p) => `${JSON.stringify(jsonSafe(p))}\n`).join(''));
    let withNote = 0;
    let without = 0;
    results.forEach((r, i) => {
      expect(r.ok).toBe(true);
      expect(r.peers).toEqual(jsonSafe(cliPeers('convtranspose1d', layers[i])));
      for (const key of keys) {
        if ('note' in r.peers[key]) withNote++;
        else without++;
      }
    });
    // Both cases occur.
    expect(withNote).toBeGreaterThan(0);
    expect(without).toBeGreaterThan(0);
  });

  function estimateRaw(raw: Record<string, unknown>): ConvTranspose1dParams | null {
    const r = modules.convtranspose1d.estimateRaw(raw, 'error');
    return r.ok ? r.params : null;
  }

  it('explains moduleprofiler’s N = C_in count on an unbatched input, and only there', () => {
    // HiFi-GAN's upsampler, unbatched: moduleprofiler reports C_in = 512 times the documented total.
    const hifi = ['convtranspose1d', '--in_channels', '512', '--out_channels', '256', '--length_in', '8192', '--kernel_size', '16', '--stride', '8', '--padding', '4'];
    const unbatched = out(hifi).json;
    const mp = unbatched.peers.moduleprofiler;
    expect(BigInt(mp.count)).toBe(512n * BigInt(unbatched.documented.total_ops));
    expect(mp.note).toMatch(/^For an unbatched \(C_in, L_in\) input the implementation takes N = C_in/);
    expect(mp.note).toMatch(/N = C_in/);

    const batched = out([...hifi, '--batch', '1']).json.peers.moduleprofiler;
    expect(batched.count).toBe(unbatched.documented.total_ops);
    expect(batched.note ?? '').not.toMatch(/N = C_in/);

    // One input channel: N = C_in = 1 changes nothing, so no such note.
    const single = out(['convtranspose1d', '--in_channels', '1', '--out_channels', '4', '--length_in', '50', '--kernel_size', '3']).json;
    expect(single.peers.moduleprofiler.count).toBe(single.documented.total_ops);
    expect(single.peers.moduleprofiler.note ?? '').not.toMatch(/N = C_in/);
  });

  it('has no note where no known issue changes the number', () => {
    // Stride 1, K 1, no padding: L_out = L_in, so thop's output-length count is right; no padding, so
    // FlopCounterMode's padding caveat does not apply; groups 1 and no bias, so calflops is right.
    const { json } = out(['convtranspose1d', '--in_channels', '4', '--out_channels', '4', '--length_in', '10', '--kernel_size', '1', '--no-bias', '--batch', '2']);
    for (const id of ['thop-lyken17', 'flopcounter', 'calflops', 'calflops-macs', 'ultralytics-thop', 'mmengine', 'ptflops-aten']) {
      expect(json.peers[id], id).not.toHaveProperty('note');
    }
    // The same layer with padding: FlopCounterMode counts products the padding crops away.
    const padded = out(['convtranspose1d', '--in_channels', '4', '--out_channels', '4', '--length_in', '10', '--kernel_size', '3', '--padding', '1']).json;
    expect(padded.peers.flopcounter.note).toMatch(/padding/);
  });

  it('writes the published keys’ notes as plain ASCII sentences and their units as the stable short names', () => {
    const { json } = out([...base, '--batch', '8', '--stride', '2', '--padding', '1', '--groups', '4']);
    for (const k of PUBLISHED_KEYS) {
      const entry = json.peers[k.key];
      if (entry.note) expect(entry.note, k.key).toMatch(/^[\x20-\x7e]+\.$/);
      expect(PUBLISHED_UNITS.map((u) => u.name as string), k.key).toContain(entry.unit);
    }
    expect(PUBLISHED_UNITS.map((u) => u.name)).toEqual(['MAC', 'FLOP', 'FLOP+bias', 'mult+add', 'ops', 'none']);
  });

  it('gives a null count where a tool cannot count the layer, and no peers for an invalid layer', () => {
    // The documented probe cannot run here (see above): moduleprofiler raises, so null.
    const { json } = out(['convtranspose1d', '--in_channels', '1', '--out_channels', '1', '--length_in', '1', '--kernel_size', '1', '--padding', '1', '--stride', '3', '--output_padding', '2']);
    expect(json.peers.moduleprofiler).toMatchObject({ count: null, unit: 'ops' });
    expect(json.peers.fvcore).toMatchObject({ count: '1', unit: 'MAC' });
    const bad = out([...base, '--groups', '3']);
    expect(bad.code).toBe(EXIT_INVALID);
    expect(bad.json).not.toHaveProperty('peers');
  });

  it('keeps peers exact beyond 2^53 and is in every --jsonl result', async () => {
    const { json } = out(['convtranspose1d', '--in_channels', '16', '--out_channels', '32', '--kernel_size', '5', '--length_in', '9007199254740993', '--batch', '1_000_000']);
    // fvcore: N·L_in·C_in·(C_out/g)·K
    expect(json.peers.fvcore.count).toBe((1_000_000n * 9007199254740993n * 16n * 32n * 5n).toString());
    const results = await jsonl('{"in_channels": 16, "out_channels": 32, "length_in": 100, "kernel_size": 5}\n');
    expect(results[0].peers.fvcore.count).toBe(String(100 * 16 * 32 * 5));
  });
});

describe('help', () => {
  const flat = (text: string) => text.replace(/\s+/g, ' ');

  it('lists every parameter with its default and help text, exit 0', () => {
    for (const argv of [['convtranspose1d', '--help'], ['convtranspose1d', '-h'], [...base, '--foo', '--help']]) {
      const r = runOk(argv);
      expect(r.code).toBe(EXIT_OK);
      expect(r.stdout).toBe(moduleUsage(mod));
    }
    const text = moduleUsage(mod);
    const lines = text.split('\n');
    for (const spec of mod.params) {
      const i = lines.findIndex((l) => l.trimStart().startsWith(`--${spec.name} `));
      expect(i, spec.name).toBeGreaterThan(-1);
      const def = spec.kind === 'bool' ? `default ${spec.torchDefault}` : spec.kind === 'int' && spec.nullable ? 'default none' : spec.torchDefault !== undefined ? `default ${spec.torchDefault}` : 'required';
      expect(lines[i]).toContain(def);
      // The help text follows on the next lines, wrapped.
      const after = lines.slice(i + 1).join('\n');
      expect(flat(after).startsWith(` ${spec.help}`) || flat(after).startsWith(spec.help), spec.name).toBe(true);
    }
    expect(text).toContain('--no-bias');
    expect(text).toMatch(/Exit codes:[\s\S]*2 {2}invalid input/);
  });

  it('is written for a terminal: no web-form wording, plain text, 80 columns', () => {
    for (const text of [usage(), moduleUsage(mod)]) {
      expect(text).not.toMatch(/leave (it )?empty|empty field|\bfield\b|click|tick|check ?box|calculator|\bform\b/i);
      expect(text).not.toMatch(/\$|\\[a-z]+\{|_\{/); // no TeX
      for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    }
    for (const spec of mod.params) expect(spec.help).not.toMatch(/leave (it )?empty|\bfield\b/i);
  });

  it('documents the output fields and the peers entries with every unit', () => {
    const text = flat(moduleUsage(mod));
    const outcome = modules.convtranspose1d.estimateRaw({ in_channels: 1, out_channels: 1, length_in: 2, kernel_size: 3 }, 'error');
    for (const key of Object.keys(modules.convtranspose1d.toJSON(outcome) as object)) expect(text).toContain(`"${key}"`);
    expect(text).toContain('"peers"');
    expect(text).toContain('{"count": "<digits>" | null, "unit": "<unit>", "batch": "whole batch" | "per sample" | "n/a", "note": "..."}');
    for (const u of PUBLISHED_UNITS) expect(text).toContain(` ${u.name} ${u.meaning}`);
  });

  it('without a module lists the modules', () => {
    const r = runOk(['--help']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toBe(usage());
    // The list wraps at the terminal's width: every module with its class, whatever the line breaks.
    for (const def of Object.values(registry)) expect(r.stdout.replace(/\s+/g, ' ')).toContain(`${def.id} (${def.torchName})`);
  });
});

describe('--jsonl', () => {
  it('reproduces every golden record', async () => {
    const records = [...valid, ...invalid];
    const results = await jsonl(records.map((r) => `${JSON.stringify(r.params)}\n`).join(''));
    expect(results).toHaveLength(records.length);
    let checkedTotals = 0;
    records.forEach((record, i) => {
      const result = results[i];
      expect(result.line).toBe(i + 1);
      if ('torch_error' in record) {
        expect(result.ok, JSON.stringify(record.params)).toBe(false);
        expect(result.error.torch?.message, JSON.stringify(record.params)).toBe(record.torch_error.message);
      } else {
        expect(result.ok, JSON.stringify(record.params)).toBe(true);
        expect(result.length_out).toBe(String(record.length_out));
        if (record.formula_total_ops === null) expect(result.documented).toBe(null);
        else {
          // Long golden integers are read as strings (tests/unit/golden.ts), so String() is exact.
          expect(result.documented.total_ops, JSON.stringify(record.params)).toBe(String(record.formula_total_ops));
          checkedTotals++;
        }
      }
    });
    expect(checkedTotals).toBeGreaterThan(300);
    expect(valid.some((r) => typeof r.formula_total_ops === 'string')).toBe(true);
  });

  it('accepts the golden params with every integer written as a string', async () => {
    const strings = (p: object) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]));
    const results = await jsonl(valid.slice(0, 50).map((r) => `${JSON.stringify(strings(r.params))}\n`).join(''));
    results.forEach((res, i) => {
      expect(res.ok).toBe(true);
      if (valid[i].formula_total_ops !== null) expect(res.documented.total_ops).toBe(String(valid[i].formula_total_ops));
    });
  });

  it('answers every malformed line with one ok:false line and goes on', async () => {
    const good = '{"in_channels": 16, "out_channels": 32, "length_in": 100, "kernel_size": 5}';
    const bad: [string, string, RegExp][] = [
      ['garbage', 'invalid_json', /not valid JSON/],
      ['{"in_channels": 16,', 'invalid_json', /not valid JSON/],
      ['[]', 'not_an_object', /is an array/],
      ['null', 'not_an_object', /is null/],
      ['42', 'not_an_object', /is a number/],
      ['"in_channels"', 'not_an_object', /is a string/],
      ['{"in_channels": "x"}', 'not_integer', /in_channels must be a whole number/],
      ['{"in_channels": 1.5, "out_channels": 1, "length_in": 1, "kernel_size": 1}', 'not_integer', /whole number/],
      ['{"in_channels": 16, "out_channels": 32, "length_in": 9007199254740993, "kernel_size": 5}', 'not_exact', /pass it as a string/],
      ['{"in_channels": 16, "out_channels": 32, "length_in": 100}', 'required', /"kernel_size"/],
      ['{"in_channels": 16, "out_channels": 32, "length_in": 100, "kernel_size": 5, "strides": 2}', 'unknown_key', /"strides".*Valid keys: batch/],
      ['{"__proto__": {"in_channels": 16}}', 'unknown_key', /"__proto__"/],
      ['{"constructor": 1, "toString": 2}', 'unknown_key', /"constructor", "toString"/],
      ['{"in_channels": "１６", "out_channels": 1, "length_in": 1, "kernel_size": 1}', 'not_integer', /１６/],
      ['{"ünïcödé ✓ \ud83d\ude00": 1}', 'unknown_key', /ünïcödé ✓ \u{1F600}/u],
      ['\u00e9\u2713 not json \ud83d\ude00', 'invalid_json', /not valid JSON/],
      ['{"bias": "maybe", "in_channels": 1, "out_channels": 1, "length_in": 1, "kernel_size": 1}', 'not_boolean', /bias must be true or false/],
      ['{"in_channels": {"a": 1}}', 'not_integer', /whole number/],
      ['[' .repeat(100_000), 'invalid_json', /not valid JSON/],
      [`{"in_channels": "${'9'.repeat(2 * MAX_LINE_BYTES)}"}`, 'line_too_long', /over the limit of 1048576 bytes/],
    ];
    const input = [good, ...bad.flatMap(([line]) => [line, good])].join('\n');
    const results = await jsonl(input);
    expect(results).toHaveLength(1 + 2 * bad.length);
    expect(results.filter((r) => r.ok)).toHaveLength(1 + bad.length);
    results.forEach((r, i) => {
      expect(r.line).toBe(i + 1);
      if (i % 2 === 0) expect(r).toMatchObject({ ok: true, documented: { total_ops: '522240' } });
    });
    bad.forEach(([line, rule, message], j) => {
      const r = results[2 * j + 1];
      expect(r, line.slice(0, 80)).toEqual({ ok: false, line: 2 * j + 2, error: { rule, param: r.error.param, message: expect.stringMatching(message), torch: null } });
      expect(Object.keys(r.error)).toEqual(['rule', 'param', 'message', 'torch']);
      expect(JSON.stringify(r).length).toBeLessThan(2000);
    });
  });

  it('skips blank lines but keeps input line numbers; accepts CRLF and a final line without newline', async () => {
    const good = '{"in_channels": 1, "out_channels": 1, "length_in": 4, "kernel_size": 2}';
    const results = await jsonl(`\n  \r\n${good}\r\n\n\t\n${good}`);
    expect(results.map((r) => [r.ok, r.line])).toEqual([[true, 3], [true, 6]]);
    expect(await jsonl('')).toEqual([]);
    expect(await jsonl('\n\n')).toEqual([]);
  });

  it('awaits each write in order, and rejects only when the input itself fails', async () => {
    const good = '{"in_channels": 1, "out_channels": 1, "length_in": 4, "kernel_size": 2}\n';
    async function* failing() {
      yield good;
      yield `garbage\n${good}`;
      throw new Error('EIO: stdin broke');
    }
    const written: string[] = [];
    const pending = runJsonl(mod, failing(), async (piece) => {
      await new Promise((r) => setTimeout(r, 5));
      written.push(decode(piece));
    });
    await expect(pending).rejects.toThrow('EIO: stdin broke');
    // Lines come in pieces of whole lines.
    for (const piece of written) expect(piece.endsWith('\n')).toBe(true);
    const lines = written.join('').split('\n').slice(0, -1);
    expect(lines.map((t) => JSON.parse(t)).map((r) => [r.line, r.ok])).toEqual([[1, true], [2, false], [3, true]]);

    async function* fine() {
      yield `${good}x\n`;
    }
    expect(await runJsonl(mod, fine(), () => {})).toEqual({ lines: 2, ok: 1, failed: 1 });
  });

  it('answers everything read so far before reading on, so a caller can wait for each answer', async () => {
    const good = '{"in_channels": 1, "out_channels": 1, "length_in": 4, "kernel_size": 2}';
    const written: string[] = [];
    async function* conversation() {
      for (let i = 1; i <= 3; i++) {
        yield `${good}\n`;
        // The answer to line i is out before line i + 1 is offered.
        expect(written.join('').split('\n').filter(Boolean).map((t) => JSON.parse(t).line)).toEqual(Array.from({ length: i }, (_, j) => j + 1));
      }
    }
    expect(await runJsonl(mod, conversation(), (t) => void written.push(decode(t)))).toEqual({ lines: 3, ok: 3, failed: 0 });
  });

  it('gathers many lines into fewer writes, each of whole lines', async () => {
    const good = '{"in_channels": 1, "out_channels": 1, "length_in": 4, "kernel_size": 2}\n';
    const written: string[] = [];
    const summary = await runJsonl(mod, [good.repeat(300)] as unknown as AsyncIterable<string>, (t) => void written.push(decode(t)));
    expect(summary.lines).toBe(300);
    expect(written.length).toBeLessThan(300);
    for (const piece of written) expect(piece.endsWith('\n')).toBe(true);
    expect(written.join('').split('\n')).toHaveLength(301);
  });

  it('prints, byte for byte, the estimate\'s JSON form (toJSON) with the module and the peers', async () => {
    const records = [...valid.slice(0, 80), ...invalid.slice(0, 40)];
    const text: string[] = [];
    async function* source() {
      yield records.map((r) => `${JSON.stringify(r.params)}\n`).join('');
    }
    await runJsonl(mod, source(), (t) => void text.push(decode(t)));
    const lines = text.join('').split('\n').slice(0, -1);
    expect(lines).toHaveLength(records.length);
    const m = modules.convtranspose1d;
    records.forEach((record, i) => {
      const outcome = m.estimateRaw({ ...record.params }, 'error');
      const { ok, ...rest } = m.toJSON(outcome) as Record<string, unknown>;
      const expected = ok ? { ok, line: i + 1, module: 'convtranspose1d', ...rest, peers: jsonSafe(cliPeers('convtranspose1d', (outcome as { params: ConvTranspose1dParams }).params)) } : { ok, line: i + 1, ...rest };
      expect(lines[i]).toBe(JSON.stringify(expected));
    });
  });

  it('estimateLine reports a line that was too long', () => {
    expect(estimateLine(mod, { line: 7, tooLong: 5_000_000 })).toEqual({
      ok: false, line: 7, error: { rule: 'line_too_long', param: null, message: expect.stringContaining('5000000 bytes'), torch: null },
    });
  });
});

describe('splitLines', () => {
  it('splits on newlines across chunk boundaries, including inside a multi-byte character', async () => {
    const text = 'aé✓\n\ud83d\ude00b\r\nlast';
    const bytes = new TextEncoder().encode(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const lines = await collect([bytes.slice(0, cut), bytes.slice(cut)]);
      expect(lines).toEqual([{ line: 1, text: 'aé✓' }, { line: 2, text: '\ud83d\ude00b' }, { line: 3, text: 'last' }]);
    }
    const single = await collect([...bytes].map((b) => Uint8Array.of(b)));
    expect(single.map((l) => ('text' in l ? l.text : null))).toEqual(['aé✓', '\ud83d\ude00b', 'last']);
  });

  it('drops a byte-order mark and bounds an over-long line', async () => {
    expect(await collect(['\ufeffab\ncd'])).toEqual([{ line: 1, text: 'ab' }, { line: 2, text: 'cd' }]);
    const lines = await collect(['x'.repeat(6), 'y'.repeat(6), '\nok\n', 'z'.repeat(11)], 10);
    expect(lines).toEqual([{ line: 1, tooLong: 12 }, { line: 2, text: 'ok' }, { line: 3, tooLong: 11 }]);
    expect(await collect(['0123456789\n'], 10)).toEqual([{ line: 1, text: '0123456789' }]);
  });
});

describe('the real CLI process', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const cli = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'src/cli/estimate.ts', ...args], {
      cwd: root, input, encoding: 'utf8', timeout: 30_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('runs under Node 22 (vitest is started through scripts/node22.sh)', () => {
    expect(Number(process.versions.node.split('.')[0]), `process.execPath = ${process.execPath}`).toBeGreaterThanOrEqual(22);
  });

  it('prints only the JSON and exits 0 / 2', () => {
    const ok = cli([...base, '--stride', '2', '--bias', 'false']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    expect(ok.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, documented: { total_ops: '769184' } });

    const invalidInput = cli([...base, '--padding', '200']);
    expect(invalidInput.code).toBe(2);
    expect(JSON.parse(invalidInput.stdout)).toMatchObject({ ok: false, error: { rule: 'output_too_small', torch: { type: 'RuntimeError' } } });

    const unknown = cli([...base, '--foo', '1']);
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.stdout).error.rule).toBe('unknown_flag');

    const help = cli(['convtranspose1d', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(moduleUsage(mod));
  });

  it('streams --jsonl, one result per non-blank line, exit 0 despite bad lines', () => {
    const input = [
      '{"in_channels": 16, "out_channels": 32, "length_in": 100, "kernel_size": 5, "stride": 2, "bias": false}',
      '',
      'garbage',
      'null',
      '{"in_channels": 16, "out_channels": 32, "length_in": "9007199254740993", "kernel_size": 5, "batch": null}',
      `{"in_channels": "${'1'.repeat(MAX_LINE_BYTES + 10)}"}`,
      '{"in_channels": 16, "out_channels": 32, "length_in": 100, "kernel_size": 5, "groups": 3}',
    ].join('\n');
    const r = cli(['convtranspose1d', '--jsonl'], input);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const results = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(results.map((x) => [x.line, x.ok, x.error?.rule ?? null])).toEqual([
      [1, true, null],
      [3, false, 'invalid_json'],
      [4, false, 'not_an_object'],
      [5, true, null],
      [6, false, 'line_too_long'],
      [7, false, 'in_channels_not_divisible'],
    ]);
    expect(results[0].documented.total_ops).toBe('769184');
    expect(results[3].params.length_in).toBe('9007199254740993');
  });
});

describe('list and input_shape', () => {
  it('list names every registered module with its PyTorch class, one a line', () => {
    const out = run(['list']);
    expect(out.code).toBe(EXIT_OK);
    if (out.code === null) return;
    const lines = out.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/))).toEqual(Object.values(registry).map((d) => [d.id, d.torchName]));
  });

  it('a whole input shape gives the same result as the sizes it stands for, batched or not', () => {
    const base = ['convtranspose1d', '--in_channels', '2', '--out_channels', '4', '--kernel_size', '3'];
    const bySizes = run([...base, '--batch', '5', '--length_in', '10']);
    const byShape = run([...base, '--input_shape', '5,2,10']);
    expect(byShape.code).toBe(EXIT_OK);
    if (bySizes.code === null || byShape.code === null) return;
    expect(byShape.stdout).toBe(bySizes.stdout);
    const unbatched = run([...base, '--input_shape', '(2,10)']);
    if (unbatched.code === null) return;
    expect(JSON.parse(unbatched.stdout).params.batch).toBeNull();
    expect(JSON.parse(unbatched.stdout).output_shapes).toEqual([['4', '12']]);
  });

  it('a shape of the wrong rank is refused with the rank the module takes', () => {
    const out = run(['convtranspose1d', '--in_channels', '2', '--out_channels', '4', '--kernel_size', '3', '--input_shape', '10']);
    expect(out.code).toBe(EXIT_INVALID);
    if (out.code === null) return;
    const error = JSON.parse(out.stdout).error;
    expect(error.param).toBe('input_shape');
    expect(error.message).toMatch(/rank 2 \(unbatched\) or 3/);
  });
});
