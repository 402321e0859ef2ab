/**
 * List sources: parse throughput (records/s, entities/s) and memory for the OFAC 2021 CSV set,
 * the OFAC 2024 CSV and the UN XML (first reading, and the median of 5 warm runs), plus a ~30 MB UN XML built from the
 * real one to show that streaming keeps memory flat whatever the file's size.
 * `npm run bench -- sources`
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readList } from '../src/sources/index.js';

const DATA = path.resolve(process.cwd(), '../shared/data/lists');
const RUNS = 5;

interface Run { ms: number; cpuMs: number; records: number; entities: number; peakRssMB: number; peakHeapMB: number }

async function once(file: string): Promise<Run> {
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 5);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await readList(file);
  let n = 0;
  for await (const _ of r.entities) {
    // Sample memory inside the loop too: the interval timer only fires between chunks.
    if (++n % 2000 === 0) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  clearInterval(timer);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, records: r.report.records, entities: r.report.entities, peakRssMB: Math.round(peakRss / 2 ** 20), peakHeapMB: Math.round(peakHeap / 2 ** 20) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function measure(label: string, file: string, runs = RUNS): Promise<Record<string, number | string>> {
  // The first reading in a process pays for compiling and JIT warm-up (what a one-off CLI import
  // sees); two more warm the JIT up fully; the median of the next runs is the steady rate.
  const cold = await once(file);
  if (runs > 1) for (let i = 0; i < 2; i++) await once(file);
  const rs: Run[] = [];
  for (let i = 0; i < runs; i++) rs.push(await once(file));
  const ms = median(rs.map((r) => r.ms));
  const out = {
    file: file.startsWith(DATA) ? path.relative(DATA, file) : path.basename(file),
    sizeMB: Math.round((fs.statSync(file).size / 2 ** 20) * 10) / 10,
    records: rs[0]!.records,
    entities: rs[0]!.entities,
    coldMs: Math.round(cold.ms),
    coldRecordsPerSec: Math.round((cold.records / cold.ms) * 1000),
    medianMs: Math.round(ms),
    recordsPerSec: Math.round((rs[0]!.records / ms) * 1000),
    // CPU time is steadier than wall time on a machine shared by many processes.
    medianCpuMs: Math.round(median(rs.map((r) => r.cpuMs))),
    recordsPerCpuSec: Math.round((rs[0]!.records / median(rs.map((r) => r.cpuMs))) * 1000),
    entitiesPerSec: Math.round((rs[0]!.entities / ms) * 1000),
    peakRssMB: Math.max(...rs.map((r) => r.peakRssMB)),
    peakHeapMB: Math.max(...rs.map((r) => r.peakHeapMB)),
  };
  console.log(`${label}: ${out.records} records; first reading ${out.coldMs} ms (${out.coldRecordsPerSec} records/s); warm median of ${runs} ${out.medianMs} ms = ${out.recordsPerSec} records/s (${out.recordsPerCpuSec} per CPU-second); peak RSS ${out.peakRssMB} MB, heap ${out.peakHeapMB} MB`);
  return out;
}

/** The real UN list with its records repeated (references renumbered) to about `mb` megabytes. */
function bigUnXml(mb: number): string {
  const src = fs.readFileSync(path.join(DATA, 'un/un_consolidated_2026-02-27.xml'), 'utf8');
  const start = src.indexOf('<INDIVIDUAL>');
  const end = src.lastIndexOf('</INDIVIDUAL>') + '</INDIVIDUAL>'.length;
  const body = src.slice(start, end);
  const copies = Math.ceil((mb * 2 ** 20) / body.length);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-bench-')), 'un_big.xml');
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, src.slice(0, start));
  for (let i = 0; i < copies; i++) fs.writeSync(out, body.replace(/<REFERENCE_NUMBER>([^<]+)<\/REFERENCE_NUMBER>/g, `<REFERENCE_NUMBER>$1-${i}</REFERENCE_NUMBER>`));
  fs.writeSync(out, '\n  </INDIVIDUALS>\n</CONSOLIDATED_LIST>\n');
  fs.closeSync(out);
  return file;
}

export async function run(): Promise<Record<string, unknown>> {
  const ofac2021 = await measure('OFAC CSV set 2021-07 (sdn+alt+add+comments)', path.join(DATA, 'ofac/set_2021-07/sdn.csv'));
  const ofac2024 = await measure('OFAC SDN CSV 2024-05-03', path.join(DATA, 'ofac/sdn_2024-05-03.csv'));
  const un = await measure('UN XML 2026-02-27', path.join(DATA, 'un/un_consolidated_2026-02-27.xml'));
  const big = bigUnXml(30);
  const unBig = await measure('UN XML, records repeated to ~30 MB (synthetic)', big, 3);
  fs.rmSync(path.dirname(big), { recursive: true, force: true });
  return {
    runs: RUNS,
    loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    ofac2021,
    ofac2024,
    un,
    unBig30MB: unBig,
    heapRatioBigToUn: Math.round(((unBig.peakHeapMB as number) / (un.peakHeapMB as number)) * 100) / 100,
  };
}
