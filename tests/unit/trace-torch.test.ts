// The trace snippet (tools/nnops_trace.py) under two real PyTorches: Debian bookworm's python3-torch
// 1.13 and python3-torchvision at /usr/bin/python3, and Debian trixie's 2.6 in a root of its own
// (scripts/torch2.sh). .ci/run installs both; nothing here is skipped when one is missing: its first
// tests fail with the command to install it. The models are defined in
// tools/models.py; more are built here through the importable trace() function. Every trace must
// validate, every covered call's recorded output shapes must equal the module's own rule, and the
// totals must equal the sum of the per-module estimates. The page's presets (src/data/traces/)
// must equal a fresh run of the snippet; the only field that may differ is torch_version (the
// PyTorch that ran it). And the print(model) reader (printed.ts) must give the snippet's calls.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateRaw, type AnyModule } from '../../src/estimator/core/define.ts';
import { registry } from '../../src/estimator/registry.ts';
import { byClassName, callParams } from '../../src/estimator/model/mapping.ts';
import { METHODS, profileTrace, SUMMED } from '../../src/estimator/model/profile.ts';
import { parseTraceText, type Trace } from '../../src/estimator/model/trace.ts';
import { traceFromPrinted } from '../../src/estimator/model/printed.ts';
import { profileText } from '../../src/cli/model.ts';

const run = (file: string, args: string[], input?: string) => execFileSync(file, args, { encoding: 'utf8', input, maxBuffer: 64 << 20, timeout: 300_000 });
/** The PyTorches the snippet is tested under: what runs python3, and how to install it. */
const TORCHES = [
  { label: 'PyTorch 1.13', major: 1, where: '/usr/bin/python3', install: 'apt-get install python3-torch python3-torchvision', python: (args: string[], input?: string) => run('/usr/bin/python3', args, input) },
  { label: 'PyTorch 2.x', major: 2, where: 'scripts/torch2.sh (Debian trixie)', install: 'bash scripts/torch2.sh install', python: (args: string[], input?: string) => run('bash', ['scripts/torch2.sh', 'python', ...args], input) },
] as const;
const modules = byClassName(registry);

/** The classes the snippet has an argument table for (tools/nnops_trace.py's ARGS). */
const TABLE = [
  'Conv1d', 'Conv2d', 'Conv3d', 'ConvTranspose1d', 'ConvTranspose2d', 'ConvTranspose3d', 'Linear', 'Identity', 'ReLU', 'LeakyReLU', 'ELU', 'PReLU',
  'SELU', 'GELU', 'SiLU', 'Sigmoid', 'Tanh', 'Softplus', 'Hardtanh', 'ReLU6', 'Softmax', 'LogSoftmax', 'LayerNorm', 'GroupNorm', 'BatchNorm1d', 'BatchNorm2d',
  'MaxPool1d', 'MaxPool2d', 'AvgPool1d', 'AvgPool2d', 'AdaptiveAvgPool1d', 'AdaptiveAvgPool2d', 'AdaptiveMaxPool1d', 'AdaptiveMaxPool2d',
  'MultiheadAttention', 'RNN', 'GRU', 'LSTM', 'RNNCell', 'GRUCell', 'LSTMCell', 'Dropout', 'Flatten',
];
/** The page's presets, in its order. */
const PRESETS = JSON.parse(readFileSync('src/data/traces/presets.json', 'utf8')) as { id: string; label: string; description: string; input: number[] }[];
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

describe('the presets', () => {
  it('the presets are listed in the page\'s order, one trace file each', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(['resnet18', 'mobilenetv2', 'hifigan', 'dcgan', 'gru-se', 'transformer', 'smallcnn']);
    for (const p of PRESETS) {
      expect(p.label && p.description, p.id).toBeTruthy();
      expect(JSON.parse(readFileSync(`src/data/traces/${p.id}.json`, 'utf8')).inputs, p.id).toEqual([p.input]);
    }
  });

  it('the presets hold what their descriptions say', () => {
    const load = (id: string) => traceOk(readFileSync(`src/data/traces/${id}.json`, 'utf8'));
    const count = (t: Trace, module: string) => t.calls.filter((c) => c.module === module).length;
    const hifigan = load('hifigan');
    expect([count(hifigan, 'Conv1d'), count(hifigan, 'ConvTranspose1d'), count(hifigan, 'LeakyReLU'), count(hifigan, 'Tanh')]).toEqual([74, 4, 77, 1]);
    expect(hifigan.calls.at(-1)!.output_shapes).toEqual([[1n, 1n, 8192n]]);
    const transformer = load('transformer');
    expect(transformer.calls.filter((c) => c.module === 'MultiheadAttention').map((c) => c.name)).toEqual(['encoder.layers.0.self_attn', 'encoder.layers.1.self_attn']);
    expect(count(transformer, 'Linear')).toBe(4);
    const gru = load('gru-se').calls.find((c) => c.module === 'GRU')!;
    expect(gru.args).toMatchObject({ input_size: 256, hidden_size: 256, num_layers: 2, batch_first: true });
    expect(gru.output_shapes).toEqual([[1n, 100n, 256n], [2n, 1n, 256n]]);
    expect(count(load('resnet18'), 'Conv2d')).toBe(20);
    expect(count(load('mobilenetv2'), 'Conv2d')).toBe(52);
  });
});

/**
 * What PyTorch 2.x records that 1.13 cannot: a call's keyword arguments, after its positional ones
 * (1.13's hooks never see them). The only such calls in these models are MultiheadAttention's, from
 * TransformerEncoderLayer (attn_mask=, key_padding_mask=, need_weights=, is_causal=). The 1.13 record
 * must be the 2.x one without them: everything else equal.
 */
function withoutKeywords(fresh: { calls: { module: string; input_shapes: unknown[] }[] }, shipped: { calls: { input_shapes: unknown[] }[] }) {
  const calls = fresh.calls.map((c, i) => {
    const positional = shipped.calls[i]?.input_shapes.length ?? c.input_shapes.length;
    if (c.input_shapes.length === positional) return c;
    expect(c.module).toBe('MultiheadAttention');
    expect(c.input_shapes.length).toBe(positional + 4);
    return { ...c, input_shapes: c.input_shapes.slice(0, positional) };
  });
  return { ...fresh, calls };
}

describe.each(TORCHES)('the trace snippet under real $label ($where)', ({ label, major, where, install, python }) => {
  it('has torch', () => {
    let version = '';
    try {
      version = python(['-c', 'import torch; print(torch.__version__)']).trim();
    } catch (e) {
      throw new Error(`${where} cannot import torch: install ${label} (${install}; .ci/run does). ${String(e).slice(0, 300)}`);
    }
    expect(version).toMatch(major === 1 ? /^1\.13\./ : /^2\.\d+\./);
  });

  it('has torchvision (for the ResNet-18 and MobileNetV2 presets)', () => {
    let version = '';
    try {
      version = python(['-c', 'import torchvision; print(torchvision.__version__)']).trim();
    } catch (e) {
      throw new Error(`${where} cannot import torchvision, which the ResNet-18 and MobileNetV2 presets need: install it (${install}; .ci/run does). ${String(e).slice(0, 300)}`);
    }
    expect(version).toMatch(/^0\.\d+/);
  });

  it('the coverage model: every class of the argument table, unbatched inputs, tuples, padding=same, a module called twice, attention and recurrent modules, uncovered modules', () => {
    const trace = traceOk(python(['tools/models.py', 'coverage']));
    const classes = new Set(trace.calls.map((c) => c.module));
    for (const name of TABLE) expect(classes.has(name), name).toBe(true);
    expect(trace.calls.filter((c) => c.name === 'relu')).toHaveLength(2);
    expect(trace.calls.find((c) => c.module === 'Conv2d')?.args?.padding).toBe('same');
    expect(trace.calls.find((c) => c.module === 'Conv1d')?.input_shapes[0]).toHaveLength(2);
    expect(trace.calls.find((c) => c.module === 'Dropout')?.args).toEqual({ p: 0.5, inplace: false });
    expect(trace.calls.find((c) => c.module === 'Flatten')).toMatchObject({ args: { start_dim: -3, end_dim: -2 }, output_shapes: [[2n, 12n, 5n]] });
    const call = (name: string) => trace.calls.find((c) => c.name === name)!;
    // Tuples returned flatten into output_shapes in PyTorch's order: (output, (h_n, c_n)), (output, h_n), (h_1, c_1).
    expect(call('lstm').output_shapes).toEqual([[1n, 3n, 4n], [1n, 1n, 4n], [1n, 1n, 4n]]);
    expect(call('lstm').args).toEqual({ input_size: 5, hidden_size: 4, num_layers: 1, bias: true, batch_first: true, dropout: 0, bidirectional: false, proj_size: 0 });
    expect(call('lstm_proj').args).toMatchObject({ num_layers: 2, bias: false, bidirectional: true, proj_size: 2 });
    expect(call('lstm_proj').output_shapes).toEqual([[3n, 4n], [4n, 2n], [4n, 4n]]);
    expect(call('gru').output_shapes).toEqual([[2n, 3n, 4n], [2n, 2n, 4n]]);
    expect(call('rnn').args).toEqual({ input_size: 5, hidden_size: 3, num_layers: 1, nonlinearity: 'relu', bias: true, batch_first: false, dropout: 0, bidirectional: false });
    expect(call('rnncell').args).toEqual({ input_size: 5, hidden_size: 3, bias: true, nonlinearity: 'tanh' });
    expect(call('grucell').args).toEqual({ input_size: 5, hidden_size: 4, bias: false });
    expect(call('grucell').input_shapes).toEqual([[5n]]);
    expect(call('lstmcell').output_shapes).toEqual([[2n, 4n], [2n, 4n]]);
    // Cells in a Python loop over time: one call per step, the state passed back in (a tuple flattens); None is null.
    const steps = (name: string) => trace.calls.filter((c) => c.name === name).map((c) => c.input_shapes);
    expect(steps('lstmcell')).toEqual([[[2n, 5n]], ...Array(3).fill([[2n, 5n], [2n, 4n], [2n, 4n]])]);
    expect(steps('grucell')).toEqual([[[5n]], [[5n], null], [[5n], [4n]]]);
    // Initial states given to the sequence modules.
    expect(steps('gru')).toEqual([[[2n, 3n, 5n]], [[2n, 3n, 5n], [2n, 2n, 4n]]]);
    expect(steps('lstm')).toEqual([[[1n, 3n, 5n]], [[1n, 3n, 5n], [1n, 1n, 4n], [1n, 1n, 4n]]]);
    expect(call('mha').args).toEqual({ embed_dim: 8, num_heads: 2, dropout: 0, bias: true, batch_first: true, kdim: 6, vdim: 4, add_bias_kv: true, add_zero_attn: false });
    expect(call('mha').output_shapes).toEqual([[1n, 3n, 8n], [1n, 3n, 5n]]);
    // Innermost calls: the MultiheadAttention inside a TransformerEncoderLayer is recorded although it has a
    // child (out_proj, never called); the layer itself is not, its children are.
    expect(trace.calls.filter((c) => c.name.startsWith('encoder_layer')).map((c) => c.name)).toEqual([
      'encoder_layer.self_attn', 'encoder_layer.dropout1', 'encoder_layer.norm1', 'encoder_layer.linear1', 'encoder_layer.dropout', 'encoder_layer.linear2', 'encoder_layer.dropout2', 'encoder_layer.norm2',
    ]);
    expect(call('encoder_layer.self_attn').output_shapes).toEqual([[3n, 8n], null]);
    // The layer calls it as self_attn(x, x, x, attn_mask=None, key_padding_mask=None, need_weights=False,
    // is_causal=False): PyTorch 2.x shows the hook the keywords (none a tensor), 1.13 does not.
    expect(call('encoder_layer.self_attn').input_shapes).toEqual([[3n, 8n], [3n, 8n], [3n, 8n], ...(major === 2 ? [null, null, null, null] : [])]);
    expect(trace.calls.some((c) => c.name.endsWith('out_proj'))).toBe(false);
    const fused = trace.calls.filter((c) => c.name.startsWith('fused_layer')).map((c) => [c.name, c.module, c.args]);
    if (major === 1) {
      // PyTorch 1.13's fused inference path calls none of the layer's children: the layer is the innermost call.
      expect(fused).toEqual([['fused_layer', 'TransformerEncoderLayer', null]]);
    } else {
      // PyTorch 2.x leaves its fused path when hooks are attached ("forward pre-/hooks are attached to the
      // module"): the snippet's own hooks make the layer call its children, recorded as usual.
      expect(fused.map(([name]) => name)).toEqual(['self_attn', 'dropout1', 'norm1', 'linear1', 'dropout', 'linear2', 'dropout2', 'norm2'].map((n) => `fused_layer.${n}`));
    }
    const profile = checkTrace(trace);
    // MultiheadAttention is covered (its need_weights read from what it returned); a fused TransformerEncoderLayer is not.
    const covered = (name: string) => profile.calls.find((c) => c.name === name)?.covered;
    for (const name of ['mha', 'encoder_layer.self_attn', ...(major === 2 ? ['fused_layer.self_attn'] : [])]) expect(covered(name), name).toBe(true);
    if (major === 1) expect(covered('fused_layer'), 'fused_layer').toBe(false);
    // Every registered module the model exercises is counted.
    for (const def of Object.values(registry)) if (classes.has(def.title)) expect(profile.calls.some((c) => c.id === def.id && !c.error), def.id).toBe(true);
  });


  describe('the shipped presets equal a fresh run of the snippet, and count', () => {
    // One Python process for all of them (importing torch and torchvision once).
    let fresh: Record<string, unknown> = {};
    const script = `
import json, sys
sys.path.insert(0, "tools")
from models import PRESETS, model_trace
print(json.dumps({p["id"]: model_trace(p["id"]) for p in PRESETS}))
`;
    it.each(PRESETS.map((p) => p.id))('%s', (id) => {
      if (Object.keys(fresh).length === 0) fresh = JSON.parse(python(['-c', script]));
      const shipped = JSON.parse(readFileSync(`src/data/traces/${id}.json`, 'utf8'));
      const run = fresh[id] as typeof shipped;
      // torch_version is the PyTorch that ran the snippet: the only field allowed to differ (and on 2.x the keywords).
      expect({ ...(major === 2 ? withoutKeywords(run, shipped) : run), torch_version: null }).toEqual({ ...shipped, torch_version: null });
      checkTrace(traceOk(JSON.stringify(shipped)));
      checkTrace(traceOk(JSON.stringify(run)));
    }, 300_000);
  });


  // The coverage model's record differs by version (above): PyTorch 2.x's has a fixture of its own.
  it.each(['dcgan', 'smallcnn', 'coverage'])('the test fixture %s equals the snippet output and counts', (name) => {
    const fresh = JSON.parse(python(['tools/models.py', name]));
    const shipped = JSON.parse(readFileSync(`tests/fixtures/traces/${name}${major === 2 && name === 'coverage' ? '-torch2' : ''}.json`, 'utf8'));
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
    expect(profile.coverage).toMatchObject({ calls: 10, covered: trace.calls.filter((c) => modules.has(c.module)).length });
  });

  it('inputs passed by keyword: recorded after the positional ones on PyTorch 2.x; on 1.13 a call with keywords alone is reported, never counted', () => {
    const script = `
import json, sys, torch
from torch import nn
sys.path.insert(0, "tools")
from nnops_trace import trace
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(4, 3)
        self.gru = nn.GRU(3, 2)
    def forward(self, x):
        return self.gru(self.lin(input=x), hx=torch.zeros(1, 5, 2))
print(json.dumps(trace(Net().eval(), torch.randn(2, 5, 4))))
`;
    const trace = traceOk(python(['-c', script]));
    expect(trace.calls.map((c) => [c.name, c.input_shapes])).toEqual(
      major === 2 ? [['lin', [[2n, 5n, 4n]]], ['gru', [[2n, 5n, 3n], [1n, 5n, 2n]]]] : [['lin', []], ['gru', [[2n, 5n, 3n]]]],
    );
    const profile = profileTrace(trace, registry);
    const lin = profile.calls[0];
    if (major === 2) {
      expect(lin.error).toBeUndefined();
      expect(lin.exact?.macs).toBe(2n * 5n * 4n * 3n);
      checkTrace(trace);
    } else {
      expect(lin.error?.rule).toBe('no_input');
      expect(lin.error?.message).toContain('pass the input positionally, or run the snippet on PyTorch 2.x');
      expect(lin.exact).toBeNull();
    }
    // The GRU's count does not depend on whether its initial state is given.
    expect(profile.calls[1].exact).toEqual(profileTrace({ ...trace, calls: [{ ...trace.calls[1], input_shapes: [[2n, 5n, 3n]] }] }, registry).calls[0].exact);
  });

  it('innermost calls: a module with children whose forward uses their weights without calling them is recorded; containers are not; a parametrized layer is', () => {
    const script = `
import json, sys, torch
from torch import nn
sys.path.insert(0, "tools")
from nnops_trace import trace
class Tied(nn.Module):
    """Calls no child: uses its child's weight in a functional call (as MultiheadAttention does with out_proj)."""
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(4, 4)
    def forward(self, x):
        return nn.functional.linear(x, self.proj.weight)
class Fallible(nn.Module):
    """Catches the error of a child's call: the snippet must still pair every call with its own hook."""
    def __init__(self):
        super().__init__()
        self.bad = nn.Linear(3, 3)
        self.good = nn.ReLU()
    def forward(self, x):
        try:
            self.bad(x)
        except RuntimeError:
            pass
        return self.good(x)
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.tied = Tied()
        self.act = nn.ReLU()
    def forward(self, x):
        return self.act(self.tied(x))
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fallible = Fallible()
        self.blocks = nn.Sequential(Block(), Block())
        self.attn = nn.MultiheadAttention(4, 2)
        # A parametrized weight: its modules compute the weight and are not recorded; the layer is.
        self.sn = nn.utils.parametrizations.spectral_norm(nn.Linear(4, 3))
    def forward(self, x):
        x = self.blocks(self.fallible(x))
        return self.sn(self.attn(x, x, x, need_weights=False)[0])
print(json.dumps(trace(Net().eval(), torch.randn(3, 2, 4))))
`;
    const trace = traceOk(python(['-c', script]));
    expect(trace.calls.map((c) => [c.name, c.module])).toEqual([
      ['fallible.good', 'ReLU'],
      ['blocks.0.tied', 'Tied'], ['blocks.0.act', 'ReLU'], ['blocks.1.tied', 'Tied'], ['blocks.1.act', 'ReLU'], ['attn', 'MultiheadAttention'], ['sn', 'Linear'],
    ]);
    expect(trace.calls[6].args).toEqual({ in_features: 4, out_features: 3, bias: true });
    expect(trace.calls[1].args).toBeNull();
    expect(trace.calls[5].output_shapes).toEqual([[3n, 2n, 4n], null]);
    checkTrace(trace);
  });
});

/** Models printed by PyTorch and traced by the snippet: the print(model) reader must give the same calls. */
const PRINTED = `
import json, sys, torch
from collections import OrderedDict
from torch import nn
sys.path.insert(0, "tools")
from nnops_trace import trace
from models import SmallCNN
torch.manual_seed(0)
def case(model, shape):
    model = model.eval()
    return {"print": str(model), "input": list(shape), "trace": trace(model, torch.randn(*shape))}
features = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(inplace=True), nn.MaxPool2d(2),
    nn.Conv2d(8, 16, (3, 5), padding="same", bias=False, padding_mode="reflect"), nn.GroupNorm(4, 16),
    nn.LeakyReLU(0.2), nn.AvgPool2d(2), nn.Conv2d(16, 16, 3, stride=2, dilation=2, groups=4),
    nn.ConvTranspose2d(16, 8, 3, stride=2, padding=1, output_padding=1), nn.ELU(),
)
cases = {
    "cnn": case(nn.Sequential(OrderedDict([
        ("features", features),
        ("head", nn.Sequential(nn.AdaptiveAvgPool2d((2, None)), nn.AdaptiveMaxPool2d(1), nn.Sigmoid())),
    ])), (2, 3, 32, 32)),
    "cnn_unbatched": case(nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(), nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True)), (3, 9, 9)),
    "seq1d": case(nn.Sequential(
        nn.Conv1d(4, 8, 5, stride=2, dilation=2), nn.BatchNorm1d(8, momentum=None, affine=False), nn.ELU(alpha=0.5),
        nn.MaxPool1d(3, stride=2, padding=1, ceil_mode=True), nn.ConvTranspose1d(8, 4, 4, stride=2, padding=1),
        nn.AvgPool1d(2), nn.AdaptiveMaxPool1d(5), nn.AdaptiveAvgPool1d(3), nn.SiLU(), nn.Softplus(beta=2), nn.Tanh(),
    ), (2, 4, 40)),
    "seq1d_unbatched": case(nn.Sequential(nn.Conv1d(4, 8, 3), nn.ReLU(), nn.AvgPool1d(2, stride=1, padding=1)), (4, 10)),
    "mlp": case(nn.Sequential(
        nn.Linear(16, 32), nn.GELU(approximate="tanh"), nn.LayerNorm(32), nn.Linear(32, 8, bias=False), nn.PReLU(),
        nn.SELU(), nn.Sequential(nn.Sigmoid(), nn.Sequential()), nn.Softmax(dim=-1), nn.LogSoftmax(dim=1), nn.Identity(),
        nn.LayerNorm([5, 8], eps=1e-3, elementwise_affine=False),
    ), (2, 5, 16)),
    "conv3d": case(nn.Sequential(nn.Conv3d(2, 4, 3, padding=1, groups=2), nn.ConvTranspose3d(4, 2, 2, stride=2, output_padding=1, dilation=1)), (1, 2, 4, 4, 4)),
    "leaf": case(nn.Linear(8, 4), (3, 8)),
    "flatten": case(nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Flatten(), nn.Linear(8, 3)), (1, 1, 4, 4)),
    "dropout": case(nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.1), nn.Linear(4, 2)), (1, 4)),
    "upsample": case(nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Upsample(scale_factor=2), nn.Conv2d(2, 1, 1)), (1, 1, 4, 4)),
    "custom": case(SmallCNN(), (1, 3, 32, 32)),
    "modulelist": {"print": str(nn.ModuleList([nn.Linear(2, 2)])), "input": [1, 2]},
    "rejected": {"print": str(nn.Sequential(nn.Conv2d(3, 4, 3), nn.Linear(5, 6))), "input": [1, 3, 8, 8]},
    "avgpool_ceil": case(nn.Sequential(nn.AvgPool2d(2, ceil_mode=True)), (1, 1, 5, 5)),
}
print(json.dumps(cases))
`;

describe.each(TORCHES)('the print(model) reader against real $label ($where)', ({ python }) => {
  type Case = { print: string; input: number[]; trace?: unknown };
  let cases: Record<string, Case> = {};
  const get = (name: string) => {
    if (Object.keys(cases).length === 0) cases = JSON.parse(python(['-c', PRINTED]));
    return cases[name];
  };
  const read = (name: string) => traceFromPrinted(get(name).print, get(name).input.map(BigInt));

  it.each(['cnn', 'cnn_unbatched', 'seq1d', 'seq1d_unbatched', 'mlp', 'conv3d', 'leaf', 'flatten', 'dropout'])('%s: the same calls as the snippet (names, modules, args, shapes)', (name) => {
    const snippet = traceOk(JSON.stringify(get(name).trace));
    const printed = read(name);
    expect(printed.ok, printed.ok ? '' : printed.error.message).toBe(true);
    if (!printed.ok) return;
    expect(printed.trace.model).toBe(snippet.model);
    expect(printed.trace.inputs).toEqual(snippet.inputs);
    expect(printed.trace.calls).toEqual(snippet.calls);
    checkTrace(printed.trace);
  }, 300_000);

  it('an uncovered module (Upsample): the chain stops there, naming its line and offering the snippet', () => {
    const printed = read('upsample');
    expect(printed.ok).toBe(false);
    if (printed.ok) return;
    expect(printed.error.rule).toBe('printed_not_covered');
    expect(printed.error.message).toMatch(/^Line 4 \("\(2\): Upsample\(.*\)"\): nnops does not cover Upsample/);
    expect(printed.error.message).toContain('nnops_trace.py');
  });

  it('a custom module (its forward is unknown) and a ModuleList are refused', () => {
    for (const [name, cls, line] of [['custom', 'SmallCNN', 1], ['modulelist', 'ModuleList', 1]] as const) {
      const printed = read(name);
      expect(printed.ok, name).toBe(false);
      if (printed.ok) continue;
      expect(printed.error.rule).toBe('printed_not_sequential');
      expect(printed.error.message).toContain(`Line ${line} `);
      expect(printed.error.message).toContain(cls);
      expect(printed.error.message).toContain('nnops_trace.py');
    }
  });

  it('a call PyTorch would reject is reported with its line and the module\'s rule', () => {
    const printed = read('rejected');
    expect(printed.ok).toBe(false);
    if (printed.ok) return;
    expect(printed.error.message).toMatch(/^Line 3 \("\(1\): Linear\(in_features=5, out_features=6, bias=True\)"\), on an input of shape \(1, 4, 6, 6\)/);
  });

  it('known limit: AvgPool\'s repr hides ceil_mode, so the reader assumes False and its shape differs from PyTorch\'s', () => {
    const snippet = traceOk(JSON.stringify(get('avgpool_ceil').trace));
    const printed = read('avgpool_ceil');
    expect(printed.ok).toBe(true);
    if (!printed.ok) return;
    expect(snippet.calls[0].output_shapes).toEqual([[1n, 1n, 3n, 3n]]);
    expect(printed.trace.calls[0].output_shapes).toEqual([[1n, 1n, 2n, 2n]]);
  });
});
