import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelUsage, parseModelArgs, profileText } from './model.ts';
import { run } from './run.ts';

const dcgan = readFileSync('tests/fixtures/traces/dcgan.json', 'utf8');

describe('parseModelArgs', () => {
  it('reads --trace, --format and --pretty', () => {
    expect(parseModelArgs(['model', '--trace', 'x.json'])).toEqual({ kind: 'profile', trace: 'x.json', format: 'json', pretty: false });
    expect(parseModelArgs(['--', 'model', '--trace=-', '--format', 'latex'])).toEqual({ kind: 'profile', trace: '-', format: 'latex', pretty: false });
    expect(parseModelArgs(['model', '--trace', 'x', '--pretty'])).toMatchObject({ kind: 'profile', pretty: true });
    expect(parseModelArgs(['model', '--help'])).toEqual({ kind: 'help', text: modelUsage() });
  });

  it.each([
    [['model'], 'missing_trace'],
    [['model', '--trace'], 'missing_value'],
    [['model', '--trace', 'a', '--format', 'xml'], 'unknown_format'],
    [['model', '--trace', 'a', '--trace', 'b'], 'duplicate_flag'],
    [['model', '--trace', 'a', '--bogus'], 'unknown_flag'],
    [['model', '--trace', 'a', '--format', 'csv', '--pretty'], 'bad_combination'],
  ])('%j is a usage error (%s)', (argv, rule) => {
    const cmd = parseModelArgs(argv);
    expect(cmd.kind).toBe('error');
    if (cmd.kind === 'error') expect(JSON.parse(cmd.stdout).error.rule).toBe(rule);
  });
});

describe('profileText', () => {
  it('prints the JSON profile with counts as decimal strings', () => {
    const out = profileText(dcgan, 'json');
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json)).toEqual(['ok', 'model', 'calls', 'totals', 'coverage']);
    expect(json.model).toBe('DCGANGenerator');
    expect(json.totals.exact.total_ops).toMatch(/^\d+$/);
    expect(json.coverage.calls).toBe(14);
  });

  it('prints csv, md and latex tables with one row per call and a totals row', () => {
    expect(profileText(dcgan, 'csv').stdout.trimEnd().split('\r\n')).toHaveLength(16);
    expect(profileText(dcgan, 'md').stdout).toContain('| **Total** |');
    expect(profileText(dcgan, 'latex').stdout).toContain('\\bottomrule');
  });

  it('refuses a broken trace with exit code 2 and the rule', () => {
    const out = profileText('{"format": "nnops-trace", "version": 9, "calls": []}', 'json');
    expect(out.code).toBe(2);
    expect(JSON.parse(out.stdout)).toMatchObject({ ok: false, error: { rule: 'version', call: null } });
  });
});

describe('the model command through the CLI', () => {
  const cli = ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'src/cli/estimate.ts'];

  it('reads --trace FILE and --trace - alike', () => {
    const fromFile = execFileSync(process.execPath, [...cli, 'model', '--trace', 'tests/fixtures/traces/dcgan.json'], { encoding: 'utf8' });
    const fromStdin = execFileSync(process.execPath, [...cli, 'model', '--trace', '-', '--format', 'json'], { encoding: 'utf8', input: dcgan });
    expect(fromStdin).toBe(fromFile);
    expect(fromFile).toBe(profileText(dcgan, 'json').stdout);
  });

  it('exits 1 with a message on stderr for a missing file', () => {
    const r = spawnSync(process.execPath, [...cli, 'model', '--trace', '/nonexistent/trace.json'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('could not read the trace');
  });

  it('leaves the per-module CLI as it was', () => {
    expect(run(['model'])).toMatchObject({ code: 2 }); // run() itself does not know "model": estimate.ts routes it
    expect(run(['list']).code).toBe(0);
  });
});
