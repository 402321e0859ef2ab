/**
 * `atalaya start` (what `npm start` runs): opens the database (migrations run on open), serves the
 * API and the console at once so that `/healthz` answers during the first start, then imports the
 * bundled public lists when the database has none, builds the matching index, and only then
 * reports ready on `/readyz`.
 *
 * With `workers > 1` the primary process imports the lists and then forks that many HTTP worker
 * processes (node:cluster, one listening port): matching is CPU-bound and single-threaded per
 * process, so this is how the API uses every core. Each worker holds its own index; worker 1
 * alone resumes batch jobs and catches up monitoring, so that nothing runs twice.
 */
import cluster from 'node:cluster';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { openDb } from '../store/db.js';
import { createContext, type AppContext } from './context.js';
import { buildServer, WEB_DIST, type ApiApp } from '../api/server.js';
import { ensureBundledLists } from '../lists/index.js';
import { buildIndex, watchListVersions } from '../screening/index-build.js';
import { resumePendingJobs } from '../screening/batch/queue.js';
import { startMonitoring, catchUpMonitoring } from '../screening/monitor.js';
import { pruneSessions } from '../auth/sessions.js';

export interface Started {
  url: string;
  /** Resolves when the lists are imported and the index is built (rejects if that failed). */
  ready: Promise<void>;
  stop(): Promise<void>;
  /** In a single process (or a worker): its context and server. */
  ctx?: AppContext;
  app?: ApiApp;
}

export interface StartOptions {
  /** Where progress lines go (default stdout). */
  say?: (line: string) => void;
  /** Fastify's request log (default off: the audit log is the record). */
  logger?: boolean;
  /** HTTP worker processes (default 1: everything in this process). */
  workers?: number;
}

const WORKER_ENV = 'ATALAYA_HTTP_WORKER';

function urlOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function whereNext(say: (l: string) => void, url: string, entities: number): void {
  say(`Ready: ${entities} listed entities indexed.`);
  say('');
  const consoleUrl = fs.existsSync(path.join(WEB_DIST, 'index.html')) ? `${url}/` : `${url}/ (once the console is built into web/dist)`;
  say(`  Console:        ${consoleUrl}`);
  say(`  API docs:       ${url}/docs  (OpenAPI: ${url}/openapi.json)`);
  say(`  First administrator:  ATALAYA_PASSWORD=... node bin/atalaya.mjs users bootstrap-admin --username NAME   (then sign in at ${url}/)`);
  say(`  An API key:           node bin/atalaya.mjs keys create --role officer --agency AGENCY --name NAME`);
}

export async function start(config: Config, opts: StartOptions = {}): Promise<Started> {
  const say = opts.say ?? ((line: string) => process.stdout.write(line + '\n'));
  if (cluster.isPrimary && (opts.workers ?? 1) > 1) return startPrimary(config, opts.workers!, say);
  const workerId = cluster.isWorker ? Number(process.env[WORKER_ENV] ?? '0') : 0;
  // A worker whose primary is gone (killed) must not linger holding the port.
  if (cluster.isWorker) process.once('disconnect', () => process.exit(0));
  return startServer(config, { say: workerId ? () => undefined : say, logger: !!opts.logger, leader: workerId <= 1, importLists: !cluster.isWorker });
}

async function startServer(config: Config, o: { say: (l: string) => void; logger: boolean; leader: boolean; importLists: boolean }): Promise<Started> {
  const say = o.say;
  const ctx = await createContext(config);
  const app = await buildServer(ctx, { logger: o.logger ? { level: 'info' } : false });
  await app.listen({ host: config.host, port: config.port });
  const addr = app.server.address();
  const url = urlOf(config.host, typeof addr === 'object' && addr ? addr.port : config.port);

  say(`Atalaya is listening on ${url} (database: ${ctx.db.dialect})`);
  const stops: (() => void)[] = [];
  const ready = (async () => {
    if (o.importLists) await ensureBundledLists(ctx.db, config.bundledListsDir, { onProgress: say });
    await buildIndex(ctx);
    stops.push(watchListVersions(ctx));
    if (o.leader) {
      stops.push(startMonitoring());
      // Imports made by another process (the CLI) are monitored when the server notices them.
      const catchUp = () => catchUpMonitoring(ctx.db).catch((err) => process.stderr.write(`atalaya: monitoring failed: ${(err as Error).message}\n`));
      await catchUp();
      const timer = setInterval(catchUp, 15_000);
      timer.unref();
      stops.push(() => clearInterval(timer));
      // Expired sessions and day-old login failures go at start-up and hourly after.
      const prune = () => pruneSessions(ctx.db).catch((err) => process.stderr.write(`atalaya: pruning sessions failed: ${(err as Error).message}\n`));
      await prune();
      const pruneTimer = setInterval(prune, 3_600_000);
      pruneTimer.unref();
      stops.push(() => clearInterval(pruneTimer));
      const resumed = await resumePendingJobs(ctx);
      if (resumed.length) say(`Resuming ${resumed.length} unfinished batch job(s).`);
    }
    whereNext(say, url, ctx.index.entities);
    if (cluster.isWorker) process.send?.({ ready: true, entities: ctx.index.entities });
  })();
  // Keep a failure visible without an unhandled rejection; the caller awaits `ready`.
  ready.catch(() => undefined);
  return {
    ctx,
    app,
    url,
    ready,
    async stop() {
      for (const stop of stops) stop();
      await app.close();
      await ctx.close();
    },
  };
}

async function startPrimary(config: Config, workers: number, say: (l: string) => void): Promise<Started> {
  const url = urlOf(config.host, config.port);
  // Lists first, once, so that the workers do not race to import them.
  const db = await openDb(config.databaseUrl);
  try {
    await ensureBundledLists(db, config.bundledListsDir, { onProgress: say });
  } finally {
    await db.close();
  }
  say(`Starting ${workers} HTTP worker processes on ${url}...`);
  let stopping = false;
  const ready = new Promise<void>((resolve, reject) => {
    let waiting = workers;
    let entities = 0;
    for (let i = 1; i <= workers; i++) {
      const w = cluster.fork({ [WORKER_ENV]: String(i) });
      w.on('message', (m: { ready?: boolean; entities?: number }) => {
        if (!m?.ready) return;
        entities = m.entities ?? entities;
        if (--waiting === 0) {
          whereNext(say, url, entities);
          resolve();
        }
      });
      w.on('exit', (code) => {
        if (!stopping) reject(new Error(`HTTP worker ${i} exited (code ${code})`));
      });
    }
  });
  ready.catch(() => undefined);
  return {
    url,
    ready,
    async stop() {
      stopping = true;
      await Promise.all(Object.values(cluster.workers ?? {}).map((w) => new Promise((r) => { w!.once('exit', r); w!.kill('SIGTERM'); })));
    },
  };
}
