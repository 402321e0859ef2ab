/**
 * `atalaya start` (what `npm start` runs): opens the database (migrations run on open), serves the
 * API and the console at once so that `/healthz` answers during the first start, then imports the
 * bundled public lists when the database has none, builds the matching index, and only then
 * reports ready on `/readyz`.
 */
import type { Config } from '../config.js';
import { createContext, type AppContext } from './context.js';
import fs from 'node:fs';
import path from 'node:path';
import { buildServer, WEB_DIST, type ApiApp } from '../api/server.js';
import { ensureBundledLists } from '../lists/index.js';
import { buildIndex, watchListVersions } from '../screening/index-build.js';
import { resumePendingJobs } from '../screening/batch/queue.js';
import { startMonitoring, catchUpMonitoring } from '../screening/monitor.js';

export interface Started {
  ctx: AppContext;
  app: ApiApp;
  url: string;
  /** Resolves when the lists are imported and the index is built (rejects if that failed). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Where progress lines go (default stdout). */
  say?: (line: string) => void;
  /** Fastify's request log (default off: the audit log is the record). */
  logger?: boolean;
}

export async function start(config: Config, opts: StartOptions = {}): Promise<Started> {
  const say = opts.say ?? ((line: string) => process.stdout.write(line + '\n'));
  const ctx = await createContext(config);
  const app = await buildServer(ctx, { logger: opts.logger ? { level: 'info' } : false });
  await app.listen({ host: config.host, port: config.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  say(`Atalaya is listening on ${url} (database: ${ctx.db.dialect})`);
  const stops: (() => void)[] = [startMonitoring()];
  const ready = (async () => {
    await ensureBundledLists(ctx.db, config.bundledListsDir, { onProgress: say });
    await buildIndex(ctx);
    stops.push(watchListVersions(ctx));
    // Imports made by another process (the CLI) are monitored when the server notices them.
    const catchUp = () => catchUpMonitoring(ctx.db).catch((err) => process.stderr.write(`atalaya: monitoring failed: ${(err as Error).message}\n`));
    await catchUp();
    const timer = setInterval(catchUp, 15_000);
    timer.unref();
    stops.push(() => clearInterval(timer));
    const resumed = await resumePendingJobs(ctx);
    if (resumed.length) say(`Resuming ${resumed.length} unfinished batch job(s).`);
    say(`Ready: ${ctx.index.entities} listed entities indexed.`);
    say('');
    const consoleUrl = fs.existsSync(path.join(WEB_DIST, 'index.html')) ? `${url}/` : `${url}/ (once the console is built into web/dist)`;
    say(`  Console:        ${consoleUrl}`);
    say(`  API docs:       ${url}/docs  (OpenAPI: ${url}/openapi.json)`);
    say(`  First administrator:  ATALAYA_PASSWORD=... node bin/atalaya.mjs users bootstrap-admin --username NAME   (then sign in at ${url}/)`);
    say(`  An API key:           node bin/atalaya.mjs keys create --role officer --agency AGENCY --name NAME`);
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
