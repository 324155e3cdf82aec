// Why other counting tools report different numbers for MultiheadAttention: notes for
// /modules/multiheadattention/counters/. Words only; every number on that page is computed from
// each tool's formula (src/estimator/peers/attention.ts).
export const notes: readonly { title: string; text: string }[] = [
  {
    title: 'Three tools see nothing',
    text:
      'MultiheadAttention computes its projections with the weights of its child out_proj through functional calls, without ever calling the child. thop has no rule for the module and torchinfo sums only leaf modules, so both find no work at all; moduleprofiler has no method for it.',
  },
  {
    title: 'The same products, counted once or twice',
    text:
      'fvcore, DeepSpeed, torchprofile and ultralytics-thop agree on the products: the four projections plus QKᵀ and A·V. FlopCounterMode and DeepSpeed’s FLOPs double them. calflops patches neither torch.bmm nor scaled_dot_product_attention, so its figure leaves out the attention core entirely, which grows with the square of the sequence length.',
  },
  {
    title: 'ptflops: a per-sample figure that is neither',
    text:
      'ptflops’ hook divides its total by the first size of the query. For PyTorch’s default sequence-first layout that is the sequence length, not the batch. The patched torch.bmm and F.softmax then add the attention core a second time, undivided. Its hook also takes the key and value projections as k_dim² and v_dim² products instead of embed_dim × k_dim, which is wrong whenever kdim or vdim differs from embed_dim, and it fails on an unbatched query.',
  },
  {
    title: 'need_weights=False hides the core from some tools',
    text:
      'On PyTorch 2.x, asking for no weights sends the scores, softmax and weighted sum through scaled_dot_product_attention. FlopCounterMode has no CPU entry for it and fvcore and ptflops’ aten backend do not support it, so they report the projections alone; DeepSpeed patches it. In evaluation under no_grad, PyTorch may also take a fused kernel for the whole module, which most tools miss.',
  },
];
