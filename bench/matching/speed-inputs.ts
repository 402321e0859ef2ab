/**
 * What the speed benchmark, the same-answers check and the batch A/B (batch-ab.ts) query against
 * and with: UN + OFAC SDN as Atalaya's own readers read them, one typing slip in a word, listed
 * names as queries (plain, with slips, reversed) and ordinary people of many cultures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allFakers } from '@faker-js/faker';
import type { Entity } from '../../src/model/entity.js';
import type { MatchIndex } from '../../src/matching/index.js';
import { readList } from '../../src/sources/index.js';
import { Rng } from './rng.js';

const DATA = path.resolve(process.cwd(), '../shared/data');

/** UN consolidated list (2026-02-27) and OFAC SDN (2024-05-03), read with src/sources readList. */
export async function readUnOfac(): Promise<Entity[]> {
  const out: Entity[] = [];
  for (const file of ['lists/un/un_consolidated_2026-02-27.xml', 'lists/ofac/sdn_2024-05-03.csv']) {
    const reading = await readList(path.join(DATA, file));
    for await (const e of reading.entities) out.push(e);
  }
  return out;
}

/** One slip inside a word of four letters or more (a letter dropped, two swapped, or a vowel changed), drawn from `r`. */
export function wordTypo(s: string, r: () => number): string {
  if (s.length < 4) return s;
  const i = 1 + Math.floor(r() * (s.length - 2));
  const k = r();
  if (k < 0.33) return s.slice(0, i) + s.slice(i + 1);
  if (k < 0.66) return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  return s.slice(0, i) + 'aeiouy'[Math.floor(r() * 6)] + s.slice(i + 1);
}

/** A small deterministic generator, so runs compare. */
export function rng(seed: number): () => number {
  const g = new Rng(seed);
  return () => g.next();
}

export const LOCALES = ['en_US', 'de', 'fr', 'es', 'it', 'ru', 'uk', 'ar', 'fa', 'tr', 'zh_CN', 'ko', 'ja', 'he', 'pl', 'pt_BR', 'vi', 'id_ID', 'hi'] as const;

/** Pools of given and family names per locale, from faker, to combine into many people. */
export function namePools(): { given: string[]; family: string[] }[] {
  return LOCALES.filter((l) => l in allFakers).map((l) => {
    const f = allFakers[l as keyof typeof allFakers];
    f.seed(7);
    const given = new Set<string>(), family = new Set<string>();
    for (let i = 0; i < 400; i++) {
      given.add(f.person.firstName());
      family.add(f.person.lastName());
    }
    return { given: [...given], family: [...family] };
  });
}

/** `n` ordinary people (a given and a family name of one locale, a date of birth), drawn from `r`. */
export function ordinaryQueries(n: number, r: () => number): Entity[] {
  const pools = namePools();
  return Array.from({ length: n }, (_, i) => {
    const p = pools[i % pools.length]!;
    const name = `${p.given[Math.floor(r() * p.given.length)]} ${p.family[Math.floor(r() * p.family.length)]}`;
    return { id: `o${i}`, schema: 'Person', properties: { name: [name], birthDate: [`${1940 + Math.floor(r() * 65)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`] } };
  });
}

/** `n` listed names as queries: every third with a slip in each word, every third reversed, drawn from `r`. */
export function listedQueries(listed: Entity[], n: number, r: () => number): Entity[] {
  const named = listed.filter((e) => e.properties.name?.length);
  return Array.from({ length: n }, (_, i) => {
    const e = named[Math.floor(r() * named.length)]!;
    const names = [...(e.properties.name ?? []), ...(e.properties.alias ?? [])];
    let name = names[Math.floor(r() * names.length)]!;
    const words = name.split(/\s+/);
    if (i % 3 === 0) name = words.map((w) => wordTypo(w, r)).join(' ');
    else if (i % 3 === 1) name = [...words].reverse().join(' ');
    return { id: `l${i}`, schema: e.schema, properties: { name: [name] } };
  });
}

/** The latency run's queries: `n` new ones, half listed names, then half ordinary people (seed 42 in the speed benchmark). */
export function latencyQueries(listed: Entity[], n: number, seed: number): Entity[] {
  const r = rng(seed);
  return [...listedQueries(listed, n / 2, r), ...ordinaryQueries(n / 2, r)];
}

/** A batch's queries: `n` new ones, listed names and ordinary people interleaved (seed 43 in the speed benchmark). */
export function batchQueries(listed: Entity[], n: number, seed: number): Entity[] {
  const r = rng(seed);
  const l = listedQueries(listed, n / 2, r), o = ordinaryQueries(n / 2, r);
  return l.flatMap((q, i) => [q, o[i]!]);
}

/**
 * CPU time of this thread alone (ms), from /proc on Linux; undefined elsewhere. Process CPU counts
 * every thread: V8 compiles optimised code and helps the garbage collector on others, and early
 * in a batch the compiler's share is large (docs/benchmarks/matching-speed.md).
 */
export function mainThreadCpuMs(): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
/** Linux's USER_HZ, the unit of /proc's CPU times (100 on every common build). */
const CLOCK_TICKS = 100;

/**
 * Batch throughput: what a screening job of many rows sees. A long run of new queries (another
 * seed, listed and ordinary people interleaved, none seen before as a whole) against the index
 * that has already answered the latency run, so the process is warming up (code compiled, frequent
 * word pairs remembered) as it is a few seconds into any real batch; matching-long-batch.bench.ts
 * shows the rate further on. Per CPU-second of the process and of its main thread (without V8's
 * compiler and garbage-collector helper threads).
 */
export function batchThroughput(index: MatchIndex, listed: Entity[], n: number, seed: number) {
  const queries = batchQueries(listed, n, seed);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const m0 = mainThreadCpuMs();
  for (const q of queries) index.search(q, { limit: 10 });
  const wallMs = performance.now() - t0;
  const dc = process.cpuUsage(c0);
  const m1 = mainThreadCpuMs();
  const cpuMs = (dc.user + dc.system) / 1000;
  const mainMs = m0 !== undefined && m1 !== undefined && m1 > m0 ? m1 - m0 : undefined;
  return {
    queries: queries.length,
    queriesPerCpuSecond: Math.round((queries.length / cpuMs) * 1000),
    queriesPerSecondWall: Math.round((queries.length / wallMs) * 1000),
    ...(mainMs !== undefined ? { queriesPerMainThreadCpuSecond: Math.round((queries.length / mainMs) * 1000) } : {}),
    cpuMs: Math.round(cpuMs),
    ...(mainMs !== undefined ? { mainThreadCpuMs: Math.round(mainMs) } : {}),
    meanCpuMs: Math.round((cpuMs / queries.length) * 1000) / 1000,
    loadAverage: os.loadavg()[0],
  };
}
