// Streaming writer contract: one writer per table per format, fed row by row, so memory stays flat
// however many rows a build produces. Rows are plain objects already validated against the schema.
export type Row = Record<string, unknown>;

export interface TableWriter<R = Row> {
  write(row: R): Promise<void> | void;
  /** Flushes and closes the file; the file is complete once this resolves. */
  close(): Promise<void>;
  /** Releases the file after a failure; the partial file is left for the caller to delete. */
  abort(): void;
}

export type Rows<R> = Iterable<R> | AsyncIterable<R>;
