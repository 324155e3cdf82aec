// The --jsonl reader against generated garbage: every non-blank line yields exactly one
// result line, in order, each valid JSON with ok true or false, and the run never throws.
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { findModule, runJsonl } from './run.ts';

const mod = findModule('convtranspose1d')!;
const names = ['batch', 'in_channels', 'out_channels', 'length_in', 'kernel_size', 'stride', 'padding', 'output_padding', 'dilation', 'groups', 'bias'];

const jsonValue = fc.oneof(
  fc.integer({ min: -5, max: 70 }),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 10 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const paramsObject = fc.dictionary(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...names) }, fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor')), jsonValue, { maxKeys: 12 });
const line = fc.oneof(
  { weight: 5, arbitrary: paramsObject.map((o) => JSON.stringify(o)) },
  fc.string({ maxLength: 80 }).map((s) => s.replace(/\n/g, ' ')),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/\n/g, ' ')),
  fc.json({ maxDepth: 2 }).map((s) => s.replace(/\n/g, ' ')),
  fc.constantFrom('{', '}', '[]', 'null', '"x"', '{"in_channels": 1e400}', '{"in_channels": 9007199254740993}', '\uFEFF{}', '{"__proto__": {"in_channels": 3}}'),
);

test('generated jsonl input: one well-formed result per non-blank line, never a crash', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 40 }), async (lines) => {
      async function* input() {
        yield lines.join('\n');
      }
      const pieces: string[] = [];
      const summary = await runJsonl(mod, input(), (t) => void pieces.push(Buffer.from(t).toString('utf8')));
      // Written in pieces of whole lines.
      for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
      const out = pieces.join('').split('\n').slice(0, -1).map((l) => `${l}\n`);
      const nonBlank = lines.filter((l) => l.trim() !== '').length;
      expect(out.length).toBe(nonBlank);
      expect(summary.lines).toBe(out.length);
      for (const text of out) {
        expect(text.endsWith('\n')).toBe(true);
        const r = JSON.parse(text);
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) expect(r.exact.total_ops).toMatch(/^\d+$/);
        else expect(typeof r.error.message).toBe('string');
      }
      expect(summary.ok + summary.failed).toBe(out.length);
    }),
    { numRuns: 400 },
  );
});
