// The CLI's logic, kept free of process globals so it can be unit-tested:
// argument parsing, help generated from the modules' parameter tables, one-shot
// estimates, and the streaming --jsonl mode. src/cli/estimate.ts only wires
// process.argv, stdin and stdout to these functions.
//
// Exit codes (see usage()):
//   0  success; also the end of every --jsonl run, whatever its lines held
//   2  invalid input or usage error; the JSON error object is on stdout
//   1  unexpected failure (stdin could not be read); a message is on stderr
import type { ParamSpec } from '../estimator/spec.ts';
import { modules } from '../estimator/modules.ts';
import { peersJSON } from '../estimator/convtranspose1d/peers/index.ts';

/** What the CLI needs from a module (src/estimator/<id>/index.ts). */
export interface ModuleApi {
  id: string;
  torchName: string;
  params: readonly ParamSpec[];
  estimateRaw(raw: Record<string, unknown>, missing: 'initial' | 'error'): unknown;
  toJSON(outcome: unknown): unknown;
}

const registry: Record<string, ModuleApi> = modules;
/** Other counters' numbers for a valid layer, by module (src/estimator/<id>/peers/). */
const peerCounts: Record<string, (outcome: unknown) => Record<string, string | null> | null> = {
  convtranspose1d: (o) => peersJSON(o as Parameters<typeof peersJSON>[0]),
};
export const moduleIds: readonly string[] = Object.keys(registry);

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID = 2;

/** Longest accepted --jsonl line, in bytes (a parameter line is well under 1 KB). */
export const MAX_LINE_BYTES = 1024 * 1024;

export interface CliError {
  rule: string;
  param: string | null;
  message: string;
  torch: { stage: string; type: string; message: string } | null;
}

export type Command =
  | { kind: 'help'; text: string }
  | { kind: 'estimate'; module: ModuleApi; raw: Record<string, string | boolean>; pretty: boolean }
  | { kind: 'jsonl'; module: ModuleApi }
  | { kind: 'error'; error: CliError };

export function findModule(id: string): ModuleApi | null {
  return Object.prototype.hasOwnProperty.call(registry, id) ? registry[id] : null;
}

const fail = (rule: string, param: string | null, message: string): { kind: 'error'; error: CliError } => ({
  kind: 'error',
  error: { rule, param, message, torch: null },
});

const knownModulesText = () => `Known modules: ${moduleIds.join(', ')}.`;
const flagList = (mod: ModuleApi) => mod.params.map((p) => `--${p.name}`).join(', ');

// ---------------------------------------------------------------------------
// Help

const PROGRAM = 'npm run -s estimate --';

function defaultText(spec: ParamSpec): string {
  if (spec.kind === 'bool') return `default ${spec.torchDefault}`;
  if (spec.nullable) return 'default none';
  if (spec.torchDefault !== undefined) return `default ${spec.torchDefault}`;
  return 'required';
}

function flagText(spec: ParamSpec): string {
  if (spec.kind === 'bool') return `--${spec.name} [true|false], --no-${spec.name}`;
  return `--${spec.name} ${spec.nullable ? 'INT|none' : 'INT'}`;
}

const EXIT_CODES = [
  'Exit codes:',
  '  0  success (and the end of every --jsonl run, whatever its lines held)',
  '  2  invalid input or usage error: {"ok": false, "error": {"rule", "param", "message", "torch"}} on stdout',
  '  1  unexpected failure (stdin could not be read); message on stderr',
];

/** Usage of the whole tool: the modules and the common options. */
export function usage(): string {
  return [
    `Usage: ${PROGRAM} <module> [--<param> <value> ...] [--pretty]`,
    `       ${PROGRAM} <module> --jsonl < params.jsonl`,
    `       ${PROGRAM} <module> --help`,
    '',
    'Counts the arithmetic operations of one torch.nn layer and prints one JSON object:',
    '{"ok": true, "module", "params", "length_out", "documented", "documented_unavailable", "exact", "peers"},',
    'every count a decimal string ("peers": what other counting tools report, by tool id, or null).',
    '',
    `Modules: ${moduleIds.map((id) => `${id} (${registry[id].torchName})`).join(', ')}`,
    '',
    'Options:',
    '  --pretty   indent the JSON',
    '  --jsonl    read one JSON params object per stdin line, write one result per line',
    '  --help     this text, or a module\'s parameters with <module> --help',
    '',
    ...EXIT_CODES,
    '',
  ].join('\n');
}

/** Usage of one module, generated from its parameter table. */
export function moduleUsage(mod: ModuleApi): string {
  const rows = mod.params.map((spec) => [flagText(spec), defaultText(spec), spec.help]);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const example = mod.params
    .filter((p) => p.kind === 'int' && p.torchDefault === undefined && !p.nullable)
    .map((p) => `--${p.name} ${(p as { initial: bigint | null }).initial ?? 1}`)
    .join(' ');
  return [
    `Usage: ${PROGRAM} ${mod.id} [--<param> <value> ...] [--pretty]`,
    `       ${PROGRAM} ${mod.id} --jsonl < params.jsonl`,
    '',
    `Counts the arithmetic operations of ${mod.torchName}. Omitted optional arguments take`,
    'PyTorch\'s defaults; "required" arguments must be given. Values are integers (digits,',
    'optionally grouped as 16_384 or 16,384); --name=value works too.',
    '',
    'Parameters:',
    ...rows.map(([f, d, h]) => `  ${f.padEnd(w0)}  ${d.padEnd(w1)}  ${h}`),
    '',
    'Options:',
    '  --pretty   indent the JSON',
    '  --jsonl    read stdin: one JSON object per line with the parameter names as keys',
    '             (numbers, or strings of digits for values beyond 2^53; null batch = unbatched;',
    '             absent keys as above); writes one result per line, each with its input "line"',
    '             number. Bad lines give {"ok": false, ...} and the run goes on. Blank lines are',
    `             skipped; lines over ${MAX_LINE_BYTES} bytes are rejected.`,
    '  --help     this text',
    '',
    `Example: ${PROGRAM} ${mod.id} ${example}`,
    '',
    ...EXIT_CODES,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------
// Arguments

const BOOL_WORD = /^(true|false|1|0|yes|no|on|off)$/i;

/**
 * Reads argv (without node and the script): `<module> [--name value | --name=value |
 * --bool | --no-bool ...] [--pretty] [--jsonl] [--help]`. Never throws.
 */
export function parseArgs(argv: readonly string[]): Command {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  const wantsHelp = args.some((a) => a === '--help' || a === '-h');
  const first = args[0];
  if (first === undefined) return fail('no_module', 'module', `No module given. ${knownModulesText()} Run with --help for usage.`);
  if (first.startsWith('-')) {
    if (wantsHelp) return { kind: 'help', text: usage() };
    return fail('no_module', 'module', `The first argument must be a module, not "${first}". ${knownModulesText()}`);
  }
  const mod = findModule(first);
  if (!mod) return fail('unknown_module', 'module', `Unknown module "${first}". ${knownModulesText()}`);
  if (wantsHelp) return { kind: 'help', text: moduleUsage(mod) };

  const specs = new Map(mod.params.map((p) => [p.name, p]));
  const raw: Record<string, string | boolean> = Object.create(null);
  let pretty = false;
  let jsonl = false;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--') || arg === '--') {
      return fail('unexpected_argument', null, `Unexpected argument "${arg}": parameters are given as --name value. Valid flags: ${flagList(mod)}.`);
    }
    const eq = arg.indexOf('=');
    const flag = (eq < 0 ? arg.slice(2) : arg.slice(2, eq)).replace(/-/g, '_');
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (flag === 'pretty' || flag === 'jsonl') {
      if (inline !== undefined) return fail('unexpected_value', null, `--${flag} takes no value.`);
      if (flag === 'pretty') pretty = true;
      else jsonl = true;
      continue;
    }
    let spec = specs.get(flag);
    let negated = false;
    if (!spec && flag.startsWith('no_')) {
      const base = specs.get(flag.slice(3));
      if (base?.kind === 'bool') [spec, negated] = [base, true];
    }
    if (!spec) {
      return fail('unknown_flag', flag, `Unknown flag "${arg.slice(0, eq < 0 ? undefined : eq)}" for ${mod.id}. Valid flags: ${flagList(mod)}, --pretty, --jsonl, --help.`);
    }
    if (spec.name in raw) return fail('duplicate_flag', spec.name, `--${spec.name} is given more than once.`);
    let value: string | boolean;
    if (negated) {
      if (inline !== undefined) return fail('unexpected_value', spec.name, `--no-${spec.name} takes no value; use --${spec.name}=${inline}.`);
      value = false;
    } else if (inline !== undefined) {
      value = inline;
    } else if (spec.kind === 'bool') {
      // A bare --bias means true; "--bias false" consumes the word.
      const next = args[i + 1];
      if (next !== undefined && BOOL_WORD.test(next)) {
        value = next;
        i++;
      } else value = true;
    } else {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) {
        return fail('missing_value', spec.name, `--${spec.name} needs a value${spec.kind === 'int' && spec.nullable ? ' (an integer, or none)' : ' (an integer)'}.`);
      }
      value = next;
      i++;
    }
    if (typeof value === 'string' && value.trim() === '') {
      const hint = spec.kind === 'int' && spec.nullable ? ` (use --${spec.name} none for ${spec.nullable.meaning})` : '';
      return fail('missing_value', spec.name, `--${spec.name} has an empty value${hint}.`);
    }
    raw[spec.name] = value;
  }
  if (jsonl) {
    if (pretty) return fail('bad_combination', null, '--pretty cannot be used with --jsonl, which writes one result per line.');
    const given = Object.keys(raw);
    if (given.length > 0) return fail('bad_combination', given[0], `--jsonl reads every parameter from stdin; remove --${given.join(', --')}.`);
    return { kind: 'jsonl', module: mod };
  }
  return { kind: 'estimate', module: mod, raw: { ...raw }, pretty };
}

// ---------------------------------------------------------------------------
// Estimating

/** The result object the CLI prints: {ok: true, module, ...counts} or {ok: false, error}. */
export function estimateObject(mod: ModuleApi, raw: Record<string, unknown>, from: 'flags' | 'jsonl' = 'flags'): Record<string, unknown> {
  let json: Record<string, unknown>;
  let peers: Record<string, string | null> | null = null;
  try {
    const outcome = mod.estimateRaw(raw, 'error');
    json = mod.toJSON(outcome) as Record<string, unknown>;
    peers = peerCounts[mod.id]?.(outcome) ?? null;
  } catch (e) {
    // The estimator is meant never to throw; if it does, report it as data, not a crash.
    return { ok: false, error: { rule: 'internal_error', param: null, message: `The estimator failed: ${String(e)}`, torch: null } };
  }
  if (json.ok !== true) {
    const error = json.error as CliError;
    // Name the flag (or key) the user has to add when a required argument is missing.
    if (error.rule === 'required') {
      const spec = mod.params.find((p) => p.name === error.param);
      const what = from === 'flags' ? `the flag --${error.param}` : `the key "${error.param}"`;
      error.message = `${error.message} Add ${what}${spec ? ` (${spec.help.replace(/\.$/, '')})` : ''}.`;
    }
    return { ok: false, error };
  }
  const { ok, ...rest } = json;
  return { ok, module: mod.id, ...rest, ...(peers ? { peers } : {}) };
}

export interface RunResult {
  code: number;
  stdout: string;
}

const show = (value: unknown, pretty: boolean) => `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;

/** Runs a parsed non-jsonl command; the caller prints stdout and exits with code. */
export function runCommand(cmd: Exclude<Command, { kind: 'jsonl' }>): RunResult {
  switch (cmd.kind) {
    case 'help':
      return { code: EXIT_OK, stdout: cmd.text };
    case 'error':
      return { code: EXIT_INVALID, stdout: show({ ok: false, error: cmd.error }, false) };
    case 'estimate': {
      const result = estimateObject(cmd.module, cmd.raw);
      return { code: result.ok === true ? EXIT_OK : EXIT_INVALID, stdout: show(result, cmd.pretty) };
    }
  }
}

/** parseArgs + runCommand for everything but --jsonl (which needs stdin: see runJsonl). */
export function run(argv: readonly string[]): RunResult | { code: null; jsonl: ModuleApi } {
  const cmd = parseArgs(argv);
  if (cmd.kind === 'jsonl') return { code: null, jsonl: cmd.module };
  return runCommand(cmd);
}

// ---------------------------------------------------------------------------
// --jsonl

export type Line = { line: number; text: string } | { line: number; tooLong: number };

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines without holding more than maxBytes of one line:
 * the rest of an over-long line is counted and dropped. "\r\n" endings and a
 * leading byte-order mark are accepted. Splitting on the byte 0x0A is safe in
 * UTF-8, which never uses it inside a multi-byte character.
 */
export async function* splitLines(input: AsyncIterable<Uint8Array | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let parts: Uint8Array[] = [];
  let size = 0; // bytes of the current line so far, kept or not
  let lineNo = 0;
  const finish = (): Line => {
    lineNo++;
    const n = size;
    let line: Line;
    if (n > maxBytes) line = { line: lineNo, tooLong: n };
    else {
      let text = decoder.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts));
      if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      line = { line: lineNo, text };
    }
    parts = [];
    size = 0;
    return line;
  };
  const keep = (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    if (size + bytes.length <= maxBytes) parts.push(bytes);
    else parts = []; // over the limit: drop what was kept, count the rest
    size += bytes.length;
  };
  for await (const chunk of input) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    for (;;) {
      const nl = buf.indexOf(NEWLINE);
      if (nl < 0) {
        // Copy: a stream may reuse its chunk's memory.
        keep(Uint8Array.prototype.slice.call(buf));
        break;
      }
      keep(buf.subarray(0, nl));
      yield finish();
      buf = buf.subarray(nl + 1);
    }
  }
  if (size > 0 || parts.length > 0) yield finish();
}

const lineError = (rule: string, message: string) => ({ ok: false, error: { rule, param: null, message, torch: null } });

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** The result for one --jsonl line (never throws). */
export function estimateLine(mod: ModuleApi, line: Line): Record<string, unknown> {
  const result = estimateLineBody(mod, line);
  const { ok, ...rest } = result;
  return { ok, line: line.line, ...rest };
}

function estimateLineBody(mod: ModuleApi, line: Line): Record<string, unknown> {
  if ('tooLong' in line) {
    return lineError('line_too_long', `Line ${line.line} is ${line.tooLong} bytes, over the limit of ${MAX_LINE_BYTES} bytes per line; it was skipped.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return lineError('invalid_json', `Line ${line.line} is not valid JSON (${reason.length > 200 ? `${reason.slice(0, 200)}…` : reason}); expected one object such as {"in_channels": 16, ...}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return lineError('not_an_object', `Line ${line.line} is ${describe(value)}; expected one JSON object with the parameters as keys.`);
  }
  const raw = value as Record<string, unknown>;
  const known = new Set(mod.params.map((p) => p.name));
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    const names = unknown.slice(0, 5).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}…` : k));
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
    return {
      ok: false,
      error: {
        rule: 'unknown_key',
        param: unknown[0].length > 40 ? `${unknown[0].slice(0, 40)}…` : unknown[0],
        message: `Unknown key${unknown.length > 1 ? 's' : ''} ${names.join(', ')}${more} for ${mod.id}. Valid keys: ${[...known].join(', ')}.`,
        torch: null,
      },
    };
  }
  return estimateObject(mod, raw, 'jsonl');
}

export interface JsonlSummary {
  lines: number;
  ok: number;
  failed: number;
}

/**
 * Streams input line by line: each non-blank line is one params object; writes one
 * JSON result per line (awaiting write, so a slow reader applies back-pressure).
 * A bad line yields {"ok": false, ...} and the run goes on.
 */
export async function runJsonl(
  mod: ModuleApi,
  input: AsyncIterable<Uint8Array | string>,
  write: (text: string) => void | Promise<void>,
): Promise<JsonlSummary> {
  const summary: JsonlSummary = { lines: 0, ok: 0, failed: 0 };
  for await (const line of splitLines(input)) {
    if ('text' in line && line.text.trim() === '') continue;
    const result = estimateLine(mod, line);
    summary.lines++;
    if (result.ok === true) summary.ok++;
    else summary.failed++;
    await write(`${JSON.stringify(result)}\n`);
  }
  return summary;
}
