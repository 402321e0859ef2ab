/**
 * Browser tests' harness: Atalaya started as `npm start` starts it (bundled lists imported into a
 * fresh SQLite database, index built, console served from web/dist), users of several roles, and
 * Debian's Chromium driven by playwright-core (no browser download).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { start, type Started } from '../../src/app/start.js';
import { createUser } from '../../src/auth/users.js';
import { SYSTEM, type Role } from '../../src/auth/principal.js';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

export interface Harness {
  server: Started;
  browser: Browser;
  password: string;
  dir: string;
  close(): Promise<void>;
}

/** Builds the console once per run (vite), so the browser sees the current code. */
function buildConsole(): void {
  const r = spawnSync(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build of the console failed');
}

export async function startHarness(users: { username: string; role: Role; agency: string }[]): Promise<Harness> {
  buildConsole();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atalaya-e2e-'));
  const config = {
    ...loadConfig({}),
    databaseUrl: `sqlite:${path.join(dir, 'atalaya.db')}`,
    port: 0,
    dataKey: Buffer.alloc(32, 7).toString('hex'),
  };
  const server = await start(config, { say: () => undefined });
  await server.ready;
  const password = 'correct horse battery staple 42';
  const ctx = server.ctx;
  if (!ctx) throw new Error('the harness runs Atalaya in this process (one worker)');
  for (const u of users) await createUser(ctx.db, SYSTEM, { ...u, displayName: u.username, password });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return {
    server,
    browser,
    password,
    dir,
    async close() {
      await browser.close();
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Screenshots of the main screens go to docs/screenshots when ATALAYA_SCREENSHOTS=1. */
export function screenshotPath(name: string): string | undefined {
  if (process.env.ATALAYA_SCREENSHOTS !== '1') return undefined;
  const dir = path.resolve('docs', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
