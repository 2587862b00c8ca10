// Streaming writer contract: one writer per table per format, fed row by row, so memory stays flat
// however many rows a build produces. Rows are plain objects already validated against the schema.
export type Row = Record<string, unknown>;

/** Rows already encoded as the JSONL and CSV writers encode them (UTF-8, rows in order, each line with its "\n"). */
export interface EncodedRows {
  jsonl: Uint8Array;
  csv: Uint8Array;
}

export interface TableWriter<R = Row> {
  write(row: R): Promise<void> | void;
  /**
   * Several rows at once, with their bytes when already encoded; gives the same file bytes as calling
   * write() for each row. Text-format writers take the bytes as they are (writeEncoded).
   */
  writeMany?(rows: R[], encoded?: EncodedRows): Promise<void>;
  /** For a text format: append bytes that encode rows exactly as write() would. */
  writeEncoded?(bytes: Uint8Array): Promise<void> | void;
  /** Flushes and closes the file; the file is complete once this resolves. */
  close(): Promise<void>;
  /** Releases the file after a failure; the partial file is left for the caller to delete. */
  abort(): void;
}

export type Rows<R> = Iterable<R> | AsyncIterable<R>;
