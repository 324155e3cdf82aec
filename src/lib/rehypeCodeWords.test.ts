import { describe, expect, test } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import rehypeCodeWords, { groupWords } from './rehypeCodeWords.ts';

const t = (value: string): ElementContent => ({ type: 'text', value });
/** A Shiki token: a span coloured by its style. */
const tok = (value: string, colour: string): Element => ({ type: 'element', tagName: 'span', properties: { style: colour }, children: [t(value)] });
/** Compact view: {…} for a word span, colour:text for a token, bare text. */
const show = (nodes: ElementContent[]): string =>
  nodes
    .map((n) => {
      if (n.type === 'text') return n.value;
      if (n.type !== 'element') return '';
      if ((n.properties?.className as string[] | undefined)?.includes('cw')) return `{${show(n.children)}}`;
      return `${String(n.properties?.style)}:${show(n.children)}`;
    })
    .join('|');
const textOf = (nodes: ElementContent[]): string => nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');

describe('groupWords', () => {
  test('a flag split over tokens stays one word; spaces stay between words', () => {
    const line = [tok('python', 'a'), tok(' -m', 'b'), tok(' --out', 'c'), tok('_channels', 'd'), tok('=', 'e'), tok('32', 'f')];
    const out = groupWords(line);
    expect(show(out)).toBe('{a:python}| |{b:-m}| |{c:--out|d:_channels|e:=|f:32}');
    // Nothing is lost or reordered: copying the block copies the same code.
    expect(textOf(out)).toBe(textOf(line));
  });
  test('a comment token is split into its words, each keeping the colour', () => {
    expect(show(groupWords([tok('x', 'a'), tok('  # two words', 'c')]))).toBe('{a:x}|  |{c:#}| |{c:two}| |{c:words}');
  });
  test('leading indentation stays plain text; an empty line stays empty', () => {
    expect(show(groupWords([t('    '), tok('return', 'k')]))).toBe('    |{k:return}');
    expect(groupWords([])).toEqual([]);
  });
  test('a token with markup inside is kept whole, inside the word it touches', () => {
    const odd: Element = { type: 'element', tagName: 'span', properties: { style: 'z' }, children: [tok('in', 'y')] };
    expect(show(groupWords([tok('a', 'a'), odd, t(' b')]))).toBe('{a:a|z:y:in}| |{b}');
  });
});

describe('rehypeCodeWords', () => {
  test("only Shiki's blocks (pre.astro-code) are regrouped", () => {
    const line = (): Element => ({ type: 'element', tagName: 'span', properties: { class: 'line' }, children: [tok('a b', 's')] });
    // Shiki writes class as a string.
    const pre = (className: string[]): Element => ({
      type: 'element',
      tagName: 'pre',
      properties: { class: className.join(' ') },
      children: [{ type: 'element', tagName: 'code', properties: {}, children: [line()] }],
    });
    // Inside an MDX component (<CodeBlock>), which is not an element at this stage.
    const jsx = { type: 'mdxJsxFlowElement', name: 'CodeBlock', attributes: [], children: [pre(['astro-code', 'github-light']), pre(['other'])] };
    const tree = { type: 'root', children: [jsx] } as unknown as Root;
    rehypeCodeWords()(tree);
    const lines = (jsx.children as Element[]).map((p) => (((p as Element).children[0] as Element).children[0] as Element).children);
    expect(show(lines[0])).toBe('{s:a}| |{s:b}');
    expect(show(lines[1])).toBe('s:a b');
  });
});
