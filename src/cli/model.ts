// `estimate -- model --trace FILE [--format json|csv|md|latex]`: a whole model's profile from an
// nnops-trace (docs/trace-format.md). Kept free of process globals: src/cli/estimate.ts reads the
// file or stdin and prints. Exit codes as the rest of the CLI: 0 the profile was printed (calls
// with errors are listed with them), 2 a usage error or a trace refused as a whole, 1 the trace
// could not be read.
import { registry } from '../estimator/registry.ts';
import { parseTraceText } from '../estimator/model/trace.ts';
import { profileTrace } from '../estimator/model/profile.ts';
import { profileCsv, profileJson, profileLatex, profileMarkdown } from '../estimator/model/format.ts';
import { EXIT_INVALID, EXIT_OK, type RunResult, wrap } from './run.ts';

export const MODEL_COMMAND = 'model';
export const FORMATS = ['json', 'csv', 'md', 'latex'] as const;
export type Format = (typeof FORMATS)[number];

export type ModelCommand =
  | { kind: 'help'; text: string }
  | { kind: 'profile'; trace: string; format: Format; pretty: boolean }
  | { kind: 'error'; stdout: string };

/** Help of the model command. */
export function modelUsage(): string {
  return [
    'Usage: npm run -s estimate -- model --trace FILE [--format json|csv|md|latex] [--pretty]',
    '       npm run -s estimate -- model --trace - < trace.json',
    '',
    ...wrap(
      'Counts every call of every layer of a model from its trace (format nnops-trace version 1, which ' +
        'tools/nnops_trace.py prints; see docs/trace-format.md). --trace - reads the trace from stdin. ' +
        'JSON (the default) is one object {"ok": true, "model", "calls": [{"name", "module", "covered", ' +
        '"output_shapes", "documented", "exact", "dense", "error"?}], "totals", "coverage"}, every count a ' +
        'decimal string; csv, md and latex print the table with a totals row. Calls of modules nnops does ' +
        'not cover are listed as not covered and add nothing to the totals; a call that breaks a rule is ' +
        'listed with it and the other calls are still counted. A module without a documented method adds ' +
        'nothing to totals.documented; coverage.documented says how many calls it covers.',
    ),
    '',
    'Exit codes:',
    '  0  the profile was printed (calls with errors included)',
    '  2  usage error, or a trace refused as a whole: {"ok": false, "error": {"rule", "call", "message"}}',
    '  1  the trace file or stdin could not be read; the message is on stderr',
    '',
  ].join('\n');
}

const usageError = (rule: string, message: string): ModelCommand => ({ kind: 'error', stdout: `${JSON.stringify({ ok: false, error: { rule, call: null, message } })}\n` });

/** Reads the arguments after `model`. Never throws. */
export function parseModelArgs(argv: readonly string[]): ModelCommand {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  const rest = args[0] === MODEL_COMMAND ? args.slice(1) : args;
  if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help', text: modelUsage() };
  let trace: string | undefined;
  let format: string = 'json';
  let pretty = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const eq = arg.indexOf('=');
    const flag = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const inline = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : undefined;
    if (flag === '--pretty' && inline === undefined) {
      pretty = true;
      continue;
    }
    if (flag !== '--trace' && flag !== '--format') return usageError('unknown_flag', `Unknown argument "${arg}" for model. Valid flags: --trace, --format, --pretty, --help.`);
    const value = inline ?? rest[++i];
    if (value === undefined || value === '') return usageError('missing_value', `${flag} needs a value (${flag === '--trace' ? 'a file, or - for stdin' : FORMATS.join(', ')}).`);
    if (flag === '--trace') {
      if (trace !== undefined) return usageError('duplicate_flag', '--trace is given more than once.');
      trace = value;
    } else format = value;
  }
  if (trace === undefined) return usageError('missing_trace', 'model needs --trace FILE (or --trace - to read stdin). Run model --help for usage.');
  if (!(FORMATS as readonly string[]).includes(format)) return usageError('unknown_format', `--format must be one of ${FORMATS.join(', ')}; got "${format.slice(0, 40)}".`);
  if (pretty && format !== 'json') return usageError('bad_combination', '--pretty applies to --format json only.');
  return { kind: 'profile', trace, format: format as Format, pretty };
}

/** The profile of a trace's text in one format: what the CLI prints and its exit code. Never throws. */
export function profileText(text: string, format: Format, pretty = false): RunResult {
  const parsed = parseTraceText(text);
  if (!parsed.ok) return { code: EXIT_INVALID, stdout: `${JSON.stringify({ ok: false, error: parsed.error })}\n` };
  const profile = profileTrace(parsed.trace, registry);
  switch (format) {
    case 'json':
      return { code: EXIT_OK, stdout: `${JSON.stringify(profileJson(profile), null, pretty ? 2 : undefined)}\n` };
    case 'csv':
      return { code: EXIT_OK, stdout: profileCsv(profile) };
    case 'md':
      return { code: EXIT_OK, stdout: profileMarkdown(profile) };
    case 'latex':
      return { code: EXIT_OK, stdout: profileLatex(profile) };
  }
}
