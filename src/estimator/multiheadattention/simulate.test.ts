// MultiheadAttention's closed forms against a brute-force walk of PyTorch 1.13's
// F.multi_head_attention_forward, one scalar operation at a time, on small calls; and every
// tool's rule against the survey's executed figures (peers-modules.md §5).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { estimate, type MultiheadAttentionParams } from './index.ts';
import { peers } from './peers.ts';

type Tally = Record<'multiplications' | 'additions' | 'divisions' | 'exponentials' | 'comparisons' | 'logical_ors' | 'random_draws', bigint>;

/** Walks one call: every dot product, bias, scaling, mask, softmax row, dropout, weighted sum and average. */
function walk(p: MultiheadAttentionParams): { tally: Tally; macs: bigint } {
  const t: Tally = { multiplications: 0n, additions: 0n, divisions: 0n, exponentials: 0n, comparisons: 0n, logical_ors: 0n, random_draws: 0n };
  let macs = 0n;
  const batched = p.query_shape.length === 3;
  const swap = batched && p.batch_first;
  const N = batched ? Number(p.query_shape[swap ? 0 : 1]) : 1;
  const L = Number(p.query_shape[swap ? 1 : 0]);
  const S = Number(p.key_shape[swap ? 1 : 0]);
  const E = Number(p.embed_dim);
  const h = Number(p.num_heads);
  const d = E / h;
  const kd = Number(p.kdim ?? p.embed_dim);
  const vd = Number(p.vdim ?? p.embed_dim);
  /** One linear layer over `rows` vectors: a dot product per output, then the bias. */
  const linear = (rows: number, inF: number) => {
    for (let r = 0; r < rows; r++)
      for (let o = 0; o < E; o++) {
        for (let i = 0; i < inF; i++) {
          t.multiplications++;
          macs++;
          if (i > 0) t.additions++;
        }
        if (p.bias && inF > 0) t.additions++;
      }
  };
  linear(N * L, E);
  linear(N * S, kd);
  linear(N * S, vd);
  const S1 = S + (p.add_bias_kv ? 1 : 0) + (p.add_zero_attn ? 1 : 0); // appended keys and values: copies only
  for (let i = 0; i < N * L * E; i++) t.divisions++; // q / √d
  const masked = p.attn_mask !== 'none' || p.key_padding_mask !== 'none';
  // attn_mask.logical_or(key_padding_mask), broadcast to (N·h, L, S′).
  if (p.attn_mask === 'bool' && p.key_padding_mask !== 'none') for (let i = 0; i < N * h * L * S1; i++) t.logical_ors++;
  const rows = N * h * L;
  for (let r = 0; r < rows; r++) {
    for (let s = 0; s < S1; s++) {
      for (let j = 0; j < d; j++) {
        t.multiplications++;
        macs++;
        if (j > 0) t.additions++;
      }
      if (masked) t.additions++; // baddbmm adds the mask
    }
    // softmax: maximum, subtraction, exponential, sum, division
    for (let s = 1; s < S1; s++) t.comparisons++;
    for (let s = 0; s < S1; s++) t.additions++;
    for (let s = 0; s < S1; s++) t.exponentials++;
    for (let s = 1; s < S1; s++) t.additions++;
    for (let s = 0; s < S1; s++) t.divisions++;
    if (p.training && p.dropout > 0)
      for (let s = 0; s < S1; s++) {
        if (p.dropout < 1) {
          t.random_draws++;
          t.divisions++;
        }
        t.multiplications++;
      }
    // weighted sum of the values
    for (let j = 0; j < d; j++)
      for (let s = 0; s < S1; s++) {
        t.multiplications++;
        macs++;
        if (s > 0) t.additions++;
      }
  }
  linear(N * L, E);
  if (p.need_weights && p.average_attn_weights)
    for (let i = 0; i < N * L * S1; i++) {
      for (let head = 1; head < h; head++) t.additions++;
      t.divisions++;
    }
  return { tally: t, macs };
}

const call = fc
  .record({
    h: fc.integer({ min: 1, max: 3 }),
    dh: fc.integer({ min: 1, max: 3 }),
    kd: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    vd: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    N: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    L: fc.integer({ min: 0, max: 3 }),
    S: fc.integer({ min: 0, max: 3 }),
    flags: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    masks: fc.tuple(fc.constantFrom('none', 'bool', 'float'), fc.constantFrom('none', 'bool', 'float')),
    dropout: fc.constantFrom(0, 0.1, 0.5, 1, -0.5),
  })
  .map(({ h, dh, kd, vd, N, L, S, flags: [bias, bk, bz, bf, nw, avg, training], masks, dropout }): MultiheadAttentionParams => {
    const E = BigInt(h * dh);
    const shape = (T: number, F: bigint) => (N === null ? [BigInt(T), F] : bf ? [BigInt(N), BigInt(T), F] : [BigInt(T), BigInt(N), F]);
    return {
      embed_dim: E, num_heads: BigInt(h), dropout, bias, add_bias_kv: bk, add_zero_attn: bz,
      kdim: kd === null ? null : BigInt(kd), vdim: vd === null ? null : BigInt(vd), batch_first: bf,
      key_padding_mask: masks[1], need_weights: nw, attn_mask: masks[0], average_attn_weights: avg, training,
      query_shape: shape(L, E), key_shape: shape(S, kd === null ? E : BigInt(kd)), value_shape: shape(S, vd === null ? E : BigInt(vd)),
    };
  });

describe('MultiheadAttention: closed forms = brute force', () => {
  test('small calls with every option', () => {
    fc.assert(
      fc.property(call, (p) => {
        const r = estimate(p);
        // Every generated call is valid: the shapes are built from the arguments.
        if (!r.ok) throw new Error(r.error.message);
        const { tally, macs } = walk(p);
        const exact = r.exact as Record<string, bigint>;
        for (const [k, v] of Object.entries(tally)) expect(exact[k], k).toBe(v);
        expect(exact.macs).toBe(macs);
        expect(exact.total_ops).toBe(Object.values(tally).reduce((a, b) => a + b, 0n));
        // The counters' convention never counts more products than a direct implementation performs.
        expect((r.dense as { macs: bigint }).macs).toBe(macs);
      }),
      { numRuns: 250 },
    );
  });
});

/** The survey's layer: MultiheadAttention(512, 8) on (L=128, N=8, E) self-attention, sequence-first, need_weights default. */
const survey = (over: Partial<MultiheadAttentionParams> = {}): MultiheadAttentionParams => ({
  embed_dim: 512n, num_heads: 8n, dropout: 0, bias: true, add_bias_kv: false, add_zero_attn: false, kdim: null, vdim: null, batch_first: false,
  key_padding_mask: 'none', need_weights: true, attn_mask: 'none', average_attn_weights: true, training: false,
  query_shape: [128n, 8n, 512n], key_shape: [128n, 8n, 512n], value_shape: [128n, 8n, 512n], ...over,
});
const counts = (p: MultiheadAttentionParams) => Object.fromEntries(Object.entries(peers(p)).map(([k, v]) => [k, v.count]));

describe('MultiheadAttention(512, 8) on (128, 8, 512), as executed (peers-modules.md §5)', () => {
  test('every tool, sequence-first inside a wrapper (ptflops divides by L)', () => {
    expect(counts(survey())).toEqual({
      flopcountermode: 2_415_919_104n, fvcore: 1_207_959_552n, ptflops: 144_732_160n, ptflops_aten: 1_210_056_704n, thop: 0n, uthop: 1_211_097_088n,
      calflops_flops: 2_148_532_224n, calflops_macs: 1_073_741_824n, deepspeed_flops: 2_416_967_680n, deepspeed_macs: 1_207_959_552n, torchinfo: 0n,
      // On PyTorch 2.x, plus the query's scaling (524,288) and the mean over heads (131,072), as the survey derives.
      torchprofile: 1_207_959_552n + 524_288n + 131_072n, moduleprofiler: null,
    });
  });
  test('batch-first: ptflops divides by N, and its aten backend loses the input bias', () => {
    const bf = survey({ batch_first: true, query_shape: [8n, 128n, 512n], key_shape: [8n, 128n, 512n], value_shape: [8n, 128n, 512n] });
    expect(counts(bf)).toMatchObject({ ptflops: 286_720_000n, ptflops_aten: 1_208_483_840n, fvcore: 1_207_959_552n });
  });
  test('the exact count and the convention on the survey layer', () => {
    const r = estimate(survey());
    if (!r.ok) throw new Error(r.error.message);
    expect((r.dense as { macs: bigint }).macs).toBe(1_207_959_552n);
    expect((r.exact as { macs: bigint }).macs).toBe(1_207_959_552n);
  });
  test('an unbatched query: ptflops’ hook fails, the others count', () => {
    const r = peers(survey({ query_shape: [128n, 512n], key_shape: [128n, 512n], value_shape: [128n, 512n] }));
    expect(r.ptflops.count).toBeNull();
    expect(r.fvcore.count).toBe(1_207_959_552n / 8n);
  });
});
