import { describe, expect, test } from 'vitest';
import type { Element, Root } from 'hast';
import rehypeDisplayMath from './rehypeDisplayMath.ts';

const el = (tagName: string, className: string[], children: Element[] = []): Element => ({ type: 'element', tagName, properties: { className }, children });

describe('rehypeDisplayMath', () => {
  test('display math becomes a named tab stop; inline math is left alone', () => {
    const display = el('span', ['katex-display'], [el('span', ['katex'])]);
    const inline = el('span', ['katex']);
    const tree: Root = { type: 'root', children: [el('p', [], [inline]), display] };
    rehypeDisplayMath()(tree);
    expect(display.properties).toEqual({ className: ['katex-display'], role: 'group', tabIndex: 0, ariaLabel: 'Equation' });
    expect(inline.properties).toEqual({ className: ['katex'] });
    expect((display.children[0] as Element).properties).toEqual({ className: ['katex'] });
  });
  test("inside an MDX component's children too", () => {
    const display = el('span', ['katex-display']);
    const tree = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'Aside', attributes: [], children: [display] }] } as unknown as Root;
    rehypeDisplayMath()(tree);
    expect(display.properties.tabIndex).toBe(0);
  });
});
