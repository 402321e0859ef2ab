/**
 * Entry and exit records from the primary inspection flow: scan, result, officer decision.
 * An exit closes the traveller's latest open entry (same document, else same name and birth
 * date); the pair is a stay. Admitted entries carry the date the stay is allowed until, which
 * the overstay report compares with exits and with today.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db.js';
import { nowIso, sql } from '../../store/db.js';
import { InputError } from '../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { docKey, personKey, type TravellerSubject } from '../screen/subject.js';
import type { Verdict } from '../screen/findings.js';
import './schema.js';
import type { CrossingTable } from './schema.js';

export type Decision = 'admit' | 'refer' | 'refuse';
export const DECISIONS: readonly Decision[] = ['admit', 'refer', 'refuse'];
export const DEFAULT_STAY_DAYS = 90;

export interface CrossingInput {
  direction: 'entry' | 'exit';
  post: string;
  decision: Decision;
  subject: TravellerSubject;
  /** what screening said, and why (kept with the record) */
  verdict?: Verdict;
  reasons?: string[];
  /** ISO time; default now */
  at?: string;
  /** admitted entries: days allowed (default 90) */
  stayDays?: number;
  manifestId?: string;
}

export interface Crossing {
  id: string;
  direction: 'entry' | 'exit';
  post: string;
  at: string;
  officer: { id: string; name: string };
  decision: Decision;
  verdict: string | null;
  reasons: string[];
  document: { type: string; number: string; country: string | null };
  nationality: string | null;
  lastName: string;
  firstNames: string;
  birthDate: string | null;
  allowedUntil: string | null;
  entryId: string | null;
  exitId: string | null;
}

export function toCrossing(r: CrossingTable): Crossing {
  return {
    id: r.id,
    direction: r.direction,
    post: r.post,
    at: r.at,
    officer: { id: r.officer_id, name: r.officer_name },
    decision: r.decision,
    verdict: r.verdict,
    reasons: JSON.parse(r.reasons_json) as string[],
    document: { type: r.doc_type, number: r.doc_number, country: r.doc_country },
    nationality: r.nationality,
    lastName: r.last_name,
    firstNames: r.first_names,
    birthDate: r.birth_date,
    allowedUntil: r.allowed_until,
    entryId: r.entry_id,
    exitId: r.exit_id,
  };
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

export async function recordCrossing(db: Db, officer: Principal, input: CrossingInput): Promise<Crossing> {
  if (input.direction !== 'entry' && input.direction !== 'exit') throw new InputError('direction must be "entry" or "exit"', { field: 'direction' });
  if (!DECISIONS.includes(input.decision)) throw new InputError('decision must be admit, refer or refuse', { field: 'decision' });
  if (!input.post?.trim()) throw new InputError('a crossing needs its border post', { field: 'post' });
  const s = input.subject;
  if (!s.document?.number) throw new InputError('a crossing needs the document number', { field: 'document.number' });
  const at = input.at ?? nowIso();
  if (Number.isNaN(Date.parse(at))) throw new InputError(`"${at}" is not an ISO time`, { field: 'at' });
  const country = s.document.issuingCountry ?? s.document.issuingState ?? null;
  const row: CrossingTable = {
    id: randomUUID(),
    direction: input.direction,
    post: input.post.trim(),
    at: new Date(at).toISOString(),
    officer_id: officer.id,
    officer_name: officer.name,
    decision: input.decision,
    verdict: input.verdict ?? null,
    reasons_json: JSON.stringify(input.reasons ?? []),
    doc_type: s.document.type,
    doc_number: s.document.number,
    doc_country: country,
    doc_key: docKey(s.document.number, country),
    nationality: s.nationality ?? s.nationalityCode ?? null,
    last_name: s.lastName,
    first_names: s.firstNames,
    birth_date: s.birthDate ?? null,
    person_key: personKey(s.lastName, s.firstNames, s.birthDate),
    allowed_until: input.direction === 'entry' && input.decision === 'admit' ? addDays(at, input.stayDays ?? DEFAULT_STAY_DAYS) : null,
    entry_id: null,
    exit_id: null,
    manifest_id: input.manifestId ?? null,
    created_at: nowIso(),
  };
  await db.kysely.transaction().execute(async (tx) => {
    if (row.direction === 'exit') {
      // the latest admitted, still open entry of this document, else of this person
      const open = (key: 'doc_key' | 'person_key', v: string) =>
        tx.selectFrom('travel_crossings').select('id').where(key, '=', v).where('direction', '=', 'entry').where('decision', '=', 'admit')
          .where('exit_id', 'is', null).where('at', '<=', row.at).orderBy('at', 'desc').limit(1).executeTakeFirst();
      const entry = (await open('doc_key', row.doc_key)) ?? (row.person_key ? await open('person_key', row.person_key) : undefined);
      if (entry) row.entry_id = entry.id;
    }
    await tx.insertInto('travel_crossings').values(row).execute();
    if (row.entry_id) await tx.updateTable('travel_crossings').set({ exit_id: row.id }).where('id', '=', row.entry_id).execute();
  });
  return toCrossing(row);
}

export interface CrossingQuery {
  post?: string;
  from?: string;
  to?: string;
  docNumber?: string;
  direction?: 'entry' | 'exit';
  limit?: number;
}

export async function listCrossings(db: Db, q: CrossingQuery = {}): Promise<Crossing[]> {
  let s = db.kysely.selectFrom('travel_crossings').selectAll();
  if (q.post) s = s.where('post', '=', q.post);
  if (q.from) s = s.where('at', '>=', q.from);
  if (q.to) s = s.where('at', '<', q.to);
  if (q.direction) s = s.where('direction', '=', q.direction);
  if (q.docNumber) s = s.where('doc_number', '=', q.docNumber);
  const rows = await s.orderBy('at', 'desc').limit(Math.min(q.limit ?? 100, 1000)).execute();
  return rows.map(toCrossing);
}

export interface Stay {
  entry: Crossing;
  exit: Crossing | null;
  /** whole days from entry to exit, or to today while still in the country */
  days: number;
  allowedUntil: string | null;
  /** days beyond the allowed date (0 when none) */
  overstayDays: number;
}

function daysBetween(a: string, b: string): number {
  return Math.floor((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86_400_000);
}

async function staysWhere(db: Db, filter: { docKey?: string; openOnly?: boolean; overstayedBy?: string }, today: Date): Promise<Stay[]> {
  let q = db.kysely
    .selectFrom('travel_crossings as e')
    .leftJoin('travel_crossings as x', 'x.id', 'e.exit_id')
    .selectAll('e')
    .select(['x.id as x_id'])
    .where('e.direction', '=', 'entry')
    .where('e.decision', '=', 'admit');
  if (filter.docKey) q = q.where('e.doc_key', '=', filter.docKey);
  if (filter.openOnly) q = q.where('e.exit_id', 'is', null);
  if (filter.overstayedBy) {
    const d = filter.overstayedBy;
    // still here after the allowed date, or left after it
    q = q.where((eb) => eb.and([eb('e.allowed_until', '<', d), eb.or([eb('e.exit_id', 'is', null), eb(sql`substr(x.at, 1, 10)`, '>', eb.ref('e.allowed_until'))])]));
  }
  const rows = await q.orderBy('e.at').limit(10_000).execute();
  const exitIds = rows.map((r) => r.x_id).filter((x): x is string => !!x);
  const exits = new Map<string, Crossing>();
  for (let i = 0; i < exitIds.length; i += 500) {
    for (const r of await db.kysely.selectFrom('travel_crossings').selectAll().where('id', 'in', exitIds.slice(i, i + 500)).execute()) exits.set(r.id, toCrossing(r));
  }
  const todayIso = today.toISOString().slice(0, 10);
  return rows.map((r) => {
    const { x_id, ...entryRow } = r;
    const entry = toCrossing(entryRow as CrossingTable);
    const exit = x_id ? (exits.get(x_id) ?? null) : null;
    const end = exit ? exit.at.slice(0, 10) : todayIso;
    return {
      entry,
      exit,
      days: daysBetween(entry.at, end),
      allowedUntil: entry.allowedUntil,
      overstayDays: entry.allowedUntil ? Math.max(0, daysBetween(entry.allowedUntil, end)) : 0,
    };
  });
}

/** Stays of one document (or all, for the console's list), newest first. */
export async function listStays(db: Db, opts: { docNumber?: string; country?: string | null; openOnly?: boolean; today?: Date } = {}): Promise<Stay[]> {
  const stays = await staysWhere(db, { ...(opts.docNumber ? { docKey: docKey(opts.docNumber, opts.country ?? null) } : {}), ...(opts.openOnly ? { openOnly: true } : {}) }, opts.today ?? new Date());
  return stays.reverse();
}

/** Everyone who stayed or is staying beyond their allowed date, longest overstay first. */
export async function overstayReport(db: Db, today: Date = new Date()): Promise<Stay[]> {
  const stays = await staysWhere(db, { overstayedBy: today.toISOString().slice(0, 10) }, today);
  return stays.filter((s) => s.overstayDays > 0).sort((a, b) => b.overstayDays - a.overstayDays);
}

export interface CrossingCount {
  key: string;
  entries: number;
  exits: number;
  admitted: number;
  referred: number;
  refused: number;
}

/** Crossings counted by day, post or nationality, within an optional time window. */
export async function countCrossings(db: Db, by: 'day' | 'post' | 'nationality', window: { from?: string; to?: string } = {}): Promise<CrossingCount[]> {
  const key = by === 'day' ? sql<string>`substr(at, 1, 10)` : by === 'post' ? sql<string>`post` : sql<string>`coalesce(nationality, '')`;
  const n = (cond: ReturnType<typeof sql>) => sql<number>`sum(case when ${cond} then 1 else 0 end)`;
  let q = db.kysely
    .selectFrom('travel_crossings')
    .select([
      key.as('key'),
      n(sql`direction = 'entry'`).as('entries'),
      n(sql`direction = 'exit'`).as('exits'),
      n(sql`decision = 'admit'`).as('admitted'),
      n(sql`decision = 'refer'`).as('referred'),
      n(sql`decision = 'refuse'`).as('refused'),
    ]);
  if (window.from) q = q.where('at', '>=', window.from);
  if (window.to) q = q.where('at', '<', window.to);
  const rows = await q.groupBy(key).orderBy(key).execute();
  return rows.map((r) => ({ key: String(r.key), entries: Number(r.entries), exits: Number(r.exits), admitted: Number(r.admitted), referred: Number(r.referred), refused: Number(r.refused) }));
}
