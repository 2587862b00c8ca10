// Progress on long builds, on stderr so stdout keeps only the run summary: a bar redrawn in place
// when stderr is a terminal, else one plain line every PROGRESS_LINE_MS (logs, CI). Quiet for builds
// that finish before the first report is due.
export const PROGRESS_BAR_MS = 200;
export const PROGRESS_LINE_MS = 5000;
const BAR_WIDTH = 30;

export interface Progress {
  tick(done: number): void;
  end(): void;
}

const fmtSecs = (s: number) => (s >= 90 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, "0")}s` : `${Math.round(s)}s`);

export function openProgress(total: number, stream: NodeJS.WriteStream = process.stderr, enabled = true): Progress {
  const tty = Boolean(stream.isTTY);
  const every = tty ? PROGRESS_BAR_MS : PROGRESS_LINE_MS;
  const started = performance.now();
  let last = started;
  let drawn = false;
  const render = (done: number) => {
    const secs = (performance.now() - started) / 1000;
    const rate = done / Math.max(secs, 1e-3);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const pct = total ? (100 * done) / total : 100;
    if (tty) {
      const fill = Math.round((BAR_WIDTH * done) / Math.max(total, 1));
      stream.write(`\r[${"#".repeat(fill)}${".".repeat(BAR_WIDTH - fill)}] ${done}/${total} files ${pct.toFixed(0)}% ${rate.toFixed(0)}/s ETA ${fmtSecs(eta)} `);
    } else stream.write(`progress: ${done}/${total} files (${pct.toFixed(1)}%), ${rate.toFixed(0)} files/s, ${fmtSecs(secs)} elapsed, ETA ${fmtSecs(eta)}\n`);
    drawn = true;
  };
  return {
    tick(done) {
      if (!enabled) return;
      const now = performance.now();
      if (now - last < every) return;
      last = now;
      render(done);
    },
    end() {
      if (enabled && drawn && tty) stream.write("\n");
    },
  };
}
