/**
 * Rows in, results out, in input order: chunks go to the pool's workers in parallel, and each
 * finished chunk is handed to `commit` strictly in order, once. A resumable batch therefore only
 * needs to remember the last committed row.
 */
import type { InputRow } from './input.js';
import type { RowResult, ScreeningPool } from './pool.js';

export interface Progress {
  done: number;
  total: number;
  /** Rows per second since this run started. */
  rate: number;
  /** Estimated seconds left, when a rate is known. */
  secondsLeft: number | null;
}

export interface PipelineOptions {
  pool: ScreeningPool;
  rows: AsyncIterable<InputRow>;
  /** Rows already done before this run (resuming). */
  already?: number;
  total: number;
  chunkSize?: number;
  /** Called once per chunk, in input order, with the chunk's rows; the next chunk waits for it. */
  commit(results: RowResult[], rows: InputRow[]): Promise<void> | void;
  onProgress?(p: Progress): void;
  /** Checked between chunks; true stops the run after the chunks in flight are committed. */
  cancelled?(): boolean;
}

export async function runPipeline(o: PipelineOptions): Promise<{ done: number; cancelled: boolean }> {
  const chunkSize = o.chunkSize ?? 250;
  const maxInFlight = o.pool.size * 2;
  const started = Date.now();
  let done = o.already ?? 0;
  const firstDone = done;
  const inflight: { rows: InputRow[]; results: Promise<RowResult[]> }[] = [];
  let cancelled = false;

  const commitNext = async () => {
    const next = inflight.shift()!;
    const results = await next.results;
    await o.commit(results, next.rows);
    done += results.length;
    if (o.onProgress) {
      const secs = (Date.now() - started) / 1000;
      const rate = secs > 0 ? (done - firstDone) / secs : 0;
      o.onProgress({ done, total: o.total, rate, secondsLeft: rate > 0 ? Math.max(0, (o.total - done) / rate) : null });
    }
  };

  let chunk: InputRow[] = [];
  for await (const row of o.rows) {
    chunk.push(row);
    if (chunk.length < chunkSize) continue;
    const results = o.pool.screen(chunk);
    // A failure surfaces when its turn to commit comes; until then it must not go unhandled.
    results.catch(() => undefined);
    inflight.push({ rows: chunk, results });
    chunk = [];
    if (inflight.length >= maxInFlight) await commitNext();
    if (o.cancelled?.()) {
      cancelled = true;
      break;
    }
  }
  if (chunk.length && !cancelled) inflight.push({ rows: chunk, results: o.pool.screen(chunk) });
  while (inflight.length) await commitNext();
  return { done, cancelled };
}
