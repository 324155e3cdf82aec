// Citations of a page, or of one calculator configuration, in three forms: a short text,
// BibTeX and CSL-JSON (what Zotero, Pandoc and most reference managers read).

export interface CitationInput {
  /** What is cited, e.g. "ConvTranspose1d". */
  title: string;
  /** The site, e.g. "nnops". */
  container: string;
  /** Absolute permalink. */
  url: string;
  /** Rules version the numbers come from. */
  version: string;
  /** ISO date (YYYY-MM-DD) the page was published. */
  published: string;
  /** ISO date the reader accessed it. */
  accessed?: string;
  /** Extra detail, e.g. the configuration. */
  note?: string;
  author?: string;
}

const AUTHOR = 'nnops contributors';

function dateParts(iso: string): number[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** A short human-readable citation. */
export function citationText(c: CitationInput): string {
  const parts = [`${c.author ?? AUTHOR}. “${c.title}.” ${c.container}, rules version ${c.version}, ${c.published}.`];
  if (c.note) parts.push(`${c.note}.`);
  parts.push(c.url + (c.accessed ? ` (accessed ${c.accessed}).` : ''));
  return parts.join(' ');
}

/** Escapes BibTeX's special characters in ordinary text fields. */
export function bibEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' ? '\\^{}' : ch === '~' ? '\\~{}' : `\\${ch}`,
  );
}

/** A citation key: site, slug of the title, year. */
export function citationKey(c: CitationInput): string {
  const slug = c.title.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 24) || 'page';
  return `${c.container.toLowerCase().replace(/[^a-z0-9]+/g, '')}_${slug}_${dateParts(c.published)[0]}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A BibTeX @misc entry (the URL in \url{} and url = {}, so both BibTeX and biblatex styles show it). */
export function bibtex(c: CitationInput): string {
  const [year, month] = dateParts(c.published);
  const url = c.url.replace(/%/g, '\\%').replace(/#/g, '\\#');
  const note = [`Rules version ${c.version}`, c.note, c.accessed ? `Accessed ${c.accessed}` : undefined].filter(Boolean).map((s) => bibEscape(s!)).join('. ');
  const lines = [
    `@misc{${citationKey(c)},`,
    `  author       = {{${bibEscape(c.author ?? AUTHOR)}}},`,
    `  title        = {{${bibEscape(c.title)}}},`,
    `  howpublished = {${bibEscape(c.container)}, \\url{${url}}},`,
    `  year         = {${year}},`,
    `  month        = ${MONTHS[month - 1]},`,
    `  url          = {${url}},`,
    `  note         = {${note}},`,
    `}`,
  ];
  return lines.join('\n');
}

/** CSL-JSON (one item). */
export function cslJson(c: CitationInput): Record<string, unknown> {
  return {
    id: citationKey(c),
    type: 'webpage',
    title: c.title,
    'container-title': c.container,
    author: [{ literal: c.author ?? AUTHOR }],
    issued: { 'date-parts': [dateParts(c.published)] },
    ...(c.accessed ? { accessed: { 'date-parts': [dateParts(c.accessed)] } } : {}),
    URL: c.url,
    version: c.version,
    ...(c.note ? { note: c.note } : {}),
  };
}

/** CSL-JSON as text: indented, with short arrays (date parts, authors) kept on one line. */
export function cslJsonText(c: CitationInput): string {
  return JSON.stringify(cslJson(c), null, 2)
    .replace(/\[\s*\[\s*([\d,\s]+?)\s*\]\s*\]/g, (_m, xs: string) => `[[${xs.split(/[\s,]+/).filter(Boolean).join(', ')}]]`)
    .replace(/\[\s*\{\s*("literal": "[^"]*")\s*\}\s*\]/g, '[{ $1 }]');
}
