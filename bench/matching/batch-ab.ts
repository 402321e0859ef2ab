/**
 * Two versions of the engine on one batch, in one process: which costs less CPU.
 *   node --import tsx bench/matching/batch-ab.ts /path/to/tree-A /path/to/tree-B
 * (each a checkout of this repository, e.g. `git worktree add /tmp/a <commit>` with node_modules
 * linked). Both index UN + OFAC SDN, answer the speed benchmark's latency queries to warm up, then
 * the batch's 20,000 queries (BATCH to change) in chunks of 1,000, each chunk by both in turn and
 * the order swapped at every chunk. Reports each version's queries per CPU-second of the process
 * and of the main thread, and B's main-thread CPU over A's.
 *
 * Why the main thread: process CPU counts V8's compiler and garbage-collector helper threads,
 * whose work lands in whichever version's chunk is running; that swung the ratio of two identical
 * trees by ±15%, the main thread's by ±3%. Run it in both orders (A B, then B A): the version loaded
 * first has come out a few per cent apart from the second even when the two were the same.
 */
import path from 'node:path';
import type { Entity } from '../../src/model/entity.js';
import { batchQueries, latencyQueries, mainThreadCpuMs, readUnOfac } from './speed-inputs.js';

interface Searcher { search(q: Entity, opts: { limit: number }): unknown }

const trees = process.argv.slice(2).map((t) => path.resolve(t));
if (trees.length !== 2) {
  console.error('usage: batch-ab.ts TREE_A TREE_B');
  process.exit(2);
}
const BATCH = Number(process.env.BATCH ?? 20000);
const CHUNK = 1000;

const listed = await readUnOfac();
const warm = latencyQueries(listed, 3000, 42);
const batch = batchQueries(listed, BATCH, 43);

const engines: Searcher[] = [];
for (const tree of trees) {
  const { MatchIndex } = (await import(path.join(tree, 'src/matching/index.ts'))) as { MatchIndex: new () => Searcher & { addAll(e: Entity[]): void; compact(): void } };
  const index = new MatchIndex();
  index.addAll(listed);
  index.compact();
  for (const q of warm) index.search(q, { limit: 10 });
  engines.push(index);
}

const cpu = [0, 0], main = [0, 0];
for (let start = 0; start < batch.length; start += CHUNK) {
  for (const k of (start / CHUNK) % 2 ? [1, 0] : [0, 1]) {
    const c0 = process.cpuUsage(), m0 = mainThreadCpuMs() ?? 0;
    for (let i = start; i < Math.min(batch.length, start + CHUNK); i++) engines[k]!.search(batch[i]!, { limit: 10 });
    const d = process.cpuUsage(c0);
    cpu[k]! += (d.user + d.system) / 1000;
    main[k]! += (mainThreadCpuMs() ?? 0) - m0;
  }
}
const rate = (ms: number) => (ms > 0 ? Math.round((batch.length / ms) * 1000) : undefined);
trees.forEach((t, k) => console.log(`${'AB'[k]} ${t}: ${rate(cpu[k]!)} queries per process CPU-second, ${rate(main[k]!) ?? '-'} per main-thread CPU-second`));
if (main[0]! > 0) console.log(`B/A main-thread CPU ${(main[1]! / main[0]!).toFixed(3)} (process CPU ${(cpu[1]! / cpu[0]!).toFixed(3)})`);
