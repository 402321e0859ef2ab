/**
 * A customer file screened end to end against UN + OFAC SDN: `screenFile` (what `atalaya screen`
 * runs) on every core, from a JSON lines file of ordinary people of many cultures with birth
 * dates (1 row in 1,000 a listed person) to the results file. Measures wall time, rows per
 * second and peak memory (the process's, worker threads included).
 * Target (issue 4): 1,000,000 rows in under 10 minutes with under 1.5 GB.
 * BENCH_BATCH_ROWS (default 1,000,000) makes a quicker run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allFakers } from '@faker-js/faker';
import { openDb } from '../src/store/db.js';
import { importList } from '../src/lists/index.js';
import { loadActiveEntities } from '../src/screening/index-build.js';
import { screenFile } from '../src/screening/batch/file.js';

const ROWS = Number(process.env.BENCH_BATCH_ROWS || 1_000_000);
const LISTS = path.resolve(process.cwd(), '../shared/data/lists');
const LOCALES = ['en', 'de', 'fr', 'es', 'ar', 'ru', 'tr', 'fa', 'zh_CN', 'ko', 'pt_BR', 'it', 'pl', 'vi', 'ja', 'he'] as const;

export async function run(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-batch-bench-'));
  try {
    const db = await openDb(`sqlite:${path.join(dir, 'bench.db')}`);
    await importList(db, path.join(LISTS, 'un/un_consolidated_2026-02-27.xml'), { list: 'un' });
    await importList(db, path.join(LISTS, 'ofac/sdn_2024-05-03.csv'), { list: 'ofac-sdn' });
    const listed = (await loadActiveEntities(db)).filter((e) => e.schema === 'Person' && e.properties.name?.length).map((e) => e.properties.name![0]!);

    console.log(`writing ${ROWS} customers...`);
    const input = path.join(dir, 'customers.jsonl');
    const fd = fs.openSync(input, 'w');
    // A pool of generated people, reused with fresh ids: faker is slower than the screening.
    const people = Array.from({ length: 20_000 }, (_, i) => {
      const f = allFakers[LOCALES[i % LOCALES.length]!];
      return { name: f.person.fullName(), birthDate: f.date.birthdate().toISOString().slice(0, 10) };
    });
    let buf = '';
    for (let i = 1; i <= ROWS; i++) {
      const p = i % 1000 === 0 ? { name: listed[i % listed.length]!, birthDate: '' } : people[(i * 7919) % people.length]!;
      const properties: Record<string, string[]> = { name: [p.name] };
      if (p.birthDate) properties.birthDate = [p.birthDate];
      buf += JSON.stringify({ id: `c${i}`, schema: 'Person', properties }) + '\n';
      if (buf.length > 1 << 20) { fs.writeSync(fd, buf); buf = ''; }
    }
    fs.writeSync(fd, buf);
    fs.closeSync(fd);

    console.log('screening...');
    let lastPrint = 0;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const r = await screenFile(db, {
      input,
      output: path.join(dir, 'results.jsonl'),
      onProgress(p) {
        if (Date.now() - lastPrint > 10_000) {
          lastPrint = Date.now();
          console.log(`  ${p.done}/${p.total} rows, ${Math.round(p.rate)} rows/s, ${p.secondsLeft == null ? '?' : Math.round(p.secondsLeft)} s left`);
        }
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    // CPU time of the whole process (every worker thread): what the cores can do on this
    // shared machine, whatever share of them the run got.
    const cpu = process.cpuUsage(cpu0);
    const cpuMsPerRow = (cpu.user + cpu.system) / 1000 / r.rows;
    await db.close();
    return {
      machine: `${os.cpus().length} cores`,
      loadAverage1m: Math.round(os.loadavg()[0]! * 10) / 10,
      rows: r.rows,
      rowsWithHits: r.rowsWithHits,
      seconds: Math.round(seconds * 10) / 10,
      rowsPerSecond: Math.round(r.rows / seconds),
      projectedSecondsFor1M: Math.round((1_000_000 / r.rows) * seconds),
      cpuMsPerRow: Math.round(cpuMsPerRow * 100) / 100,
      projectedSecondsFor1MOnIdleCores: Math.round((cpuMsPerRow * 1_000_000) / 1000 / os.cpus().length),
      targets: { secondsFor1M: 600, peakRssMB: 1536 },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
