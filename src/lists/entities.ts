/**
 * Reading listed entities: one by id, a caption search, and the stream of every active entity
 * (from which the matching index is built).
 */
import type { Entity, Provenance } from '../model/entity.js';
import type { Db } from '../store/db.js';
import { rowEntity } from './rows.js';

export interface ListedEntity extends Entity {
  provenance: Provenance & { version: number };
  /** False when the entity is no longer in its list's active version. */
  active: boolean;
}

/**
 * An entity by id: from the active version of its list, else from the newest version that had
 * it (active: false). With `version` (a list version's seq), from that version.
 */
export async function getEntity(db: Db, id: string, version?: number): Promise<ListedEntity | undefined> {
  let q = db.kysely
    .selectFrom('list_entities as e')
    .innerJoin('list_versions as v', 'v.id', 'e.version_id')
    .innerJoin('lists as l', 'l.id', 'v.list_id')
    .select(['e.data', 'e.source_id', 'v.list_id', 'v.seq', 'v.id as version_id', 'l.active_version_id'])
    .where('e.entity_id', '=', id);
  if (version != null) {
    // An unchanged import has no rows of its own: look through it to the version it repeated.
    const v = await db.kysely.selectFrom('list_versions').select(['content_version_id', 'list_id']).where('seq', '=', version).execute();
    const ids = v.map((r) => Number(r.content_version_id)).filter((n) => Number.isFinite(n));
    if (!ids.length) return undefined;
    q = q.where('e.version_id', 'in', ids);
  }
  const rows = await q.orderBy('v.id', 'desc').execute();
  if (!rows.length) return undefined;
  const row = rows.find((r) => Number(r.active_version_id) === Number(r.version_id)) ?? rows[0]!;
  const e = rowEntity(row, row.list_id, version ?? Number(row.seq)) as ListedEntity;
  e.active = Number(row.active_version_id) === Number(row.version_id);
  return e;
}

/** Active entities whose caption contains `text` (case-insensitive), or whose id is `text`. */
export async function searchEntities(db: Db, text: string, opts: { limit?: number; lists?: string[] } = {}): Promise<ListedEntity[]> {
  const like = `%${text.toLowerCase()}%`;
  let q = db.kysely
    .selectFrom('list_entities as e')
    .innerJoin('lists as l', 'l.active_version_id', 'e.version_id')
    .innerJoin('list_versions as v', 'v.id', 'e.version_id')
    .select(['e.data', 'e.source_id', 'l.id as list_id', 'v.seq'])
    .where((eb) => eb.or([eb('e.entity_id', '=', text), eb(eb.fn('lower', ['e.caption']), 'like', eb.val(like))]));
  if (opts.lists?.length) q = q.where('l.id', 'in', opts.lists);
  const rows = await q.orderBy('e.caption').limit(opts.limit ?? 50).execute();
  return rows.map((r) => Object.assign(rowEntity(r, r.list_id, Number(r.seq)), { active: true }) as ListedEntity);
}

const PAGE = 2000;

/** Every entity of the active versions (of the given lists, or all), with provenance, streamed. */
export async function* activeEntities(db: Db, opts: { lists?: string[] } = {}): AsyncGenerator<Entity> {
  let lq = db.kysely
    .selectFrom('lists as l')
    .innerJoin('list_versions as v', 'v.id', 'l.active_version_id')
    .select(['l.id', 'v.id as version_id', 'v.seq'])
    .orderBy('l.id');
  if (opts.lists?.length) lq = lq.where('l.id', 'in', opts.lists);
  for (const l of await lq.execute()) {
    let after = '';
    for (;;) {
      const rows = await db.kysely
        .selectFrom('list_entities')
        .select(['entity_id', 'data', 'source_id'])
        .where('version_id', '=', Number(l.version_id))
        .where('entity_id', '>', after)
        .orderBy('entity_id')
        .limit(PAGE)
        .execute();
      for (const r of rows) yield rowEntity(r, l.id, Number(l.seq));
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1]!.entity_id;
    }
  }
}
