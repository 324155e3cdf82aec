// A profile written out: the CLI's JSON object, and the table as CSV, Markdown and LaTeX
// (booktabs). Pure functions from a Profile to text; the CLI and the page share them. Every
// name from a trace is escaped for its format, so a trace cannot inject markup.
import type { Counts } from '../core/module.ts';
import type { CallResult, Profile } from './profile.ts';
import type { RecordedShape } from './trace.ts';

const decimal = (c: Counts | null) => (c ? Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v.toString()])) : null);
/** A shape as JSON: sizes as numbers, or as strings of digits beyond 2^53. */
const shapeJson = (s: RecordedShape) => (s === null ? null : s.map((x) => (x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x.toString())));

/**
 * The CLI's JSON object: {"ok": true, "model", "calls": [{"name", "module", "covered",
 * "output_shapes", "documented", "exact", "dense", "error"?}], "totals", "coverage"}, every
 * count a decimal string.
 */
export function profileJson(p: Profile): Record<string, unknown> {
  return {
    ok: true,
    model: p.model,
    calls: p.calls.map((c) => ({
      name: c.name,
      module: c.module,
      covered: c.covered,
      output_shapes: c.output_shapes.map(shapeJson),
      documented: c.documented && c.documented.total_ops !== undefined ? { total_ops: c.documented.total_ops.toString() } : null,
      exact: decimal(c.exact),
      dense: decimal(c.dense),
      ...(c.error ? { error: { rule: c.error.rule, message: c.error.message } } : {}),
    })),
    totals: { documented: decimal(p.totals.documented), exact: decimal(p.totals.exact), dense: decimal(p.totals.dense) },
    coverage: p.coverage,
    ...(p.assumed?.length ? { assumed: p.assumed } : {}),
  };
}

/** The columns of every table: header and how a call fills it ('' where there is nothing). */
interface Column {
  head: string;
  cell(c: CallResult): string;
}
const count = (c: Counts | null, key: string) => (c && c[key] !== undefined ? c[key].toString() : '');
const shapesText = (shapes: readonly RecordedShape[]) => shapes.map((s) => (s === null ? '-' : `(${s.join(', ')}${s.length === 1 ? ',' : ''})`)).join(' ');
/** A call's status in one word or a short phrase: counted, not covered, or its error's rule. */
export const statusOf = (c: CallResult) => (c.error ? `error: ${c.error.rule}` : c.covered ? 'counted' : 'not covered');

export const COLUMNS: readonly Column[] = [
  { head: 'Layer', cell: (c) => c.name },
  { head: 'Module', cell: (c) => c.module },
  { head: 'Output shape', cell: (c) => shapesText(c.output_shapes) },
  { head: 'Exact MACs', cell: (c) => count(c.exact, 'macs') },
  { head: 'Exact ops', cell: (c) => count(c.exact, 'total_ops') },
  { head: 'Documented ops', cell: (c) => count(c.documented, 'total_ops') },
  { head: 'Dense MACs', cell: (c) => count(c.dense, 'macs') },
  { head: 'Status', cell: statusOf },
];

/** The totals row's cells, the documented one marked when it covers only part of the counted calls. */
function totalsRow(p: Profile): string[] {
  const part = (n: number) => (n < p.coverage.counted ? ` (${n} of ${p.coverage.counted} calls)` : '');
  return [
    'Total',
    '',
    '',
    count(p.totals.exact, 'macs'),
    count(p.totals.exact, 'total_ops'),
    p.totals.documented.total_ops !== undefined ? `${p.totals.documented.total_ops}${part(p.coverage.documented)}` : '',
    p.totals.dense.macs !== undefined ? `${p.totals.dense.macs}${part(p.coverage.dense)}` : '',
    `${p.coverage.counted} of ${p.coverage.calls} calls counted`,
  ];
}

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180); a leading =+-@ is prefixed with ' so spreadsheets do not run it. */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The profile as CSV: a header, one row per call, then the totals row. */
export function profileCsv(p: Profile): string {
  const rows = [COLUMNS.map((c) => c.head), ...p.calls.map((call) => COLUMNS.map((c) => c.cell(call))), totalsRow(p)];
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Text safe in a Markdown table cell: pipes, backslashes, HTML and Markdown markup escaped, line breaks as spaces. */
export function markdownCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]|<>&~]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`));
}

/** The profile as a Markdown table with a title line and the totals row in bold. */
export function profileMarkdown(p: Profile): string {
  const right = new Set(['Exact MACs', 'Exact ops', 'Documented ops', 'Dense MACs']);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `**${markdownCell(p.model || 'Model')}**: ${p.coverage.counted} of ${p.coverage.calls} calls counted.`,
    '',
    line(COLUMNS.map((c) => c.head)),
    line(COLUMNS.map((c) => (right.has(c.head) ? '---:' : '---'))),
    ...p.calls.map((call) => line(COLUMNS.map((c) => markdownCell(c.cell(call))))),
    line(totalsRow(p).map((t) => (t ? `**${markdownCell(t)}**` : ''))),
    '',
  ].join('\n');
}

const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '^': '\\textasciicircum{}',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '%': '\\%',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Text safe in LaTeX: its special characters escaped, line breaks as spaces. */
export function latexText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\{}$&#^_~%<>]/g, (ch) => LATEX_SPECIAL[ch]);
}

/** Digits grouped in threes with thin spaces, for a paper's table: 1\,234\,567. */
const latexNumber = (digits: string) => (/^\d+$/.test(digits) ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\\,') : latexText(digits));

/** What the LaTeX caption cites: the view's permalink, and the rules versions its counts come from ("Conv2d v1, ReLU v1"). */
export interface LatexSource {
  link?: string;
  versions?: string;
}

/**
 * The profile as a LaTeX table (booktabs: \toprule, \midrule, \bottomrule), ready for a paper;
 * the permalink goes into the caption with \url, after the rules versions when they are given
 * (a string is the link alone).
 */
export function profileLatex(p: Profile, source?: string | LatexSource): string {
  const { link, versions } = typeof source === 'string' ? { link: source, versions: undefined } : (source ?? {});
  const numeric = new Set([3, 4, 5, 6]);
  const row = (cells: string[]) => `${cells.map((t, i) => (numeric.has(i) ? latexNumber(t.replace(/ \(.*$/, '')) + (t.includes(' (') ? '$^{*}$' : '') : latexText(t))).join(' & ')} \\\\`;
  const partial = totalsRow(p).some((t) => / of \d+ calls\)$/.test(t));
  const caption = `Operations of ${latexText(p.model || 'the model')} per layer, counted by nnops (${p.coverage.counted} of ${p.coverage.calls} calls counted)${partial ? '; $^{*}$ over the calls whose module has that count' : ''}.${versions ? ` Rules versions: ${latexText(versions)}.` : ''}${link ? ` \\url{${link.replace(/[\\{}%#]/g, (ch) => `\\${ch}`)}}` : ''}`;
  return [
    '% \\usepackage{booktabs}' + (link ? ' \\usepackage{hyperref}' : ''),
    '\\begin{table}',
    '\\centering',
    '\\small',
    '\\begin{tabular}{lllrrrrl}',
    '\\toprule',
    `${COLUMNS.map((c) => latexText(c.head)).join(' & ')} \\\\`,
    '\\midrule',
    ...p.calls.map((call) => row(COLUMNS.map((c) => c.cell(call)))),
    '\\midrule',
    row(totalsRow(p)),
    '\\bottomrule',
    '\\end{tabular}',
    `\\caption{${caption}}`,
    '\\end{table}',
    '',
  ].join('\n');
}
