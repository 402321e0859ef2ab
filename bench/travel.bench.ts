/**
 * `npm run bench -- travel`: the border's two clocks.
 * - A 400-traveller PAXLST manifest (our generator, four planted hits) parsed and fully screened
 *   against UN 2026-02-27 + the OpenSanctions cluster + the SLTD fixture: watchlists, lost and
 *   stolen documents, earlier crossings, document checks, risk rules; then stored with its
 *   results, its alerts raised and the screening audited, as POST /api/travel/manifests does.
 *   Target: under 300 ms.
 * - A single passport scanned at the desk (MRZ read, screened, audited), 300 different ones.
 *   Target: p99 under 50 ms.
 * SQLite file database in a temporary folder, as on one machine in production.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '../src/store/db.js';
import { buildPaxlst } from '../src/travel/paxlst/generate.js';
import { parsePaxlst } from '../src/travel/paxlst/parse.js';
import { scanDocument, screenManifest } from '../src/travel/service.js';
import { travelDeps } from '../src/travel/screen/deps.js';
import { saveRule } from '../src/travel/store/rules.js';
import { checkDigit } from '../src/travel/mrz/check-digit.js';
import { OFFICER, PLANTED, manifestWithPlants, travelContext } from '../src/travel/testing.js';

const MANIFEST_RUNS = Number(process.env.BENCH_MANIFEST_RUNS ?? 20);
const SCANS = Number(process.env.BENCH_SCANS ?? 300);

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { medianMs: +q(0.5).toFixed(2), p99Ms: +q(0.99).toFixed(2), maxMs: +s[s.length - 1]!.toFixed(2), runs: s.length };
}

function td3(last: string, first: string, number: string, nat: string, birth: string, sex: string, expiry: string): string[] {
  const pad = (v: string, n: number) => (v + '<'.repeat(n)).slice(0, n);
  const num = pad(number, 9);
  const body = `${num}${checkDigit(num)}${pad(nat, 3)}${birth}${checkDigit(birth)}${sex}${expiry}${checkDigit(expiry)}${'<'.repeat(14)}<`;
  return [pad(`P<${pad(nat, 3)}${last}<<${first.replace(/ /g, '<')}`, 44), body + checkDigit(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43))];
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-travel-bench-'));
  const db = await openDb(`sqlite:${path.join(dir, 'bench.db')}`);
  try {
    console.log('loading UN 2026-02-27, the OpenSanctions cluster and the SLTD fixture; building the index...');
    const ctx = await travelContext(db, { un: true });
    console.log(`index: ${ctx.index.entities} listed subjects`);
    await saveRule(db, { name: 'bench rule', action: 'refer', nationalities: ['jp'], destinations: ['PTY'] }, 'bench');

    const gen = manifestWithPlants(400, { 17: PLANTED.alias!, 203: PLANTED.listed!, 301: PLANTED.listedDocument!, 388: PLANTED.stolen! });
    const text = buildPaxlst(gen, { newlines: true });
    console.log(`manifest: 400 travellers, ${text.length} bytes`);

    const parseMs: number[] = [];
    const parseCpuMs: number[] = [];
    for (let i = 0; i < 50; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      parsePaxlst(text);
      parseMs.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      parseCpuMs.push((c.user + c.system) / 1000);
    }

    // Each run builds its dependencies (profile, SLTD register, rules) as a request does.
    // Wall time is what the analyst waits; CPU time is what the work costs when the machine is
    // shared (this one has 2 cores and many other processes), so both are reported.
    const manifestMs: number[] = [];
    const manifestCpuMs: number[] = [];
    let flagged = 0;
    for (let i = 0; i < MANIFEST_RUNS + 2; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await screenManifest(ctx, OFFICER, text);
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      if (i >= 2) {
        manifestMs.push(ms); // two warm-up runs
        manifestCpuMs.push((cpu.user + cpu.system) / 1000);
      }
      flagged = r.toMeet.length;
    }
    console.log(`manifest parsed and screened: median ${stats(manifestMs).medianMs} ms; ${flagged} travellers to meet`);

    const deps = await travelDeps(ctx);
    const pureMs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await screenManifest(ctx, OFFICER, text, { deps, store: false });
      pureMs.push(performance.now() - t0);
    }

    const scans = gen.travellers.slice(0, SCANS).map((t, i) =>
      td3(t.lastName.replace(/[^A-Z]/g, '<'), t.firstNames.replace(/[^A-Z ]/g, '<'), t.documents![0]!.number, t.nationality!, t.birthDate!.slice(2).replace(/-/g, ''), t.sex === 'F' ? 'F' : 'M', `3${i % 10}0101`),
    );
    for (const s of scans.slice(0, 10)) await scanDocument(ctx, OFFICER, s); // warm-up
    const scanMs: number[] = [];
    const scanCpuMs: number[] = [];
    let refused = 0;
    for (const s of scans) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await scanDocument(ctx, OFFICER, s, { post: 'BENCH-1' });
      scanMs.push(performance.now() - t0);
      const cpu = process.cpuUsage(c0);
      scanCpuMs.push((cpu.user + cpu.system) / 1000);
      if (r.result.verdict === 'refuse') refused++;
    }
    const manifest = stats(manifestMs);
    const scan = stats(scanMs);
    console.log(`single scan: median ${scan.medianMs} ms, p99 ${scan.p99Ms} ms over ${scan.runs} passports`);
    return {
      listedSubjects: ctx.index.entities,
      loadAverage1m: +os.loadavg()[0]!.toFixed(1),
      cores: os.cpus().length,
      paxlstParse400: stats(parseMs),
      paxlstParse400Cpu: stats(parseCpuMs),
      manifest400EndToEnd: manifest,
      manifest400EndToEndCpu: stats(manifestCpuMs),
      manifest400ScreenOnly: stats(pureMs),
      manifestTargetMs: 300,
      manifestWithinTarget: manifest.medianMs < 300,
      travellersToMeet: flagged,
      scan,
      scanCpu: stats(scanCpuMs),
      scanTargetP99Ms: 50,
      scanWithinTarget: scan.p99Ms < 50,
      scansRefused: refused,
    };
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
