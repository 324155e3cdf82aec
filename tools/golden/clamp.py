# Writes tests/fixtures/golden/{hardtanh,relu6}.json: what real PyTorch 1.13 does for Hardtanh and
# ReLU6 (Hardtanh(0, 6)) on chosen realistic, edge and huge layers and on random small ones: the
# output's shape, or the exception's stage, type and words (Hardtanh's constructor asserts
# max_val > min_val, an AssertionError without a message). Run from the repository's root with
# a Python that has torch 1.13:  /usr/bin/python3 tools/golden/clamp.py
import json, os, random
import torch, torch.nn as nn

random.seed(6)
BIG = 2 ** 53

def big(v):
    return str(v) if abs(v) >= BIG else v

def numel(shape):
    n = 1
    for d in shape: n *= d
    return n

def run(mid, p, category):
    shape = p['input_shape']
    huge = category == 'huge'
    rec = {'params': p, 'category': category, 'torch_version': torch.__version__, 'forward_device': 'meta' if huge else 'cpu'}
    stage = 'construct'
    try:
        m = nn.Hardtanh(p['min_val'], p['max_val'], p['inplace']) if mid == 'hardtanh' else nn.ReLU6(p['inplace'])
        stage = 'input'
        x = torch.empty(shape, device='meta' if huge else 'cpu')
        stage = 'forward'
        y = m(x)
        rec['output_shapes'] = {'output': list(y.shape)}
        rec['input_numel'] = big(numel(shape))
        rec['parameter_count'] = sum(t.numel() for t in m.parameters())
        if huge: rec['huge'] = True
    except Exception as e:
        rec['category'] = 'invalid'
        rec['intended_violation'] = 'random' if category == 'tiny' else category
        rec['torch_error'] = {'stage': stage, 'type': type(e).__name__, 'message': str(e)}
    return rec

def bounds():
    r = random.random()
    if r < 0.6: return -1.0, 1.0
    if r < 0.8: return float(random.choice([-3, -2, -1, 0, 0.5])), float(random.choice([0, 1, 2, 6]))
    return round(random.uniform(-4, 4), 2), round(random.uniform(-4, 4), 2)

def tiny(mid):
    shape = [random.choice([0, 1, 1, 2, 3, 4, 5, 7]) for _ in range(random.randint(0, 5))]
    if shape and random.random() < 0.08: shape[random.randrange(len(shape))] = random.choice([-1, -3])
    p = {}
    if mid == 'hardtanh':
        p['min_val'], p['max_val'] = bounds()
    p['inplace'] = random.random() < 0.3
    p['input_shape'] = shape
    return p

def fixed(mid):
    ht = mid == 'hardtanh'
    def P(shape, lo=-1.0, hi=1.0, inplace=False):
        return ({'min_val': lo, 'max_val': hi} if ht else {}) | {'inplace': inplace, 'input_shape': shape}
    out = [
        (P([8, 32, 112, 112], inplace=True), 'realistic'),   # MobileNetV2's first block, batch 8
        (P([8, 96, 56, 56], inplace=True), 'realistic'),
        (P([8, 1280, 7, 7], inplace=True), 'realistic'),     # MobileNetV2's last 1x1 conv
        (P([32, 512]), 'realistic'),
        (P([]), 'edge'),
        (P([0]), 'edge'),
        (P([2, 0, 5]), 'edge'),
        (P([1, 1, 1, 1, 1, 1, 1, 1]), 'edge'),
        (P([4, -2, 3]), 'negative_input_dim'),
        (P([2 ** 29, 2 ** 31]), 'huge'),
        (P([3, 2 ** 50, 7]), 'huge'),
        (P([2 ** 40, 2 ** 40, 2 ** 40]), 'storage_size_overflow'),
    ]
    if ht:
        out += [
            (P([2, 3], 0.0, 6.0), 'realistic'),
            (P([2, 3], -0.5, -0.25), 'edge'),
            (P([2, 3], 1.0, 1.0), 'max_not_above_min'),
            (P([2, 3], 2.0, -2.0), 'max_not_above_min'),
            (P([-1, 3], 1.0, 1.0), 'max_not_above_min'),   # the constructor fails before the input is made
            (P([], 0.0, -1e-9), 'max_not_above_min'),
        ]
    return out

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
for mid, cls in (('hardtanh', nn.Hardtanh), ('relu6', nn.ReLU6)):
    seen, records = set(), []
    for p, cat in fixed(mid):
        seen.add(json.dumps(p, sort_keys=True)); records.append(run(mid, p, cat))
    for _ in range(5000):
        p = tiny(mid)
        k = json.dumps(p, sort_keys=True)
        if k in seen: continue
        seen.add(k); records.append(run(mid, p, 'tiny'))
        if len(records) >= 200: break
    out = {
        'generator': f'{cls.__name__} golden data from real PyTorch {torch.__version__} (tools/golden/clamp.py, seed 6): chosen realistic, edge and huge layers (huge: module and forward on the meta device), then random small ones. Categories: realistic, edge, huge, tiny (random, valid), invalid (torch_error = the exception torch raised at construct, input or forward, with its stage; intended_violation names the rule a chosen record breaks, random for a random one). output_shapes.output is the output\'s shape. No documented formula and no moduleprofiler reference run (its get_default_ops_map has no function for the class). Integers >= 2**53 are decimal strings.',
        'torch_version': torch.__version__,
        'records': records,
    }
    with open(os.path.join(root, 'tests', 'fixtures', 'golden', f'{mid}.json'), 'w') as f:
        json.dump(out, f, indent=1)
