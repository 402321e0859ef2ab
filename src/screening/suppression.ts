/**
 * Memory of adjudicated false positives: once a subject and a listed entity are judged "not the
 * same", that pair does not alert again, until the listed entity's data changes in a later list
 * version (its content hash differs from the one adjudicated), which lifts the suppression.
 * Called by the cases work (raiseAlert, four-eyes adjudication) and by screening.
 */
import type { Db, Tx } from '../store/db.js';
import { nowIso } from '../store/db.js';
import { InputError } from '../errors.js';
import './schema.js';

export interface SuppressInput {
  /** The subject's stable key in its channel (customer id, document number...). */
  subjectKey: string;
  entityId: string;
  /** contentHash (src/model/entity.ts) of the listed entity as adjudicated. */
  entityHash: string;
  /** Who decided (principal id or name; for the record). */
  by: string;
  reason: string;
}

export interface Suppression extends SuppressInput {
  id: number;
  createdAt: string;
  liftedAt: string | null;
  liftedReason: string | null;
}

/** Records a suppression; an earlier one in force for the same pair is replaced. */
export async function suppress(db: Db, input: SuppressInput, tx?: Tx): Promise<Suppression> {
  for (const k of ['subjectKey', 'entityId', 'entityHash', 'by', 'reason'] as const) {
    if (!input[k] || typeof input[k] !== 'string') throw new InputError(`${k} is required`, { field: k });
  }
  const run = async (t: Tx | Db['kysely']) => {
    const at = nowIso();
    await t
      .updateTable('screening_suppressions')
      .set({ lifted_at: at, lifted_reason: 'replaced by a newer adjudication' })
      .where('subject_key', '=', input.subjectKey)
      .where('entity_id', '=', input.entityId)
      .where('lifted_at', 'is', null)
      .execute();
    const row = await t
      .insertInto('screening_suppressions')
      .values({ subject_key: input.subjectKey, entity_id: input.entityId, entity_hash: input.entityHash, by: input.by, reason: input.reason, created_at: at, lifted_at: null, lifted_reason: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...input, id: Number(row.id), createdAt: at, liftedAt: null, liftedReason: null };
  };
  return tx ? run(tx) : db.kysely.transaction().execute(run);
}

/**
 * True when the pair is suppressed and the listed entity still reads as it did when adjudicated.
 * A suppression whose entity has since changed is lifted (recorded) and no longer counts.
 */
export async function isSuppressed(db: Db, subjectKey: string, entityId: string, currentEntityHash: string, tx?: Tx): Promise<boolean> {
  const k = tx ?? db.kysely;
  const rows = await k
    .selectFrom('screening_suppressions')
    .select(['id', 'entity_hash'])
    .where('subject_key', '=', subjectKey)
    .where('entity_id', '=', entityId)
    .where('lifted_at', 'is', null)
    .execute();
  if (!rows.length) return false;
  if (rows.some((r) => r.entity_hash === currentEntityHash)) return true;
  await k
    .updateTable('screening_suppressions')
    .set({ lifted_at: nowIso(), lifted_reason: "the listed entity's data changed in a later list version" })
    .where('id', 'in', rows.map((r) => Number(r.id)))
    .execute();
  return false;
}

/** The suppressions of a subject (or of every subject when none is given), newest first. */
export async function listSuppressions(db: Db, opts: { subjectKey?: string; entityId?: string; active?: boolean } = {}): Promise<Suppression[]> {
  let q = db.kysely.selectFrom('screening_suppressions').selectAll();
  if (opts.subjectKey) q = q.where('subject_key', '=', opts.subjectKey);
  if (opts.entityId) q = q.where('entity_id', '=', opts.entityId);
  if (opts.active) q = q.where('lifted_at', 'is', null);
  const rows = await q.orderBy('id', 'desc').limit(1000).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    subjectKey: r.subject_key,
    entityId: r.entity_id,
    entityHash: r.entity_hash,
    by: r.by,
    reason: r.reason,
    createdAt: r.created_at,
    liftedAt: r.lifted_at,
    liftedReason: r.lifted_reason,
  }));
}
