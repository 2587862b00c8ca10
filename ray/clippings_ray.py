"""clippings on Ray: the same dataset as `make dataset`, with the per-file work spread over a Ray cluster.

    .venv/bin/python ray/clippings_ray.py --raw DIR --out DIR [--config FILE] [--address ADDR]
                                          [--shards N] [--cpus N] [--force] [--quiet]

(`make dataset-ray RAW=.. OUT=.. [RAY_ADDRESS=..] [SHARDS=N] [RAY_CPUS=N]` runs this.)

1. plan (driver, Node): walk RAW in sorted order; the code fingerprint; the job folder to ship.
2. shards (Ray tasks, one per contiguous run of the sorted list): each runs the pipeline's own
   TypeScript bundle (pipeline/ray/shard.ts, shipped as runtime_env working_dir) on its files, filling
   the result cache under OUT/.cache, and hands back per file the raw SHA-256 and, for a record, its id,
   LSH band keys and signature. A task whose worker dies is run again by Ray (max_retries); only the
   return value of an attempt that finished is used, and a killed attempt's temp files are removed.
3. duplicates (Ray tasks, a shuffle): exact duplicates joined on SHA-256, near-duplicates on the LSH
   band keys, each partition in its own task; only the few duplicate decisions reach the driver.
4. write (driver, Node): the version folder, by the same writer as `make dataset`, every per-file
   result read from the cache and the duplicate decisions applied, so the bytes are the same.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

import numpy as np
import ray

REPO = Path(__file__).resolve().parent.parent
NODE_STEPS = REPO / "pipeline" / "ray" / "launch.mjs"

# Near-duplicate parameters: pipeline/dedupe (the plan step reports them, so there is one source).
PROGRESS_LINE_S = 5.0
PROGRESS_TTY_S = 0.5
SHARDS_PER_CPU = 4
# Attempts of a shard task after its worker died (Ray's max_retries).
SHARD_RETRIES = 3


def fail(msg: str) -> None:
    print(f"clippings-ray: {msg}", file=sys.stderr)
    sys.exit(1)


def folder_of(location: str, what: str) -> str:
    """A local folder path from a path or file:// URI; object-store URLs are refused with the reason."""
    u = urlparse(location)
    if u.scheme == "file":
        return unquote(u.path)
    if u.scheme in ("s3", "gs", "gcs", "hdfs", "abfs"):
        fail(f"{what} {location}: the single-file layout is written by one process into a folder; "
             f"object stores need --layout parts (see README, 'Building on Ray')")
    if u.scheme and len(u.scheme) > 1:
        fail(f"{what} {location}: unsupported URL scheme {u.scheme}://")
    return location


def node_step(*args: str, capture: bool = True) -> str:
    r = subprocess.run(["node", str(NODE_STEPS), *args], stdout=subprocess.PIPE if capture else None, text=True)
    if r.returncode != 0:
        sys.exit(r.returncode)
    return r.stdout if capture else ""


# ---------------------------------------------------------------------------------------------------
# Shard tasks


def band_partition(band: np.ndarray, parts: int) -> np.ndarray:
    """Partition of each (band, key) pair: any function of the pair works, as long as all tasks agree."""
    b = np.arange(band.shape[1], dtype=np.uint64)[None, :]
    return ((band.astype(np.uint64) * np.uint64(0x9E3779B1) + b) % np.uint64(parts)).astype(np.int64)


@ray.remote
def run_shard(shard: int, files: list, job: dict, parts: int):
    """Runs the TypeScript per-file work on one shard; returns (meta, exact partitions.., band partitions..)."""
    started = time.time()
    cmd = ["node", os.path.join(os.getcwd(), "shard.mjs"), "--out", job["out"]]
    payload = json.dumps({**job, "files": files}).encode()
    r = subprocess.run(cmd, input=payload, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise RuntimeError(f"shard {shard:05d} failed: {r.stderr.decode(errors='replace')[-3000:]}")
    lines = [json.loads(l) for l in r.stdout.splitlines() if l]
    if len(lines) != len(files):
        raise RuntimeError(f"shard {shard:05d}: {len(lines)} results for {len(files)} files")
    hashes = job["hashes"]
    recs = [l for l in lines if l["ok"]]
    idx = np.array([l["i"] for l in recs], dtype=np.int64)
    sha_key = np.array([int(l["sha"][:15], 16) for l in recs], dtype=np.int64)
    shas = np.array([l["sha"] for l in recs], dtype="U64")
    band = np.array([l["band"] for l in recs], dtype=np.uint32).reshape(len(recs), hashes["bands"])
    sig = np.array([l["sig"] for l in recs], dtype=np.uint16).reshape(len(recs), hashes["hashes"])
    meta = {
        "shard": shard,
        "pages": len(lines),
        "seconds": time.time() - started,
        "known": [[l["f"], l["sha"]] for l in lines if l["sha"]],
    }
    out = [meta]
    # Exact duplicates: partitioned by hash.
    ep = sha_key % parts
    for p in range(parts):
        m = ep == p
        out.append({"i": idx[m], "sha": shas[m]})
    # Near duplicates: one row per (record, band), partitioned by (band, key), with the signature.
    bp = band_partition(band, parts)
    for p in range(parts):
        rows, bands = np.nonzero(bp == p)
        out.append({"b": bands.astype(np.int16), "h": band[rows, bands], "i": idx[rows], "sig": sig[rows]})
    return tuple(out)


@ray.remote
def exact_join(*chunks) -> np.ndarray:
    """(duplicate index, original index) for every record whose bytes an earlier record has."""
    i = np.concatenate([c["i"] for c in chunks]) if chunks else np.zeros(0, np.int64)
    sha = np.concatenate([c["sha"] for c in chunks]) if chunks else np.zeros(0, "U64")
    if not len(i):
        return np.zeros((0, 2), np.int64)
    order = np.lexsort((i, sha))
    i, sha = i[order], sha[order]
    start = np.ones(len(i), bool)
    start[1:] = sha[1:] != sha[:-1]
    first = np.maximum.accumulate(np.where(start, np.arange(len(i)), 0))
    dup = ~start
    return np.stack([i[dup], i[first[dup]]], axis=1)


@ray.remote
def band_join(near: dict, parts: int, *chunks):
    """Candidate pairs: in each (band, key) group, every record against the group's first record (the
    one the in-order Deduper's band table holds); pairs at or above the threshold, partitioned by record."""
    empty = [np.zeros((0, 4), np.int64) for _ in range(parts)]
    chunks = [c for c in chunks if len(c["i"])]
    if not chunks:
        return tuple(empty) if parts > 1 else empty[0]
    b = np.concatenate([c["b"] for c in chunks])
    h = np.concatenate([c["h"] for c in chunks])
    i = np.concatenate([c["i"] for c in chunks])
    sig = np.concatenate([c["sig"] for c in chunks])
    order = np.lexsort((i, h, b))
    b, h, i, sig = b[order], h[order], i[order], sig[order]
    start = np.ones(len(i), bool)
    start[1:] = (b[1:] != b[:-1]) | (h[1:] != h[:-1])
    first = np.maximum.accumulate(np.where(start, np.arange(len(i)), 0))
    same = (sig == sig[first]).sum(axis=1)
    keep = (~start) & (same >= near["min_same"])
    pairs = np.stack([i[keep], b[keep].astype(np.int64), i[first[keep]], same[keep].astype(np.int64)], axis=1)
    out = [pairs[pairs[:, 0] % parts == p] for p in range(parts)]
    return tuple(out) if parts > 1 else out[0]


def js_round(x: float) -> float:
    """JavaScript's Math.round (halves go up), on the exact binary fractions used here."""
    return float(np.floor(x + 0.5))


@ray.remote
def best_near(near: dict, *chunks) -> np.ndarray:
    """(record, earlier record, equal hashes) per near-duplicate: the in-order Deduper's loop over a record's
    bands (pipeline/dedupe/index.ts, Deduper.near), replayed on its candidate pairs in band order."""
    pairs = np.concatenate(chunks) if chunks else np.zeros((0, 4), np.int64)
    if not len(pairs):
        return np.zeros((0, 3), np.int64)
    pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
    out = []
    hashes = near["hashes"]
    threshold = near["threshold"]
    k = 0
    while k < len(pairs):
        rec = pairs[k, 0]
        best_sim = None
        best_idx = -1
        best_same = -1
        while k < len(pairs) and pairs[k, 0] == rec:
            cand, same = int(pairs[k, 2]), int(pairs[k, 3])
            k += 1
            if cand == best_idx:
                continue
            s = same / hashes
            if s >= threshold and (best_sim is None or s > best_sim or (s == best_sim and cand < best_idx)):
                best_sim = js_round(s * 100) / 100
                best_idx = cand
                best_same = same
        if best_sim is not None:
            out.append((int(rec), best_idx, best_same))
    return np.array(out, dtype=np.int64).reshape(-1, 3)


# ---------------------------------------------------------------------------------------------------
# Driver


class Progress:
    """Shards done / total, pages per second and the slowest shard, on stderr."""

    def __init__(self, total_shards: int, total_pages: int, quiet: bool):
        self.total, self.pages_total, self.quiet = total_shards, total_pages, quiet
        self.tty = sys.stderr.isatty()
        self.started = self.last = time.time()
        self.done = self.pages = 0
        self.slowest: tuple[float, int] | None = None

    def shard_done(self, meta: dict) -> None:
        self.done += 1
        self.pages += meta["pages"]
        if self.slowest is None or meta["seconds"] > self.slowest[0]:
            self.slowest = (meta["seconds"], meta["shard"])
        self.show(self.done == self.total)

    def line(self) -> str:
        secs = max(time.time() - self.started, 1e-3)
        slow = f", slowest shard {self.slowest[1]:05d} ({self.slowest[0]:.1f} s)" if self.slowest else ""
        return (f"ray: {self.done}/{self.total} shards done, {self.pages}/{self.pages_total} pages, "
                f"{self.pages / secs:.0f} pages/s{slow}")

    def show(self, final: bool = False) -> None:
        if self.quiet:
            return
        now = time.time()
        if not final and now - self.last < (PROGRESS_TTY_S if self.tty else PROGRESS_LINE_S):
            return
        self.last = now
        if self.tty:
            sys.stderr.write("\r" + self.line() + ("\n" if final else " "))
        else:
            sys.stderr.write(self.line() + "\n")
        sys.stderr.flush()


def remove_attempt_leftovers(cache_dir: Path) -> int:
    """Temp files of shard attempts that died mid-write (`<entry>.tmp-<pid>-<n>`); finished entries are
    whole (written under a temp name, renamed) and the same whichever attempt wrote them."""
    removed = 0
    if not cache_dir.is_dir():
        return 0
    for sub in cache_dir.iterdir():
        if not sub.is_dir():
            continue
        for f in sub.iterdir():
            if ".tmp-" in f.name:
                f.unlink(missing_ok=True)
                removed += 1
    return removed


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="clippings-ray", description="Build the clippings dataset on a Ray cluster.")
    ap.add_argument("--raw", default="raw", help="folder of raw text files (path or file:// URI)")
    ap.add_argument("--out", default="output", help="output folder; the version is written to OUT/v<version>/")
    ap.add_argument("--config", default="dataset.json", help="dataset config (default: dataset.json)")
    ap.add_argument("--address", default=os.environ.get("RAY_ADDRESS") or None,
                    help="Ray cluster to join (default: $RAY_ADDRESS, else a local Ray started for the build)")
    ap.add_argument("--shards", type=int, default=None, help=f"shard tasks (default: {SHARDS_PER_CPU} per cluster CPU)")
    ap.add_argument("--cpus", type=int, default=None, help="CPUs of the local Ray (default: all); ignored with --address")
    ap.add_argument("--force", action="store_true", help="replace an existing version whose content differs")
    ap.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args(argv)
    if args.shards is not None and args.shards < 1:
        fail(f"--shards must be a whole number >= 1, got {args.shards}")
    if args.cpus is not None and args.cpus < 1:
        fail(f"--cpus must be a whole number >= 1, got {args.cpus}")
    raw = os.path.abspath(folder_of(args.raw, "RAW"))
    out = os.path.abspath(folder_of(args.out, "OUT"))
    if not os.path.isdir(raw):
        fail(f"RAW folder not found: {args.raw}")
    config = os.path.abspath(args.config)
    started = time.time()

    plan = json.loads(node_step("plan", "--raw", raw, "--out", out))
    files: list[str] = plan["files"]
    near = plan["near"]
    cache_dir = Path(out) / ".cache" / plan["fingerprint"]

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    init = dict(runtime_env={"working_dir": plan["job"]}, include_dashboard=False, logging_level="ERROR")
    if args.address:
        ray.init(address=args.address, **init)
    else:
        ray.init(num_cpus=args.cpus or os.cpu_count(), **init)
    try:
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        n_shards = max(1, min(args.shards or SHARDS_PER_CPU * cpus, len(files) or 1))
        parts = max(1, min(n_shards, cpus))
        job = {"raw": raw, "out": out, "fingerprint": plan["fingerprint"], "node": plan["node"], "hashes": near}
        bounds = [round(k * len(files) / n_shards) for k in range(n_shards + 1)]
        shard_refs = []
        for s in range(n_shards):
            chunk = [[i, files[i]] for i in range(bounds[s], bounds[s + 1])]
            shard_refs.append(run_shard.options(num_returns=1 + 2 * parts, max_retries=SHARD_RETRIES).remote(s, chunk, job, parts))
        progress = Progress(n_shards, len(files), args.quiet)
        pending = {refs[0]: refs for refs in shard_refs}
        known: list = []
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1, timeout=PROGRESS_TTY_S)
            for r in ready:
                meta = ray.get(r)
                known.extend(meta["known"])
                del pending[r]
                progress.shard_done(meta)
            progress.show()
        leftovers = remove_attempt_leftovers(cache_dir)

        exact_refs = [exact_join.remote(*[refs[1 + p] for refs in shard_refs]) for p in range(parts)]
        band_refs = [band_join.options(num_returns=parts).remote(near, parts, *[refs[1 + parts + p] for refs in shard_refs]) for p in range(parts)]
        if parts == 1:
            band_refs = [[r] for r in band_refs]
        best_refs = [best_near.remote(near, *[band_refs[q][p] for q in range(parts)]) for p in range(parts)]
        exact = [(files[int(d)], files[int(o)]) for part in ray.get(exact_refs) for d, o in part]
        near_dups = [(files[int(r)], files[int(c)], int(same)) for part in ray.get(best_refs) for r, c, same in part]
    finally:
        ray.shutdown()
    shard_secs = time.time() - started

    fd, decisions = tempfile.mkstemp(prefix="clippings-ray-", suffix=".json")
    try:
        with os.fdopen(fd, "w") as fh:
            json.dump({"raw": raw, "out": out, "config": config, "force": args.force, "quiet": args.quiet,
                       "known": known, "exact": exact, "near": near_dups}, fh)
        node_step("write", "--decisions", decisions, capture=False)
    finally:
        os.unlink(decisions)
    print(f"ray: {n_shards} shards on {cpus} CPUs{' at ' + args.address if args.address else ' (local Ray)'}, "
          f"per-file work and duplicate join {shard_secs:.2f} s"
          + (f"; {leftovers} temp files of killed attempts removed" if leftovers else ""))
    print(f"ray: total time {time.time() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
