# Writes tests/fixtures/golden/dropout.json: what real PyTorch 1.13 does for nn.Dropout on chosen
# realistic and edge layers, then random small ones (output shapes, or the exception's stage, type
# and words). Run from the repository's root with a Python that has torch 1.13:
#   /usr/bin/python3 tools/golden/dropout.py
import json, os, random
import torch, torch.nn as nn

random.seed(17)
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def run(p, category):
    rec = {'params': p, 'category': category, 'torch_version': torch.__version__}
    stage = 'construct'
    try:
        m = nn.Dropout(p['p'], p['inplace'])
        m.train(p['training'])
        stage = 'input'
        x = torch.ones(p['input_shape']) if category != 'huge' else torch.empty(p['input_shape'], device='meta')
        stage = 'forward'
        y = m(x)
        rec['output_shapes'] = {'output': list(y.shape)}
        rec['input_numel'] = x.numel()
        if category != 'huge' and x.numel() > 0:
            # Evaluation mode or p = 0 hands the input back; p = 1 zeroes everything; otherwise the survivors are 1/(1 − p).
            rec['returns_input'] = y is x
    except Exception as e:
        rec['category'] = 'invalid'
        rec['intended_violation'] = 'random' if category == 'tiny' else category
        rec['torch_error'] = {'stage': stage, 'type': type(e).__name__, 'message': str(e)}
    return rec

def shape():
    return [random.choice([0, 1, 2, 3, 4, 5, 7]) for _ in range(random.choice([0, 1, 2, 3, 4]))]

FIXED = [
    ({'p': 0.1, 'inplace': False, 'training': True, 'input_shape': [8, 128, 512]}, 'realistic'),
    ({'p': 0.2, 'inplace': False, 'training': True, 'input_shape': [32, 1280]}, 'realistic'),
    ({'p': 0.2, 'inplace': False, 'training': False, 'input_shape': [32, 1280]}, 'realistic'),
    ({'p': 0.5, 'inplace': True, 'training': True, 'input_shape': [1, 4096]}, 'realistic'),
    ({'p': 0.0, 'inplace': False, 'training': True, 'input_shape': [2, 3]}, 'edge'),
    ({'p': 1.0, 'inplace': False, 'training': True, 'input_shape': [2, 3]}, 'edge'),
    ({'p': 1.0, 'inplace': True, 'training': False, 'input_shape': [2, 3]}, 'edge'),
    ({'p': 0.5, 'inplace': False, 'training': True, 'input_shape': []}, 'edge'),
    ({'p': 0.5, 'inplace': False, 'training': True, 'input_shape': [0, 3]}, 'edge'),
    ({'p': 0.5, 'inplace': False, 'training': True, 'input_shape': [2**25, 2**25]}, 'huge'),
    ({'p': 1.5, 'inplace': False, 'training': True, 'input_shape': [2, 3]}, 'p_above_one'),
    ({'p': -0.1, 'inplace': False, 'training': True, 'input_shape': [2, 3]}, 'p_negative'),
    ({'p': 2.0, 'inplace': True, 'training': False, 'input_shape': [4]}, 'p_above_one'),
    ({'p': 1e-05 - 1, 'inplace': False, 'training': False, 'input_shape': [4]}, 'p_negative'),
    ({'p': 0.5, 'inplace': False, 'training': True, 'input_shape': [2, -3]}, 'negative_input_dim'),
    ({'p': 1.0000001, 'inplace': False, 'training': True, 'input_shape': [1]}, 'p_above_one'),
]

seen, records = set(), []
for p, cat in FIXED:
    seen.add(json.dumps(p, sort_keys=True)); records.append(run(p, cat))
for _ in range(5000):
    p = {'p': random.choice([0.0, 0.1, 0.2, 0.25, 0.5, 0.9, 1.0]), 'inplace': random.random() < 0.3, 'training': random.random() < 0.7, 'input_shape': shape()}
    k = json.dumps(p, sort_keys=True)
    if k in seen: continue
    seen.add(k); records.append(run(p, 'tiny'))
    if len(records) >= 150: break
out = {
    'generator': f'Dropout golden data from real PyTorch {torch.__version__} (tools/golden/dropout.py, seed 17): chosen realistic, edge, huge (input on the meta device) and invalid layers, then random small ones. params.training is the module\'s mode at the forward pass (m.train(training)). output_shapes.output is the output\'s shape; returns_input (CPU records with elements) whether the forward returned the input tensor object itself (evaluation mode, p = 0, and every in-place call). invalid records: torch_error = the exception with its stage (construct, input, forward). No documented formula and no moduleprofiler reference run.',
    'torch_version': torch.__version__,
    'records': records,
}
with open(os.path.join(root, 'tests', 'fixtures', 'golden', 'dropout.json'), 'w') as f:
    json.dump(out, f, indent=1)
