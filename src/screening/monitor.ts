/**
 * Monitoring: subjects under watch (customers, vessels, travellers of interest) are re-screened
 * whenever a list version is imported, against only what that version added or changed, and
 * each new hit becomes an alert (channel "monitoring"); a listing the version removed closes its
 * open alerts with a note. Every version gets a report of what it caused.
 *
 * Versions imported in this process arrive through onListVersion; those imported by another
 * process (the CLI beside the server) are caught up from the database: any version with no
 * report yet, imported after the first subject was watched.
 */
import type { Selectable } from 'kysely';
import type { Db } from '../store/db.js';
import { nowIso } from '../store/db.js';
import { SYSTEM, type Principal } from '../auth/principal.js';
import { contentHash, type Entity } from '../model/entity.js';
import { InputError } from '../errors.js';
import { appendAudit } from '../audit/log.js';
import { raiseAlert } from '../cases/alerts.js';
import { closeAlertsForRemovedListing } from '../cases/adjudicate.js';
import { rowEntity, chunks } from '../lists/rows.js';
import { onListVersion } from '../lists/index.js';
import { createEngine } from './engine.js';
import { matchEntity } from './match.js';
import { getProfile, type Profile } from './profiles.js';
import { toQueryEntity } from './query.js';
import type { WatchTable } from './schema.js';
import './schema.js';

export interface WatchInput {
  subjectKey: string;
  entity: Entity;
  profile?: string;
}

export interface Watched {
  id: number;
  subjectKey: string;
  agency: string;
  entity: Entity;
  profile: string;
  createdBy: string;
  createdAt: string;
}

function view(r: Selectable<WatchTable>): Watched {
  return { id: Number(r.id), subjectKey: r.subject_key, agency: r.agency, entity: JSON.parse(r.entity) as Entity, profile: r.profile, createdBy: r.created_by, createdAt: r.created_at };
}

/**
 * Puts subjects under watch for the principal's agency. A subject key already watched by the
 * agency is replaced (its entity and profile updated). All or nothing.
 */
export async function watchSubjects(db: Db, principal: Principal, items: WatchInput[]): Promise<Watched[]> {
  if (!items.length) throw new InputError('nothing to watch: the list of subjects is empty', { field: 'subjects' });
  const profiles = new Set(items.map((i) => i.profile ?? 'default'));
  for (const p of profiles) await getProfile(db, p);
  const keys = new Set<string>();
  items.forEach((it, i) => {
    if (!it.subjectKey || it.subjectKey.length > 200) throw new InputError('subjectKey must be 1 to 200 characters', { field: `subjects.${i}.subjectKey` });
    if (keys.has(it.subjectKey)) throw new InputError(`subjectKey "${it.subjectKey}" is given twice`, { field: `subjects.${i}.subjectKey` });
    keys.add(it.subjectKey);
  });
  const now = nowIso();
  const out = await db.kysely.transaction().execute(async (t) => {
    const res: Watched[] = [];
    for (const part of chunks(items, 200)) {
      await t.updateTable('screening_watch').set({ removed_at: now }).where('agency', '=', principal.agency).where('subject_key', 'in', part.map((i) => i.subjectKey)).where('removed_at', 'is', null).execute();
      const rows = await t
        .insertInto('screening_watch')
        .values(part.map((it) => ({ subject_key: it.subjectKey, agency: principal.agency, entity: JSON.stringify({ ...it.entity, id: it.entity.id || it.subjectKey }), profile: it.profile ?? 'default', created_by: principal.id, created_at: now, removed_at: null })))
        .returningAll()
        .execute();
      res.push(...rows.map(view));
    }
    return res;
  });
  await appendAudit(db, { actor: principal, action: 'watch.add', detail: { count: out.length, subjects: out.map((w) => w.subjectKey).slice(0, 1000) } });
  return out;
}

export async function unwatch(db: Db, principal: Principal, subjectKey: string): Promise<boolean> {
  const r = await db.kysely.updateTable('screening_watch').set({ removed_at: nowIso() }).where('agency', '=', principal.agency).where('subject_key', '=', subjectKey).where('removed_at', 'is', null).executeTakeFirst();
  const done = Number(r.numUpdatedRows) > 0;
  if (done) await appendAudit(db, { actor: principal, action: 'watch.remove', subject: `subject:${subjectKey}` });
  return done;
}

/** The agency's watched subjects (every agency's for the system principal). */
export async function listWatched(db: Db, principal: Principal, opts: { limit?: number; offset?: number } = {}): Promise<{ total: number; subjects: Watched[] }> {
  let q = db.kysely.selectFrom('screening_watch').where('removed_at', 'is', null);
  if (principal.kind !== 'system') q = q.where('agency', '=', principal.agency);
  const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q.selectAll().orderBy('id').limit(opts.limit ?? 100).offset(opts.offset ?? 0).execute();
  return { total, subjects: rows.map(view) };
}

export interface MonitoringReport {
  list: string;
  seq: number;
  versionId: number;
  at: string;
  /** What the version changed, as the list service counted it. */
  added: number;
  changed: number;
  removed: number;
  subjectsScreened: number;
  /** New alerts, one per new hit. */
  alerts: { alertId: string; subjectKey: string; agency: string; entityId: string; score: number; band: string }[];
  /** Hits that were already alerted (an open alert existed) or suppressed as adjudicated false positives. */
  alreadyAlerted: number;
  suppressed: number;
  /** Listings removed by this version and how many open alerts each closed. */
  closed: { entityId: string; alerts: number }[];
}

/** Re-screens the watched subjects against one list version's additions and changes. */
export async function monitorVersion(db: Db, versionId: number): Promise<MonitoringReport> {
  const existing = await db.kysely.selectFrom('screening_monitoring_reports').select('report').where('version_id', '=', versionId).executeTakeFirst();
  if (existing) return JSON.parse(existing.report) as MonitoringReport;
  const v = await db.kysely.selectFrom('list_versions').select(['id', 'list_id', 'seq', 'status']).where('id', '=', versionId).executeTakeFirst();
  if (!v) throw new InputError(`no list version ${versionId}`, { field: 'versionId' });
  const diffs = await db.kysely.selectFrom('list_diffs').select(['entity_id', 'change']).where('version_id', '=', versionId).execute();
  const fresh = diffs.filter((d) => d.change !== 'removed').map((d) => d.entity_id);
  const removed = diffs.filter((d) => d.change === 'removed').map((d) => d.entity_id);

  const entities: Entity[] = [];
  for (const ids of chunks(fresh, 500)) {
    const rows = await db.kysely.selectFrom('list_entities').select(['data', 'source_id']).where('version_id', '=', versionId).where('entity_id', 'in', ids).execute();
    for (const r of rows) entities.push(rowEntity(r, v.list_id, Number(v.seq)));
  }
  const report: MonitoringReport = {
    list: v.list_id,
    seq: Number(v.seq),
    versionId,
    at: nowIso(),
    added: diffs.filter((d) => d.change === 'added').length,
    changed: diffs.filter((d) => d.change === 'changed').length,
    removed: removed.length,
    subjectsScreened: 0,
    alerts: [],
    alreadyAlerted: 0,
    suppressed: 0,
    closed: [],
  };

  if (entities.length) {
    const engine = createEngine(entities);
    const profiles = new Map<string, Profile>();
    let after = 0;
    for (;;) {
      const page = await db.kysely.selectFrom('screening_watch').selectAll().where('removed_at', 'is', null).where('id', '>', after).orderBy('id').limit(1000).execute();
      if (!page.length) break;
      after = Number(page[page.length - 1]!.id);
      for (const w of page.map(view)) {
        report.subjectsScreened++;
        let profile = profiles.get(w.profile);
        if (!profile) profiles.set(w.profile, (profile = await getProfile(db, w.profile).catch(() => getProfile(db, 'default'))));
        for (const h of matchEntity(engine, profile, w.entity, { limit: 10 })) {
          const listed = entities.find((e) => e.id === h.entityId)!;
          const r = await raiseAlert(db, {
            channel: 'monitoring',
            agency: w.agency,
            subject: w.entity,
            subjectKey: w.subjectKey,
            listed,
            listId: v.list_id,
            listVersion: Number(v.seq),
            score: h.score,
            band: h.band,
            reasons: h.explanation,
            sourceRef: `list:${v.list_id}:${v.seq}`,
            // One alert per subject and listed entity as it reads: a later version that changes
            // the listing alerts again; one that leaves it alone does not.
            dedupeKey: ['monitoring', w.agency, w.subjectKey, listed.id, contentHash(listed)].join('|'),
          });
          if (r.created) report.alerts.push({ alertId: r.id, subjectKey: w.subjectKey, agency: w.agency, entityId: h.entityId, score: h.score, band: h.band });
          else if (r.suppressed) report.suppressed++;
          else report.alreadyAlerted++;
        }
      }
    }
  }
  for (const id of removed) {
    const n = await closeAlertsForRemovedListing(db, SYSTEM, id, `closed: ${id} was removed from list ${v.list_id} in version ${v.seq}`);
    if (n) report.closed.push({ entityId: id, alerts: n });
  }
  // The unique version_id makes a concurrent second run fail here rather than report twice.
  await db.kysely.insertInto('screening_monitoring_reports').values({ list_id: v.list_id, version_id: versionId, seq: Number(v.seq), at: report.at, report: JSON.stringify(report) }).execute();
  await appendAudit(db, { actor: SYSTEM, action: 'monitoring.run', subject: `list:${v.list_id}:${v.seq}`, detail: { ...report, alerts: report.alerts.length } });
  return report;
}

/**
 * Monitors every list version that has no report yet and was imported after the first subject
 * was put under watch (earlier versions predate monitoring). Oldest first.
 */
export async function catchUpMonitoring(db: Db): Promise<MonitoringReport[]> {
  const first = await db.kysely.selectFrom('screening_watch').select((eb) => eb.fn.min('created_at').as('at')).executeTakeFirst();
  if (!first?.at) return [];
  const pending = await db.kysely
    .selectFrom('list_versions as v')
    .leftJoin('screening_monitoring_reports as r', 'r.version_id', 'v.id')
    .select('v.id')
    .where('r.id', 'is', null)
    .where('v.status', '!=', 'unchanged')
    .where('v.imported_at', '>=', first.at as string)
    .orderBy('v.id')
    .execute();
  const out: MonitoringReport[] = [];
  for (const p of pending) out.push(await monitorVersion(db, Number(p.id)));
  return out;
}

export async function listReports(db: Db, opts: { list?: string; limit?: number } = {}): Promise<MonitoringReport[]> {
  let q = db.kysely.selectFrom('screening_monitoring_reports').select('report');
  if (opts.list) q = q.where('list_id', '=', opts.list);
  return (await q.orderBy('id', 'desc').limit(opts.limit ?? 50).execute()).map((r) => JSON.parse(r.report) as MonitoringReport);
}

/** Monitors every version imported in this process, as soon as it is committed. */
export function startMonitoring(): () => void {
  return onListVersion(async (db, event) => {
    await monitorVersion(db, event.versionId);
  });
}

/** Turns an entity given by a caller into a watchable one (same checks as screening). */
export function watchEntity(input: { id?: string; schema: string; properties: Record<string, string[]> }, field: string): Entity {
  return toQueryEntity(input, field);
}
