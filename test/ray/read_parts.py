"""Reads a LAYOUT=parts version's tables (data/<table>-*.parquet) with pyarrow, polars, DuckDB and Hugging Face
`datasets` (the folder loaded by table name, through the `configs` of its card, as from the hub), and checks
that each gives the rows of the single-file layout's <table>.parquet read the same way.
    python read_parts.py SINGLE_VERSION_DIR PARTS_VERSION_DIR HF_CACHE_DIR   → prints {"table": rows, ...}"""
import glob
import json
import sys

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
from datasets import load_dataset

single, parts, hf_cache = sys.argv[1:4]
counts = {}
for table in ["articles", "rejects", "audit", "quotes"]:
    one = f"{single}/{table}.parquet"
    pattern = f"{parts}/data/{table}-*.parquet"
    files = sorted(glob.glob(pattern))
    assert files, f"no parts for {table}"
    want = pq.read_table(one)
    got = pa.concat_tables([pq.read_table(f) for f in files])
    assert got.schema.remove_metadata() == want.schema.remove_metadata(), (table, got.schema, want.schema)
    assert got.to_pylist() == want.to_pylist(), f"pyarrow: {table} rows differ"
    assert pl.read_parquet(pattern).to_dicts() == pl.read_parquet(one).to_dicts(), f"polars: {table} rows differ"
    q = "SELECT * FROM read_parquet('{}')"
    assert duckdb.sql(q.format(pattern)).fetchall() == duckdb.sql(q.format(one)).fetchall(), f"duckdb: {table} rows differ"
    if len(want):
        single_rows = load_dataset("parquet", data_files={"train": one}, split="train", cache_dir=hf_cache).to_list()
        by_card = load_dataset(parts, table, split="train", cache_dir=hf_cache).to_list()
        assert by_card == single_rows, f"datasets: {table} rows differ"
    counts[table] = len(want)
print(json.dumps(counts))
