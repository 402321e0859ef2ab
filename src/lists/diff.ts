/**
 * The difference between two versions of a list. The diff of each new version against the one
 * before it is stored when the version is written (it drives re-screening); any other pair is
 * computed from the versions' entity hashes.
 */
import { changedProperties, type Entity } from '../model/entity.js';
import type { Db } from '../store/db.js';
import { InputError } from '../errors.js';
import { chunks } from './rows.js';
import { findVersion } from './versions.js';
import type { DiffEntry, ListDiff } from './types.js';

/**
 * `getDiff(db, list)`: the active version against the one before it. `getDiff(db, list, a, b)`:
 * version seq `a` against seq `b` (either order is allowed; `from` is the first argument).
 */
export async function getDiff(db: Db, list: string, from?: number, to?: number): Promise<ListDiff> {
  if ((from == null) !== (to == null)) throw new InputError('give both versions or neither', { field: 'version' });
  const toRow = await findVersion(db, list, to);
  const toContent = Number(toRow.content_version_id ?? toRow.id);
  let fromContent: number | null;
  let fromSeq: number | null;
  if (from == null) {
    fromContent = toRow.previous_version_id == null ? null : Number(toRow.previous_version_id);
    fromSeq = fromContent == null ? null : Number((await db.kysely.selectFrom('list_versions').select('seq').where('id', '=', fromContent).executeTakeFirstOrThrow()).seq);
  } else {
    const fromRow = await findVersion(db, list, from);
    fromContent = Number(fromRow.content_version_id ?? fromRow.id);
    fromSeq = Number(fromRow.seq);
  }
  const entries = fromContent === toContent ? [] : await diffEntries(db, fromContent, toContent);
  const by = (c: DiffEntry['change']) => entries.filter((e) => e.change === c).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const added = by('added');
  const removed = by('removed');
  const changed = by('changed');
  return { list, from: fromSeq, to: Number(toRow.seq), counts: { added: added.length, removed: removed.length, changed: changed.length }, added, removed, changed };
}

async function diffEntries(db: Db, fromContent: number | null, toContent: number): Promise<DiffEntry[]> {
  const stored = await db.kysely.selectFrom('list_diffs').select(['entity_id', 'change', 'caption', 'properties', 'previous_version_id']).where('version_id', '=', toContent).execute();
  const storedFrom = stored.length ? stored[0]!.previous_version_id : undefined;
  if (stored.length && (storedFrom == null ? null : Number(storedFrom)) === fromContent) {
    return stored.map((r) => ({ id: r.entity_id, caption: r.caption, change: r.change, properties: JSON.parse(r.properties) as string[] }));
  }
  return computeDiff(db, fromContent, toContent);
}

async function hashes(db: Db, versionId: number | null): Promise<Map<string, { hash: string; caption: string }>> {
  const out = new Map<string, { hash: string; caption: string }>();
  if (versionId == null) return out;
  const rows = await db.kysely.selectFrom('list_entities').select(['entity_id', 'content_hash', 'caption']).where('version_id', '=', versionId).execute();
  for (const r of rows) out.set(r.entity_id, { hash: r.content_hash, caption: r.caption });
  return out;
}

async function entitiesOf(db: Db, versionId: number, ids: string[]): Promise<Map<string, Entity>> {
  const out = new Map<string, Entity>();
  for (const batch of chunks(ids, 500)) {
    const rows = await db.kysely.selectFrom('list_entities').select(['entity_id', 'data']).where('version_id', '=', versionId).where('entity_id', 'in', batch).execute();
    for (const r of rows) out.set(r.entity_id, JSON.parse(r.data) as Entity);
  }
  return out;
}

async function computeDiff(db: Db, fromContent: number | null, toContent: number): Promise<DiffEntry[]> {
  const a = await hashes(db, fromContent);
  const b = await hashes(db, toContent);
  const out: DiffEntry[] = [];
  const changedIds: string[] = [];
  for (const [id, v] of b) {
    const old = a.get(id);
    if (!old) out.push({ id, caption: v.caption, change: 'added', properties: [] });
    else if (old.hash !== v.hash) changedIds.push(id);
  }
  for (const [id, v] of a) if (!b.has(id)) out.push({ id, caption: v.caption, change: 'removed', properties: [] });
  if (changedIds.length && fromContent != null) {
    const before = await entitiesOf(db, fromContent, changedIds);
    const after = await entitiesOf(db, toContent, changedIds);
    for (const id of changedIds) {
      out.push({ id, caption: b.get(id)!.caption, change: 'changed', properties: changedProperties(before.get(id)!, after.get(id)!) });
    }
  }
  return out;
}
