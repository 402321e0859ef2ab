/**
 * `raiseAlert(db, input)`: the one entry into the alert stream, for every channel.
 * The subject and the listed entity are stored as they were (frozen JSON) with the list version,
 * score and reasons, so that a later list update never changes what the officer saw.
 * Idempotent on the dedupe key (a unique column: a second raise, even concurrent, finds the first).
 * A subject/listed-entity pair adjudicated a false positive and suppressed is not raised again
 * until the listed entity's data changes (src/screening/suppression.ts decides).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { caption, contentHash } from '../model/entity.js';
import { InputError } from '../errors.js';
import { appendAudit } from '../audit/log.js';
import { SYSTEM } from '../auth/principal.js';
import type { NewAlert, RaisedAlert, AlertChannel } from './types.js';
import { isSuppressed } from '../screening/suppression.js';
import './schema.js';

export const CHANNELS: readonly AlertChannel[] = ['border', 'manifest', 'monitoring', 'batch', 'screening', 'biometrics', 'maritime', 'finance', 'cargo'];
const BANDS = ['none', 'review', 'block'];

/**
 * Queue priority: the score dominates; a blocking band and a live channel (a traveller at the
 * desk, a face at the gate) go first because someone is waiting. Age breaks ties in the queue.
 */
const CHANNEL_URGENCY: Record<string, number> = { border: 20, biometrics: 20, manifest: 15, maritime: 10, cargo: 10, finance: 5, monitoring: 5, screening: 5, batch: 0 };

export function alertPriority(a: Pick<NewAlert, 'score' | 'band' | 'channel'>): number {
  return Math.round(a.score * 100) + (a.band === 'block' ? 30 : 0) + (CHANNEL_URGENCY[a.channel] ?? 0);
}

export function defaultDedupeKey(a: NewAlert): string {
  return [a.agency, a.channel, a.subjectKey, a.listed.id, a.sourceRef ?? ''].join('|');
}

export async function raiseAlert(db: Db, input: NewAlert): Promise<RaisedAlert> {
  validate(input);
  const dedupeKey = input.dedupeKey ?? defaultDedupeKey(input);
  const existing = await db.kysely.selectFrom('alerts').select('id').where('dedupe_key', '=', dedupeKey).executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  const listedHash = contentHash(input.listed);
  if (await isSuppressed(db, input.subjectKey, input.listed.id, listedHash)) {
    return { id: '', created: false, suppressed: true };
  }
  const now = new Date().toISOString();
  const id = randomUUID();
  const res = await db.kysely
    .insertInto('alerts')
    .values({
      id,
      channel: input.channel,
      agency: input.agency,
      subject_key: input.subjectKey,
      subject_name: caption(input.subject).slice(0, 500),
      subject_json: JSON.stringify(input.subject),
      listed_id: input.listed.id,
      listed_name: caption(input.listed).slice(0, 500),
      listed_hash: listedHash,
      listed_json: JSON.stringify(input.listed),
      list_id: input.listId,
      list_version: input.listVersion,
      score: input.score,
      band: input.band,
      reasons_json: JSON.stringify(input.reasons ?? []),
      source_ref: input.sourceRef ?? null,
      dedupe_key: dedupeKey,
      priority: alertPriority(input),
      status: 'open',
      assignee: null,
      created_at: now,
      updated_at: now,
      decision: null, decision_by: null, decision_reason: null, decided_at: null,
      approved_by: null, approved_at: null, approval_reason: null, time_to_decision_ms: null, case_id: null, active: 1,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  if (!res.numInsertedOrUpdatedRows || Number(res.numInsertedOrUpdatedRows) === 0) {
    // a concurrent raise of the same hit won the race
    const won = await db.kysely.selectFrom('alerts').select('id').where('dedupe_key', '=', dedupeKey).executeTakeFirstOrThrow();
    return { id: won.id, created: false };
  }
  await appendAudit(db, {
    actor: SYSTEM,
    action: 'alert.raise',
    subject: `alert:${id}`,
    detail: { channel: input.channel, agency: input.agency, listed: input.listed.id, list: input.listId, version: input.listVersion, score: input.score, band: input.band, sourceRef: input.sourceRef },
  });
  return { id, created: true };
}

function validate(a: NewAlert): void {
  const bad = (field: string, msg: string) => { throw new InputError(msg, { field }); };
  if (!a || typeof a !== 'object') bad('alert', 'an alert is required');
  if (!CHANNELS.includes(a.channel)) bad('channel', `unknown channel "${String(a.channel).slice(0, 40)}"`);
  if (typeof a.agency !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(a.agency)) bad('agency', 'agency must be a lower-case code');
  if (typeof a.subjectKey !== 'string' || !a.subjectKey || a.subjectKey.length > 500) bad('subjectKey', 'subjectKey must be 1 to 500 characters');
  if (!a.subject || typeof a.subject.id !== 'string') bad('subject', 'subject entity is required');
  if (!a.listed || typeof a.listed.id !== 'string' || !a.listed.id) bad('listed', 'listed entity is required');
  if (typeof a.listId !== 'string' || !a.listId) bad('listId', 'listId is required');
  if (!Number.isInteger(a.listVersion)) bad('listVersion', 'listVersion must be an integer');
  if (typeof a.score !== 'number' || !(a.score >= 0 && a.score <= 1)) bad('score', 'score must be between 0 and 1');
  if (!BANDS.includes(a.band)) bad('band', `unknown band "${String(a.band).slice(0, 20)}"`);
  if (a.dedupeKey != null && (typeof a.dedupeKey !== 'string' || a.dedupeKey.length > 1000)) bad('dedupeKey', 'dedupeKey must be at most 1000 characters');
}
