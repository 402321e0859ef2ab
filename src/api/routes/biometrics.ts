/**
 * Biometrics over HTTP: enrol encounters, identify (1:N), verify (1:1), encounters, identities and
 * their names, link reviews, watchlist, partner export and import. Images travel as base64 in JSON.
 * Handlers only translate; src/biometrics decides.
 */
import { z } from 'zod';
import type { ApiApp } from '../server.js';
import type { AppContext } from '../../app/context.js';
import { HttpError } from '../errors.js';
import { errors, ErrorBody } from '../schemas.js';
import { biometricsFor } from '../../biometrics/for-context.js';
import { MissingDataKeyError } from '../../biometrics/crypto.js';
import { exportEncounter, importEncounter, shares } from '../../biometrics/share.js';
import { CIRCUMSTANCES } from '../../biometrics/policy.js';

export const prefix = '/api/biometrics';

const Base64Image = z.string().min(100).max(11_000_000).describe('JPEG or PNG, base64');
const b64 = (s: string) => Buffer.from(s, 'base64');

const Person = z.strictObject({
  fullName: z.string().max(200).optional(), surname: z.string().max(200).optional(), givenNames: z.string().max(200).optional(),
  birthDate: z.string().max(10).optional(), sex: z.enum(['M', 'F', 'X']).optional(), nationality: z.string().max(3).optional(),
  documentType: z.string().max(40).optional(), documentNumber: z.string().max(40).optional(), documentCountry: z.string().max(3).optional(),
});

const Encounter = z.strictObject({
  person: Person.optional(),
  mrz: z.string().max(200).optional().describe('the machine-readable zone as read'),
  post: z.string().min(1).max(200), place: z.string().max(200).optional(),
  latitude: z.number().min(-90).max(90).optional(), longitude: z.number().min(-180).max(180).optional(),
  occurredAt: z.string().max(40).optional(), officer: z.string().max(200).optional(),
  circumstance: z.enum(CIRCUMSTANCES), legalBasis: z.string().min(1).max(500),
  images: z.array(z.strictObject({ data: Base64Image, kind: z.enum(['live', 'document']).optional() })).min(1).max(10),
});

const Candidate = z.object({
  encounterId: z.string(), identityId: z.string().nullable(), score: z.number(), band: z.enum(['match', 'review', 'none']),
  fullName: z.string(), occurredAt: z.string(), post: z.string(), agency: z.string(),
});
const WatchlistHit = z.object({ watchId: z.string(), name: z.string(), score: z.number(), band: z.enum(['match', 'review']), alertId: z.string().optional() });
const Quality = z.object({ ok: z.boolean(), reasons: z.array(z.string()), detectorScore: z.number(), eyeDistance: z.number(), yawAsymmetry: z.number(), rollDegrees: z.number(), sharpness: z.number() });
const EnrolResult = z.object({
  encounterId: z.string(), identityId: z.string(), link: z.enum(['linked', 'new']), linkedScore: z.number().optional(),
  candidates: z.array(Candidate), reviews: z.array(z.object({ reviewId: z.string(), identityId: z.string(), score: z.number() })),
  watchlistHits: z.array(WatchlistHit), alerts: z.array(z.string()), quality: z.array(Quality),
  reference: z.string().optional(), format: z.enum(['json', 'ansi-nist']).optional(),
});
const PersonOut = z.object({ fullName: z.string(), surname: z.string().nullable(), givenNames: z.string().nullable(), birthDate: z.string().nullable(), sex: z.string().nullable(), nationality: z.string().nullable(), documentType: z.string().nullable(), documentNumber: z.string().nullable(), documentCountry: z.string().nullable(), mrz: z.string().nullable() });
const EncounterOut = z.object({
  encounterId: z.string(), identityId: z.string().nullable(), person: PersonOut, post: z.string(), place: z.string().nullable(), latitude: z.number().nullable(), longitude: z.number().nullable(),
  occurredAt: z.string(), officer: z.string(), agency: z.string(), circumstance: z.string(), legalBasis: z.string(), origin: z.string(), retainUntil: z.string(),
  images: z.array(z.object({ id: z.string(), kind: z.string(), format: z.string(), width: z.number(), height: z.number(), sha256: z.string(), quality: Quality })),
});
const IdentityOut = z.object({
  identityId: z.string(), underAlert: z.boolean(), alertState: z.string().nullable(),
  names: z.array(z.object({ name: z.string(), count: z.number(), firstSeen: z.string(), lastSeen: z.string(), documents: z.array(z.string()) })),
  encounters: z.array(z.object({ encounterId: z.string(), fullName: z.string(), occurredAt: z.string(), post: z.string(), agency: z.string(), circumstance: z.string(), origin: z.string() })),
});
const Responses = { ...errors, 404: ErrorBody, 503: ErrorBody };

/** No data key on the server is the operator's problem, not the caller's: 503 with the reason. */
async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof MissingDataKeyError) throw new HttpError(503, 'no_data_key', err.message);
    throw err;
  }
}

export default async function biometrics(app: ApiApp, ctx: AppContext): Promise<void> {
  const bio = () => biometricsFor(ctx);

  app.post('/encounters', {
    config: { permission: 'biometrics.enrol' },
    schema: { tags: ['biometrics'], summary: 'Enrol an encounter: faces checked, searched 1:N, linked into an identity', body: Encounter, response: { 200: EnrolResult, ...Responses } },
  }, async (req) => guard(() => {
    const { images, ...rest } = req.body;
    return bio().enrol(req.principal, { ...rest, images: images.map((im, i) => ({ bytes: b64(im.data), kind: im.kind ?? 'live', name: `images.${i}` })) });
  }));

  app.get('/encounters/:id', {
    config: { permission: 'biometrics.read' },
    schema: { tags: ['biometrics'], summary: 'An encounter (audited)', params: z.object({ id: z.string().uuid() }), response: { 200: EncounterOut, ...Responses } },
  }, async (req) => guard(() => bio().encounter(req.principal, req.params.id)));

  app.post('/identify', {
    config: { permission: 'biometrics.read' },
    schema: {
      tags: ['biometrics'], summary: 'Search a face against every enrolled encounter and the biometric watchlist',
      body: z.strictObject({ image: Base64Image, k: z.number().int().min(1).max(100).optional(), reason: z.string().max(500).optional() }),
      response: { 200: z.object({ candidates: z.array(Candidate), watchlistHits: z.array(WatchlistHit), quality: Quality }), ...Responses },
    },
  }, async (req) => guard(() => bio().identify(req.principal, b64(req.body.image), { ...(req.body.k ? { k: req.body.k } : {}), ...(req.body.reason ? { reason: req.body.reason } : {}) })));

  app.post('/verify', {
    config: { permission: 'biometrics.read' },
    schema: {
      tags: ['biometrics'], summary: 'Compare a live photograph with the document photograph (1:1)',
      body: z.strictObject({ live: Base64Image, document: Base64Image }),
      response: { 200: z.object({ score: z.number(), decision: z.enum(['match', 'review', 'no-match']), thresholds: z.object({ name: z.string(), match: z.number(), review: z.number() }) }), ...Responses },
    },
  }, async (req) => guard(() => bio().verify(req.principal, b64(req.body.live), b64(req.body.document))));

  app.get('/identities/:id', {
    config: { permission: 'biometrics.read' },
    schema: { tags: ['biometrics'], summary: 'An identity: its encounters and every name it has used', params: z.object({ id: z.string().uuid() }), response: { 200: IdentityOut, ...Responses } },
  }, async (req) => guard(() => bio().identity(req.principal, req.params.id)));

  app.get('/reviews', {
    config: { permission: 'biometrics.read' },
    schema: { tags: ['biometrics'], summary: 'Uncertain links waiting for an officer', response: { 200: z.array(z.object({ reviewId: z.string(), encounterId: z.string(), identityId: z.string(), score: z.number(), createdAt: z.string() })), ...Responses } },
  }, async (req) => guard(() => bio().pendingReviews(req.principal)));

  app.post('/reviews/:id', {
    config: { permission: 'biometrics.enrol' },
    schema: {
      tags: ['biometrics'], summary: 'Confirm or reject an uncertain link', params: z.object({ id: z.string().uuid() }),
      body: z.strictObject({ decision: z.enum(['confirm', 'reject']), reason: z.string().max(500).optional() }), response: { 200: z.object({ identityId: z.string(), alerts: z.array(z.string()) }), ...Responses },
    },
  }, async (req) => guard(() => bio().decideReview(req.principal, req.params.id, req.body.decision, req.body.reason)));

  app.post('/watchlist', {
    config: { permission: 'biometrics.enrol' },
    schema: {
      tags: ['biometrics'], summary: 'Add a face to the biometric watchlist',
      body: z.strictObject({ name: z.string().min(1).max(200), image: Base64Image, reason: z.string().min(1).max(500), birthDate: z.string().max(10).optional(), nationality: z.string().max(3).optional() }),
      response: { 200: z.object({ watchId: z.string(), earlierEncounters: z.array(WatchlistHit) }), ...Responses },
    },
  }, async (req) => guard(() => {
    const { image, ...rest } = req.body;
    return bio().addToWatchlist(req.principal, { ...rest, image: b64(image) });
  }));

  app.post('/encounters/:id/export', {
    config: { permission: 'share' },
    schema: {
      tags: ['biometrics'], summary: 'Export an encounter for a partner (JSON package or ANSI/NIST-ITL 1-2011); recorded',
      params: z.object({ id: z.string().uuid() }), body: z.strictObject({ partner: z.string().min(1).max(64), format: z.enum(['json', 'ansi-nist']) }),
    },
  }, async (req, reply) => guard(async () => {
    const r = await exportEncounter(bio(), req.principal, req.params.id, req.body.partner, req.body.format);
    return reply
      .header('content-type', req.body.format === 'json' ? 'application/json' : 'application/octet-stream')
      .header('content-disposition', `attachment; filename="${r.fileName}"`)
      .header('x-sha256', r.sha256)
      .send(r.bytes);
  }));

  app.post('/import', {
    config: { permission: 'share' },
    schema: {
      tags: ['biometrics'], summary: 'Import a partner\'s encounter (JSON package or ANSI/NIST-ITL) and enrol it',
      body: z.strictObject({ partner: z.string().min(1).max(64), legalBasis: z.string().min(1).max(500), data: z.string().min(10).max(11_000_000).describe('the file, base64') }),
      response: { 200: EnrolResult, ...Responses },
    },
  }, async (req) => guard(() => importEncounter(bio(), req.principal, b64(req.body.data), { partner: req.body.partner, legalBasis: req.body.legalBasis })));

  app.get('/shares', {
    config: { permission: 'biometrics.read' },
    schema: { tags: ['biometrics'], summary: 'What was shared with whom', querystring: z.object({ encounter: z.string().uuid().optional() }), response: { 200: z.array(z.object({ encounterId: z.string(), direction: z.string(), partner: z.string(), format: z.string(), sha256: z.string(), actor: z.string(), agency: z.string(), at: z.string() })), ...Responses } },
  }, async (req) => shares(bio(), req.query.encounter));
}
