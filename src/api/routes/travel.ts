/**
 * Border management over HTTP: read an MRZ, scan (read and screen) a document at the desk,
 * record the officer's decision as an entry or exit, crossings and their counts, stays and
 * overstays, PAXLST manifests uploaded and screened, and the analysts' risk rules.
 * Thin: src/travel/service.ts and the travel stores do the work.
 */
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { notFound } from '../errors.js';
import { errors, ErrorBody } from '../schemas.js';
import { Id, Text } from './auth.js';
import { parseMrz } from '../../travel/mrz/parse.js';
import { decideCrossing, readCrossings, readManifest, readOverstays, readStays, removeRiskRule, saveRiskRule, scanDocument, screenManifest, subjectFromInput } from '../../travel/service.js';
import { subjectFromMrz } from '../../travel/screen/subject.js';
import { countCrossings } from '../../travel/store/crossings.js';
import { listManifests } from '../../travel/store/manifests.js';
import { listRules } from '../../travel/store/rules.js';

const MrzLines = z.array(Text(60)).min(1).max(4).describe('the zone, one string per line (fillers "<")');
const Code = z.string().regex(/^[A-Za-z<]{1,3}$/);
const IsoDate = z.string().regex(/^\d{4}-\d\d-\d\d$/);

const Finding = z.object({ check: z.string(), action: z.string(), strength: z.number(), text: z.string() });
const TravellerVerdict = z.object({
  index: z.number().optional(),
  key: z.string(),
  name: z.string(),
  birthDate: z.string().nullable(),
  nationality: z.string().nullable(),
  document: z.object({ type: z.string(), number: z.string(), country: z.string().nullable() }).nullable(),
  verdict: z.enum(['clear', 'refer', 'refuse']),
  reasons: z.array(z.string()),
  findings: z.array(Finding),
  alerts: z.array(z.string()).optional(),
});
const State = z.object({ code: z.string(), country: z.string().nullable(), kind: z.string(), meaning: z.string().optional() }).nullable();
const MrzDocument = z.object({
  format: z.string(),
  valid: z.boolean(),
  specimen: z.boolean(),
  documentCode: z.string(),
  kind: z.string(),
  issuingState: State,
  nationality: State,
  lastName: z.string(),
  firstNames: z.string(),
  namesTruncated: z.boolean(),
  documentNumber: z.string(),
  birthDate: z.string().nullable(),
  expiryDate: z.string().nullable(),
  sex: z.string().nullable(),
  personalNumber: z.string().optional(),
  optionalData: z.array(z.string()),
  checks: z.array(z.object({ field: z.string(), valid: z.boolean(), read: z.string(), computed: z.string() })),
  problems: z.array(z.object({ field: z.string(), message: z.string(), suggestion: z.object({ field: z.string(), value: z.string(), line: z.number(), column: z.number(), read: z.string(), corrected: z.string() }).optional() })),
  lines: z.array(z.string()),
});
const Crossing = z.object({
  id: z.string(),
  direction: z.enum(['entry', 'exit']),
  post: z.string(),
  at: z.string(),
  officer: z.object({ id: z.string(), name: z.string() }),
  decision: z.enum(['admit', 'refer', 'refuse']),
  verdict: z.string().nullable(),
  reasons: z.array(z.string()),
  document: z.object({ type: z.string(), number: z.string(), country: z.string().nullable() }),
  nationality: z.string().nullable(),
  lastName: z.string(),
  firstNames: z.string(),
  birthDate: z.string().nullable(),
  allowedUntil: z.string().nullable(),
  entryId: z.string().nullable(),
  exitId: z.string().nullable(),
});
const Stay = z.object({ entry: Crossing, exit: Crossing.nullable(), days: z.number(), allowedUntil: z.string().nullable(), overstayDays: z.number() });
const TravellerIn = z.strictObject({
  lastName: Text(200),
  firstNames: Text(200, 0).optional(),
  birthDate: IsoDate.optional(),
  nationality: Code.optional(),
  document: z.strictObject({ type: Text(3, 0).optional(), number: Text(40), issuingState: Code.optional(), expiryDate: IsoDate.optional() }),
});
const Rule = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  action: z.enum(['refer', 'refuse']),
  nationalities: z.array(z.string()).optional(),
  origins: z.array(z.string()).optional(),
  destinations: z.array(z.string()).optional(),
  enabled: z.boolean(),
});
const RuleIn = z.strictObject({
  name: Text(200),
  description: Text(1000, 0).optional(),
  action: z.enum(['refer', 'refuse']),
  nationalities: z.array(z.string().length(2)).max(300).optional().describe('ISO alpha-2 nationalities'),
  origins: z.array(z.string().min(3).max(5)).max(300).optional().describe('places of embarkation (IATA codes)'),
  destinations: z.array(z.string().min(3).max(5)).max(300).optional().describe('places of debarkation (IATA codes)'),
  enabled: z.boolean().optional(),
});
const NotFound = { 404: ErrorBody };
const tags = ['travel'];

export default async function travel(app: ApiApp, ctx: AppContext): Promise<void> {
  app.post('/travel/mrz', {
    config: { permission: 'screen' },
    schema: { tags, summary: 'Read a machine-readable zone: fields, every check digit, and the likely intended value of a misread character', body: z.strictObject({ lines: MrzLines }), response: { 200: MrzDocument, ...errors } },
  }, async (req) => parseMrz(req.body.lines));

  app.post('/travel/scan', {
    config: { permission: 'screen' },
    schema: {
      tags,
      summary: 'Read and screen a document at the desk: clear, refer or refuse, with reasons; hits go to the alert stream',
      body: z.strictObject({ lines: MrzLines, post: Text(100).optional() }),
      response: { 200: z.object({ document: MrzDocument, result: TravellerVerdict }), 503: ErrorBody, ...errors },
    },
  }, async (req) => scanDocument(ctx, req.principal, req.body.lines, { ...(req.body.post ? { post: req.body.post } : {}) }));

  app.post('/travel/crossings', {
    config: { permission: 'crossings.write' },
    schema: {
      tags,
      summary: "Record the officer's decision as an entry or exit (an exit closes the traveller's open entry)",
      body: z.strictObject({
        direction: z.enum(['entry', 'exit']),
        post: Text(100),
        decision: z.enum(['admit', 'refer', 'refuse']),
        at: z.string().datetime({ offset: true }).optional(),
        stayDays: z.number().int().min(1).max(3650).optional().describe('days an admitted traveller may stay (default 90)'),
        verdict: z.enum(['clear', 'refer', 'refuse']).optional().describe('what screening said'),
        reasons: z.array(Text(1000, 0)).max(50).optional(),
        mrz: MrzLines.optional().describe('the scanned zone; or give traveller'),
        traveller: TravellerIn.optional(),
      }),
      response: { 201: Crossing, ...errors },
    },
  }, async (req, reply) => {
    const b = req.body;
    const subject = b.mrz ? subjectFromMrz(parseMrz(b.mrz)) : b.traveller ? subjectFromInput(b.traveller) : undefined;
    if (!subject) return reply.status(400).send({ error: 'validation', message: 'give the scanned zone (mrz) or the traveller', where: 'body' });
    const crossing = await decideCrossing(ctx, req.principal, {
      direction: b.direction, post: b.post, decision: b.decision, subject,
      ...(b.at ? { at: b.at } : {}), ...(b.stayDays ? { stayDays: b.stayDays } : {}), ...(b.verdict ? { verdict: b.verdict } : {}), ...(b.reasons ? { reasons: b.reasons } : {}),
    });
    return reply.status(201).send(crossing);
  });

  app.get('/travel/crossings', {
    config: { permission: 'crossings.read' },
    schema: {
      tags,
      summary: 'Crossings, newest first',
      querystring: z.strictObject({ post: Text(100, 0).optional(), from: Text(40, 0).optional(), to: Text(40, 0).optional(), direction: z.enum(['entry', 'exit']).optional(), docNumber: Text(40, 0).optional(), limit: z.coerce.number().int().min(1).max(1000).optional() }),
      response: { 200: z.object({ crossings: z.array(Crossing) }), ...errors },
    },
  }, async (req) => {
    const q = req.query;
    const crossings = await readCrossings(ctx.db, req.principal, { ...(q.post ? { post: q.post } : {}), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.direction ? { direction: q.direction } : {}), ...(q.docNumber ? { docNumber: q.docNumber } : {}), ...(q.limit ? { limit: q.limit } : {}) });
    return { crossings };
  });

  app.get('/travel/crossings/counts', {
    config: { permission: 'crossings.read' },
    schema: {
      tags,
      summary: 'Crossings counted by day, post or nationality',
      querystring: z.strictObject({ by: z.enum(['day', 'post', 'nationality']).default('day'), from: Text(40, 0).optional(), to: Text(40, 0).optional() }),
      response: { 200: z.object({ by: z.string(), counts: z.array(z.object({ key: z.string(), entries: z.number(), exits: z.number(), admitted: z.number(), referred: z.number(), refused: z.number() })) }), ...errors },
    },
  }, async (req) => ({ by: req.query.by, counts: await countCrossings(ctx.db, req.query.by, { ...(req.query.from ? { from: req.query.from } : {}), ...(req.query.to ? { to: req.query.to } : {}) }) }));

  app.get('/travel/stays', {
    config: { permission: 'crossings.read' },
    schema: {
      tags,
      summary: 'Stays (entry and the exit that closed it), newest first; of one document when docNumber is given',
      querystring: z.strictObject({ docNumber: Text(40, 0).optional(), country: z.string().length(2).optional(), open: z.enum(['true', 'false']).optional() }),
      response: { 200: z.object({ stays: z.array(Stay) }), ...errors },
    },
  }, async (req) => {
    const q = req.query;
    const stays = await readStays(ctx.db, req.principal, { ...(q.docNumber ? { docNumber: q.docNumber } : {}), ...(q.country ? { country: q.country.toLowerCase() } : {}), ...(q.open === 'true' ? { openOnly: true } : {}) });
    return { stays };
  });

  app.get('/travel/overstays', {
    config: { permission: 'crossings.read' },
    schema: { tags, summary: 'Everyone who stayed or is staying beyond their allowed date, longest first', response: { 200: z.object({ overstays: z.array(Stay) }), ...errors } },
  }, async (req) => ({ overstays: await readOverstays(ctx.db, req.principal) }));

  app.post('/travel/manifests', {
    config: { permission: 'screen' },
    schema: {
      tags,
      summary: 'Upload a PAXLST message: parsed, every traveller screened, kept with the travellers to meet first',
      body: z.strictObject({ paxlst: Text(5_000_000), file: Text(200, 0).optional() }),
      response: {
        201: z.object({ manifestId: z.string().nullable(), flight: z.string(), legs: z.array(z.unknown()), warnings: z.array(z.unknown()), counts: z.object({ clear: z.number(), refer: z.number(), refuse: z.number() }), toMeet: z.array(TravellerVerdict), travellers: z.array(TravellerVerdict) }),
        503: ErrorBody,
        ...errors,
      },
    },
  }, async (req, reply) => {
    const r = await screenManifest(ctx, req.principal, req.body.paxlst, { ...(req.body.file ? { file: req.body.file } : {}) });
    return reply.status(201).send({ manifestId: r.manifestId, flight: r.manifest.flight, legs: r.manifest.legs, warnings: r.manifest.warnings, counts: r.counts, toMeet: r.toMeet, travellers: r.travellers });
  });

  const StoredTraveller = z.object({ index: z.number(), name: z.string(), birthDate: z.string().nullable(), nationality: z.string().nullable(), documentNumber: z.string().nullable(), verdict: z.string(), strength: z.number(), rank: z.number().nullable(), reasons: z.array(z.string()) });

  app.get('/travel/manifests', {
    config: { permission: 'screen' },
    schema: {
      tags,
      summary: 'The latest manifests received, newest first, with their counts',
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).optional() }),
      response: {
        200: z.object({ manifests: z.array(z.object({ id: z.string(), flight: z.string(), origin: z.string().nullable(), destination: z.string().nullable(), departure: z.string().nullable(), arrival: z.string().nullable(), travellerCount: z.number(), referCount: z.number(), refuseCount: z.number(), receivedAt: z.string() })) }),
        ...errors,
      },
    },
  }, async (req) => ({ manifests: await listManifests(ctx.db, req.query.limit ? { limit: req.query.limit } : {}) }));

  app.get('/travel/manifests/:id', {
    config: { permission: 'screen' },
    schema: { tags, summary: 'A stored manifest: flight, legs, counts, warnings and every traveller with their verdict', params: Id, response: { 200: z.object({ id: z.string(), flight: z.string(), legs: z.array(z.unknown()), travellerCount: z.number(), referCount: z.number(), refuseCount: z.number(), warnings: z.array(z.unknown()), receivedAt: z.string(), travellers: z.array(StoredTraveller) }), ...NotFound, ...errors } },
  }, async (req) => {
    const m = await readManifest(ctx.db, req.principal, req.params.id);
    if (!m) throw notFound(`manifest ${req.params.id}`);
    return { id: m.id, flight: m.flight, legs: m.manifest.legs, travellerCount: m.travellerCount, referCount: m.referCount, refuseCount: m.refuseCount, warnings: m.warnings, receivedAt: m.receivedAt, travellers: m.travellers };
  });

  app.get('/travel/manifests/:id/to-meet', {
    config: { permission: 'screen' },
    schema: { tags, summary: 'The travellers of a manifest to meet, in order: refusals first, best evidence first', params: Id, response: { 200: z.object({ id: z.string(), flight: z.string(), toMeet: z.array(StoredTraveller) }), ...NotFound, ...errors } },
  }, async (req) => {
    const m = await readManifest(ctx.db, req.principal, req.params.id, { toMeet: true });
    if (!m) throw notFound(`manifest ${req.params.id}`);
    return { id: m.id, flight: m.flight, toMeet: m.travellers };
  });

  // Risk rules: read by whoever screens; written by analysts and up (the permission analysts hold
  // for standing screening configuration).
  app.get('/travel/rules', {
    config: { permission: 'screen' },
    schema: { tags, summary: 'The risk rules (route and nationality combinations)', response: { 200: z.object({ rules: z.array(Rule) }), ...errors } },
  }, async () => ({ rules: await listRules(ctx.db) }));

  app.post('/travel/rules', {
    config: { permission: 'monitoring.write' },
    schema: { tags, summary: 'Add a risk rule', body: RuleIn, response: { 201: Rule, ...errors } },
  }, async (req, reply) => reply.status(201).send(await saveRiskRule(ctx, req.principal, req.body)));

  app.put('/travel/rules/:id', {
    config: { permission: 'monitoring.write' },
    schema: { tags, summary: 'Replace a risk rule', params: Id, body: RuleIn, response: { 200: Rule, ...errors } },
  }, async (req) => saveRiskRule(ctx, req.principal, req.body, req.params.id));

  app.delete('/travel/rules/:id', {
    config: { permission: 'monitoring.write' },
    schema: { tags, summary: 'Remove a risk rule', params: Id, response: { 200: z.object({ deleted: z.literal(true) }), ...NotFound, ...errors } },
  }, async (req) => {
    if (!(await removeRiskRule(ctx, req.principal, req.params.id))) throw notFound(`risk rule ${req.params.id}`);
    return { deleted: true as const };
  });
}
