/**
 * Monitoring: put subjects under watch (one by one in JSON, or a file), list and remove them, and
 * read what each list update caused. Watched subjects belong to the caller's agency.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { InputError } from '../../errors.js';
import { watchSubjects, unwatch, listWatched, listReports, catchUpMonitoring, watchEntity, type WatchInput } from '../../screening/monitor.js';
import { readRows, formatOf } from '../../screening/batch/input.js';
import { jobsDir } from '../../screening/batch/jobs.js';
import { HttpError, notFound } from '../errors.js';
import { QueryEntity, ProfileName, errors, ErrorBody } from '../schemas.js';

const MAX_WATCH = 10_000;
const Watched = z.object({ id: z.number(), subjectKey: z.string(), agency: z.string(), entity: z.object({ id: z.string(), schema: z.string(), properties: z.record(z.string(), z.array(z.string())) }), profile: z.string(), createdBy: z.string(), createdAt: z.string() });
const Report = z.object({
  list: z.string(),
  seq: z.number(),
  versionId: z.number(),
  at: z.string(),
  added: z.number(),
  changed: z.number(),
  removed: z.number(),
  subjectsScreened: z.number(),
  alerts: z.array(z.object({ alertId: z.string(), subjectKey: z.string(), agency: z.string(), entityId: z.string(), score: z.number(), band: z.string() })),
  alreadyAlerted: z.number(),
  suppressed: z.number(),
  closed: z.array(z.object({ entityId: z.string(), alerts: z.number() })),
});

export default async function monitoring(app: ApiApp, ctx: AppContext): Promise<void> {
  app.post('/watch', {
    config: { permission: 'monitoring.write' },
    schema: {
      tags: ['monitoring'],
      summary: `Watch up to ${MAX_WATCH} subjects: each is re-screened on every list update`,
      body: z.strictObject({
        subjects: z.array(z.strictObject({ subjectKey: z.string().min(1).max(200), entity: QueryEntity, profile: ProfileName.optional() })).min(1).max(MAX_WATCH),
      }),
      response: { 200: z.object({ watched: z.number() }), ...errors },
    },
  }, async (req) => {
    const items: WatchInput[] = req.body.subjects.map((s, i) => ({ subjectKey: s.subjectKey, entity: watchEntity(s.entity, `subjects.${i}.entity`), ...(s.profile ? { profile: s.profile } : {}) }));
    return { watched: (await watchSubjects(ctx.db, req.principal, items)).length };
  });

  app.post('/watch/file', {
    config: { permission: 'monitoring.write' },
    schema: {
      tags: ['monitoring'],
      summary: 'Watch every subject of a file (multipart: optional fields `mapping`, `schema`, `profile`, then `file`, .jsonl or .csv); the subject key is the row id',
      consumes: ['multipart/form-data'],
      response: { 200: z.object({ watched: z.number() }), 415: ErrorBody, ...errors },
    },
  }, async (req) => {
    if (!req.isMultipart()) throw new HttpError(415, 'unsupported_media_type', 'send the file as multipart/form-data with a "file" part');
    const fields: Record<string, string> = {};
    let tmp: string | undefined;
    try {
      let name = 'upload';
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || tmp) throw new InputError('send exactly one file, in a part named "file"', { field: part.fieldname });
          name = part.filename || name;
          tmp = path.join(jobsDir(), `watch-${randomUUID()}`);
          await pipeline(part.file, fs.createWriteStream(tmp));
          if (part.file.truncated) throw new HttpError(413, 'body_too_large', 'the file is larger than the server accepts');
        } else {
          if (!['mapping', 'schema', 'profile', 'format'].includes(part.fieldname)) throw new InputError(`unknown field "${part.fieldname}"`, { field: part.fieldname });
          fields[part.fieldname] = String(part.value);
        }
      }
      if (!tmp) throw new InputError('no file: send it in a part named "file"', { field: 'file' });
      let mapping: Record<string, string> | undefined;
      if (fields.mapping) {
        try { mapping = JSON.parse(fields.mapping) as Record<string, string>; } catch { throw new InputError('mapping is not valid JSON', { field: 'mapping' }); }
      }
      const items: WatchInput[] = [];
      for await (const r of readRows({ file: tmp, name, format: formatOf(name, fields.format), ...(mapping ? { mapping } : {}), ...(fields.schema ? { schema: fields.schema } : {}) })) {
        if (items.length >= MAX_WATCH * 10) throw new InputError(`at most ${MAX_WATCH * 10} subjects per file`, { file: name });
        items.push({ subjectKey: r.entity.id, entity: r.entity, ...(fields.profile ? { profile: fields.profile } : {}) });
      }
      return { watched: (await watchSubjects(ctx.db, req.principal, items)).length };
    } finally {
      if (tmp) fs.rmSync(tmp, { force: true });
    }
  });

  app.get('/watch', {
    config: { permission: 'monitoring.write' },
    schema: {
      tags: ['monitoring'],
      summary: "Your agency's watched subjects",
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).default(100), offset: z.coerce.number().int().min(0).default(0) }),
      response: { 200: z.object({ total: z.number(), subjects: z.array(Watched) }), ...errors },
    },
  }, async (req) => listWatched(ctx.db, req.principal, { limit: req.query.limit, offset: req.query.offset }));

  app.delete('/watch/:subjectKey', {
    config: { permission: 'monitoring.write' },
    schema: { tags: ['monitoring'], summary: 'Stop watching a subject', params: z.strictObject({ subjectKey: z.string().min(1).max(200) }), response: { 200: z.object({ removed: z.literal(true) }), 404: ErrorBody, ...errors } },
  }, async (req) => {
    if (!(await unwatch(ctx.db, req.principal, req.params.subjectKey))) throw notFound(`watched subject "${req.params.subjectKey}"`);
    return { removed: true as const };
  });

  app.get('/monitoring/reports', {
    config: { permission: 'alerts.read' },
    schema: {
      tags: ['monitoring'],
      summary: 'What each list update caused: subjects re-screened, alerts raised, alerts closed',
      querystring: z.strictObject({ list: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(500).default(50) }),
      response: { 200: z.object({ reports: z.array(Report) }), ...errors },
    },
  }, async (req) => {
    // Other agencies' subjects are not this caller's business: show counts, and only own alerts.
    const reports = await listReports(ctx.db, { ...(req.query.list ? { list: req.query.list } : {}), limit: req.query.limit });
    return { reports: reports.map((r) => ({ ...r, alerts: r.alerts.filter((a) => a.agency === req.principal.agency) })) };
  });

  app.post('/monitoring/run', {
    config: { permission: 'monitoring.write' },
    schema: { tags: ['monitoring'], summary: 'Monitor now every list version not monitored yet (imports made by another process)', response: { 200: z.object({ reports: z.array(Report) }), ...errors } },
  }, async (req) => {
    const reports = await catchUpMonitoring(ctx.db);
    return { reports: reports.map((r) => ({ ...r, alerts: r.alerts.filter((a) => a.agency === req.principal.agency) })) };
  });
}
