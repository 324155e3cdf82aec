import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bibEscape, bibtex, citationKey, citationText, cslJson, cslJsonText, type CitationInput } from './citation.ts';

const page: CitationInput = {
  title: 'ConvTranspose1d',
  container: 'nnops',
  url: 'https://nnops.dev/modules/convtranspose1d/',
  version: '1',
  published: '2026-11-24',
};
const config: CitationInput = {
  ...page,
  title: 'ConvTranspose1d: operation count of nn.ConvTranspose1d(16, 32, kernel_size=5) on an input of shape (8, 16, 100)',
  url: 'https://nnops.dev/modules/convtranspose1d/?v=1&batch=8&in_channels=16&out_channels=32&length_in=100&kernel_size=5#calculator',
  accessed: '2026-12-01',
  note: 'exact total 1,021,952 operations; 50% of_the & documented',
};

describe('citationText', () => {
  test('names author, title, site, version, date and link', () => {
    expect(citationText(page)).toBe(
      'nnops contributors. “ConvTranspose1d.” nnops, rules version 1, 2026-11-24. https://nnops.dev/modules/convtranspose1d/',
    );
  });
  test('a configuration adds its note and the access date', () => {
    const t = citationText(config);
    expect(t).toContain(config.note!);
    expect(t.endsWith(`${config.url} (accessed 2026-12-01).`)).toBe(true);
  });
});

describe('bibtex', () => {
  test('a well-formed @misc entry with the key, year, month and URL', () => {
    const b = bibtex(page);
    expect(b.startsWith('@misc{nnops_convtranspose1d_2026,')).toBe(true);
    expect(b).toContain('author       = {{nnops contributors}},');
    expect(b).toContain('title        = {{ConvTranspose1d}},');
    expect(b).toContain('year         = {2026},');
    expect(b).toContain('month        = nov,');
    expect(b).toContain('url          = {https://nnops.dev/modules/convtranspose1d/},');
    expect(b).toContain('note         = {Rules version 1},');
    expect(b.trim().endsWith('}')).toBe(true);
    // Braces balance, so BibTeX parses the entry.
    let depth = 0;
    for (const ch of b.replace(/\\[{}]/g, '')) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
  test('special characters are escaped in text and in the URL', () => {
    const b = bibtex(config);
    expect(b).toContain('50\\% of\\_the \\& documented');
    expect(b).toContain('\\#calculator');
    expect(bibEscape('a_b{c}~^\\')).toBe('a\\_b\\{c\\}\\~{}\\^{}\\textbackslash{}');
  });
});

describe('cslJson', () => {
  test('a CSL webpage item with dates as date-parts', () => {
    expect(cslJson(config)).toEqual({
      id: citationKey(config),
      type: 'webpage',
      title: config.title,
      'container-title': 'nnops',
      author: [{ literal: 'nnops contributors' }],
      issued: { 'date-parts': [[2026, 11, 24]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      URL: config.url,
      version: '1',
      note: config.note,
    });
  });
  test('its text form is the same JSON, compactly laid out', () => {
    const text = cslJsonText(config);
    expect(JSON.parse(text)).toEqual(cslJson(config));
    expect(text).toContain('"issued": { "date-parts": [[2026, 11, 24]] }'.replace('{ ', '{\n    ').replace(' }', '\n  }'));
    expect(text).toContain('"author": [{ "literal": "nnops contributors" }]');
  });
  test('rejects a date that is not ISO', () => {
    expect(() => cslJson({ ...page, published: '24/11/2026' })).toThrow(RangeError);
  });
});

test('CITATION.cff carries the fields CFF 1.2.0 requires', () => {
  const cff = readFileSync(fileURLToPath(new URL('../../CITATION.cff', import.meta.url)), 'utf8');
  for (const key of ['cff-version: 1.2.0', 'message:', 'title:', 'authors:', 'date-released:', 'url:']) expect(cff).toContain(key);
});
