/**
 * HTTP throughput and latency of single screenings (POST /api/screen) on loopback: the server
 * runs as `atalaya start` in its own process (UN + OFAC bundled lists, SQLite, every request
 * authenticated and audited), autocannon drives it from this one. Queries: 1 in 5 a listed
 * person's name, the rest ordinary names of many cultures (faker), as real traffic is.
 * Targets (issue 4): at least 1,000 screenings/s with p99 under 50 ms on this 2-core machine.
 * BENCH_API_SECONDS (default 15), BENCH_API_CONNECTIONS (default 16) and BENCH_API_WORKERS
 * (server processes, default one per core) change the run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import autocannon, { type Request } from 'autocannon';
import { allFakers } from '@faker-js/faker';
import { openDb } from '../src/store/db.js';
import { createApiKey } from '../src/auth/apikeys.js';
import { loadActiveEntities } from '../src/screening/index-build.js';

const SECONDS = Number(process.env.BENCH_API_SECONDS || 15);
/** HTTP worker processes of the server (`atalaya start --workers`): one per core. */
const WORKERS = Number(process.env.BENCH_API_WORKERS || os.availableParallelism());
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS || 16);
const PORT = 18000 + Math.floor(Math.random() * 1000);

async function waitReady(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not become ready');
}

/** CPU seconds used so far by a process and its children (the HTTP workers), from /proc. */
function cpuSeconds(pid: number): number {
  const read = (p: number): number => {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const own = (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks of 1/100 s
      const kids = fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      return own + kids.reduce((n, k) => n + read(k), 0);
    } catch {
      return 0;
    }
  };
  return read(pid);
}

function queries(listed: string[], n: number): string[] {
  const locales = ['en', 'de', 'fr', 'es', 'ar', 'ru', 'tr', 'fa', 'zh_CN', 'ko', 'pt_BR', 'it', 'pl', 'vi'] as const;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = i % 5 === 0 ? listed[(i * 7919) % listed.length]! : allFakers[locales[i % locales.length]!].person.fullName();
    out.push(JSON.stringify({ entity: { schema: 'Person', properties: { name: [name] } } }));
  }
  return out;
}

export async function run(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-api-bench-'));
  const dbUrl = `sqlite:${path.join(dir, 'bench.db')}`;
  const db = await openDb(dbUrl);
  const key = (await createApiKey(db, { name: 'bench', role: 'officer', agency: 'bench' })).key;
  await db.close();

  console.log('starting atalaya (importing the bundled lists)...');
  const server = spawn(process.execPath, ['bin/atalaya.mjs', 'start', '--workers', String(WORKERS)], { env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(PORT), HOST: '127.0.0.1' }, stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${PORT}`;
  try {
    await waitReady(url, 180_000);
    const check = await openDb(dbUrl);
    const listed = (await loadActiveEntities(check)).filter((e) => e.schema === 'Person' && e.properties.name?.length).map((e) => e.properties.name![0]!);
    await check.close();
    const bodies = queries(listed, 5000);
    let i = 0;
    const request: Request = {
      method: 'POST',
      path: '/api/screen',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length]! }),
    };
    console.log('warming up...');
    await autocannon({ url, connections: CONNECTIONS, duration: 3, requests: [request] });
    console.log(`measuring: ${CONNECTIONS} connections for ${SECONDS} s`);
    const cpu0 = cpuSeconds(server.pid!);
    const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests: [request] });
    const cpuPerRequestMs = ((cpuSeconds(server.pid!) - cpu0) * 1000) / Math.max(1, r.requests.total);
    const result = {
      machine: `${os.cpus().length} cores`,
      // The machine is shared: the load average says how much of it the run really had.
      loadAverage1m: Math.round(os.loadavg()[0]! * 10) / 10,
      listedPersonNames: listed.length,
      serverWorkers: WORKERS,
      connections: CONNECTIONS,
      seconds: SECONDS,
      requests: r.requests.total,
      screeningsPerSecond: Math.round(r.requests.average),
      latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      // On a shared machine the rate above is what this run got; the server's own CPU time per
      // screening says what the cores can do: capacity = cores x 1000 / cpuPerRequestMs.
      serverCpuMsPerScreening: Math.round(cpuPerRequestMs * 100) / 100,
      projectedScreeningsPerSecondOnIdleCores: Math.round((os.cpus().length * 1000) / cpuPerRequestMs),
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      targets: { screeningsPerSecond: 1000, p99Ms: 50 },
    };
    console.log(JSON.stringify(result));
    return result;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
