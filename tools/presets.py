"""Rewrite the /profile/ page's presets: src/data/traces/<id>.json and src/data/traces/presets.json.

    /usr/bin/python3 tools/presets.py            every preset of tools/models.py's PRESETS
    /usr/bin/python3 tools/presets.py ID ...     only these traces (presets.json is always rewritten)

Each trace is the snippet (tools/nnops_trace.py) run on the model under the PyTorch at hand, never
edited by hand; tests/unit/trace-torch.test.ts checks that they equal a fresh run.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from models import PRESETS, model_trace  # noqa: E402
from nnops_trace import dumps  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "data", "traces")

if __name__ == "__main__":
    ids = [p["id"] for p in PRESETS]
    wanted = sys.argv[1:] or ids
    unknown = [i for i in wanted if i not in ids]
    if unknown:
        sys.exit(f"unknown preset {', '.join(unknown)}; presets: {', '.join(ids)}")
    os.makedirs(OUT, exist_ok=True)
    for i in wanted:
        with open(os.path.join(OUT, f"{i}.json"), "w", encoding="utf-8") as f:
            f.write(dumps(model_trace(i)))
        print(f"wrote src/data/traces/{i}.json")
    with open(os.path.join(OUT, "presets.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join("  " + json.dumps(p, ensure_ascii=False) for p in PRESETS) + "\n]\n")
    print("wrote src/data/traces/presets.json")
