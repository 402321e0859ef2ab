/**
 * Importing a list file as a new list version, in ONE transaction: the version row, its
 * entities and its diff against the version active before are written together or not at all.
 * A reader error (bad XML, wrong column count, duplicate id...) rolls everything back, so the
 * previous version stays active and nothing is half-written.
 *
 * An import whose entities are exactly those of the active version (same ids, same content
 * hashes) is recorded as `unchanged`: a version row that points at the active version's
 * entities, with no entity rows of its own and no new active version.
 */
import path from 'node:path';
import { caption as captionOf, changedProperties, type Entity } from '../model/entity.js';
import type { ListReading } from '../sources/types.js';
import { nowIso, type Db, type Tx } from '../store/db.js';
import { InputError } from '../errors.js';
import { emitListVersion } from './events.js';
import { openReading, sha256File } from './reader.js';
import { chunks, entityRow } from './rows.js';
import type { ListEntityTable, ListDiffTable } from './tables.js';
import type { DiffCounts, ImportOptions, ImportResult } from './types.js';

/** Rows per multi-row INSERT: 7 columns x 500 stays far below both databases' parameter limits. */
const BATCH = 500;
const PROGRESS_EVERY = 500;

export async function importList(db: Db, file: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const sha256 = await sha256File(file).catch(() => {
    throw new InputError('cannot read the file', { file });
  });
  const reading = await openReading(file, { format: opts.format, list: opts.list });
  return importReading(db, reading, { file: path.basename(file), sha256 }, opts);
}

interface Previous {
  versionId: number;
  hashes: Map<string, { hash: string; caption: string }>;
}

/** Imports an already opened reading (importList opens files; tests may hand in their own). */
export async function importReading(
  db: Db,
  reading: ListReading,
  source: { file: string; sha256: string },
  opts: Pick<ImportOptions, 'onProgress'> = {},
): Promise<ImportResult> {
  const list = reading.list;
  const result = await db.kysely.transaction().execute((trx) => writeVersion(db, trx, reading, source, opts));
  if (result.status === 'new') {
    await emitListVersion(db, { list, versionId: result.versionId, seq: result.seq, previousVersionId: result.previousVersionId, diff: result.diff });
  }
  return result;
}

async function writeVersion(
  db: Db,
  trx: Tx,
  reading: ListReading,
  source: { file: string; sha256: string },
  opts: Pick<ImportOptions, 'onProgress'>,
): Promise<ImportResult> {
  const list = reading.list;
  const prev = await lockListAndLoadActive(db, trx, list, reading.format);
  const last = await trx.selectFrom('list_versions').select((eb) => eb.fn.max('seq').as('seq')).where('list_id', '=', list).executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  const inserted = await trx
    .insertInto('list_versions')
    .values({
      list_id: list, seq, imported_at: nowIso(), source_file: source.file, source_sha256: source.sha256,
      format: reading.format, status: 'active', entity_count: 0, content_version_id: null,
      previous_version_id: prev?.versionId ?? null, published_at: null, report: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const versionId = Number(inserted.id);

  // Rows are held back while every entity so far equals the active version's, so that an
  // unchanged re-import writes no entity rows; from the first difference on they stream out.
  let pending: ListEntityTable[] = [];
  let differs = !prev;
  const seen = new Set<string>();
  const added = new Map<string, string>(); // id -> caption
  const changedAfter = new Map<string, Entity>();
  const flush = async () => {
    for (const batch of chunks(pending, BATCH)) await trx.insertInto('list_entities').values(batch).execute();
    pending = [];
  };
  for await (const e of reading.entities) {
    if (seen.has(e.id)) throw new InputError(`duplicate entity id ${e.id}`, { file: source.file, record: e.provenance?.sourceId ?? e.id });
    seen.add(e.id);
    const row = entityRow(versionId, e);
    const before = prev?.hashes.get(e.id);
    if (!before) added.set(e.id, row.caption);
    else if (before.hash !== row.content_hash) changedAfter.set(e.id, e);
    if (!before || before.hash !== row.content_hash) differs = true;
    pending.push(row);
    if (differs && pending.length >= BATCH) await flush();
    if (opts.onProgress && seen.size % PROGRESS_EVERY === 0) opts.onProgress({ entities: seen.size, expected: prev?.hashes.size });
  }
  opts.onProgress?.({ entities: seen.size, expected: prev?.hashes.size });
  if (seen.size === 0) throw new InputError('the file holds no entities', { file: source.file });
  const report = reading.report;
  const reportJson = JSON.stringify(report);
  const publishedAt = report.publishedAt ?? null;

  if (prev && !differs && seen.size === prev.hashes.size) {
    await trx.updateTable('list_versions')
      .set({ status: 'unchanged', entity_count: seen.size, content_version_id: prev.versionId, report: reportJson, published_at: publishedAt })
      .where('id', '=', versionId).execute();
    return { list, versionId, seq, status: 'unchanged', previousVersionId: prev.versionId, report, diff: { added: 0, removed: 0, changed: 0 } };
  }
  await flush();

  const prevId = prev?.versionId ?? null;
  const diffRow = (entity_id: string, change: ListDiffTable['change'], caption: string, props: string[] = []): ListDiffTable =>
    ({ version_id: versionId, previous_version_id: prevId, entity_id, change, caption, properties: JSON.stringify(props) });
  const diffRows: ListDiffTable[] = [...added].map(([id, caption]) => diffRow(id, 'added', caption));
  let removed = 0;
  for (const [id, { caption }] of prev?.hashes ?? []) {
    if (!seen.has(id)) {
      diffRows.push(diffRow(id, 'removed', caption));
      removed++;
    }
  }
  // Which properties changed needs the old entity: read only the changed ones back.
  for (const ids of chunks([...changedAfter.keys()], BATCH)) {
    const rows = await trx.selectFrom('list_entities').select(['entity_id', 'data']).where('version_id', '=', prevId!).where('entity_id', 'in', ids).execute();
    for (const r of rows) {
      const after = changedAfter.get(r.entity_id)!;
      diffRows.push(diffRow(r.entity_id, 'changed', captionOf(after), changedProperties(JSON.parse(r.data) as Entity, after)));
    }
  }
  for (const batch of chunks(diffRows, BATCH)) await trx.insertInto('list_diffs').values(batch).execute();

  const diff: DiffCounts = { added: added.size, removed, changed: changedAfter.size };
  await trx.updateTable('list_versions')
    .set({ entity_count: seen.size, content_version_id: versionId, report: reportJson, published_at: publishedAt, ...diff })
    .where('id', '=', versionId).execute();
  if (prev) await trx.updateTable('list_versions').set({ status: 'superseded' }).where('id', '=', prev.versionId).execute();
  await trx.updateTable('lists').set({ active_version_id: versionId, format: reading.format }).where('id', '=', list).execute();
  return { list, versionId, seq, status: 'new', previousVersionId: prevId, report, diff };
}

/**
 * Creates the list on its first import and reads the active version's hashes. On PostgreSQL the
 * list row is locked so that two imports of one list run one after the other (SQLite already
 * serialises writers).
 */
async function lockListAndLoadActive(db: Db, trx: Tx, list: string, format: string): Promise<Previous | null> {
  await trx.insertInto('lists').values({ id: list, format, created_at: nowIso(), active_version_id: null })
    .onConflict((oc) => oc.column('id').doNothing()).execute();
  let q = trx.selectFrom('lists').select(['id', 'active_version_id']).where('id', '=', list);
  if (db.dialect === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirstOrThrow();
  if (row.active_version_id == null) return null;
  const versionId = Number(row.active_version_id);
  const hashes = new Map<string, { hash: string; caption: string }>();
  const rows = await trx.selectFrom('list_entities').select(['entity_id', 'content_hash', 'caption']).where('version_id', '=', versionId).execute();
  for (const r of rows) hashes.set(r.entity_id, { hash: r.content_hash, caption: r.caption });
  return { versionId, hashes };
}
