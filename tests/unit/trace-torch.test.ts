// The trace snippet (tools/nnops_trace.py) under real PyTorch: Debian's python3-torch at
// /usr/bin/python3 (.ci/run installs it). The models are defined in tools/models.py; one more is
// built here through the importable trace() function. Every trace must validate, every covered
// call's recorded output shapes must equal the module's own rule, and the totals must equal the
// sum of the per-module estimates.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateRaw, type AnyModule } from '../../src/estimator/core/define.ts';
import { registry } from '../../src/estimator/registry.ts';
import { byClassName, callParams } from '../../src/estimator/model/mapping.ts';
import { METHODS, profileTrace, SUMMED } from '../../src/estimator/model/profile.ts';
import { parseTraceText, type Trace } from '../../src/estimator/model/trace.ts';
import { profileText } from '../../src/cli/model.ts';

const PYTHON = '/usr/bin/python3';
const python = (args: string[], input?: string) => execFileSync(PYTHON, args, { encoding: 'utf8', input, maxBuffer: 64 << 20, timeout: 120_000 });
const modules = byClassName(registry);

/** The classes the snippet has an argument table for (tools/nnops_trace.py's ARGS). */
const TABLE = [
  'Conv1d', 'Conv2d', 'Conv3d', 'ConvTranspose1d', 'ConvTranspose2d', 'ConvTranspose3d', 'Linear', 'Identity', 'ReLU', 'LeakyReLU', 'ELU', 'PReLU',
  'SELU', 'GELU', 'SiLU', 'Sigmoid', 'Tanh', 'Softplus', 'Softmax', 'LogSoftmax', 'LayerNorm', 'GroupNorm', 'BatchNorm1d', 'BatchNorm2d',
  'MaxPool1d', 'MaxPool2d', 'AvgPool1d', 'AvgPool2d', 'AdaptiveAvgPool1d', 'AdaptiveAvgPool2d', 'AdaptiveMaxPool1d', 'AdaptiveMaxPool2d',
];
/** Arguments the snippet records that a registry module does not take (it assumes their only value). */
const NOT_TAKEN: Record<string, readonly string[]> = { ConvTranspose1d: ['padding_mode'] };

function traceOk(text: string): Trace {
  const parsed = parseTraceText(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  for (const c of parsed.trace.calls) expect(c.error, c.name).toBeUndefined();
  return parsed.trace;
}

/** The checks every trace from real PyTorch must pass. */
function checkTrace(trace: Trace) {
  const profile = profileTrace(trace, registry);
  const sums = { documented: {}, exact: {}, dense: {} } as Record<string, Record<string, bigint>>;
  for (const [i, call] of trace.calls.entries()) {
    const def = modules.get(call.module) as AnyModule | undefined;
    const result = profile.calls[i];
    expect(result.covered).toBe(def !== undefined);
    if (!def) {
      expect(result.exact).toBeNull();
      continue;
    }
    // The snippet's argument names are the definition's parameter names.
    const names = new Set(def.params.map((p) => p.name));
    for (const key of Object.keys(call.args ?? {})) if (!NOT_TAKEN[call.module]?.includes(key)) expect(names.has(key), `${call.module}.${key}`).toBe(true);
    const mapped = callParams(def, call);
    expect(mapped.ok, `${call.name}: ${mapped.ok ? '' : mapped.error.message}`).toBe(true);
    if (!mapped.ok) continue;
    const outcome = estimateRaw(def, mapped.raw, 'error') as Record<string, unknown> & { ok: boolean; output_shapes: bigint[][] };
    expect(outcome.ok, `${call.name}: ${JSON.stringify(outcome.error, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}`).toBe(true);
    // PyTorch's recorded shapes equal the module's own output-shape rule.
    const recorded = call.output_shapes.filter((s) => s !== null);
    // A declared output the layer does not return (MaxPool's indices without return_indices) is an empty shape.
    const returned = outcome.output_shapes.filter((s, i) => s.length > 0 || i === 0);
    expect(recorded.length, call.name).toBeGreaterThanOrEqual(returned.length);
    expect(returned, call.name).toEqual(recorded.slice(0, returned.length));
    expect(result.error, call.name).toBeUndefined();
    for (const method of METHODS) {
      const counts = outcome[method] as Record<string, bigint> | null | undefined;
      expect(result[method]).toEqual(counts ?? null);
      if (!counts) continue;
      for (const key of SUMMED) if (counts[key] !== undefined) sums[method][key] = (sums[method][key] ?? 0n) + counts[key];
    }
  }
  expect(profile.totals).toEqual(sums);
  // The CLI prints the same totals.
  const cli = JSON.parse(profileText(JSON.stringify(JSON.parse(JSON.stringify(trace, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)))), 'json').stdout);
  for (const method of METHODS) for (const [key, v] of Object.entries(sums[method])) expect(cli.totals[method][key], `${method}.${key}`).toBe(v.toString());
  expect(cli.coverage).toEqual(profile.coverage);
  return profile;
}

describe('the trace snippet under real PyTorch', () => {
  it(`${PYTHON} has torch`, () => {
    expect(python(['-c', 'import torch; print(torch.__version__)']).trim()).toMatch(/^\d+\.\d+/);
  });

  it('the coverage model: every class of the argument table, unbatched inputs, tuples, padding=same, a module called twice, uncovered modules', () => {
    const trace = traceOk(python(['tools/models.py', 'coverage']));
    const classes = new Set(trace.calls.map((c) => c.module));
    for (const name of TABLE) expect(classes.has(name), name).toBe(true);
    expect(trace.calls.filter((c) => c.name === 'relu')).toHaveLength(2);
    expect(trace.calls.find((c) => c.module === 'Conv2d')?.args?.padding).toBe('same');
    expect(trace.calls.find((c) => c.module === 'Conv1d')?.input_shapes[0]).toHaveLength(2);
    expect(trace.calls.find((c) => c.module === 'LSTM')?.args).toBeNull();
    expect(trace.calls.find((c) => c.module === 'Dropout')?.args).toBeNull();
    const profile = checkTrace(trace);
    expect(profile.calls.find((c) => c.module === 'LSTM')?.covered).toBe(false);
    // Every registered module the model exercises is counted.
    for (const def of Object.values(registry)) if (classes.has(def.title)) expect(profile.calls.some((c) => c.id === def.id && !c.error), def.id).toBe(true);
  });

  it.each(['dcgan', 'smallcnn', 'coverage'])('the shipped preset %s equals the snippet output and counts', (name) => {
    const fresh = JSON.parse(python(['tools/models.py', name]));
    const shipped = JSON.parse(readFileSync(`tests/fixtures/traces/${name}.json`, 'utf8'));
    expect({ ...fresh, torch_version: null }).toEqual({ ...shipped, torch_version: null });
    checkTrace(traceOk(JSON.stringify(shipped)));
  });

  it('the demo: python3 tools/nnops_trace.py', () => {
    checkTrace(traceOk(python(['tools/nnops_trace.py'])));
  });

  it('the importable trace(): a model in training mode, a module called twice, an LSTM and non-tensor arguments', () => {
    const script = `
import json, sys, torch
from torch import nn
sys.path.insert(0, "tools")
from nnops_trace import trace
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.block = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 8))
        self.act = nn.Tanh()
        self.rnn = nn.LSTM(8, 4)
        self.head = nn.Linear(4, 2)
    def forward(self, x):
        x = self.act(self.block(x))
        x = self.act(self.block(x))
        y, _ = self.rnn(x)
        return nn.functional.softmax(self.head(y), -1)
t = trace(Net().train(), torch.randn(5, 3, 8))
print(json.dumps(t))
`;
    const trace = traceOk(python(['-c', script]));
    expect(trace.model).toBe('Net');
    expect(trace.inputs).toEqual([[5n, 3n, 8n]]);
    expect(trace.calls.map((c) => c.name)).toEqual(['block.0', 'block.1', 'block.2', 'act', 'block.0', 'block.1', 'block.2', 'act', 'rnn', 'head']);
    expect(trace.calls.every((c) => c.training)).toBe(true);
    const lstm = trace.calls.find((c) => c.module === 'LSTM')!;
    expect(lstm.output_shapes).toEqual([[5n, 3n, 4n], [1n, 3n, 4n], [1n, 3n, 4n]]);
    const profile = checkTrace(trace);
    expect(profile.coverage).toMatchObject({ calls: 10, covered: 9, counted: 9 });
  });
});
