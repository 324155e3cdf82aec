import { describe, expect, test } from 'vitest';
import type { Element, Root, RootContent } from 'hast';
import rehypeSections from './rehypeSections.ts';

const el = (tagName: string, className?: string[]): Element => ({ type: 'element', tagName, properties: className ? { className } : {}, children: [] });
/** The tree as tag names, sections with their children. */
const shape = (nodes: RootContent[]): unknown[] =>
  nodes.map((n) => (n.type !== 'element' ? n.type : n.tagName === 'section' ? { section: shape(n.children as RootContent[]) } : n.tagName));
const run = (children: RootContent[]) => {
  const tree: Root = { type: 'root', children };
  rehypeSections()(tree);
  return shape(tree.children);
};

describe('rehypeSections', () => {
  test('each h2 opens a section that runs to the next h2; h3 stays inside; the intro stays outside', () => {
    expect(run([el('p'), el('h2'), el('p'), el('h3'), el('p'), el('h2'), el('table')])).toEqual([
      'p',
      { section: ['h2', 'p', 'h3', 'p'] },
      { section: ['h2', 'table'] },
    ]);
  });
  test("Starlight's heading-link wrapper counts as the h2", () => {
    expect(run([el('p'), el('div', ['sl-heading-wrapper', 'level-h2']), el('p'), el('div', ['sl-heading-wrapper', 'level-h3'])])).toEqual([
      'p',
      { section: ['div', 'p', 'div'] },
    ]);
  });
  test('a page without h2 is left as it is', () => {
    expect(run([el('p'), el('h3'), el('p')])).toEqual(['p', 'h3', 'p']);
  });
});
