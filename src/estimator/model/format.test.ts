import { describe, expect, it } from 'vitest';
import type { AnyModule } from '../core/define.ts';
import { registry } from '../registry.ts';
import { csvField, latexText, markdownCell, profileCsv, profileJson, profileLatex, profileMarkdown } from './format.ts';
import { profileTrace } from './profile.ts';
import { callOf } from './testCalls.ts';
import type { TraceCall } from './trace.ts';

const evil = '<script>alert("x")</script> | a_b & 50% #1 {x} $y$ ~z ^w \\cmd';
const calls: TraceCall[] = [
  { ...callOf(registry.conv2d as AnyModule)!, name: evil },
  { ...callOf(registry.silu as AnyModule)! },
  { name: 'upsample', module: 'Upsample', args: null, training: false, input_shapes: [[1n, 3n, 4n, 4n]], output_shapes: [[1n, 3n, 8n, 8n]] },
];
const p = profileTrace({ format: 'nnops-trace', version: 1, torch_version: null, model: 'Net<b>', inputs: [], calls }, registry);

describe('profileJson', () => {
  const json = profileJson(p) as { ok: boolean; calls: Record<string, unknown>[]; totals: Record<string, Record<string, string>>; coverage: unknown };
  it('has every count as a decimal string and survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.totals.exact.total_ops).toBe(p.totals.exact.total_ops!.toString());
    expect(json.calls[0].exact).toMatchObject({ total_ops: p.calls[0].exact!.total_ops.toString() });
    expect(Object.keys(json.calls[0])).toEqual(['name', 'module', 'covered', 'output_shapes', 'documented', 'exact', 'dense']);
    expect(json.calls[2]).toMatchObject({ covered: false, documented: null, exact: null, dense: null });
  });
});

describe('escaping', () => {
  it('CSV quotes fields with commas and quotes and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    const lines = profileCsv(p).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + calls.length + 1);
    expect(lines[0]).toBe('Layer,Module,Output shape,Exact MACs,Exact ops,Documented ops,Dense MACs,Status');
  });

  it('Markdown has no raw HTML or unescaped pipes from names', () => {
    const md = profileMarkdown(p);
    expect(md).not.toMatch(/<script|<b>/);
    expect(markdownCell('a|b')).toBe('a\\|b');
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.split(/(?<!\\)\|/).length).toBe(10);
  });

  it('LaTeX escapes every special character and uses booktabs rules', () => {
    expect(latexText('a_b & 50% #1 {x} $y$')).toBe('a\\_b \\& 50\\% \\#1 \\{x\\} \\$y\\$');
    const tex = profileLatex(p, 'https://example.org/profile/#v=1&t=x');
    for (const rule of ['\\toprule', '\\midrule', '\\bottomrule']) expect(tex).toContain(rule);
    expect(tex).not.toContain('<script');
    expect(tex).toContain('\\url{https://example.org/profile/\\#v=1&t=x}');
    const body = tex.split('\n').filter((l) => l.endsWith('\\\\'));
    expect(body).toHaveLength(1 + calls.length + 1);
    for (const line of body) expect(line.split(/(?<!\\)&/).length).toBe(8);
  });

  it('the totals row marks a documented total that covers only some calls', () => {
    expect(p.coverage.documented).toBeLessThan(p.coverage.counted);
    expect(profileCsv(p)).toMatch(/of 2 calls\)/);
    expect(profileLatex(p)).toContain('$^{*}$');
  });

  it('the LaTeX caption can name the rules versions before the permalink', () => {
    const tex = profileLatex(p, { link: 'https://example.org/profile/#trace=x_y', versions: 'Conv2d v1, ReLU v1' });
    expect(tex).toMatch(/Rules versions: Conv2d v1, ReLU v1\. \\url\{https:\/\/example\.org\/profile\/\\#trace=x_y\}/);
    expect(profileLatex(p, { versions: 'A_b v1' })).toContain('Rules versions: A\\_b v1.');
  });
});
