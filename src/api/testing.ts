/**
 * Test helper: an API over a fresh database with real lists imported, the index built, and one
 * API key per role.
 */
import path from 'node:path';
import { createContext, type AppContext } from '../app/context.js';
import { loadConfig } from '../config.js';
import { openDb, type Db } from '../store/db.js';
import { importList } from '../lists/index.js';
import { buildIndex } from '../screening/index-build.js';
import { createApiKey } from '../auth/apikeys.js';
import { ROLES, type Role } from '../auth/principal.js';
import { buildServer, type ApiApp } from './server.js';

export const SHARED = path.resolve(process.cwd(), '../shared/data');
export const UN_FEB = path.join(SHARED, 'lists/un/un_consolidated_2026-02-27.xml');
export const UN_JAN = path.join(SHARED, 'lists/un/un_consolidated_2026-01-28.xml');
export const OFAC_APR = path.join(SHARED, 'lists/ofac/sdn_2024-04-25.csv');
export const OFAC_MAY = path.join(SHARED, 'lists/ofac/sdn_2024-05-03.csv');

export interface TestApi {
  ctx: AppContext;
  app: ApiApp;
  /** `X-API-Key` headers for a key of each role (agency "border-police"). */
  keys: Record<Role, Record<string, string>>;
  close(): Promise<void>;
}

export async function testApi(opts: { db?: Db; lists?: { file: string; list: string }[] } = {}): Promise<TestApi> {
  const db = opts.db ?? (await openDb('sqlite::memory:'));
  const ctx = await createContext(loadConfig({}), { db });
  for (const l of opts.lists ?? [{ file: UN_FEB, list: 'un' }]) await importList(db, l.file, { list: l.list });
  await buildIndex(ctx);
  const keys = {} as TestApi['keys'];
  for (const role of ROLES) {
    const k = await createApiKey(db, { name: `${role} test key`, role, agency: role === 'partner' ? 'partner-x' : 'border-police' });
    keys[role] = { 'x-api-key': k.key };
  }
  const app = await buildServer(ctx);
  return {
    ctx,
    app,
    keys,
    async close() {
      await app.close();
      await ctx.close();
    },
  };
}
