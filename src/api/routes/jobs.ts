/**
 * Batch jobs: upload a CSV or JSON lines file (multipart: a `file` part, and fields `mapping`,
 * `schema`, `profile`, `limit`, `raiseAlerts`), follow its progress, download the results as
 * JSON lines or CSV. Jobs are visible to their own agency.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { stringify } from 'csv-stringify';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import type { Principal } from '../../auth/principal.js';
import { InputError } from '../../errors.js';
import { createJob, getJob, listJobs, cancelJob, jobResults, jobView, jobsDir } from '../../screening/batch/jobs.js';
import { formatOf, parseMapping } from '../../screening/batch/input.js';
import { enqueueJob } from '../../screening/batch/queue.js';
import { appendAudit } from '../../audit/log.js';
import { HttpError, notFound } from '../errors.js';
import { errors, ErrorBody } from '../schemas.js';

const Job = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed', 'cancelled']),
  inputName: z.string(),
  format: z.string(),
  profile: z.string(),
  limit: z.number(),
  raiseAlerts: z.boolean(),
  totalRows: z.number(),
  rowsDone: z.number(),
  rowsWithHits: z.number(),
  rate: z.number().nullable().describe('rows per second'),
  secondsLeft: z.number().nullable(),
  createdBy: z.string(),
  agency: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
const Params = z.strictObject({ id: z.string().uuid() });
const FIELDS = new Set(['mapping', 'schema', 'profile', 'limit', 'raiseAlerts', 'format']);

async function visibleJob(ctx: AppContext, p: Principal, id: string) {
  const j = await getJob(ctx.db, id);
  if (!j || (p.kind !== 'system' && j.agency !== p.agency)) throw notFound(`job ${id}`);
  return j;
}

export default async function jobs(app: ApiApp, ctx: AppContext): Promise<void> {
  app.post('/jobs', {
    config: { permission: 'jobs.run' },
    schema: {
      tags: ['jobs'],
      summary: 'Submit a file of customers, vessels or travellers to screen (multipart/form-data)',
      description: 'Parts: `file` (.csv or .jsonl), and optional fields `mapping` (JSON: property -> CSV column, e.g. {"id":"Customer ID","name":"Full name","birthDate":"DOB"}; required for CSV), `schema` (default Person), `profile`, `limit`, `raiseAlerts` ("true" to send hits to the alert queue). Fields must come before the file.',
      consumes: ['multipart/form-data'],
      response: { 202: Job, 413: ErrorBody, 415: ErrorBody, ...errors },
    },
  }, async (req, reply) => {
    if (!req.isMultipart()) throw new HttpError(415, 'unsupported_media_type', 'send the file as multipart/form-data with a "file" part');
    const fields: Record<string, string> = {};
    let saved: { file: string; name: string } | undefined;
    try {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || saved) throw new InputError('send exactly one file, in a part named "file"', { field: part.fieldname });
          const format = formatOf(part.filename || 'upload', fields.format);
          const file = path.join(jobsDir(), `${randomUUID()}.${format}`);
          await pipeline(part.file, fs.createWriteStream(file));
          if (part.file.truncated) {
            fs.rmSync(file, { force: true });
            throw new HttpError(413, 'body_too_large', 'the file is larger than the server accepts');
          }
          saved = { file, name: part.filename || 'upload' };
        } else {
          if (!FIELDS.has(part.fieldname)) throw new InputError(`unknown field "${part.fieldname}" (known: ${[...FIELDS].join(', ')})`, { field: part.fieldname });
          fields[part.fieldname] = String(part.value);
        }
      }
      if (!saved) throw new InputError('no file: send it in a part named "file"', { field: 'file' });
      const mapping = fields.mapping ? parseMapping(fields.mapping) : undefined;
      const limit = fields.limit != null ? Number(fields.limit) : undefined;
      const view = await createJob(ctx.db, req.principal, {
        file: saved.file,
        inputName: saved.name,
        format: formatOf(saved.name, fields.format),
        ...(mapping ? { mapping } : {}),
        ...(fields.schema ? { schema: fields.schema } : {}),
        ...(fields.profile ? { profile: fields.profile } : {}),
        ...(limit != null ? { limit } : {}),
        raiseAlerts: fields.raiseAlerts === 'true',
      });
      void enqueueJob(ctx, view.id);
      return reply.status(202).send(view);
    } catch (err) {
      if (saved) fs.rmSync(saved.file, { force: true });
      throw err;
    }
  });

  app.get('/jobs', {
    config: { permission: 'jobs.run' },
    schema: { tags: ['jobs'], summary: "Your agency's jobs, newest first", response: { 200: z.object({ jobs: z.array(Job) }), ...errors } },
  }, async (req) => ({ jobs: await listJobs(ctx.db, req.principal) }));

  app.get('/jobs/:id', {
    config: { permission: 'jobs.run' },
    schema: { tags: ['jobs'], summary: 'A job with its progress: rows done, rate, time left', params: Params, response: { 200: Job, 404: ErrorBody, ...errors } },
  }, async (req) => jobView(await visibleJob(ctx, req.principal, req.params.id)));

  app.delete('/jobs/:id', {
    config: { permission: 'jobs.run' },
    schema: { tags: ['jobs'], summary: 'Cancel a queued or running job (results so far are kept)', params: Params, response: { 200: Job, 404: ErrorBody, 409: ErrorBody, ...errors } },
  }, async (req) => {
    await visibleJob(ctx, req.principal, req.params.id);
    if (!(await cancelJob(ctx.db, req.params.id))) throw new HttpError(409, 'conflict', 'the job has already finished');
    await appendAudit(ctx.db, { actor: req.principal, action: 'job.cancel', subject: `job:${req.params.id}` });
    return jobView((await getJob(ctx.db, req.params.id))!);
  });

  app.get('/jobs/:id/results', {
    config: { permission: 'jobs.run' },
    schema: {
      tags: ['jobs'],
      summary: 'The results so far, in input order: JSON lines (one line per row) or CSV (one line per hit; rows without hits have empty hit columns)',
      params: Params,
      querystring: z.strictObject({ format: z.enum(['jsonl', 'csv']).default('jsonl') }),
      produces: ['application/x-ndjson', 'text/csv'],
    },
  }, async (req, reply) => {
    const job = await visibleJob(ctx, req.principal, req.params.id);
    await appendAudit(ctx.db, { actor: req.principal, action: 'job.results', subject: `job:${job.id}`, detail: { format: req.query.format } });
    const rows = jobResults(ctx.db, job.id);
    const base = job.input_name.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'results';
    if (req.query.format === 'csv') {
      const csv = stringify({ header: true, columns: ['row', 'id', 'rank', 'entityId', 'list', 'score', 'band', 'matchedName', 'explanation'] });
      void (async () => {
        try {
          for await (const r of rows) {
            if (!r.hits.length) csv.write([r.row, r.id, '', '', '', '', '', '', '']);
            r.hits.forEach((h, i) => csv.write([r.row, r.id, i + 1, h.entityId, h.list, h.score, h.band, h.matchedName ?? '', h.explanation.join(' | ')]));
          }
          csv.end();
        } catch (err) {
          csv.destroy(err as Error);
        }
      })();
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${base}.results.csv"`).send(csv);
    }
    const body = Readable.from((async function* () {
      for await (const r of rows) yield JSON.stringify({ id: r.id, hits: r.hits }) + '\n';
    })());
    return reply.type('application/x-ndjson').header('content-disposition', `attachment; filename="${base}.results.jsonl"`).send(body);
  });
}
