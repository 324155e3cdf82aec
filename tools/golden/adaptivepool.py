# Writes tests/fixtures/golden/adaptive{avg,max}pool{1,2}d.json: what real PyTorch 1.13 does for
# the adaptive pools on random small layers, a few realistic ones and chosen edge cases (output
# shapes, or the exception's stage, type and words). Run from the repository's root with a
# Python that has torch 1.13:  /usr/bin/python3 tools/golden/adaptivepool.py
import json, os, random
import torch, torch.nn as nn

random.seed(13)
CLASSES = {'adaptiveavgpool1d': nn.AdaptiveAvgPool1d, 'adaptivemaxpool1d': nn.AdaptiveMaxPool1d,
           'adaptiveavgpool2d': nn.AdaptiveAvgPool2d, 'adaptivemaxpool2d': nn.AdaptiveMaxPool2d}

def size():
    return random.choice([0, 1, 1, 2, 3, 4, 5, 7, 9, 12, 13, -1])

def outsize():
    return random.choice([0, 1, 1, 2, 3, 4, 5, 6, 8, 13, -1, -2])

def case(mid):
    two = mid.endswith('2d')
    p = {'batch': random.choice([None, None, 0, 1, 2, 3]), 'channels': random.choice([0, 1, 2, 3])}
    if random.random() < 0.05: p['batch'] = -2
    if two:
        p['height_in'] = size(); p['width_in'] = size()
        r = random.random()
        if r < 0.3: p['output_size'] = outsize()
        elif r < 0.35: p['output_size'] = [outsize()]
        else: p['output_size'] = [random.choice([None, outsize(), outsize()]), random.choice([None, outsize(), outsize()])]
    else:
        p['length_in'] = size(); p['output_size'] = outsize()
    if 'max' in mid: p['return_indices'] = random.random() < 0.5
    return p

def shape_of(mid, p):
    return ([] if p['batch'] is None else [p['batch']]) + [p['channels']] + ([p['height_in'], p['width_in']] if mid.endswith('2d') else [p['length_in']])

def run(mid, p, category):
    shape = shape_of(mid, p)
    os_ = tuple(p['output_size']) if isinstance(p['output_size'], list) else p['output_size']
    kw = {'return_indices': p['return_indices']} if 'return_indices' in p else {}
    rec = {'params': p, 'category': category, 'torch_version': torch.__version__, 'input_shape': shape}
    stage = 'construct'
    try:
        m = CLASSES[mid](os_, **kw)
        stage = 'input'
        x = torch.empty(shape)
        stage = 'forward'
        y = m(x)
        if isinstance(y, tuple):
            rec['output_shape'] = list(y[0].shape); rec['indices_shape'] = list(y[1].shape)
        else:
            rec['output_shape'] = list(y.shape)
    except Exception as e:
        rec['category'] = 'invalid'
        rec['intended_violation'] = 'random' if category == 'tiny' else category
        rec['torch_error'] = {'stage': stage, 'type': type(e).__name__, 'message': str(e)}
    return rec

FIXED = {
    'adaptiveavgpool1d': [
        ({'batch': 8, 'channels': 512, 'length_in': 100, 'output_size': 1}, 'realistic'),
        ({'batch': 8, 'channels': 64, 'length_in': 1000, 'output_size': 10}, 'realistic'),
        ({'batch': 2, 'channels': 3, 'length_in': 0, 'output_size': 1}, 'edge'),
        ({'batch': 1, 'channels': 1, 'length_in': 2, 'output_size': 2**62}, 'huge'),
        ({'batch': None, 'channels': 2**40, 'length_in': 2**40, 'output_size': 1}, 'huge'),
    ],
    'adaptivemaxpool1d': [
        ({'batch': 8, 'channels': 256, 'length_in': 1000, 'output_size': 1, 'return_indices': False}, 'realistic'),
        ({'batch': None, 'channels': 0, 'length_in': 5, 'output_size': 2, 'return_indices': True}, 'edge'),
        ({'batch': 1, 'channels': 1, 'length_in': 2, 'output_size': 2**62, 'return_indices': False}, 'huge'),
    ],
    'adaptiveavgpool2d': [
        ({'batch': 8, 'channels': 2048, 'height_in': 7, 'width_in': 7, 'output_size': 1}, 'realistic'),
        ({'batch': 1, 'channels': 512, 'height_in': 10, 'width_in': 10, 'output_size': [7, 7]}, 'realistic'),
        ({'batch': 2, 'channels': 3, 'height_in': 0, 'width_in': 0, 'output_size': [1, 1]}, 'edge'),
        ({'batch': 2, 'channels': 3, 'height_in': 1, 'width_in': 0, 'output_size': [None, 1]}, 'edge'),
        ({'batch': 2, 'channels': 3, 'height_in': 0, 'width_in': 5, 'output_size': [1, None]}, 'edge'),
        ({'batch': None, 'channels': 3, 'height_in': 4, 'width_in': 5, 'output_size': [1, 2, 3]}, 'edge'),
        ({'batch': 1, 'channels': 3, 'height_in': 4, 'width_in': 5, 'output_size': [1, 2, 3]}, 'edge'),
        ({'batch': 1, 'channels': 3, 'height_in': 4, 'width_in': 5, 'output_size': [1, 2, 3, 4, 5]}, 'edge'),
        ({'batch': 1, 'channels': 1, 'height_in': 2, 'width_in': 2, 'output_size': 2**40}, 'huge'),
    ],
    'adaptivemaxpool2d': [
        ({'batch': 1, 'channels': 512, 'height_in': 10, 'width_in': 10, 'output_size': [7, 7], 'return_indices': False}, 'realistic'),
        ({'batch': 1, 'channels': 256, 'height_in': 13, 'width_in': 13, 'output_size': [6, 6], 'return_indices': True}, 'realistic'),
        ({'batch': None, 'channels': 3, 'height_in': 4, 'width_in': 5, 'output_size': [1, 2, 3], 'return_indices': False}, 'edge'),
        ({'batch': 1, 'channels': 3, 'height_in': 4, 'width_in': 5, 'output_size': [1, 2, 3], 'return_indices': False}, 'edge'),
        ({'batch': 1, 'channels': 1, 'height_in': 2, 'width_in': 2, 'output_size': 2**40, 'return_indices': False}, 'huge'),
    ],
}

# The repository: this file is tools/golden/adaptivepool.py.
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
for mid in CLASSES:
    seen, records = set(), []
    for p, cat in FIXED[mid]:
        seen.add(json.dumps(p, sort_keys=True)); records.append(run(mid, p, cat))
    for _ in range(5000):
        p = case(mid)
        k = json.dumps(p, sort_keys=True)
        if k in seen: continue
        seen.add(k); records.append(run(mid, p, 'tiny'))
        if len(records) >= 300: break
    out = {
        'generator': f'{CLASSES[mid].__name__} golden data from real PyTorch {torch.__version__} (tools/golden/adaptivepool.py, seed 13): chosen realistic, edge and huge layers, then random small ones. Categories: realistic, edge, huge, tiny (random, valid), invalid (torch_error = the exception torch raised creating the input or in forward, with its stage). output_shape is the output\'s shape, indices_shape the second output\'s where return_indices=True. No documented formula and no moduleprofiler reference run.',
        'torch_version': torch.__version__,
        'records': records,
    }
    with open(os.path.join(root, 'tests', 'fixtures', 'golden', f'{mid}.json'), 'w') as f:
        json.dump(out, f, indent=1)
