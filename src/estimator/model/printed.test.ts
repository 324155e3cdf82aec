// The print(model) reader on hand-written reprs (the real-PyTorch comparison is in
// tests/unit/trace-torch.test.ts): names, arguments, shapes carried through the chain, and the
// refusals, each naming its line.
import { describe, expect, it } from 'vitest';
import { registry } from '../registry.ts';
import { estimateRaw, type AnyModule } from '../core/define.ts';
import { byClassName, callParams } from './mapping.ts';
import { profileTrace } from './profile.ts';
import { REPRS, traceFromPrinted } from './printed.ts';

const CNN = `Sequential(
  (features): Sequential(
    (0): Conv2d(3, 16, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
    (1): BatchNorm2d(16, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
    (2): ReLU(inplace=True)
    (3): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
  )
  (head): Sequential(
    (0): AdaptiveAvgPool2d(output_size=(1, 1))
    (1): Conv2d(16, 10, kernel_size=(1, 1), stride=(1, 1), padding=same, bias=False, padding_mode=reflect)
    (2): Softmax(dim=1)
  )
)`;

const ok = (text: string, shape: bigint[]) => {
  const out = traceFromPrinted(text, shape);
  if (!out.ok) throw new Error(out.error.message);
  return out.trace;
};
const fails = (text: string, shape: bigint[]) => {
  const out = traceFromPrinted(text, shape);
  if (out.ok) throw new Error('expected a refusal');
  return out.error;
};

describe('traceFromPrinted', () => {
  it('reads nested Sequentials: dotted names, the snippet\'s args, shapes carried from call to call', () => {
    const trace = ok(CNN, [2n, 3n, 32n, 32n]);
    expect(trace).toMatchObject({ format: 'nnops-trace', version: 1, torch_version: null, model: 'Sequential', inputs: [[2n, 3n, 32n, 32n]] });
    expect(trace.calls.map((c) => c.name)).toEqual(['features.0', 'features.1', 'features.2', 'features.3', 'head.0', 'head.1', 'head.2']);
    expect(trace.calls[0].args).toEqual({ in_channels: 3, out_channels: 16, kernel_size: [3, 3], stride: [1, 1], padding: [1, 1], dilation: [1, 1], groups: 1, bias: true, padding_mode: 'zeros' });
    expect(trace.calls[3].args).toEqual({ kernel_size: 2, stride: 2, padding: 0, dilation: 1, return_indices: false, ceil_mode: false });
    expect(trace.calls[5].args).toMatchObject({ padding: 'same', bias: false, padding_mode: 'reflect' });
    expect(trace.calls.map((c) => c.output_shapes)).toEqual([
      [[2n, 16n, 32n, 32n]], [[2n, 16n, 32n, 32n]], [[2n, 16n, 32n, 32n]], [[2n, 16n, 16n, 16n]], [[2n, 16n, 1n, 1n]], [[2n, 10n, 1n, 1n]], [[2n, 10n, 1n, 1n]],
    ]);
    for (let i = 1; i < trace.calls.length; i++) expect(trace.calls[i].input_shapes).toEqual([trace.calls[i - 1].output_shapes[0]]);
    expect(trace.calls.every((c) => c.training === false)).toBe(true);
    const profile = profileTrace(trace, registry);
    expect(profile.coverage).toMatchObject({ calls: 7, covered: 7, counted: 7 });
  });

  it('every output shape is the module definition\'s own rule', () => {
    const modules = byClassName(registry);
    for (const call of ok(CNN, [1n, 3n, 8n, 8n]).calls) {
      const def = modules.get(call.module) as AnyModule;
      const mapped = callParams(def, call);
      expect(mapped.ok).toBe(true);
      if (!mapped.ok) continue;
      const outcome = estimateRaw(def, mapped.raw, 'error');
      expect(outcome.ok && outcome.output_shapes[0]).toEqual(call.output_shapes[0]);
    }
  });

  it('reads a model that is one leaf (named by its class), blank lines, CRLF and a byte-order mark', () => {
    const trace = ok('\uFEFF\r\nLinear(in_features=8, out_features=4, bias=False)\r\n\r\n', [3n, 8n]);
    expect(trace.calls).toEqual([{ name: 'Linear', module: 'Linear', args: { in_features: 8, out_features: 4, bias: false }, training: false, input_shapes: [[3n, 8n]], output_shapes: [[3n, 4n]] }]);
  });

  it('reads the values reprs write: floats, None, quoted strings, 1-tuples, negative numbers', () => {
    const text = `Sequential(
  (0): LayerNorm((8,), eps=1e-05, elementwise_affine=True)
  (1): GELU(approximate='tanh')
  (2): LeakyReLU(negative_slope=0.2)
  (3): Softplus(beta=2, threshold=20)
  (4): LogSoftmax(dim=-1)
  (5): BatchNorm1d(5, eps=0.001, momentum=None, affine=False, track_running_stats=True)
)`;
    const trace = ok(text, [2n, 5n, 8n]);
    expect(trace.calls.map((c) => c.args)).toEqual([
      { normalized_shape: [8], eps: 1e-5, elementwise_affine: true },
      { approximate: 'tanh' },
      { negative_slope: 0.2, inplace: false },
      { beta: 2, threshold: 20 },
      { dim: -1 },
      { num_features: 5, eps: 0.001, momentum: null, affine: false, track_running_stats: true },
    ]);
  });

  it('says what it takes for granted: AvgPool\'s unseen arguments, once per class, and eval mode where a count depends on it', () => {
    const out = traceFromPrinted(CNN, [2n, 3n, 32n, 32n]);
    if (!out.ok) throw new Error(out.error.message);
    // BatchNorm2d counts differently in training mode; nothing else in CNN is assumed.
    expect(out.assumed).toHaveLength(1);
    expect(out.assumed![0]).toContain('evaluation mode');
    expect(out.assumed![0]).toContain('BatchNorm2d counts differently');
    const pools = `Sequential(
  (0): AvgPool2d(kernel_size=2, stride=2, padding=0)
  (1): AvgPool2d(kernel_size=2, stride=2, padding=0)
  (2): Flatten(start_dim=2, end_dim=-1)
  (3): AvgPool1d(kernel_size=(2,), stride=(2,), padding=(0,))
)`;
    const read = traceFromPrinted(pools, [1n, 4n, 8n, 8n]);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.assumed).toEqual([
      "AvgPool2d (first at line 2): print(model) never shows ceil_mode, count_include_pad and divisor_override, so they are read as PyTorch's defaults, ceil_mode=False, count_include_pad=True and divisor_override=None. If a layer sets them otherwise, its shape and count differ: record a trace with the snippet.",
      "AvgPool1d (first at line 5): print(model) never shows ceil_mode and count_include_pad, so they are read as PyTorch's defaults, ceil_mode=False and count_include_pad=True. If a layer sets them otherwise, its shape and count differ: record a trace with the snippet.",
    ]);
    // A chain with neither: nothing assumed.
    const plainChain = traceFromPrinted('Sequential(\n  (0): Linear(in_features=4, out_features=2, bias=True)\n  (1): ReLU()\n)', [3n, 4n]);
    expect(plainChain.ok && plainChain.assumed).toEqual([]);
  });

  it('an empty Sequential is a call that returns its input, as the snippet records it', () => {
    const trace = ok('Sequential(\n  (0): Tanh()\n  (1): Sequential()\n)', [4n]);
    expect(trace.calls[1]).toEqual({ name: '1', module: 'Sequential', args: null, training: false, input_shapes: [[4n]], output_shapes: [[4n]] });
  });

  it('refuses a custom container, a ModuleList and an uncovered module, naming the line and offering the snippet', () => {
    const custom = fails('Sequential(\n  (0): Block(\n    (conv): Conv2d(3, 3, kernel_size=(1, 1), stride=(1, 1))\n  )\n)', [1n, 3n, 4n, 4n]);
    expect(custom.rule).toBe('printed_not_sequential');
    expect(custom.message).toMatch(/^Line 2 \("\(0\): Block\("\): a Block with children/);
    expect(custom.message).toContain('tools/nnops_trace.py');
    expect(fails('ModuleList(\n  (0): ReLU()\n)', [1n]).message).toMatch(/^Line 1 .*ModuleList, which has no forward of its own/);
    const uncovered = fails('Sequential(\n  (0): ReLU()\n  (1): Embedding(10, 3)\n)', [2n, 3n]);
    expect(uncovered.rule).toBe('printed_not_covered');
    expect(uncovered.message).toMatch(/^Line 3 \("\(1\): Embedding\(10, 3\)"\): nnops does not cover Embedding yet/);
  });

  it('a call PyTorch would reject: the line, the shape and the module\'s rule', () => {
    const e = fails('Sequential(\n  (0): Linear(in_features=4, out_features=2, bias=True)\n  (1): Linear(in_features=3, out_features=2, bias=True)\n)', [1n, 4n]);
    expect(e.message).toMatch(/^Line 3 .*, on an input of shape \(1, 2\): /);
    const rank = fails('Conv2d(3, 4, kernel_size=(3, 3), stride=(1, 1))', [3n, 8n]);
    expect(rank.message).toMatch(/^Line 1 .*on an input of shape \(3, 8\)/);
  });

  it('unreadable text: which line, and why', () => {
    expect(fails('', [1n]).rule).toBe('printed_empty');
    expect(fails('Sequential(\n  (0): ReLU()\n', [1n]).message).toMatch(/^Line 1 .*closing "\)" is missing/);
    expect(fails('Sequential(\n  hello\n)', [1n]).message).toMatch(/^Line 2 \("hello"\): expected a module/);
    expect(fails('Sequential(\n  ReLU()\n)', [1n]).message).toMatch(/^Line 2 .*must start with its name/);
    expect(fails('Sequential(\n  (0): Conv2d(3, 4, kernel_size=(3, 3), stride=(1, 1), bogus=1)\n)', [1n, 3n, 8n, 8n]).message).toMatch(/^Line 2 .*no argument "bogus"/);
    expect(fails('Sequential(\n  (0): Linear(in_features=4, out_features=2, bias=True)\n)\nReLU()', [1n, 4n]).message).toMatch(/^Line 4 .*text after/);
    expect(fails('Linear(in_features=4, out_features=2, bias=@)', [1n, 4n]).rule).toBe('printed_args');
    expect(fails('Linear(in_features=4', [1n, 4n]).message).toMatch(/^Line 1 .*parentheses do not close/);
    expect(fails('ReLU()', []).rule).toBe('inputs');
  });

  it('hostile input: deep nesting and HTML stay data, never throw', () => {
    const deep = `Sequential(\n${'  (0): Sequential(\n'.repeat(100)}${')\n'.repeat(101)}`;
    expect(fails(deep, [1n]).rule).toBe('too_deep');
    const html = fails('Sequential(\n  (<img src=x>): ReLU()\n)', [1n]);
    expect(html.rule).toBe('printed_syntax');
    expect(() => traceFromPrinted('((((((', [1n])).not.toThrow();
  });

  it('every class it knows the repr of is a registered module', () => {
    const modules = byClassName(registry);
    for (const title of Object.keys(REPRS)) expect(modules.has(title), title).toBe(true);
  });
});
