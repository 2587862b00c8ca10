// The write stage: streaming per-format table writers and the atomic versioned output folder.
export type { Row, Rows, TableWriter } from "./types.ts";
export { openJsonlWriter } from "./jsonl.ts";
export { openCsvWriter } from "./csv.ts";
export { openArrowWriter, BATCH_ROWS } from "./arrow.ts";
export { openParquetWriter, PARQUET_COMPRESSION } from "./parquet.ts";
export { openTableWriter, openTableWriters, writeTable } from "./tables.ts";
export { sha256File, fileStats, renderChecksums, writeChecksums } from "./checksums.ts";
export { loadDatasetConfig } from "./config.ts";
export {
  openVersion,
  writeVersion,
  type OpenVersionOptions,
  type TableRow,
  type VersionStatus,
  type VersionWriter,
  type WriteVersionOptions,
  type WriteVersionResult,
} from "./version.ts";
export type { DatasetConfig } from "../../schemas/dataset-config.ts";
