/**
 * Batch jobs submitted through the API: a CSV or JSON lines file (with a column mapping for CSV)
 * screened in the background on every core. Progress lives in the database: each chunk's results
 * and the job's `rows_done` are written in one transaction, strictly in input order, so a job
 * whose process dies resumes at `rows_done + 1` (the results' primary key (job, row) refuses a
 * second copy of any row). Hits become alerts (channel "batch") when the job asks for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../../store/db.js';
import { nowIso } from '../../store/db.js';
import { SYSTEM, type Principal } from '../../auth/principal.js';
import type { Entity } from '../../model/entity.js';
import { InputError } from '../../errors.js';
import { appendAudit } from '../../audit/log.js';
import { raiseAlert } from '../../cases/alerts.js';
import { getProfile } from '../profiles.js';
import { loadActiveEntities } from '../index-build.js';
import { DEFAULT_LIMIT } from '../match.js';
import type { BatchHit } from '../hits.js';
import type { JobTable, JobStatus } from '../schema.js';
import { readRows, scanRows, type InputFormat, type InputSpec } from './input.js';
import { ScreeningPool } from './pool.js';
import { runPipeline } from './pipeline.js';
import '../schema.js';

export interface NewJob {
  /** The uploaded file, already saved under the jobs folder. */
  file: string;
  inputName: string;
  format: InputFormat;
  mapping?: Record<string, string>;
  schema?: string;
  profile?: string;
  limit?: number;
  raiseAlerts?: boolean;
}

export interface JobView {
  id: string;
  status: JobStatus;
  inputName: string;
  format: string;
  profile: string;
  limit: number;
  raiseAlerts: boolean;
  totalRows: number;
  rowsDone: number;
  rowsWithHits: number;
  /** Rows per second between start and the last update. */
  rate: number | null;
  secondsLeft: number | null;
  createdBy: string;
  agency: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

export function jobView(r: Selectable<JobTable>): JobView {
  const done = Number(r.rows_done);
  const total = Number(r.total_rows);
  const secs = r.started_at ? (Date.parse(r.finished_at ?? r.updated_at) - Date.parse(r.started_at)) / 1000 : 0;
  const rate = secs > 0 && done > 0 ? done / secs : null;
  return {
    id: r.id,
    status: r.status,
    inputName: r.input_name,
    format: r.input_format,
    profile: r.profile,
    limit: Number(r.hit_limit),
    raiseAlerts: Number(r.raise_alerts) === 1,
    totalRows: total,
    rowsDone: done,
    rowsWithHits: Number(r.rows_with_hits),
    rate: rate == null ? null : Math.round(rate * 10) / 10,
    secondsLeft: r.status === 'done' ? 0 : rate ? Math.round((total - done) / rate) : null,
    createdBy: r.created_by,
    agency: r.agency,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    error: r.error,
  };
}

/**
 * Checks the file whole (every row readable, mapped columns present, not empty) and records the
 * job as queued. Bad input is refused here, before any work, and the file is removed.
 */
export async function createJob(db: Db, principal: Principal, input: NewJob): Promise<JobView> {
  const limit = input.limit ?? DEFAULT_LIMIT;
  try {
    if (!(Number.isInteger(limit) && limit >= 1 && limit <= 100)) throw new InputError('limit must be a whole number from 1 to 100', { field: 'limit' });
    const profile = await getProfile(db, input.profile ?? 'default');
    const spec = specOf({ ...input, name: input.inputName });
    const total = await scanRows(spec);
    const now = nowIso();
    const row: JobTable = {
      id: randomUUID(),
      status: 'queued',
      input_format: input.format,
      input_name: input.inputName,
      input_path: input.file,
      mapping: input.mapping ? JSON.stringify(input.mapping) : null,
      schema: input.schema ?? 'Person',
      profile: profile.name,
      hit_limit: limit,
      raise_alerts: input.raiseAlerts ? 1 : 0,
      total_rows: total,
      rows_done: 0,
      rows_with_hits: 0,
      created_by: principal.id,
      agency: principal.agency,
      created_at: now,
      started_at: null,
      updated_at: now,
      finished_at: null,
      error: null,
    };
    await db.kysely.insertInto('screening_jobs').values(row).execute();
    await appendAudit(db, { actor: principal, action: 'job.create', subject: `job:${row.id}`, detail: { input: input.inputName, format: input.format, rows: total, profile: profile.name, raiseAlerts: !!input.raiseAlerts } });
    return jobView(row);
  } catch (err) {
    fs.rmSync(input.file, { force: true });
    throw err;
  }
}

function specOf(j: { file: string; name: string; format: InputFormat; mapping?: Record<string, string>; schema?: string }): InputSpec {
  return { file: j.file, name: j.name, format: j.format, ...(j.mapping ? { mapping: j.mapping } : {}), ...(j.schema ? { schema: j.schema } : {}) };
}

export async function getJob(db: Db, id: string): Promise<Selectable<JobTable> | undefined> {
  return db.kysely.selectFrom('screening_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Jobs of the principal's agency (every agency for the system), newest first. */
export async function listJobs(db: Db, principal: Principal, limit = 100): Promise<JobView[]> {
  let q = db.kysely.selectFrom('screening_jobs').selectAll();
  if (principal.kind !== 'system') q = q.where('agency', '=', principal.agency);
  return (await q.orderBy('created_at', 'desc').limit(limit).execute()).map(jobView);
}

export async function cancelJob(db: Db, id: string): Promise<boolean> {
  const r = await db.kysely.updateTable('screening_jobs').set({ status: 'cancelled', updated_at: nowIso(), finished_at: nowIso() }).where('id', '=', id).where('status', 'in', ['queued', 'running']).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface RunOptions {
  workers?: number;
  chunkSize?: number;
  /** Listed entities to screen against (default: the active lists, read now). */
  entities?: Entity[];
}

/**
 * Runs (or resumes) a job to the end. Safe to call on a job another process was running when
 * it died: the job restarts after its last committed row.
 */
export async function runJob(db: Db, id: string, opts: RunOptions = {}): Promise<JobView> {
  const job = await getJob(db, id);
  if (!job) throw new InputError(`no job ${id}`, { field: 'id' });
  if (job.status === 'done' || job.status === 'cancelled') return jobView(job);
  const profile = await getProfile(db, job.profile);
  const entities = opts.entities ?? (await loadActiveEntities(db));
  const byId = new Map(entities.map((e) => [e.id, e]));
  await db.kysely.updateTable('screening_jobs').set({ status: 'running', started_at: job.started_at ?? nowIso(), updated_at: nowIso(), error: null }).where('id', '=', id).execute();
  const pool = await ScreeningPool.start({ entities, profile, limit: Number(job.hit_limit) }, opts.workers);
  let rowsWithHits = Number(job.rows_with_hits);
  let cancelled = false;
  let checked = Date.now();
  try {
    const spec = specOf({ file: job.input_path, name: job.input_name, format: job.input_format as InputFormat, ...(job.mapping ? { mapping: JSON.parse(job.mapping) as Record<string, string> } : {}), schema: job.schema });
    const r = await runPipeline({
      pool,
      rows: readRows({ ...spec, after: Number(job.rows_done) }),
      already: Number(job.rows_done),
      total: Number(job.total_rows),
      ...(opts.chunkSize ? { chunkSize: opts.chunkSize } : {}),
      async commit(results, rows) {
        const withHits = results.filter((x) => x.hits.length).length;
        rowsWithHits += withHits;
        const last = results[results.length - 1]!.row;
        // Alerts first: if the process dies before the chunk commits, the resumed run raises
        // them again and raiseAlert's dedupe key returns the existing ones; none is lost.
        if (Number(job.raise_alerts) === 1) {
          for (let i = 0; i < results.length; i++) await raiseBatchAlerts(db, job, rows[i]!.entity, results[i]!.hits, byId);
        }
        await db.kysely.transaction().execute(async (t) => {
          await t.insertInto('screening_job_results').values(results.map((x) => ({ job_id: id, row_no: x.row, subject_id: x.id, hit_count: x.hits.length, hits: JSON.stringify(x.hits) }))).execute();
          await t.updateTable('screening_jobs').set({ rows_done: last, rows_with_hits: rowsWithHits, updated_at: nowIso() }).where('id', '=', id).execute();
        });
      },
      cancelled() {
        // Someone may cancel through the API; look at most once a second.
        if (Date.now() - checked < 1000) return cancelled;
        checked = Date.now();
        void getJob(db, id).then((j) => { cancelled = j?.status === 'cancelled'; });
        return cancelled;
      },
    });
    if (!r.cancelled) {
      await db.kysely.updateTable('screening_jobs').set({ status: 'done', finished_at: nowIso(), updated_at: nowIso() }).where('id', '=', id).where('status', '=', 'running').execute();
    }
  } catch (err) {
    const message = err instanceof InputError ? err.message : `internal error: ${(err as Error).message}`;
    await db.kysely.updateTable('screening_jobs').set({ status: 'failed', error: message, finished_at: nowIso(), updated_at: nowIso() }).where('id', '=', id).execute();
    throw err;
  } finally {
    await pool.close();
  }
  const done = jobView((await getJob(db, id))!);
  if (done.status === 'done') {
    fs.rmSync(job.input_path, { force: true });
    await appendAudit(db, { actor: SYSTEM, action: 'job.done', subject: `job:${id}`, detail: { rows: done.rowsDone, rowsWithHits: done.rowsWithHits, profile: done.profile, by: done.createdBy } });
  }
  return done;
}

async function raiseBatchAlerts(db: Db, job: Selectable<JobTable>, subject: Entity, hits: BatchHit[], byId: Map<string, Entity>): Promise<void> {
  for (const h of hits) {
    if (h.band === 'none') continue;
    const listed = byId.get(h.entityId);
    if (!listed) continue;
    // Idempotent on (agency, channel, subject, listed, job): a resumed chunk raises nothing twice.
    await raiseAlert(db, {
      channel: 'batch',
      agency: job.agency,
      subject,
      subjectKey: subject.id,
      listed,
      listId: h.list,
      listVersion: listed.provenance?.version ?? 0,
      score: h.score,
      band: h.band,
      reasons: h.explanation.map((text) => ({ feature: 'summary', text, weight: 0 })),
      sourceRef: `job:${job.id}`,
    });
  }
}

/** Jobs left queued or running (a process died): run them again, oldest first. */
export async function pendingJobs(db: Db): Promise<string[]> {
  return (await db.kysely.selectFrom('screening_jobs').select('id').where('status', 'in', ['queued', 'running']).orderBy('created_at').execute()).map((r) => r.id);
}

/** A job's results, in row order, a page at a time. */
export async function* jobResults(db: Db, id: string): AsyncGenerator<{ row: number; id: string; hits: BatchHit[] }> {
  let after = 0;
  for (;;) {
    const rows = await db.kysely.selectFrom('screening_job_results').select(['row_no', 'subject_id', 'hits']).where('job_id', '=', id).where('row_no', '>', after).orderBy('row_no').limit(2000).execute();
    for (const r of rows) yield { row: Number(r.row_no), id: r.subject_id, hits: JSON.parse(r.hits) as BatchHit[] };
    if (rows.length < 2000) return;
    after = Number(rows[rows.length - 1]!.row_no);
  }
}

/** Where uploaded job files are kept until their job is done. */
export function jobsDir(): string {
  const dir = process.env.ATALAYA_JOBS_DIR || path.resolve('data', 'jobs');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
