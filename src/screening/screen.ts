/**
 * The screening service every door calls: one entity, or a batch of up to 1,000, against the
 * service's engine under a profile, with per-request exclusions, suppressed pairs left out (when
 * the caller names the subject), and every request and its answer recorded in the audit log.
 */
import type { AppContext } from '../app/context.js';
import type { Principal } from '../auth/principal.js';
import { contentHash, type Entity } from '../model/entity.js';
import { InputError } from '../errors.js';
import { appendAuditGrouped } from './audit-queue.js';
import { cachedProfile, type Profile } from './profiles.js';
import { matchEntity, type Exclusions } from './match.js';
import { isSuppressed } from './suppression.js';
import type { ScreeningHit } from './hits.js';
import type { Engine } from './engine.js';

export const MAX_BATCH = 1000;
export const MAX_LIMIT = 100;

export interface ScreenOptions {
  /** Profile name (default "default") or a profile already loaded. */
  profile?: string | Profile;
  exclusions?: Exclusions;
  limit?: number;
  /** The subject's stable key in the caller's system: enables suppression of adjudicated pairs. */
  subjectKey?: string;
}

export interface ScreeningResult {
  /** The query's own id, when it had one. */
  id: string | null;
  profile: string;
  hits: ScreeningHit[];
  /** Hits left out because the pair was adjudicated a false positive. */
  suppressed: number;
}

export class NotReadyError extends Error {
  constructor() {
    super('the matching index is still being built; try again shortly');
    this.name = 'NotReadyError';
  }
}

function engineOf(ctx: AppContext): Engine {
  const engine = ctx.index.engine;
  if (!ctx.index.ready || !engine) throw new NotReadyError();
  return engine;
}

async function resolveProfile(ctx: AppContext, p: ScreenOptions['profile']): Promise<Profile> {
  return typeof p === 'object' ? p : cachedProfile(ctx.db, p ?? 'default');
}

function checkLimit(limit: number | undefined): void {
  if (limit != null && !(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT)) {
    throw new InputError(`limit must be a whole number from 1 to ${MAX_LIMIT}`, { field: 'limit' });
  }
}

async function withoutSuppressed(ctx: AppContext, subjectKey: string | undefined, hits: ScreeningHit[]): Promise<{ hits: ScreeningHit[]; suppressed: number }> {
  if (!subjectKey || !hits.length) return { hits, suppressed: 0 };
  const kept: ScreeningHit[] = [];
  for (const h of hits) {
    const hash = contentHash({ id: h.entityId, schema: h.schema, properties: h.entity.properties });
    if (!(await isSuppressed(ctx.db, subjectKey, h.entityId, hash))) kept.push(h);
  }
  return { hits: kept, suppressed: hits.length - kept.length };
}

/** What the audit record keeps of an answer: which listed entities, how strongly; not the dossiers. */
function auditAnswer(r: ScreeningResult) {
  return { id: r.id, hits: r.hits.map((h) => ({ entityId: h.entityId, list: h.list, version: h.version, score: h.score, band: h.band })), suppressed: r.suppressed };
}

async function screenOne(ctx: AppContext, engine: Engine, profile: Profile, entity: Entity, opts: ScreenOptions): Promise<ScreeningResult> {
  const hits = matchEntity(engine, profile, entity, { ...(opts.exclusions ? { exclusions: opts.exclusions } : {}), ...(opts.limit ? { limit: opts.limit } : {}) });
  const s = await withoutSuppressed(ctx, opts.subjectKey, hits);
  return { id: entity.id || null, profile: profile.name, hits: s.hits, suppressed: s.suppressed };
}

export async function screenEntity(ctx: AppContext, principal: Principal, entity: Entity, opts: ScreenOptions = {}): Promise<ScreeningResult> {
  checkLimit(opts.limit);
  const profile = await resolveProfile(ctx, opts.profile);
  const engine = engineOf(ctx);
  const result = await screenOne(ctx, engine, profile, entity, opts);
  await appendAuditGrouped(ctx.db, {
    actor: principal,
    action: 'screen.entity',
    ...(opts.subjectKey ? { subject: `subject:${opts.subjectKey}` } : {}),
    detail: { profile: profile.name, query: { schema: entity.schema, properties: entity.properties }, exclusions: opts.exclusions ?? null, answer: auditAnswer(result) },
  });
  return result;
}

export interface BatchItem {
  entity: Entity;
  subjectKey?: string;
}

/** Up to MAX_BATCH entities in one call, recorded as one audit entry. */
export async function screenBatch(ctx: AppContext, principal: Principal, items: BatchItem[], opts: Omit<ScreenOptions, 'subjectKey'> = {}): Promise<ScreeningResult[]> {
  if (!items.length) throw new InputError('the batch is empty', { field: 'entities' });
  if (items.length > MAX_BATCH) throw new InputError(`a batch holds at most ${MAX_BATCH} entities (got ${items.length})`, { field: 'entities' });
  checkLimit(opts.limit);
  const profile = await resolveProfile(ctx, opts.profile);
  const engine = engineOf(ctx);
  const results: ScreeningResult[] = [];
  for (const it of items) results.push(await screenOne(ctx, engine, profile, it.entity, { ...opts, ...(it.subjectKey ? { subjectKey: it.subjectKey } : {}) }));
  await appendAuditGrouped(ctx.db, {
    actor: principal,
    action: 'screen.batch',
    detail: {
      profile: profile.name,
      count: items.length,
      queries: items.map((it) => ({ subjectKey: it.subjectKey ?? null, schema: it.entity.schema, properties: it.entity.properties })),
      answers: results.map(auditAnswer),
    },
  });
  return results;
}
