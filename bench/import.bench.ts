/**
 * Import throughput and memory: each published list imported as a new version into a fresh
 * SQLite database file (median of 3 runs), and, when TEST_DATABASE_URL is set, the OFAC 2024
 * CSV once into a fresh PostgreSQL schema. Peak RSS per list is sampled during its imports.
 * Target (issue 2): the whole OFAC SDN list in under 5 s with peak RSS under 300 MB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type Db } from '../src/store/db.js';
import { testDatabases } from '../src/store/testing.js';
import { importList } from '../src/lists/index.js';

const LISTS = path.resolve(process.cwd(), '../shared/data/lists');
const CASES = [
  { name: 'ofac_csv_set_2021', file: path.join(LISTS, 'ofac/set_2021-07/sdn.csv') },
  { name: 'ofac_sdn_csv_2024', file: path.join(LISTS, 'ofac/sdn_2024-05-03.csv') },
  { name: 'un_xml_2026', file: path.join(LISTS, 'un/un_consolidated_2026-02-27.xml') },
];
const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timedImport(db: Db, file: string): Promise<{ ms: number; records: number; entities: number; peakRssMB: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const t0 = performance.now();
  try {
    const r = await importList(db, file);
    const ms = performance.now() - t0;
    return { ms, records: r.report.records, entities: r.report.entities, peakRssMB: Math.round(Math.max(peak, process.memoryUsage.rss()) / 1048576) };
  } finally {
    clearInterval(timer);
  }
}

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`.trim() };
  for (const c of CASES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-bench-'));
      const db = await openDb(`sqlite:${path.join(dir, 'bench.db')}`);
      try {
        runs.push(await timedImport(db, c.file));
      } finally {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
      console.log(`${c.name} run ${i + 1}: ${Math.round(runs[i]!.ms)} ms`);
    }
    const ms = median(runs.map((r) => r.ms));
    out[c.name] = {
      records: runs[0]!.records,
      entities: runs[0]!.entities,
      medianMs: Math.round(ms),
      recordsPerSec: Math.round(runs[0]!.records / (ms / 1000)),
      entitiesPerSec: Math.round(runs[0]!.entities / (ms / 1000)),
      peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)),
    };
  }
  const pg = testDatabases().find((t) => t.name === 'postgres');
  if (pg) {
    const db = await pg.open();
    try {
      const r = await timedImport(db, CASES[1]!.file);
      out.ofac_sdn_csv_2024_postgres = { records: r.records, ms: Math.round(r.ms), recordsPerSec: Math.round(r.records / (r.ms / 1000)), peakRssMB: r.peakRssMB };
      console.log(`ofac_sdn_csv_2024 on PostgreSQL: ${Math.round(r.ms)} ms`);
    } finally {
      await db.close();
    }
  }
  return out;
}
