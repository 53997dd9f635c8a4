// A progress bar on stderr, drawn only when stderr is a terminal (never in a pipe or a CI log), redrawn at
// most ten times a second so it costs nothing next to the work it reports.
export interface Progress {
  update(done: number, bytes: number): void;
  /** Writes a line above the bar (a message must not be overdrawn). */
  message(text: string): void;
  finish(): void;
}

const WIDTH = 30;

export function progressBar(totalBytes: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    return { update: () => {}, message: (text) => void stream.write(`${text}\n`), finish: () => {} };
  }
  const started = Date.now();
  let last = 0;
  let shown = '';
  const draw = (done: number, bytes: number) => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = Math.round(done / seconds).toLocaleString('en');
    if (totalBytes && totalBytes > 0) {
      const share = Math.min(bytes / totalBytes, 1);
      const filled = Math.round(share * WIDTH);
      shown = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${done.toLocaleString('en')} declarations  ${rate}/s`;
    } else {
      shown = `${done.toLocaleString('en')} declarations  ${rate}/s`;
    }
    stream.write(`\r\x1b[2K${shown}`);
  };
  let latest: [number, number] = [0, 0];
  return {
    update(done, bytes) {
      latest = [done, bytes];
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw(done, bytes);
    },
    message(text) {
      stream.write(`\r\x1b[2K${text}\n`);
      if (shown) stream.write(shown);
    },
    finish() {
      draw(...latest);
      stream.write('\n');
    },
  };
}
