// What each version of MultiheadAttention's counting rules changed, in words: the changelog page reads it.
export const changes: Readonly<Record<number, readonly string[]>> = {
  1: [
    'First published rules: PyTorch 1.13’s checks and messages for the constructor (num_heads dividing embed_dim, the projection weights, Xavier initialisation), the three inputs, their ranks and sizes, and dropout in training; the output shapes of attn_output and of the weights (averaged or per head, or none). The exact count follows F.multi_head_attention_forward stage by stage: three input projections, q divided by √d, the scores plus the mask, a max-subtracted softmax per row, dropout in training, the weighted sum, the output projection and the head average, with the masks merged by logical OR where PyTorch does. The counters’ convention is one MAC per product of the four projections and of QKᵀ and A·V, FLOPs twice that. moduleprofiler documents no method for MultiheadAttention.',
  ],
};
