# Writes tests/fixtures/golden/multiheadattention.json: what real PyTorch 1.13 does for
# nn.MultiheadAttention on chosen realistic, edge, huge and invalid layers, then random small ones
# (output shapes, or the exception's stage, type and words). Run from the repository's root with a
# Python that has torch 1.13:
#   /usr/bin/python3 tools/golden/multiheadattention.py
import json, os, random, warnings
import torch, torch.nn as nn

random.seed(23)
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

DEFAULTS = {'dropout': 0.0, 'bias': True, 'add_bias_kv': False, 'add_zero_attn': False, 'kdim': None, 'vdim': None,
            'batch_first': False, 'need_weights': True, 'average_attn_weights': True, 'attn_mask': 'none',
            'key_padding_mask': 'none', 'training': False}


def mask(kind, shape, device):
    """A mask of the given kind that masks nothing: False, or zeros to add."""
    if kind == 'none':
        return None
    return torch.zeros(shape, dtype=torch.bool if kind == 'bool' else torch.float32, device=device)


def run(p, category):
    p = {**DEFAULTS, **p}
    rec = {'params': p, 'category': category, 'torch_version': torch.__version__}
    device = 'meta' if category == 'huge' else 'cpu'
    stage = 'construct'
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            m = nn.MultiheadAttention(p['embed_dim'], p['num_heads'], dropout=p['dropout'], bias=p['bias'],
                                      add_bias_kv=p['add_bias_kv'], add_zero_attn=p['add_zero_attn'],
                                      kdim=p['kdim'], vdim=p['vdim'], batch_first=p['batch_first'], device=device)
            m.train(p['training'])
            stage = 'input'
            q = torch.ones(p['query_shape'], device=device)
            k = torch.ones(p['key_shape'], device=device)
            v = torch.ones(p['value_shape'], device=device)
            batched = len(p['query_shape']) == 3
            L = p['query_shape'][1 if batched and p['batch_first'] else 0]
            S = p['key_shape'][1 if batched and p['batch_first'] else 0] if len(p['key_shape']) > 1 else p['key_shape'][0]
            am = mask(p['attn_mask'], (L, S), device)
            n = p['query_shape'][0 if p['batch_first'] else 1] if batched else None
            kpm = mask(p['key_padding_mask'], (n, S) if batched else (S,), device)
            stage = 'forward'
            out, weights = m(q, k, v, key_padding_mask=kpm, need_weights=p['need_weights'], attn_mask=am,
                             average_attn_weights=p['average_attn_weights'])
        rec['output_shapes'] = {'attn_output': list(out.shape), 'attn_output_weights': None if weights is None else list(weights.shape)}
        rec['torch_warnings'] = [str(w.message) for w in caught]
    except Exception as e:
        rec['category'] = 'invalid'
        rec['intended_violation'] = 'random' if category == 'tiny' else category
        rec['torch_error'] = {'stage': stage, 'type': type(e).__name__, 'message': str(e)}
    return rec


def seq(L, N, E, batch_first=False):
    return [N, L, E] if batch_first else [L, N, E]


FIXED = [
    # Realistic: a Transformer's self-attention (BERT-base, ViT-B/16, the preset encoder), cross-attention with other widths.
    ({'embed_dim': 768, 'num_heads': 12, 'dropout': 0.1, 'query_shape': [128, 8, 768], 'key_shape': [128, 8, 768], 'value_shape': [128, 8, 768]}, 'realistic'),
    ({'embed_dim': 768, 'num_heads': 12, 'batch_first': True, 'query_shape': [1, 197, 768], 'key_shape': [1, 197, 768], 'value_shape': [1, 197, 768], 'need_weights': False}, 'realistic'),
    ({'embed_dim': 256, 'num_heads': 4, 'dropout': 0.1, 'batch_first': True, 'attn_mask': 'float', 'query_shape': [1, 64, 256], 'key_shape': [1, 64, 256], 'value_shape': [1, 64, 256], 'need_weights': False}, 'realistic'),
    ({'embed_dim': 512, 'num_heads': 8, 'query_shape': [128, 8, 512], 'key_shape': [128, 8, 512], 'value_shape': [128, 8, 512]}, 'realistic'),
    ({'embed_dim': 512, 'num_heads': 8, 'kdim': 256, 'vdim': 128, 'query_shape': [20, 4, 512], 'key_shape': [50, 4, 256], 'value_shape': [50, 4, 128]}, 'realistic'),
    ({'embed_dim': 512, 'num_heads': 8, 'training': True, 'dropout': 0.1, 'attn_mask': 'bool', 'key_padding_mask': 'bool', 'query_shape': [32, 16, 512], 'key_shape': [32, 16, 512], 'value_shape': [32, 16, 512]}, 'realistic'),
    # Edge: every option, unbatched, empty sizes.
    ({'embed_dim': 8, 'num_heads': 2, 'add_bias_kv': True, 'add_zero_attn': True, 'query_shape': [3, 2, 8], 'key_shape': [5, 2, 8], 'value_shape': [5, 2, 8]}, 'edge'),
    ({'embed_dim': 8, 'num_heads': 2, 'add_bias_kv': True, 'attn_mask': 'bool', 'key_padding_mask': 'bool', 'query_shape': [3, 2, 8], 'key_shape': [5, 2, 8], 'value_shape': [5, 2, 8]}, 'edge'),
    ({'embed_dim': 8, 'num_heads': 2, 'add_zero_attn': True, 'attn_mask': 'float', 'key_padding_mask': 'bool', 'query_shape': [3, 2, 8], 'key_shape': [5, 2, 8], 'value_shape': [5, 2, 8]}, 'edge'),
    ({'embed_dim': 8, 'num_heads': 2, 'attn_mask': 'bool', 'key_padding_mask': 'float', 'query_shape': [3, 2, 8], 'key_shape': [5, 2, 8], 'value_shape': [5, 2, 8]}, 'edge'),
    ({'embed_dim': 8, 'num_heads': 2, 'key_padding_mask': 'float', 'query_shape': [3, 2, 8], 'key_shape': [5, 2, 8], 'value_shape': [5, 2, 8]}, 'edge'),
    ({'embed_dim': 8, 'num_heads': 2, 'attn_mask': 'float', 'key_padding_mask': 'float', 'query_shape': [3, 2, 8], 'key_shape': [5, 2, 8], 'value_shape': [5, 2, 8]}, 'mask_float_float'),
    ({'embed_dim': 8, 'num_heads': 4, 'average_attn_weights': False, 'query_shape': [3, 8], 'key_shape': [5, 8], 'value_shape': [5, 8]}, 'edge'),
    ({'embed_dim': 8, 'num_heads': 4, 'batch_first': True, 'query_shape': [3, 8], 'key_shape': [5, 8], 'value_shape': [5, 8], 'key_padding_mask': 'bool'}, 'edge'),
    ({'embed_dim': 6, 'num_heads': 3, 'bias': False, 'batch_first': True, 'average_attn_weights': False, 'query_shape': [2, 4, 6], 'key_shape': [2, 7, 6], 'value_shape': [2, 7, 6]}, 'edge'),
    ({'embed_dim': 4, 'num_heads': 1, 'kdim': 3, 'vdim': 3, 'query_shape': [2, 1, 4], 'key_shape': [2, 1, 3], 'value_shape': [2, 1, 3]}, 'edge'),
    ({'embed_dim': 4, 'num_heads': 2, 'query_shape': [0, 2, 4], 'key_shape': [3, 2, 4], 'value_shape': [3, 2, 4]}, 'edge'),
    ({'embed_dim': 4, 'num_heads': 2, 'query_shape': [2, 0, 4], 'key_shape': [3, 0, 4], 'value_shape': [3, 0, 4]}, 'edge'),
    ({'embed_dim': 4, 'num_heads': 2, 'query_shape': [2, 3, 4], 'key_shape': [0, 3, 4], 'value_shape': [0, 3, 4]}, 'edge'),
    ({'embed_dim': 4, 'num_heads': 2, 'add_zero_attn': True, 'query_shape': [2, 3, 4], 'key_shape': [0, 3, 4], 'value_shape': [0, 3, 4]}, 'edge'),
    ({'embed_dim': 4, 'num_heads': 2, 'dropout': 1.0, 'training': True, 'query_shape': [2, 3, 4], 'key_shape': [2, 3, 4], 'value_shape': [2, 3, 4]}, 'edge'),
    ({'embed_dim': 4, 'num_heads': 2, 'dropout': -0.5, 'training': True, 'query_shape': [2, 3, 4], 'key_shape': [2, 3, 4], 'value_shape': [2, 3, 4]}, 'edge'),
    ({'embed_dim': 4, 'num_heads': 2, 'dropout': 1.5, 'training': False, 'query_shape': [2, 3, 4], 'key_shape': [2, 3, 4], 'value_shape': [2, 3, 4]}, 'edge'),
    # Huge: counts above 2^53 (module and inputs on the meta device).
    ({'embed_dim': 8192, 'num_heads': 64, 'batch_first': True, 'query_shape': [64, 32768, 8192], 'key_shape': [64, 32768, 8192], 'value_shape': [64, 32768, 8192], 'need_weights': False}, 'huge'),
    # Invalid: the rules PyTorch enforces, one each.
    ({'embed_dim': 10, 'num_heads': 3, 'query_shape': [2, 1, 10], 'key_shape': [2, 1, 10], 'value_shape': [2, 1, 10]}, 'embed_dim_not_divisible'),
    ({'embed_dim': 8, 'num_heads': 0, 'query_shape': [2, 1, 8], 'key_shape': [2, 1, 8], 'value_shape': [2, 1, 8]}, 'num_heads_zero'),
    ({'embed_dim': 8, 'num_heads': -2, 'query_shape': [2, 1, 8], 'key_shape': [2, 1, 8], 'value_shape': [2, 1, 8]}, 'num_heads_negative'),
    ({'embed_dim': 0, 'num_heads': 1, 'query_shape': [2, 1, 0], 'key_shape': [2, 1, 0], 'value_shape': [2, 1, 0]}, 'embed_dim_zero'),
    ({'embed_dim': -4, 'num_heads': 2, 'query_shape': [2, 1, 4], 'key_shape': [2, 1, 4], 'value_shape': [2, 1, 4]}, 'embed_dim_negative'),
    ({'embed_dim': 8, 'num_heads': 2, 'kdim': 0, 'query_shape': [2, 1, 8], 'key_shape': [2, 1, 0], 'value_shape': [2, 1, 8]}, 'kdim_zero'),
    ({'embed_dim': 8, 'num_heads': 2, 'kdim': -3, 'query_shape': [2, 1, 8], 'key_shape': [2, 1, 3], 'value_shape': [2, 1, 8]}, 'kdim_negative'),
    ({'embed_dim': 8, 'num_heads': 2, 'query_shape': [2, 1, 1, 8], 'key_shape': [2, 1, 8], 'value_shape': [2, 1, 8]}, 'query_rank'),
    ({'embed_dim': 8, 'num_heads': 2, 'query_shape': [8], 'key_shape': [8], 'value_shape': [8]}, 'query_rank'),
    ({'embed_dim': 8, 'num_heads': 2, 'query_shape': [2, 1, 8], 'key_shape': [2, 8], 'value_shape': [2, 1, 8]}, 'key_rank'),
    ({'embed_dim': 8, 'num_heads': 2, 'query_shape': [2, 8], 'key_shape': [2, 8], 'value_shape': [2, 1, 8]}, 'value_rank'),
    ({'embed_dim': 8, 'num_heads': 2, 'query_shape': [2, 1, 6], 'key_shape': [2, 1, 8], 'value_shape': [2, 1, 8]}, 'query_embed_dim'),
    ({'embed_dim': 8, 'num_heads': 2, 'query_shape': [2, 1, 8], 'key_shape': [3, 1, 8], 'value_shape': [2, 1, 8]}, 'key_value_shape'),
    ({'embed_dim': 8, 'num_heads': 2, 'kdim': 4, 'query_shape': [2, 1, 8], 'key_shape': [3, 1, 4], 'value_shape': [2, 1, 8]}, 'key_value_leading'),
    ({'embed_dim': 8, 'num_heads': 2, 'query_shape': [2, 1, 8], 'key_shape': [2, 1, 6], 'value_shape': [2, 1, 6]}, 'key_features'),
    ({'embed_dim': 8, 'num_heads': 2, 'kdim': 4, 'vdim': 4, 'query_shape': [2, 1, 8], 'key_shape': [2, 1, 5], 'value_shape': [2, 1, 4]}, 'key_features'),
    ({'embed_dim': 8, 'num_heads': 2, 'kdim': 4, 'vdim': 4, 'query_shape': [2, 1, 8], 'key_shape': [2, 1, 4], 'value_shape': [2, 1, 6]}, 'value_features'),
    ({'embed_dim': 8, 'num_heads': 2, 'query_shape': [2, 3, 8], 'key_shape': [2, 1, 8], 'value_shape': [2, 1, 8]}, 'batch_mismatch'),
    ({'embed_dim': 8, 'num_heads': 2, 'dropout': 1.5, 'training': True, 'query_shape': [2, 1, 8], 'key_shape': [2, 1, 8], 'value_shape': [2, 1, 8]}, 'dropout_range'),
    ({'embed_dim': 8, 'num_heads': 2, 'query_shape': [2, -1, 8], 'key_shape': [2, 1, 8], 'value_shape': [2, 1, 8]}, 'negative_input_dim'),
]


def tiny():
    h = random.choice([1, 2, 3, 4])
    E = h * random.choice([1, 2, 3])
    kdim = random.choice([None, None, E, random.choice([1, 2, 5])])
    vdim = random.choice([None, None, kdim, random.choice([1, 3, 4])])
    bf = random.random() < 0.3
    L, S = random.choice([0, 1, 2, 3, 5]), random.choice([0, 1, 2, 4])
    N = random.choice([None, 0, 1, 2, 3])
    def shape(T, F):
        return [T, F] if N is None else seq(T, N, F, bf)
    p = {'embed_dim': E, 'num_heads': h, 'dropout': random.choice([0.0, 0.0, 0.1, 0.5, 1.0]), 'bias': random.random() < 0.7,
         'add_bias_kv': random.random() < 0.25, 'add_zero_attn': random.random() < 0.25, 'kdim': kdim, 'vdim': vdim,
         'batch_first': bf, 'need_weights': random.random() < 0.6, 'average_attn_weights': random.random() < 0.7,
         'attn_mask': random.choice(['none', 'none', 'bool', 'float']), 'key_padding_mask': random.choice(['none', 'none', 'bool', 'float']),
         'training': random.random() < 0.4,
         'query_shape': shape(L, E), 'key_shape': shape(S, kdim if kdim is not None else E), 'value_shape': shape(S, vdim if vdim is not None else E)}
    # Now and then break one size, so random invalid calls are recorded too.
    if random.random() < 0.1:
        which = random.choice(['query_shape', 'key_shape', 'value_shape'])
        p[which] = p[which][:-1] + [p[which][-1] + 1]
    return p


seen, records = set(), []
for p, cat in FIXED:
    seen.add(json.dumps(p, sort_keys=True)); records.append(run(p, cat))
for _ in range(20000):
    p = tiny()
    k = json.dumps(p, sort_keys=True)
    if k in seen: continue
    seen.add(k); records.append(run(p, 'tiny'))
    if len(records) >= 260: break
out = {
    'generator': f'MultiheadAttention golden data from real PyTorch {torch.__version__} (tools/golden/multiheadattention.py, seed 23): chosen realistic, edge, huge (module and inputs on the meta device) and invalid layers, then random small ones. params: the constructor\'s arguments (kdim/vdim null = None), the forward call\'s need_weights and average_attn_weights, attn_mask and key_padding_mask as the kind of mask passed (none, bool or float; a mask that masks nothing, of shape (L, S) and (N, S) or (S,)), training (m.train(training)), and the query, key and value shapes. output_shapes: attn_output, and attn_output_weights (null when need_weights=False). torch_warnings: the warnings raised. invalid records: torch_error = the exception with its stage (construct, input, forward). Run with autograd on (PyTorch\'s fused inference path needs it off), so every record takes multi_head_attention_forward. No documented formula and no moduleprofiler reference run.',
    'torch_version': torch.__version__,
    'records': records,
}
with open(os.path.join(root, 'tests', 'fixtures', 'golden', 'multiheadattention.json'), 'w') as f:
    f.write('{\n"generator": ' + json.dumps(out['generator']) + ',\n"torch_version": ' + json.dumps(out['torch_version']) + ',\n"records": [\n')
    f.write(',\n'.join(json.dumps(r) for r in records))
    f.write('\n]}\n')
