"""clippings on Ray: the same dataset as `make dataset`, with the per-file work spread over a Ray cluster.

    .venv/bin/python ray/clippings_ray.py --raw DIR --out DIR|URL [--config FILE] [--address ADDR]
                                          [--shards N] [--cpus N] [--layout parts] [--cache DIR]
                                          [--force] [--quiet]

(`make dataset-ray RAW=.. OUT=.. [RAY_ADDRESS=..] [SHARDS=N] [RAY_CPUS=N] [LAYOUT=parts]` runs this.)

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
   LAYOUT=parts instead: one more task per shard writes the shard's rows of every table as a numbered
   Parquet part (pipeline/ray/part.ts gives the rows as Arrow, pyarrow writes the Parquet, through a
   pyarrow file system, so OUT may be s3:// or gs://); the driver merges only the tasks' counters and
   writes the documents, then the manifest (datapackage.json, SHA256SUMS) last.
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

import hashlib
import io
import uuid

import numpy as np
import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq
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


OBJECT_STORES = ("s3", "gs", "gcs", "hdfs", "abfs")
# Parquet parts as the single-file layout writes its tables: zstd, row groups of 1000 rows (BATCH_ROWS).
PART_ROW_GROUP = 1000


def folder_of(location: str, what: str, parts: bool = False) -> str | None:
    """A local folder path from a path or file:// URI; None for an object-store URL (OUT with
    --layout parts only); anything else is refused with the reason."""
    u = urlparse(location)
    if u.scheme == "file":
        return unquote(u.path)
    if u.scheme in OBJECT_STORES:
        if what == "OUT" and parts:
            return None
        fail(f"{what} {location}: " + ("the single-file layout is written by one process into a folder; object stores need --layout parts"
                                       if what == "OUT" else "RAW must be a folder every worker can read (a shared file system, or a bucket mounted as one)"))
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
    meta = {
        "shard": shard,
        "pages": len(lines),
        "seconds": time.time() - started,
        "known": [[l["f"], l["sha"]] for l in lines if l["sha"]],
    }
    return (meta, *partition_records(lines, job["hashes"], parts))


def partition_records(lines: list, hashes: dict, parts: int) -> list:
    """The map side of the duplicate join, for one shard's result lines: `parts` partitions of (index,
    SHA-256) by hash for the exact join, then `parts` partitions of (band, key, index, signature) by
    (band, key) for the near join."""
    recs = [l for l in lines if l["ok"]]
    idx = np.array([l["i"] for l in recs], dtype=np.int64)
    sha_key = np.array([int(l["sha"][:15], 16) for l in recs], dtype=np.int64)
    shas = np.array([l["sha"] for l in recs], dtype="U64")
    band = np.array([l["band"] for l in recs], dtype=np.uint32).reshape(len(recs), hashes["bands"])
    sig = np.array([l["sig"] for l in recs], dtype=np.uint16).reshape(len(recs), hashes["hashes"])
    out = []
    ep = sha_key % parts
    for p in range(parts):
        m = ep == p
        out.append({"i": idx[m], "sha": shas[m]})
    bp = band_partition(band, parts)
    for p in range(parts):
        rows, bands = np.nonzero(bp == p)
        out.append({"b": bands.astype(np.int16), "h": band[rows, bands], "i": idx[rows], "sig": sig[rows]})
    return out


def join_duplicates(shard_outputs: list, hashes: dict, parts: int, run=lambda f, *a: f._function(*a)) -> tuple[list, list]:
    """The reduce side, for tests without a cluster: the join tasks' functions called in this process on
    every shard's partitions; returns ([(duplicate, original)], [(record, earlier, equal hashes)]) by index."""
    exact = [run(exact_join, *[o[p] for o in shard_outputs]) for p in range(parts)]
    bands = [run(band_join, hashes, parts, *[o[parts + p] for o in shard_outputs]) for p in range(parts)]
    bands = [b if parts > 1 else (b,) for b in bands]
    best = [run(best_near, hashes, *[bands[q][p] for q in range(parts)]) for p in range(parts)]
    exact_pairs = [tuple(map(int, r)) for part in exact for r in part]
    return exact_pairs, sorted(without_exact(exact_pairs, [tuple(map(int, r)) for part in best for r in part]))


def without_exact(exact: list, near: list) -> list:
    """Near decisions of records that are not exact duplicates (those become rejects; the in-order Deduper
    never looks for their near-duplicates)."""
    dups = {d for d, _ in exact}
    return [n for n in near if n[0] not in dups]


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


@ray.remote
def write_part(part: int, of: int, job: dict, target: str, files: list, walk_rejects: list, exact: list, near_dups: list):
    """LAYOUT=parts: one shard's rows of every table as data/<table>-NNNNN-of-MMMMM.parquet under target
    (a folder or an object-store URL). Each attempt writes its files under names of its own and renames
    them at the end (on an object store, where one object is written whole or not at all, directly)."""
    work = tempfile.mkdtemp(prefix="clippings-part-")
    try:
        cmd = ["node", os.path.join(os.getcwd(), "part.mjs"), "--out", job["out"]]
        payload = {**{k: job[k] for k in ("raw", "out", "fingerprint", "node", "config")}, "dir": work, "files": files,
                   "walkRejects": walk_rejects, "exact": exact, "near": near_dups}
        r = subprocess.run(cmd, input=json.dumps(payload).encode(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if r.returncode != 0:
            raise RuntimeError(f"part {part:05d} failed: {r.stderr.decode(errors='replace')[-3000:]}")
        result = json.loads(r.stdout)
        fs, root = pafs.FileSystem.from_uri(target) if urlparse(target).scheme in OBJECT_STORES else (pafs.LocalFileSystem(), target)
        fs.create_dir(f"{root}/data", recursive=True)
        attempt = uuid.uuid4().hex[:12]
        written = {}
        for table in sorted(result["rows"]):
            with pa.memory_map(os.path.join(work, f"{table}.arrow")) as src:
                rows = pa.ipc.open_file(src).read_all()
            buf = io.BytesIO()
            # An empty part has no row group at all, as the single-file layout's empty tables (readers
            # such as `datasets` take a row group of 0 rows for a batch size of 0 and fail).
            with pq.ParquetWriter(buf, rows.schema, compression="zstd") as writer:
                if rows.num_rows:
                    writer.write_table(rows, row_group_size=PART_ROW_GROUP)
            data = buf.getvalue()
            name = f"data/{table}-{part:05d}-of-{of:05d}.parquet"
            final = f"{root}/{name}"
            local = isinstance(fs, pafs.LocalFileSystem)
            dest = f"{final}.attempt-{attempt}" if local else final
            with fs.open_output_stream(dest) as fh:
                fh.write(data)
            if local:
                fs.move(dest, final)
            written[name] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        return {"rows": result["rows"], "stats": result["stats"], "policy": result["policy"], "files": written}
    finally:
        shutil.rmtree(work, ignore_errors=True)


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


def byte_key(name: str) -> bytes:
    """Row order of source_file: byte order of the UTF-8 path."""
    return name.encode("utf-8")


def place_local_version(tmp: Path, final: Path, force: bool) -> str:
    """Moves a finished LAYOUT=parts temp folder into place, as the version writer does: a version is
    immutable (same SHA256SUMS: unchanged; different: refused unless --force, then swapped)."""
    if not final.exists():
        tmp.rename(final)
        return "written"
    if (final / "SHA256SUMS").is_file() and (final / "SHA256SUMS").read_bytes() == (tmp / "SHA256SUMS").read_bytes():
        shutil.rmtree(tmp)
        return "unchanged"
    if not force:
        shutil.rmtree(tmp)
        fail(f"{final} already exists with different content. Published versions are immutable: "
             f'bump "version" in the dataset config, or pass --force to replace it.')
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    final.rename(old)
    tmp.rename(final)
    shutil.rmtree(old)
    return "replaced"


def upload_manifest_last(staging: Path, target: str) -> None:
    """Object stores have no folder rename: the documents go up first, then datapackage.json and
    SHA256SUMS, so a version whose manifest is there is complete (readers check for SHA256SUMS)."""
    fs, root = pafs.FileSystem.from_uri(target)
    names = sorted(p.name for p in staging.iterdir())
    for name in [n for n in names if n not in ("datapackage.json", "SHA256SUMS")] + ["datapackage.json", "SHA256SUMS"]:
        with fs.open_output_stream(f"{root}/{name}") as fh:
            fh.write((staging / name).read_bytes())


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="clippings-ray", description="Build the clippings dataset on a Ray cluster.")
    ap.add_argument("--raw", default="raw", help="folder of raw text files (path or file:// URI), readable by every worker")
    ap.add_argument("--out", default="output", help="output folder (or, with --layout parts, an s3:// or gs:// URL); "
                                                    "the version is written to OUT/v<version>/")
    ap.add_argument("--config", default="dataset.json", help="dataset config (default: dataset.json)")
    ap.add_argument("--address", default=os.environ.get("RAY_ADDRESS") or None,
                    help="Ray cluster to join (default: $RAY_ADDRESS, else a local Ray started for the build)")
    ap.add_argument("--shards", type=int, default=None, help=f"shard tasks (default: {SHARDS_PER_CPU} per cluster CPU)")
    ap.add_argument("--cpus", type=int, default=None, help="CPUs of the local Ray (default: all); ignored with --address")
    ap.add_argument("--layout", choices=["single", "parts"], default="single",
                    help="single (default): the same files as make dataset; parts: numbered Parquet parts written by the tasks")
    ap.add_argument("--cache", default=None, help="result cache folder (default: OUT/.cache; with an object-store OUT, "
                                                  "a folder every worker can write, else each worker's temp folder)")
    ap.add_argument("--force", action="store_true", help="replace an existing version whose content differs")
    ap.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args(argv)
    if args.shards is not None and args.shards < 1:
        fail(f"--shards must be a whole number >= 1, got {args.shards}")
    if args.cpus is not None and args.cpus < 1:
        fail(f"--cpus must be a whole number >= 1, got {args.cpus}")
    parts_layout = args.layout == "parts"
    raw = os.path.abspath(folder_of(args.raw, "RAW"))
    out_local = folder_of(args.out, "OUT", parts_layout)
    out = os.path.abspath(out_local) if out_local is not None else args.out.rstrip("/")
    if not os.path.isdir(raw):
        fail(f"RAW folder not found: {args.raw}")
    if not os.path.isfile(args.config):
        fail(f"config file not found: {args.config}")
    config = os.path.abspath(args.config)
    cache_root = os.path.abspath(args.cache) if args.cache else (out if out_local is not None else os.path.join(tempfile.gettempdir(), "clippings-ray-cache"))
    started = time.time()

    plan = json.loads(node_step("plan", "--raw", raw, "--config", config, *(["--out", out] if out_local is not None else [])))
    files: list[str] = plan["files"]
    near = plan["near"]
    cache_dir = Path(cache_root) / ".cache" / plan["fingerprint"]
    version = plan["config"]["version"]

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if not args.address:
        # Ray starts workers at niceness 15, to keep a cluster node's raylet responsive. A local Ray made
        # for this one build runs nothing else: its tasks get the priority `make dataset` has.
        os.environ.setdefault("RAY_worker_niceness", "0")
    init = dict(runtime_env={"working_dir": plan["job"]}, include_dashboard=False, logging_level="ERROR")
    if args.address:
        ray.init(address=args.address, **init)
    else:
        ray.init(num_cpus=args.cpus or os.cpu_count(), **init)
    tmp_version: Path | None = None
    try:
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        n_shards = max(1, min(args.shards or SHARDS_PER_CPU * cpus, len(files) or 1))
        parts = max(1, min(n_shards, cpus))
        job = {"raw": raw, "out": cache_root, "fingerprint": plan["fingerprint"], "node": plan["node"], "hashes": near}
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
        leftovers = remove_attempt_leftovers(cache_dir) if out_local is not None or args.cache else 0

        exact_refs = [exact_join.remote(*[refs[1 + p] for refs in shard_refs]) for p in range(parts)]
        band_refs = [band_join.options(num_returns=parts).remote(near, parts, *[refs[1 + parts + p] for refs in shard_refs]) for p in range(parts)]
        if parts == 1:
            band_refs = [[r] for r in band_refs]
        best_refs = [best_near.remote(near, *[band_refs[q][p] for q in range(parts)]) for p in range(parts)]
        exact_idx = [(int(d), int(o)) for part in ray.get(exact_refs) for d, o in part]
        near_idx = without_exact(exact_idx, [(int(r), int(c), int(same)) for part in ray.get(best_refs) for r, c, same in part])
        exact = [(files[d], files[o]) for d, o in exact_idx]
        near_dups = [(files[r], files[c], same) for r, c, same in near_idx]

        if parts_layout:
            # One part task per shard, each handed only its own files' hashes and decisions.
            sha_of = dict(known)
            index_of = {f: i for i, f in enumerate(files)}
            shard_of = lambda f: int(np.searchsorted(bounds, index_of[f], side="right")) - 1  # noqa: E731
            exact_by = [[] for _ in range(n_shards)]
            near_by = [[] for _ in range(n_shards)]
            for d in exact:
                exact_by[shard_of(d[0])].append(d)
            for d in near_dups:
                near_by[shard_of(d[0])].append(d)
            firsts = [byte_key(files[bounds[s]]) for s in range(n_shards)]
            walk_by = [[] for _ in range(n_shards)]
            for rj in plan["walkRejects"]:
                k = byte_key(rj["source_file"])
                walk_by[max([0] + [s for s in range(n_shards) if firsts[s] <= k])].append(rj)
            if out_local is None:
                # No rename on an object store, so no swap either: an existing version is never overwritten.
                fs, root = pafs.FileSystem.from_uri(f"{out}/v{version}/SHA256SUMS")
                if fs.get_file_info(root).type != pafs.FileType.NotFound:
                    fail(f"{out}/v{version} already exists: published versions are immutable; bump \"version\" in the dataset config")
            if out_local is not None:
                tmp_version = Path(out) / f".v{version}.tmp-{os.getpid()}"
                shutil.rmtree(tmp_version, ignore_errors=True)
                tmp_version.mkdir(parents=True)
                target = str(tmp_version)
            else:
                target = f"{out}/v{version}"
            part_job = {**job, "config": plan["config"]}
            part_refs = [write_part.options(max_retries=SHARD_RETRIES).remote(
                s, n_shards, part_job, target, [[files[i], sha_of.get(files[i])] for i in range(bounds[s], bounds[s + 1])],
                walk_by[s], exact_by[s], near_by[s]) for s in range(n_shards)]
            part_results = ray.get(part_refs)
    except BaseException:
        if tmp_version is not None:
            shutil.rmtree(tmp_version, ignore_errors=True)
        raise
    finally:
        ray.shutdown()
    shard_secs = time.time() - started

    if parts_layout:
        staging = tmp_version if tmp_version is not None else Path(tempfile.mkdtemp(prefix="clippings-ray-docs-"))
        try:
            # Files a killed attempt left under its own name are not part of the version.
            for f in (staging / "data").glob("*.attempt-*") if (staging / "data").is_dir() else []:
                f.unlink()
            tasks = [{k: r[k] for k in ("rows", "stats", "policy")} for r in part_results]
            part_files = {name: st for r in part_results for name, st in r["files"].items()}
            fd, input_file = tempfile.mkstemp(prefix="clippings-ray-", suffix=".json")
            with os.fdopen(fd, "w") as fh:
                json.dump({"config": plan["config"], "dir": str(staging), "previousVersion": plan["previousVersion"],
                           "tasks": tasks, "files": part_files}, fh)
            try:
                node_step("parts-docs", "--input", input_file, capture=False)
            finally:
                os.unlink(input_file)
            if tmp_version is not None:
                status = place_local_version(tmp_version, Path(out) / f"v{version}", args.force)
            else:
                upload_manifest_last(staging, f"{out}/v{version}")
                status = "written"
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        if tmp_version is None:
            shutil.rmtree(staging, ignore_errors=True)
        rows = {t: sum(r["rows"][t] for r in part_results) for t in part_results[0]["rows"]} if part_results else {}
        print(f"files read: {len(files) + len(plan['walkRejects'])} (records {rows.get('articles', 0)} + rejects {rows.get('rejects', 0)})")
        print(f"near-duplicates flagged: {len(near_dups)}")
        print(f"rows: " + ", ".join(f"{t} {n}" for t, n in rows.items()))
        print(f"output: {out}/v{version} ({status}; {n_shards} parts per table)")
    else:
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
    try:
        sys.exit(main(sys.argv[1:]))
    except ray.exceptions.RayTaskError as e:
        # A task that failed (not one whose worker died: those are run again): its own message, one line.
        fail(str(e.cause if getattr(e, "cause", None) else e).strip().splitlines()[0])
