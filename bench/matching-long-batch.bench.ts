/**
 * Matching throughput in a long batch: `npm run bench -- matching-long-batch`.
 * UN + OFAC SDN as in matching-speed.bench.ts, the same 3,000 latency queries first (the process
 * warming up), then 60,000 new queries in three stretches of 20,000 (MS_STRETCH to change): the
 * first is the speed benchmark's batch, query for query; the next two are other new queries (other
 * seeds). Each stretch reports queries per CPU-second of the process and of its main thread.
 *
 * Why: the speed benchmark's batch is the first 20,000 queries after start-up, and a screening job
 * of many rows runs far longer. Early in a process V8 still compiles optimised code (on other
 * threads, counted in process CPU) and recompiles it when a rare path is first met, and the engine
 * still works out, at each listed name's first comparison, what it keeps for the next (its runs of
 * words written together, its blocking keys). The later stretches show the rate once that is done.
 * (Its own process: the 1M-name figures of the speed benchmark are not measured after it.)
 * Target (issue 3): >= 2,000 queries per second per core in batch.
 */
import { MatchIndex } from '../src/matching/index.js';
import { batchThroughput, latencyQueries, readUnOfac } from './matching/speed-inputs.js';
import { machineReference } from './matching/machine-reference.js';

const STRETCH = Number(process.env.MS_STRETCH ?? 20000);

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  out.machineReference = machineReference();
  console.log(`machine reference: ${JSON.stringify(out.machineReference)}`);
  const listed = await readUnOfac();
  const index = new MatchIndex();
  index.addAll(listed);
  index.compact();
  // The speed benchmark's latency run (seed 42; its first 200 queries twice, as timeQueries warms
  // up), then its batch (seed 43) as the first stretch.
  const latency = latencyQueries(listed, 3000, 42);
  for (const q of [...latency.slice(0, 200), ...latency]) index.search(q, { limit: 10 });
  const stretches = [43, 47, 48].map((seed, k) => {
    const s = batchThroughput(index, listed, STRETCH, seed);
    console.log(`stretch ${k + 1} (queries ${(k * STRETCH + 1).toLocaleString()}–${((k + 1) * STRETCH).toLocaleString()}): ${JSON.stringify(s)}`);
    return s;
  });
  out.stretches = stretches;
  // The later stretches together: the rate of a long job once the process has warmed up.
  const later = stretches.slice(1);
  const queries = later.length * STRETCH;
  const cpuMs = later.reduce((a, s) => a + s.cpuMs, 0);
  const mainMs = later.every((s) => s.mainThreadCpuMs !== undefined) ? later.reduce((a, s) => a + s.mainThreadCpuMs!, 0) : undefined;
  out.later = { queries, queriesPerCpuSecond: Math.round((queries / cpuMs) * 1000), ...(mainMs ? { queriesPerMainThreadCpuSecond: Math.round((queries / mainMs) * 1000) } : {}) };
  console.log(`stretches 2–3: ${JSON.stringify(out.later)}`);
  return out;
}
