/**
 * Builds the service's matching engine from the active list versions and keeps it current: on
 * a new list version in this process (onListVersion) and, for imports made by another process
 * (the CLI beside the server), when the active versions in the database differ from the ones
 * the engine was built from.
 */
import type { AppContext } from '../app/context.js';
import type { Db } from '../store/db.js';
import type { Entity } from '../model/entity.js';
import { activeEntities, onListVersion } from '../lists/index.js';
import { createEngine } from './engine.js';

/** The active version of every list: list id -> { id, seq }. */
export async function activeVersions(db: Db): Promise<Map<string, { id: number; seq: number }>> {
  const rows = await db.kysely
    .selectFrom('lists as l')
    .innerJoin('list_versions as v', 'v.id', 'l.active_version_id')
    .select(['l.id as list', 'v.id as id', 'v.seq as seq'])
    .orderBy('l.id')
    .execute();
  return new Map(rows.map((r) => [r.list, { id: Number(r.id), seq: Number(r.seq) }]));
}

function versionKey(v: Map<string, { id: number }>): string {
  return [...v].map(([l, x]) => `${l}:${x.id}`).join(',');
}

/** Every active listed entity, in memory (UN + OFAC is tens of thousands: a few MB). */
export async function loadActiveEntities(db: Db): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of activeEntities(db)) out.push(e);
  return out;
}

let building: Promise<void> | undefined;

/** (Re)builds the engine; concurrent calls share one build. */
export function buildIndex(ctx: AppContext): Promise<void> {
  building ??= (async () => {
    try {
      const versions = await activeVersions(ctx.db);
      const entities = await loadActiveEntities(ctx.db);
      const engine = createEngine(entities);
      // Swap in one assignment: requests in flight keep the engine they started with.
      Object.assign(ctx.index, {
        engine,
        entities: engine.size,
        builtAt: new Date().toISOString(),
        versions: Object.fromEntries([...versions].map(([l, v]) => [l, v.seq])),
        versionIds: versionKey(versions),
        ready: true,
      });
    } finally {
      building = undefined;
    }
  })();
  return building;
}

/** Rebuilds when the active versions in the database are not the ones the engine reflects. */
export async function refreshIndexIfChanged(ctx: AppContext): Promise<boolean> {
  const key = versionKey(await activeVersions(ctx.db));
  if (ctx.index.ready && key === ctx.index.versionIds) return false;
  await buildIndex(ctx);
  return true;
}

/**
 * Keeps the engine current while the service runs; returns the function that stops it.
 * `pollMs` bounds how stale the engine can be after an import made by another process.
 */
export function watchListVersions(ctx: AppContext, pollMs = 15_000): () => void {
  const off = onListVersion(async (db) => {
    if (db === ctx.db) await buildIndex(ctx);
  });
  const timer = setInterval(() => {
    refreshIndexIfChanged(ctx).catch((err) => process.stderr.write(`atalaya: index refresh failed: ${(err as Error).message}\n`));
  }, pollMs);
  timer.unref();
  return () => {
    off();
    clearInterval(timer);
  };
}
