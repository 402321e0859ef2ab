/**
 * Reading lists and their versions.
 */
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import { InputError } from '../errors.js';
import type { ListVersionTable } from './tables.js';
import type { ListInfo, VersionInfo } from './types.js';

type VersionRow = Selectable<ListVersionTable>;

function toInfo(r: VersionRow, seqOf: Map<number, number>): VersionInfo {
  let warnings = 0;
  try {
    const report = JSON.parse(r.report) as { warnings?: unknown[]; warningCount?: number };
    warnings = report.warningCount ?? report.warnings?.length ?? 0;
  } catch {
    /* an unreadable report counts no warnings */
  }
  return {
    id: Number(r.id),
    list: r.list_id,
    seq: Number(r.seq),
    status: r.status,
    importedAt: r.imported_at,
    sourceFile: r.source_file,
    sourceSha256: r.source_sha256,
    format: r.format,
    entityCount: Number(r.entity_count),
    publishedAt: r.published_at,
    sameAsSeq: r.status === 'unchanged' && r.content_version_id != null ? seqOf.get(Number(r.content_version_id)) ?? null : null,
    previousSeq: r.previous_version_id != null ? seqOf.get(Number(r.previous_version_id)) ?? null : null,
    diff: { added: Number(r.added), removed: Number(r.removed), changed: Number(r.changed) },
    warnings,
  };
}

/** Every version of a list, oldest first. Throws InputError for an unknown list. */
export async function listVersions(db: Db, list: string): Promise<VersionInfo[]> {
  const rows = await db.kysely.selectFrom('list_versions').selectAll().where('list_id', '=', list).orderBy('seq').execute();
  if (!rows.length) await requireList(db, list);
  const seqOf = new Map(rows.map((r) => [Number(r.id), Number(r.seq)]));
  return rows.map((r) => toInfo(r, seqOf));
}

export async function listLists(db: Db): Promise<ListInfo[]> {
  const lists = await db.kysely.selectFrom('lists').selectAll().orderBy('id').execute();
  const out: ListInfo[] = [];
  for (const l of lists) {
    const versions = await listVersions(db, l.id);
    out.push({
      id: l.id,
      format: l.format,
      createdAt: l.created_at,
      versions: versions.length,
      active: versions.find((v) => v.id === Number(l.active_version_id)) ?? null,
    });
  }
  return out;
}

export async function requireList(db: Db, list: string): Promise<{ id: string; active_version_id: number | null }> {
  const row = await db.kysely.selectFrom('lists').select(['id', 'active_version_id']).where('id', '=', list).executeTakeFirst();
  if (!row) throw new InputError(`no list "${list}"`);
  return row;
}

/** A version of a list by its seq, or the active one when seq is not given. */
export async function findVersion(db: Db, list: string, seq?: number): Promise<VersionRow> {
  const l = await requireList(db, list);
  let q = db.kysely.selectFrom('list_versions').selectAll().where('list_id', '=', list);
  if (seq != null) q = q.where('seq', '=', seq);
  else if (l.active_version_id != null) q = q.where('id', '=', Number(l.active_version_id));
  else throw new InputError(`list "${list}" has no active version`);
  const row = await q.executeTakeFirst();
  if (!row) throw new InputError(`list "${list}" has no version ${seq}`);
  return row;
}
