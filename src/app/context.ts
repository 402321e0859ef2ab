/**
 * The application context: what every door (API, CLI, background work) needs to call the core.
 * One per process; `createContext` opens the database (running migrations) and holds the
 * matching index state. Doors receive it; nothing in the core reads globals instead.
 */
import { loadConfig, type Config } from '../config.js';
import { openDb, type Db } from '../store/db.js';
import { IndexState } from '../screening/index-state.js';

export interface AppContext {
  config: Config;
  db: Db;
  /** The matching index over the active list versions (built by `buildIndex` in src/screening). */
  index: IndexState;
  /** Closes the database; call once when the process is done. */
  close(): Promise<void>;
}

export interface ContextOptions {
  /** Use this database instead of opening `config.databaseUrl` (tests pass a test database). */
  db?: Db;
}

export async function createContext(config: Config = loadConfig(), opts: ContextOptions = {}): Promise<AppContext> {
  const db = opts.db ?? (await openDb(config.databaseUrl));
  const ctx: AppContext = {
    config,
    db,
    index: new IndexState(),
    close: () => db.close(),
  };
  return ctx;
}
