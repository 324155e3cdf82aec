import { describe, expect, test } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import rehypeTableScroll from './rehypeTableScroll.ts';

const el = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
/** Enough HTML for these trees: elements, their attributes in order, and text. */
const ATTR: Record<string, string> = { className: 'class', tabIndex: 'tabindex', ariaLabel: 'aria-label' };
const toHtml = (n: Root | ElementContent): string =>
  n.type === 'text'
    ? n.value
    : n.type === 'root'
      ? n.children.map((c) => toHtml(c as ElementContent)).join('')
      : n.type === 'element'
        ? `<${n.tagName}${Object.entries(n.properties ?? {})
            .map(([k, v]) => ` ${ATTR[k] ?? k}="${Array.isArray(v) ? v.join(' ') : String(v)}"`)
            .join('')}>${n.children.map(toHtml).join('')}</${n.tagName}>`
        : '';
const t = (value: string): ElementContent => ({ type: 'text', value });
const table = (...heads: string[]) =>
  el('table', [el('thead', [el('tr', heads.map((h) => el('th', [t(h)])))]), el('tbody', [el('tr', heads.map(() => el('td', [t('x')])))])]);
const run = (...children: Element[]) => {
  const tree: Root = { type: 'root', children };
  rehypeTableScroll()(tree);
  return toHtml(tree);
};

describe('rehypeTableScroll', () => {
  test('a table is wrapped in a focusable region named by its column headers', () => {
    expect(run(el('p', [t('before')]), table('Symbol', 'Meaning'))).toBe(
      '<p>before</p><div class="table-fit" role="region" tabindex="0" aria-label="Table: Symbol, Meaning"><table><thead><tr><th>Symbol</th><th>Meaning</th></tr></thead><tbody><tr><td>x</td><td>x</td></tr></tbody></table></div>',
    );
  });
  test('a caption names the region instead; nested tables (in sections) are found', () => {
    const captioned = el('table', [el('caption', [t('  Probe\n sums ')]), el('tr', [el('td', [t('1')])])]);
    expect(run(el('section', [captioned]))).toMatch(/^<section><div class="table-fit" role="region" tabindex="0" aria-label="Probe sums"><table>/);
  });
  test('a table without headers is still named, and a second run wraps nothing twice', () => {
    const tree: Root = { type: 'root', children: [el('table', [el('tr', [el('td', [t('1')])])])] };
    rehypeTableScroll()(tree);
    rehypeTableScroll()(tree);
    expect(toHtml(tree)).toBe('<div class="table-fit" role="region" tabindex="0" aria-label="Table"><table><tr><td>1</td></tr></table></div>');
  });
  test("a table inside an MDX component's children is wrapped too", () => {
    const jsx = { type: 'mdxJsxFlowElement', name: 'Aside', attributes: [], children: [table('A')] };
    const tree = { type: 'root', children: [jsx] } as unknown as Root;
    rehypeTableScroll()(tree);
    expect(toHtml(jsx.children[0] as Element)).toMatch(/^<div class="table-fit" role="region" tabindex="0" aria-label="Table: A"><table>/);
  });
});
