// The CLI's logic, kept free of process globals so it can be unit-tested:
// argument parsing, help generated from the modules' parameter tables, one-shot
// estimates, and the streaming --jsonl mode. src/cli/estimate.ts only wires
// process.argv, stdin and stdout to these functions.
//
// Exit codes (see usage()):
//   0  success; also the end of every --jsonl run, whatever its lines held
//   2  invalid input or usage error; the JSON error object is on stdout
//   1  unexpected failure (stdin could not be read); a message is on stderr
import type { ParamSpec } from '../estimator/core/params.ts';
import { parseParams, parseValue, isInputError, valueText } from '../estimator/core/params.ts';
import { peersOf as modulePeers, registry } from '../estimator/registry.ts';
import { estimateRaw, type AnyModule } from '../estimator/core/define.ts';
import type { PeerCount } from '../estimator/core/module.ts';
import { PUBLISHED_PEERS, PUBLISHED_UNITS } from '../estimator/peers/published.ts';
import { TOOL_UNITS } from '../estimator/peers/tools.ts';

/** What the CLI needs from a module: its definition (src/estimator/<id>/index.ts). */
export type ModuleApi = AnyModule;

const modules: Record<string, ModuleApi> = registry;
/** Other counters' numbers with units and notes for a valid layer, by module (src/estimator/<id>/peers.ts). */
const peersOf = modulePeers as Record<string, ((p: unknown) => Record<string, PeerCount>) | undefined>;

/**
 * The CLI's "peers" object for a valid layer: the keys a module published before the shared
 * registry (src/estimator/peers/published.ts), with their published values, then every tool
 * of the module's peers.ts not among them; undefined for a module without peers.
 */
export function cliPeers(id: string, params: unknown): Record<string, PeerCount> | undefined {
  const counted = peersOf[id];
  if (!counted) return undefined;
  const published = (PUBLISHED_PEERS as Record<string, ((p: unknown) => Record<string, PeerCount>) | undefined>)[id];
  const out = published ? published(params) : {};
  for (const [tool, c] of Object.entries(counted(params))) if (!(tool in out)) out[tool] = c;
  return out;
}
/**
 * What each unit name a module's peers use means: the registry's, and before them, for a module
 * that also has the names ConvTranspose1d's CLI published ("MAC" among them), those.
 */
function unitMeanings(used: ReadonlySet<string>): { name: string; meaning: string }[] {
  const all = used.has('MAC') ? [...PUBLISHED_UNITS, ...TOOL_UNITS] : [...TOOL_UNITS];
  return all.filter((u, i) => used.has(u.name) && all.findIndex((v) => v.name === u.name) === i);
}
export const moduleIds: readonly string[] = Object.keys(modules);

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
  return Object.prototype.hasOwnProperty.call(modules, id) ? modules[id] : null;
}

/** The input key that gives a whole input shape instead of its sizes (as a trace records it). */
export const INPUT_SHAPE = 'input_shape';

/** `list`: one line per module, its id and PyTorch name. */
export function listText(): string {
  const w = Math.max(...moduleIds.map((id) => id.length));
  return `${moduleIds.map((id) => `${id.padEnd(w)}  ${modules[id].torchName}`).join('\n')}\n`;
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
/** Help is wrapped to a classic terminal's width. */
const WIDTH = 80;

/** Words of text in lines of at most `width` columns, each line starting with `indent`. */
export function wrap(text: string, indent = '', width = WIDTH, firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

function defaultText(spec: ParamSpec): string {
  if (spec.kind === 'bool') return `default ${spec.torchDefault}`;
  if ((spec.kind === 'int' || spec.kind === 'float' || spec.kind === 'ints' || spec.kind === 'shape') && spec.nullable && (spec.torchDefault === undefined || spec.torchDefault === null)) return 'default none';
  if (spec.torchDefault !== undefined) return `default ${spec.torchDefault}`;
  return 'required';
}

/** The flag and the form of its value: INT, INT|(INT,...), zeros|reflect|…, FLOAT. */
function flagText(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'bool':
      return `--${spec.name} [true|false], --no-${spec.name}`;
    case 'int':
      return `--${spec.name} ${spec.nullable ? 'INT|none' : 'INT'}`;
    case 'float':
      return `--${spec.name} ${spec.nullable ? 'FLOAT|none' : 'FLOAT'}`;
    case 'enum':
      return `--${spec.name} ${spec.options.join('|')}`;
    case 'ints':
      return `--${spec.name} INT|(INT,...)${spec.strings ? `|${spec.strings.join('|')}` : ''}${spec.nullable ? '|none' : ''}`;
    case 'shape':
      return `--${spec.name} (INT,...)|(INT,)|()${spec.nullable ? '|none' : ''}`;
  }
}

const isNullableSpec = (p: ParamSpec) => (p.kind === 'int' || p.kind === 'float' || p.kind === 'shape') && p.nullable !== undefined;
const valueHint = (spec: ParamSpec) =>
  spec.kind === 'ints' ? 'an integer or a tuple such as 3,5' : spec.kind === 'shape' ? 'a shape such as 8,128,768, (768,) or ()' : spec.kind === 'enum' ? `one of ${spec.options.join(', ')}` : spec.kind === 'float' ? 'a number' : isNullableSpec(spec) ? 'an integer, or none' : 'an integer';

const EXIT_CODES = [
  'Exit codes:',
  '  0  success (and the end of every --jsonl run, whatever its lines held)',
  '  2  invalid input or usage error; stdout holds',
  '     {"ok": false, "error": {"rule", "param", "message", "torch"}}',
  '  1  unexpected failure (stdin could not be read); the message is on stderr',
];

/** Usage of the whole tool: the modules and the common options. */
export function usage(): string {
  return [
    `Usage: ${PROGRAM} <module> [--<param> <value> ...] [--pretty]`,
    `       ${PROGRAM} <module> --jsonl < params.jsonl`,
    `       ${PROGRAM} <module> --help`,
    `       ${PROGRAM} list`,
    '',
    ...wrap(
      'Counts the arithmetic operations of one torch.nn layer and prints one JSON object: {"ok": true, "module", "params", ' +
        'the output size, the counts, "peers"}, every count a decimal string. "peers" is what other counting tools report ' +
        'for the same layer, each with its unit. <module> --help lists the module\'s parameters and the fields of its output.',
    ),
    '',
    ...wrap(`Modules: ${moduleIds.map((id) => `${id} (${modules[id].torchName})`).join(', ')}`),
    '',
    'Options:',
    '  --pretty   indent the JSON',
    '  --jsonl    read one JSON object of parameters per line of stdin, write one',
    '             result per line',
    "  --help     this text, or a module's parameters with <module> --help",
    '',
    ...EXIT_CODES,
    '',
  ].join('\n');
}

/** The top-level fields of a module's result, from an estimate of its example layer. */
function resultFields(mod: ModuleApi, example: Record<string, unknown>): string {
  let fields = '"module", ...';
  try {
    const json = JSON.parse(resultText(mod, example)) as Record<string, unknown>;
    if (json.ok === true) fields = Object.keys(json).filter((k) => k !== 'ok').map((k) => JSON.stringify(k)).join(', ');
  } catch {
    // Help must print even if the estimator misbehaves; the generic field list stands.
  }
  return `{"ok": true, ${fields}}`;
}

/** What the module's "peers" entries look like and what their units mean. */
function peersHelp(mod: ModuleApi): string[] {
  const counted = peersOf[mod.id];
  if (!counted) return [];
  // The units the module's peers use, as its initial layer shows them.
  let used = new Set<string>([...PUBLISHED_UNITS, ...TOOL_UNITS].map((u) => u.name));
  try {
    const initial = estimateRaw(mod, {}, 'initial') as { ok: boolean; params?: unknown };
    if (initial.ok) used = new Set(Object.values(cliPeers(mod.id, initial.params) ?? {}).map((c) => c.unit));
  } catch {
    // Help must print even if the estimator misbehaves; every unit is listed then.
  }
  const units = unitMeanings(used);
  const w = Math.max(...units.map((u) => u.name.length));
  return [
    ...wrap('"peers" is what other counting tools report for the same layer, by tool id:'),
    '  {"<tool>": {"count": "<digits>" | null, "unit": "<unit>",',
    '             "batch": "whole batch" | "per sample" | "n/a", "note": "..."}, ...}',
    'where "unit" is one of:',
    ...units.map((u) => `  ${u.name.padEnd(w)}  ${u.meaning}`),
    ...wrap(
      '"count" is null when the tool reports nothing for the layer; "batch" says whether it counts the whole batch or ' +
        'one sample. "note" is there only when one of the tool\'s known issues changes this number, and says which ' +
        '(the first sentence of each issue; the module\'s page on the site has the full text and sources).',
    ),
  ];
}

/** Usage of one module, generated from its parameter table. */
export function moduleUsage(mod: ModuleApi): string {
  const heads = mod.params.map((spec) => flagText(spec));
  const w = Math.max(...heads.map((h) => h.length));
  const required = mod.params.filter((p) => p.kind !== 'bool' && p.torchDefault === undefined && !isNullableSpec(p));
  const exampleRaw = Object.fromEntries(required.map((p) => [p.name, valueText(p.initial ?? 1n)]));
  const example = required.map((p) => `--${p.name} ${exampleRaw[p.name]}`).join(' ');
  const nullable = mod.params.flatMap((p) => ((p.kind === 'int' || p.kind === 'float' || p.kind === 'shape') && p.nullable ? [`"${p.name}": null = ${p.nullable.meaning}`] : []));
  const tuples = mod.params.some((p) => p.kind === 'ints' || p.kind === 'shape');
  // A module whose input is a shape argument takes it as one of its parameters, not as sizes to spread.
  const input = mod.inputs[0]?.shape ? undefined : mod.inputs[0];
  return [
    `Usage: ${PROGRAM} ${mod.id} [--<param> <value> ...] [--pretty]`,
    `       ${PROGRAM} ${mod.id} --jsonl < params.jsonl`,
    '',
    ...wrap(
      `Counts the arithmetic operations of ${mod.torchName}. Parameters take PyTorch's argument names; omitted optional ` +
        'ones take PyTorch\'s defaults, and "required" ones must be given. Integers are digits, optionally grouped as ' +
        `16_384${tuples ? '' : ' or 16,384'}${tuples ? '; a tuple is written 3,5 or (3,5), a 1-tuple (3,), and a comma is never digit grouping in one' : ''}; ` +
        '--name=value works too.',
    ),
    ...(input
      ? [
          '',
          ...wrap(
            `Instead of the input's sizes, --${INPUT_SHAPE} gives its whole shape, as a trace records it: ` +
              `(${input.dims.map((d) => d.param).join(', ')})${input.batchOptional ? `, or without ${input.dims[0].param} for an unbatched input` : ''}.`,
          ),
        ]
      : []),
    '',
    'Parameters:',
    ...mod.params.flatMap((spec, i) => [`  ${heads[i].padEnd(w)}  ${defaultText(spec)}`, ...wrap(spec.help, '      ')]),
    '',
    'Output: one JSON object, every count a decimal string:',
    ...wrap(resultFields(mod, exampleRaw), '    ', WIDTH, '  '),
    ...peersHelp(mod),
    '',
    'Options:',
    '  --pretty   indent the JSON',
    ...wrap(
      'read stdin: one JSON object per line with the parameter names as keys (numbers, or strings of digits for values ' +
        `beyond 2^53${nullable.length ? `; ${nullable.join('; ')}` : ''}; absent keys as above). Writes one result per line, ` +
        'with "line", its input line number, after "ok". A bad line gives {"ok": false, ...} and the run goes on. Blank ' +
        `lines are skipped; lines over ${MAX_LINE_BYTES} bytes are rejected.`,
      '             ',
      WIDTH,
      '  --jsonl    ',
    ),
    '  --help     this text',
    '',
    `Example: ${PROGRAM} ${mod.id} \\`,
    `           ${example}`,
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
  if (first === 'list' && args.length === 1) return { kind: 'help', text: listText() };
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
    let spec: ParamSpec | undefined = specs.get(flag);
    let negated = false;
    if (!spec && flag === INPUT_SHAPE) spec = SHAPE_SPEC;
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
        return fail('missing_value', spec.name, `--${spec.name} needs a value (${spec === SHAPE_SPEC ? 'a shape such as 8,3,64' : valueHint(spec)}).`);
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

/**
 * The JSON form of an estimator outcome, as the modules' toJSON gives it (every bigint a
 * decimal string), built directly: toJSON goes through JSON text and back, which cost more
 * than the estimate itself on every --jsonl line.
 */
export function jsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(jsonSafe);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = jsonSafe((value as Record<string, unknown>)[key]);
  return out;
}

/** --input_shape parses as a tuple of sizes. */
const SHAPE_SPEC: ParamSpec = { name: INPUT_SHAPE, kind: 'ints', dims: 8, label: INPUT_SHAPE, symbol: '', min: 0n, initial: 1n, help: 'the input tensor\'s whole shape' };

/**
 * Raw values with input_shape spread into the input's sizes (batch, channels, length, …), or
 * the rule a shape breaks: the rank PyTorch expects, in its words where the module gives them.
 */
export function withInputShape(mod: ModuleApi, raw: Record<string, unknown>): { ok: true; raw: Record<string, unknown> } | { ok: false; error: CliError } {
  if (!Object.prototype.hasOwnProperty.call(raw, INPUT_SHAPE)) return { ok: true, raw };
  // A module with an input_shape argument of its own (variable rank) reads it like any other argument.
  if (mod.params.some((p) => p.name === INPUT_SHAPE)) return { ok: true, raw };
  const { [INPUT_SHAPE]: given, ...rest } = raw;
  const input = mod.inputs[0];
  const shapeError = (message: string): { ok: false; error: CliError } => ({ ok: false, error: { rule: 'input_shape', param: INPUT_SHAPE, message, torch: null } });
  if (!input) return shapeError(`${mod.id} takes no input shape.`);
  const parsed = parseValue(SHAPE_SPEC, given);
  if (isInputError(parsed)) return { ok: false, error: { ...parsed, param: INPUT_SHAPE } };
  const shape = typeof parsed === 'bigint' ? [parsed] : (parsed as bigint[] | null) ?? [];
  const full = input.dims.length;
  const dims = shape.length === full ? input.dims : input.batchOptional && shape.length === full - 1 ? input.dims.slice(1) : null;
  const isSize = (name: string) => mod.params.find((p) => p.name === name)?.role === 'input';
  if (dims) {
    // The shape gives the input's sizes (overriding any given beside it); a constructor argument it
    // repeats (in_channels) is kept as given, and a different one is PyTorch's channel mismatch, left to the rules.
    const out: Record<string, unknown> = { ...rest };
    if (dims.length < full) out[input.dims[0].param] = null;
    dims.forEach((d, i) => {
      if (isSize(d.param) || !(d.param in rest)) out[d.param] = String(shape[i]);
    });
    return { ok: true, raw: out };
  }
  // Wrong rank: the module's own rule gives PyTorch's message, from its arguments as they stand
  // (sizes the shape cannot give are taken as 1; the rule reads the shape itself).
  const filled = { ...Object.fromEntries(input.dims.filter((d) => isSize(d.param)).map((d) => [d.param, '1'])), ...rest };
  const args = parseParams(mod.params, filled, 'error');
  const error = args.ok ? mod.rankError?.(mod.fromValues(args.values), shape) : null;
  if (error) return { ok: false, error: error as CliError };
  const ranks = input.batchOptional ? `${full - 1} (unbatched) or ${full}` : String(full);
  return shapeError(`${mod.torchName} expects an input of rank ${ranks}: (${input.dims.map((d) => d.param).join(', ')}); got a shape of rank ${shape.length}.`);
}

const internalError = (e: unknown): CliError => ({ rule: 'internal_error', param: null, message: `The estimator failed: ${String(e)}`, torch: null });

/**
 * The result the CLI prints, as one line of JSON text: {"ok": true, "module", ...counts,
 * "peers"} or {"ok": false, "error"}; with a --jsonl line number, "line" follows "ok".
 * Text, built from the result and the module's peers (src/estimator/<id>/peers.ts).
 */
export function resultText(mod: ModuleApi, raw: Record<string, unknown>, from: 'flags' | 'jsonl' = 'flags', line?: number): string {
  try {
    const shaped = withInputShape(mod, raw);
    const outcome = (shaped.ok ? estimateRaw(mod, shaped.raw, 'error') : shaped) as { ok: boolean; error?: CliError } & Record<string, unknown>;
    if (outcome.ok !== true) {
      const error = outcomeError(mod, outcome.error as CliError, from);
      return JSON.stringify(line === undefined ? { ok: false, error } : { ok: false, line, error });
    }
    const result: Record<string, unknown> = line === undefined ? { ok: true, module: mod.id } : { ok: true, line, module: mod.id };
    for (const key of Object.keys(outcome)) if (key !== 'ok') result[key] = jsonSafe(outcome[key]);
    const json = JSON.stringify(result);
    const peers = cliPeers(mod.id, outcome.params);
    if (peers === undefined) return json;
    return `${json.slice(0, -1)},"peers":${JSON.stringify(jsonSafe(peers))}}`;
  } catch (e) {
    // The estimator is meant never to throw; if it does, report it as data, not a crash.
    return JSON.stringify(line === undefined ? { ok: false, error: internalError(e) } : { ok: false, line, error: internalError(e) });
  }
}

/** The estimator's error as printed; a missing required argument names the flag or key to add. */
function outcomeError(mod: ModuleApi, error: CliError, from: 'flags' | 'jsonl'): CliError {
  const out = jsonSafe(error) as CliError;
  if (out.rule === 'required') {
    const spec = mod.params.find((p) => p.name === out.param);
    const what = from === 'flags' ? `the flag --${out.param}` : `the key "${out.param}"`;
    out.message = `${out.message} Add ${what}${spec ? ` (${spec.help.replace(/\.$/, '')})` : ''}.`;
  }
  return out;
}

export interface RunResult {
  code: number;
  stdout: string;
}

const show = (value: unknown, pretty: boolean) => `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
const showText = (text: string, pretty: boolean) => (pretty ? show(JSON.parse(text), true) : `${text}\n`);

/** Runs a parsed non-jsonl command; the caller prints stdout and exits with code. */
export function runCommand(cmd: Exclude<Command, { kind: 'jsonl' }>): RunResult {
  switch (cmd.kind) {
    case 'help':
      return { code: EXIT_OK, stdout: cmd.text };
    case 'error':
      return { code: EXIT_INVALID, stdout: show({ ok: false, error: cmd.error }, false) };
    case 'estimate': {
      const text = resultText(cmd.module, cmd.raw);
      return { code: text.startsWith('{"ok":true') ? EXIT_OK : EXIT_INVALID, stdout: showText(text, cmd.pretty) };
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
const BOM = 0xfeff;
const CR = 0x0d;

/**
 * Splits a byte stream into lines, a chunk at a time, without holding more than maxBytes of
 * one line: the rest of an over-long line is counted and dropped. "\r\n" endings and a
 * leading byte-order mark are accepted. Splitting on the byte 0x0A is safe in UTF-8, which
 * never uses it inside a multi-byte character.
 */
export class LineSplitter {
  private readonly maxBytes: number;
  private parts: Uint8Array[] = [];
  private size = 0; // bytes of the unfinished line so far, kept or not
  private lineNo = 0;

  constructor(maxBytes = MAX_LINE_BYTES) {
    this.maxBytes = maxBytes;
  }

  /** The lines this chunk completes. */
  push(chunk: Uint8Array | string): Line[] {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const lines: Line[] = [];
    let start = 0;
    for (let nl = buf.indexOf(NEWLINE); nl >= 0; nl = buf.indexOf(NEWLINE, start)) {
      if (this.size === 0) lines.push(this.line(buf, start, nl)); // the usual case: the whole line is in this chunk
      else {
        this.keep(buf.subarray(start, nl));
        lines.push(this.finish());
      }
      start = nl + 1;
    }
    // Copy the unfinished line: a stream may reuse its chunk's memory.
    if (start < buf.length) this.keep(Uint8Array.prototype.slice.call(buf, start));
    return lines;
  }

  /** The last line, if the input did not end with a newline. */
  end(): Line[] {
    return this.size > 0 ? [this.finish()] : [];
  }

  private line(buf: Buffer, start: number, end: number): Line {
    this.lineNo++;
    const n = end - start;
    if (n > this.maxBytes) return { line: this.lineNo, tooLong: n };
    if (n > 0 && buf[end - 1] === CR) end--;
    let text = buf.toString('utf8', start, end);
    if (text.charCodeAt(0) === BOM) text = text.slice(1);
    return { line: this.lineNo, text };
  }

  private keep(bytes: Uint8Array) {
    if (bytes.length === 0) return;
    if (this.size + bytes.length <= this.maxBytes) this.parts.push(bytes);
    else this.parts = []; // over the limit: drop what was kept, count the rest
    this.size += bytes.length;
  }

  private finish(): Line {
    const size = this.size;
    const joined = Buffer.concat(this.parts);
    this.parts = [];
    this.size = 0;
    if (size > this.maxBytes) {
      this.lineNo++;
      return { line: this.lineNo, tooLong: size };
    }
    return this.line(joined, 0, joined.length);
  }
}

/** The lines of a byte stream (see LineSplitter). */
export async function* splitLines(input: AsyncIterable<Uint8Array | string>, maxBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  const splitter = new LineSplitter(maxBytes);
  for await (const chunk of input) yield* splitter.push(chunk);
  yield* splitter.end();
}

const lineError = (line: number, rule: string, message: string, param: string | null = null) =>
  JSON.stringify({ ok: false, line, error: { rule, param, message, torch: null } });

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

const keyNames = new WeakMap<ModuleApi, Set<string>>();
function knownKeys(mod: ModuleApi): Set<string> {
  let keys = keyNames.get(mod);
  if (!keys) keyNames.set(mod, (keys = new Set([...mod.params.map((p) => p.name), INPUT_SHAPE])));
  return keys;
}

/** The result for one --jsonl line: {ok, line, ...} (never throws). */
export function estimateLine(mod: ModuleApi, line: Line): Record<string, unknown> {
  return JSON.parse(lineText(mod, line));
}

/** estimateLine as the JSON text printed, without its newline. */
export function lineText(mod: ModuleApi, line: Line): string {
  const n = line.line;
  if ('tooLong' in line) {
    return lineError(n, 'line_too_long', `Line ${n} is ${line.tooLong} bytes, over the limit of ${MAX_LINE_BYTES} bytes per line; it was skipped.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return lineError(n, 'invalid_json', `Line ${n} is not valid JSON (${reason.length > 200 ? `${reason.slice(0, 200)}…` : reason}); expected one object such as {"in_channels": 16, ...}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return lineError(n, 'not_an_object', `Line ${n} is ${describe(value)}; expected one JSON object with the parameters as keys.`);
  }
  const raw = value as Record<string, unknown>;
  const known = knownKeys(mod);
  const keys = Object.keys(raw);
  if (!keys.every((k) => known.has(k))) {
    const unknown = keys.filter((k) => !known.has(k));
    const short = (k: string) => (k.length > 40 ? `${k.slice(0, 40)}…` : k);
    const names = unknown.slice(0, 5).map((k) => JSON.stringify(short(k)));
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
    return lineError(
      n,
      'unknown_key',
      `Unknown key${unknown.length > 1 ? 's' : ''} ${names.join(', ')}${more} for ${mod.id}. Valid keys: ${[...known].join(', ')}.`,
      short(unknown[0]),
    );
  }
  return resultText(mod, raw, 'jsonl', n);
}

export interface JsonlSummary {
  lines: number;
  ok: number;
  failed: number;
}

/** Results are written in pieces of about this many bytes (one write per line cost more than the line). */
const PIECE_BYTES = 64 * 1024;

const isBlank = (text: string) => text.length === 0 || (text.charCodeAt(0) !== 0x7b && text.trim() === '');

/**
 * Collects result lines as UTF-8 bytes and hands them out in pieces of whole lines. Encoding
 * each line straight into one buffer costs less than joining the lines into a string first.
 */
class Pieces {
  private buf = Buffer.allocUnsafe(2 * PIECE_BYTES);
  private pos = 0;

  /** Adds one line (and its newline); true when a piece is ready. */
  add(text: string): boolean {
    // A UTF-16 unit takes at most 3 bytes; a line that might not fit goes into a buffer of its own.
    if (this.pos + 3 * text.length + 1 > this.buf.length) {
      const need = this.pos + Buffer.byteLength(text) + 1;
      if (need > this.buf.length) {
        const bigger = Buffer.allocUnsafe(need);
        this.buf.copy(bigger, 0, 0, this.pos);
        this.buf = bigger;
      }
    }
    this.pos += this.buf.write(text, this.pos, 'utf8');
    this.buf[this.pos++] = NEWLINE;
    return this.pos >= PIECE_BYTES;
  }

  /** The lines added since the last take, or null if none. The bytes are the caller's to keep. */
  take(): Buffer | null {
    if (this.pos === 0) return null;
    const piece = this.buf.subarray(0, this.pos);
    // A writer may hold on to the piece until it is flushed, so the next lines go to a new buffer.
    this.buf = Buffer.allocUnsafe(2 * PIECE_BYTES);
    this.pos = 0;
    return piece;
  }
}

/**
 * Streams input line by line: each non-blank line is one params object; writes one JSON
 * result per line, as UTF-8. Results are gathered into pieces of about PIECE_BYTES, and
 * whatever the input has delivered so far is answered before more is read, so a program that
 * writes a line and waits for its answer gets it. Each write is awaited, so a slow reader
 * applies back-pressure. A bad line yields {"ok": false, ...} and the run goes on.
 */
export async function runJsonl(
  mod: ModuleApi,
  input: AsyncIterable<Uint8Array | string>,
  write: (piece: Uint8Array) => void | Promise<void>,
): Promise<JsonlSummary> {
  const summary: JsonlSummary = { lines: 0, ok: 0, failed: 0 };
  const splitter = new LineSplitter();
  const pieces = new Pieces();
  const answer = async (lines: Line[]) => {
    for (const line of lines) {
      if ('text' in line && isBlank(line.text)) continue;
      const text = lineText(mod, line);
      summary.lines++;
      if (text.startsWith('{"ok":true')) summary.ok++;
      else summary.failed++;
      if (pieces.add(text)) await write(pieces.take()!);
    }
    const rest = pieces.take();
    if (rest) await write(rest);
  };
  for await (const chunk of input) await answer(splitter.push(chunk));
  await answer(splitter.end());
  return summary;
}
