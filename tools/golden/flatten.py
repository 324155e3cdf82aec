# Writes tests/fixtures/golden/flatten.json: what real PyTorch 1.13 does for nn.Flatten on chosen
# realistic and edge layers, then random small ones (output shapes, or the exception's stage, type
# and words). Run from the repository's root with a Python that has torch 1.13:
#   /usr/bin/python3 tools/golden/flatten.py
import json, os, random
import torch, torch.nn as nn

random.seed(19)
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def run(p, category):
    rec = {'params': p, 'category': category, 'torch_version': torch.__version__}
    stage = 'construct'
    try:
        m = nn.Flatten(p['start_dim'], p['end_dim'])
        stage = 'input'
        x = torch.empty(p['input_shape'], device='meta' if category == 'huge' else 'cpu')
        stage = 'forward'
        y = m(x)
        big = lambda v: str(v) if v >= 2**53 else v  # integers from 2**53 up are decimal strings, as in the other golden files
        rec['output_shapes'] = {'output': [big(d) for d in y.shape]}
        rec['input_numel'] = big(x.numel())
    except Exception as e:
        rec['category'] = 'invalid'
        rec['intended_violation'] = 'random' if category == 'tiny' else category
        rec['torch_error'] = {'stage': stage, 'type': type(e).__name__, 'message': str(e)}
    return rec

FIXED = [
    ({'start_dim': 1, 'end_dim': -1, 'input_shape': [32, 2048, 1, 1]}, 'realistic'),
    ({'start_dim': 1, 'end_dim': -1, 'input_shape': [8, 512, 7, 7]}, 'realistic'),
    ({'start_dim': 2, 'end_dim': -1, 'input_shape': [8, 768, 14, 14]}, 'realistic'),
    ({'start_dim': 0, 'end_dim': -1, 'input_shape': []}, 'edge'),
    ({'start_dim': -1, 'end_dim': 0, 'input_shape': []}, 'edge'),
    ({'start_dim': 1, 'end_dim': -1, 'input_shape': []}, 'dim_out_of_range'),
    ({'start_dim': 0, 'end_dim': 1, 'input_shape': []}, 'dim_out_of_range'),
    ({'start_dim': 1, 'end_dim': -1, 'input_shape': [5]}, 'dim_out_of_range'),
    ({'start_dim': 0, 'end_dim': -1, 'input_shape': [5]}, 'edge'),
    ({'start_dim': 1, 'end_dim': 1, 'input_shape': [2, 3, 4]}, 'edge'),
    ({'start_dim': 0, 'end_dim': -1, 'input_shape': [2, 0, 4]}, 'edge'),
    ({'start_dim': 2, 'end_dim': 1, 'input_shape': [2, 3, 4]}, 'start_after_end'),
    ({'start_dim': -1, 'end_dim': 0, 'input_shape': [2, 3]}, 'start_after_end'),
    ({'start_dim': -4, 'end_dim': -1, 'input_shape': [2, 3, 4]}, 'dim_out_of_range'),
    ({'start_dim': 0, 'end_dim': 3, 'input_shape': [2, 3, 4]}, 'dim_out_of_range'),
    ({'start_dim': 5, 'end_dim': 1, 'input_shape': [2, 3, 4]}, 'dim_out_of_range'),
    ({'start_dim': 0, 'end_dim': -1, 'input_shape': [2, -3]}, 'negative_input_dim'),
    ({'start_dim': 0, 'end_dim': -1, 'input_shape': [2**40, 2**20]}, 'huge'),
    ({'start_dim': 0, 'end_dim': -1, 'input_shape': [2**31, 2**31]}, 'huge'),
]

seen, records = set(), []
for p, cat in FIXED:
    seen.add(json.dumps(p, sort_keys=True)); records.append(run(p, cat))
for _ in range(5000):
    rank = random.choice([0, 1, 2, 3, 4, 5])
    r = max(rank, 1)
    dim = lambda: random.randint(-r, r - 1) if random.random() < 0.8 else random.randint(-6, 5)
    p = {'start_dim': dim(), 'end_dim': dim(), 'input_shape': [random.choice([0, 1, 2, 3, 5]) for _ in range(rank)]}
    k = json.dumps(p, sort_keys=True)
    if k in seen: continue
    seen.add(k); records.append(run(p, 'tiny'))
    if len(records) >= 200: break
out = {
    'generator': f'Flatten golden data from real PyTorch {torch.__version__} (tools/golden/flatten.py, seed 19): chosen realistic, edge, huge (input on the meta device) and invalid layers, then random small ones. output_shapes.output is the output\'s shape; integers from 2**53 up are decimal strings. invalid records: torch_error = the exception with its stage (construct, input, forward). No documented formula and no moduleprofiler reference run.',
    'torch_version': torch.__version__,
    'records': records,
}
with open(os.path.join(root, 'tests', 'fixtures', 'golden', 'flatten.json'), 'w') as f:
    json.dump(out, f, indent=1)
