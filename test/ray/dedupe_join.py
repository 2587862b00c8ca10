"""Runs the Ray build's duplicate join (ray/clippings_ray.py: partition_records, then the join tasks'
functions) in this process, without a cluster, on records given as JSON on stdin:
    {"hashes": {...}, "shards": N, "parts": P, "lines": [{"i", "ok", "sha", "band", "sig"}, ...]}
and prints {"exact": [[dup, original]], "near": [[record, earlier, equal hashes]]} (indices)."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "ray"))
import clippings_ray  # noqa: E402

job = json.load(sys.stdin)
lines, shards, parts = job["lines"], job["shards"], job["parts"]
bounds = [round(k * len(lines) / shards) for k in range(shards + 1)]
outputs = [clippings_ray.partition_records(lines[bounds[s]:bounds[s + 1]], job["hashes"], parts) for s in range(shards)]
exact, near = clippings_ray.join_duplicates(outputs, job["hashes"], parts)
print(json.dumps({"exact": sorted(exact), "near": near}))
