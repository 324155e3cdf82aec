import { describe, expect, test } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import rehypeMathPunctuation from './rehypeMathPunctuation.ts';

const el = (tagName: string, children: ElementContent[] = [], className?: string[]): Element => ({
  type: 'element',
  tagName,
  properties: className ? { className } : {},
  children,
});
const t = (value: string): ElementContent => ({ type: 'text', value });
/** An inline KaTeX span as rehype-katex writes it: its drawing is a row of boxes, one per term. */
const math = (tex: string) =>
  el(
    'span',
    [el('span', [t(tex)], ['katex-mathml']), el('span', tex.split(' ').map((term) => el('span', [t(term)], ['base'])), ['katex-html'])],
    ['katex'],
  );
/** The tree as compact text: [x] for math (its boxes only), {…} for a nowrap span, <…> for a held edge box, <tag>…</tag> for others. */
const show = (nodes: ElementContent[]): string =>
  nodes
    .map((n) => {
      if (n.type === 'text') return n.value;
      if (n.type !== 'element') return '';
      const cls = (n.properties?.className as string[] | undefined) ?? [];
      if (cls.includes('katex')) return `[${show(n.children.filter((c) => !(c.type === 'element' && (c.properties?.className as string[]).includes('katex-mathml'))))}]`;
      if (cls.includes('katex-html')) return show(n.children);
      if (cls.includes('math-nowrap')) return `{${show(n.children)}}`;
      if (cls.includes('math-edge')) return `<${show(n.children)}>`;
      if (cls.includes('base')) return show(n.children);
      return `<${n.tagName}>${show(n.children)}</${n.tagName}>`;
    })
    .join('');
const run = (...children: ElementContent[]) => {
  const tree: Root = { type: 'root', children: [el('p', children)] };
  rehypeMathPunctuation()(tree);
  return show(tree.children as ElementContent[]);
};

describe('rehypeMathPunctuation', () => {
  test('a period right after inline math joins it; the rest of the text stays outside', () => {
    expect(run(t('the length '), math('L'), t('. Then more'))).toBe('<p>the length {[<L>].} Then more</p>');
  });
  test('a text node that is only punctuation moves whole', () => {
    expect(run(t('with '), math('x'), t('),'))).toBe('<p>with {[<x>]),}</p>');
  });
  test('long math may still break between its terms: only the box touching the punctuation is held', () => {
    expect(run(t('so '), math('a = b + c'), t('.'))).toBe('<p>so {[a=b+<c>].}</p>');
    expect(run(t('('), math('a = b'), t(')'))).toBe('<p>{([<a>=<b>])}</p>');
  });
  test('an opening bracket or quote right before the math joins it too', () => {
    expect(run(t('a count ('), math('N'), t(') of'))).toBe('<p>a count {([<N>])} of</p>');
    expect(run(t('“'), math('x'), t('”'))).toBe('<p>{“[<x>]”}</p>');
  });
  test('math followed by a space, a word or another element is left alone', () => {
    expect(run(t('a '), math('x'), t(' and '), math('y'), el('em', [t('.')]))).toBe('<p>a [x] and [y]<em>.</em></p>');
  });
  test('two maths in a row, each with its punctuation, nested anywhere', () => {
    const tree: Root = { type: 'root', children: [el('ul', [el('li', [math('a'), t(', '), math('b'), t('.')])])] };
    rehypeMathPunctuation()(tree);
    expect(show(tree.children as ElementContent[])).toBe('<ul><li>{[<a>],} {[<b>].}</li></ul>');
  });
  test('display math is not touched', () => {
    const display = el('span', [math('x')], ['katex-display']);
    expect(run(display, t('.'))).toBe('<p><span>[x]</span>.</p>');
  });
  test('running twice changes nothing more', () => {
    const tree: Root = { type: 'root', children: [el('p', [math('x'), t('.')])] };
    rehypeMathPunctuation()(tree);
    rehypeMathPunctuation()(tree);
    expect(show(tree.children as ElementContent[])).toBe('<p>{[<x>].}</p>');
  });
  test("inside an MDX component's children (not an element at this stage) too", () => {
    const jsx = { type: 'mdxJsxFlowElement', name: 'Aside', attributes: [], children: [el('p', [math('x'), t('; then')])] };
    const tree = { type: 'root', children: [jsx] } as unknown as Root;
    rehypeMathPunctuation()(tree);
    expect(show(jsx.children)).toBe('<p>{[<x>];} then</p>');
  });
});
