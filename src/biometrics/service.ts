/**
 * Biometrics as a service: enrol an encounter (faces checked, templates sealed, searched against
 * every enrolled template and the biometric watchlist, linked into an identity), identify a probe
 * 1:N, verify 1:1, review uncertain links, watchlist, views and purge. Every search and view is
 * audited; watchlist hits and links to identities under alert go into the one alert stream.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import type { Principal } from '../auth/principal.js';
import type { Entity } from '../model/entity.js';
import type { Band } from '../matching/types.js';
import { InputError } from '../errors.js';
import { appendAudit } from '../audit/log.js';
import { raiseAlert } from '../cases/alerts.js';
import { parseDataKey, seal, open, templateToBytes, templateFromBytes } from './crypto.js';
import { TemplateIndex } from './template-index.js';
import { analyseImage, type FaceAnalysis } from './pipeline.js';
import { cosine, type FaceModel } from './face-model.js';
import { FaceApiModel } from './faceapi-model.js';
import { FacePool } from './face-pool.js';
import { DEFAULT_QUALITY, type QualityProfile } from './quality.js';
import { THRESHOLDS, retainUntil, RETENTION_YEARS, type ThresholdProfile, type Circumstance } from './policy.js';
import { resolvePerson, validateEncounter, type EncounterInput, type Person } from './encounter-input.js';
import type { BioEncounterTable } from './tables.js';
import './tables.js';

export interface BiometricsOptions {
  /** ATALAYA_DATA_KEY (hex or base64, 32 bytes); without it nothing biometric is stored or read */
  dataKey: string | undefined;
  model?: FaceModel;
  thresholds?: ThresholdProfile;
  quality?: QualityProfile;
  retentionYears?: Record<Circumstance, number>;
}

export interface Candidate {
  encounterId: string;
  identityId: string | null;
  score: number;
  band: 'match' | 'review' | 'none';
  fullName: string;
  occurredAt: string;
  post: string;
  agency: string;
}

export interface WatchlistHit {
  watchId: string;
  name: string;
  score: number;
  band: 'match' | 'review';
  alertId?: string;
}

export interface EnrolResult {
  encounterId: string;
  identityId: string;
  /** linked: joined an existing identity automatically; new: a new identity (perhaps with reviews) */
  link: 'linked' | 'new';
  linkedScore?: number;
  candidates: Candidate[];
  /** uncertain links waiting for an officer */
  reviews: { reviewId: string; identityId: string; score: number }[];
  watchlistHits: WatchlistHit[];
  alerts: string[];
  quality: FaceAnalysis['quality'][];
}

export interface IdentityView {
  identityId: string;
  underAlert: boolean;
  alertState: string | null;
  /** every name this person has used, first and last seen */
  names: { name: string; count: number; firstSeen: string; lastSeen: string; documents: string[] }[];
  encounters: { encounterId: string; fullName: string; occurredAt: string; post: string; agency: string; circumstance: string; origin: string }[];
}

let sharedModel: FaceModel | undefined;
/** One face model per thread: loading the networks takes a while and they are stateless. */
export function defaultFaceModel(): FaceModel {
  return (sharedModel ??= new FaceApiModel());
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const round = (n: number) => Math.round(n * 10000) / 10000;

export class Biometrics {
  readonly model: FaceModel;
  readonly thresholds: ThresholdProfile;
  private readonly quality: QualityProfile;
  private readonly retention: Record<Circumstance, number>;
  // the float templates are kept beside the int8 codes: link and alert thresholds sit within
  // hundredths of each other, so the top candidates are scored exactly
  private readonly gallery: TemplateIndex;
  /** template id -> encounter id */
  private readonly templateEncounter = new Map<string, string>();
  private readonly watch: TemplateIndex;
  private loading: Promise<void> | undefined;
  private keyCache: Buffer | undefined;

  constructor(readonly db: Db, private readonly opts: BiometricsOptions) {
    this.model = opts.model ?? defaultFaceModel();
    this.gallery = new TemplateIndex(this.model.dimensions, 1024, { exact: true });
    this.watch = new TemplateIndex(this.model.dimensions, 1024, { exact: true });
    this.thresholds = opts.thresholds ?? THRESHOLDS.default!;
    this.quality = opts.quality ?? DEFAULT_QUALITY;
    this.retention = opts.retentionYears ?? RETENTION_YEARS;
  }

  /** The data key, or the refusal to handle biometric data without one. */
  key(): Buffer {
    return (this.keyCache ??= parseDataKey(this.opts.dataKey));
  }

  /** Loads (once) every stored template of this model into the in-memory indexes. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      const key = this.key();
      const rows = await this.db.kysely.selectFrom('bio_templates').select(['id', 'encounter_id', 'sealed']).where('model', '=', this.model.name).execute();
      for (const r of rows) {
        this.gallery.add(r.id, templateFromBytes(open(key, r.sealed, `bio_templates:${r.id}`)));
        this.templateEncounter.set(r.id, r.encounter_id);
      }
      const watch = await this.db.kysely.selectFrom('bio_watchlist').select(['id', 'sealed_template']).where('model', '=', this.model.name).execute();
      for (const w of watch) this.watch.add(w.id, templateFromBytes(open(key, w.sealed_template, `bio_watchlist:${w.id}`)));
    })();
    return this.loading;
  }

  get gallerySize(): number {
    return this.gallery.size;
  }

  private band(score: number): 'match' | 'review' | 'none' {
    return score >= this.thresholds.match ? 'match' : score >= this.thresholds.review ? 'review' : 'none';
  }

  /** Gallery candidates for a template: best score per encounter, best first. */
  private async candidates(template: Float32Array, k: number, exclude?: string): Promise<Candidate[]> {
    const hits = await this.gallery.searchParallel(template, k * 3 + 5);
    const best = new Map<string, number>();
    for (const h of hits) {
      const enc = this.templateEncounter.get(h.key);
      if (!enc || enc === exclude) continue;
      if (!best.has(enc) || best.get(enc)! < h.score) best.set(enc, h.score);
    }
    const ids = [...best.keys()].slice(0, k);
    if (!ids.length) return [];
    const rows = await this.db.kysely.selectFrom('bio_encounters').select(['id', 'identity_id', 'full_name', 'occurred_at', 'post', 'agency']).where('id', 'in', ids).execute();
    return rows
      .map((r) => ({ encounterId: r.id, identityId: r.identity_id, score: round(best.get(r.id)!), band: this.band(best.get(r.id)!), fullName: r.full_name, occurredAt: r.occurred_at, post: r.post, agency: r.agency }))
      .sort((a, b) => b.score - a.score);
  }

  private watchHits(template: Float32Array): { id: string; score: number }[] {
    return this.watch.search(template, 5).filter((h) => h.score >= this.thresholds.review).map((h) => ({ id: h.key, score: round(h.score) }));
  }

  /**
   * Enrols one encounter. `analysed` passes templates already made (by the worker pool of
   * `enrolBatch`); otherwise the images are analysed here.
   */
  async enrol(actor: Principal, input: EncounterInput, origin = 'local', analysed?: FaceAnalysis[]): Promise<EnrolResult> {
    validateEncounter(input);
    const person = resolvePerson(input);
    const key = this.key();
    await this.load();
    // The pipeline first: a refused photograph stores nothing.
    const analyses: FaceAnalysis[] = analysed ?? [];
    if (!analysed) for (const [i, im] of input.images.entries()) analyses.push(await analyseImage(this.model, im.bytes, im.name ?? `images[${i}]`, this.quality));

    const encounterId = randomUUID();
    const now = new Date().toISOString();
    const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : now;
    // Search before storing, so the encounter never finds itself.
    const byEncounter = new Map<string, Candidate>();
    for (const a of analyses) for (const c of await this.candidates(a.template, 10)) {
      const prev = byEncounter.get(c.encounterId);
      if (!prev || prev.score < c.score) byEncounter.set(c.encounterId, c);
    }
    const candidates = [...byEncounter.values()].sort((a, b) => b.score - a.score);
    const watch = new Map<string, number>();
    for (const a of analyses) for (const h of this.watchHits(a.template)) watch.set(h.id, Math.max(watch.get(h.id) ?? -1, h.score));

    // Identity: the best-scoring identity at or above `match` is joined; the ones in the review
    // band become reviews for an officer; otherwise the encounter starts a new identity.
    const identityScores = new Map<string, number>();
    for (const c of candidates) if (c.identityId && !identityScores.has(c.identityId)) identityScores.set(c.identityId, c.score);
    const ranked = [...identityScores.entries()].sort((a, b) => b[1] - a[1]);
    const linked = ranked.find(([, s]) => s >= this.thresholds.match);
    const identityId = linked?.[0] ?? randomUUID();
    const reviewBand = ranked.filter(([id, s]) => id !== identityId && s >= this.thresholds.review).slice(0, 5);
    const reviews = reviewBand.map(([id, score]) => ({ reviewId: randomUUID(), identityId: id, score }));

    const imageIds: string[] = [];
    await this.db.kysely.transaction().execute(async (tx) => {
      if (!linked) await tx.insertInto('bio_identities').values({ id: identityId, created_at: now, updated_at: now, alert_state: null, alert_ref: null }).execute();
      else await tx.updateTable('bio_identities').set({ updated_at: now }).where('id', '=', identityId).execute();
      await tx.insertInto('bio_encounters').values({
        id: encounterId, identity_id: identityId, full_name: person.fullName, surname: person.surname, given_names: person.givenNames,
        birth_date: person.birthDate, sex: person.sex, nationality: person.nationality, document_type: person.documentType,
        document_number: person.documentNumber, document_country: person.documentCountry, mrz: person.mrz,
        post: input.post.trim(), place: input.place?.trim() || null, latitude: input.latitude ?? null, longitude: input.longitude ?? null,
        occurred_at: occurredAt, officer: input.officer?.trim() || actor.name, agency: input.agency?.trim() || actor.agency,
        circumstance: input.circumstance, legal_basis: input.legalBasis.trim(), origin,
        retain_until: retainUntil(input.circumstance, occurredAt, this.retention), created_at: now,
      }).execute();
      for (const [i, a] of analyses.entries()) {
        const imageId = randomUUID(), templateId = randomUUID();
        imageIds.push(templateId);
        const bytes = input.images[i]!.bytes;
        await tx.insertInto('bio_images').values({
          id: imageId, encounter_id: encounterId, kind: input.images[i]!.kind ?? 'live', format: a.format, width: a.width, height: a.height,
          sha256: sha256(bytes), quality_json: JSON.stringify(a.quality), sealed: seal(key, bytes, `bio_images:${imageId}`), created_at: now,
        }).execute();
        await tx.insertInto('bio_templates').values({
          id: templateId, image_id: imageId, encounter_id: encounterId, model: a.model,
          sealed: seal(key, templateToBytes(a.template), `bio_templates:${templateId}`), created_at: now,
        }).execute();
      }
      for (const r of reviews) await tx.insertInto('bio_link_reviews').values({ id: r.reviewId, encounter_id: encounterId, identity_id: r.identityId, score: r.score, status: 'pending', created_at: now, decided_by: null, decided_at: null, reason: null }).execute();
    });
    analyses.forEach((a, i) => { this.gallery.add(imageIds[i]!, a.template); this.templateEncounter.set(imageIds[i]!, encounterId); });

    const subject = personEntity(encounterId, person);
    const agency = input.agency?.trim() || actor.agency;
    const alerts: string[] = [];
    const watchlistHits: WatchlistHit[] = [];
    for (const [watchId, score] of watch) {
      const hit = await this.raiseWatchlistAlert(agency, subject, `encounter:${encounterId}`, watchId, score, encounterId);
      watchlistHits.push(hit);
      if (hit.alertId) alerts.push(hit.alertId);
      await this.db.kysely.updateTable('bio_identities').set({ alert_state: 'watchlist', alert_ref: hit.alertId ?? watchId, updated_at: now }).where('id', '=', identityId).execute();
    }
    // Linked (or possibly linked) to an identity already under alert: the officer must know now.
    for (const [id, score] of [...(linked ? [linked] : []), ...reviewBand]) {
      const alertId = await this.raiseIdentityAlert(agency, subject, encounterId, id, score);
      if (alertId) alerts.push(alertId);
    }

    await appendAudit(this.db, {
      actor, action: 'biometrics.enrol', subject: `encounter:${encounterId}`,
      detail: { identity: identityId, link: linked ? 'linked' : 'new', origin, images: analyses.length, candidates: candidates.slice(0, 10).map((c) => [c.encounterId, c.score]), watchlist: watchlistHits.map((h) => [h.watchId, h.score]), reviews: reviews.length },
    });
    return {
      encounterId, identityId, link: linked ? 'linked' : 'new', ...(linked ? { linkedScore: linked[1] } : {}),
      candidates, reviews, watchlistHits, alerts, quality: analyses.map((a) => a.quality),
    };
  }

  /**
   * Enrols many encounters using every core for the face pipeline (worker threads), then links them
   * in the order given, so a person met twice within the batch is linked too. One refused
   * encounter does not stop the others: each gets its result or its refusal.
   */
  async enrolBatch(actor: Principal, inputs: EncounterInput[], opts: { threads?: number } = {}): Promise<({ index: number; ok: true; result: EnrolResult } | { index: number; ok: false; error: string })[]> {
    this.key();
    await this.load();
    // the workers run the bundled model; another model is used on this thread, one image at a time
    if (!(this.model instanceof FaceApiModel)) {
      const out: ({ index: number; ok: true; result: EnrolResult } | { index: number; ok: false; error: string })[] = [];
      for (const [i, input] of inputs.entries()) {
        try { out.push({ index: i, ok: true, result: await this.enrol(actor, input) }); } catch (err) { if (!(err instanceof InputError)) throw err; out.push({ index: i, ok: false, error: err.message }); }
      }
      return out;
    }
    const pool = new FacePool(opts.threads, this.quality);
    try {
      const flat = inputs.flatMap((inp, i) => (Array.isArray(inp?.images) ? inp.images : []).map((im, j) => ({ i, bytes: im.bytes, where: im.name ?? `encounters[${i}].images[${j}]` })));
      const done = await pool.analyseAll(flat);
      const out: ({ index: number; ok: true; result: EnrolResult } | { index: number; ok: false; error: string })[] = [];
      for (const [i, input] of inputs.entries()) {
        const mine = done.filter((_, k) => flat[k]!.i === i);
        const failed = mine.find((m): m is Error => m instanceof Error);
        if (failed) { out.push({ index: i, ok: false, error: failed.message }); continue; }
        try {
          out.push({ index: i, ok: true, result: await this.enrol(actor, input, 'local', mine as FaceAnalysis[]) });
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          out.push({ index: i, ok: false, error: err.message });
        }
      }
      return out;
    } finally {
      await pool.close();
    }
  }

  private async raiseWatchlistAlert(agency: string, subject: Entity, subjectKey: string, watchId: string, score: number, sourceRef: string): Promise<WatchlistHit> {
    const w = await this.db.kysely.selectFrom('bio_watchlist').select(['name', 'listed_json', 'reason']).where('id', '=', watchId).executeTakeFirstOrThrow();
    const band = this.band(score) === 'match' ? 'match' : 'review';
    const r = await raiseAlert(this.db, {
      channel: 'biometrics', agency, subject, subjectKey, listed: JSON.parse(w.listed_json) as Entity,
      listId: 'biometric-watchlist', listVersion: 1, score: Math.max(0, Math.min(1, score)), band: alertBand(band),
      reasons: [{ feature: 'face', weight: score, text: `Face matches the biometric watchlist photograph of ${w.name} with similarity ${score.toFixed(3)} (link threshold ${this.thresholds.match}, review from ${this.thresholds.review}). Listed for: ${w.reason}` }],
      sourceRef, dedupeKey: `biometrics|${subjectKey}|watch:${watchId}`,
    });
    return { watchId, name: w.name, score, band, ...(r.id ? { alertId: r.id } : {}) };
  }

  private async raiseIdentityAlert(agency: string, subject: Entity, encounterId: string, identityId: string, score: number): Promise<string | undefined> {
    const ident = await this.db.kysely.selectFrom('bio_identities').selectAll().where('id', '=', identityId).executeTakeFirst();
    if (!ident?.alert_state) return undefined;
    const names = await this.db.kysely.selectFrom('bio_encounters').select(['id', 'full_name', 'birth_date', 'nationality']).where('identity_id', '=', identityId).where('id', '!=', encounterId).execute();
    const listed: Entity = { id: `bio-identity-${identityId}`, schema: 'Person', properties: { name: [...new Set(names.map((n) => n.full_name))], ...(names[0]?.birth_date ? { birthDate: [names[0].birth_date] } : {}) } };
    const band = this.band(score);
    const r = await raiseAlert(this.db, {
      channel: 'biometrics', agency, subject, subjectKey: `encounter:${encounterId}`, listed,
      listId: 'biometric-identities', listVersion: 1, score: Math.max(0, Math.min(1, score)), band: alertBand(band === 'none' ? 'review' : band),
      reasons: [{ feature: 'face', weight: score, text: `Face ${band === 'match' ? 'links' : 'may link'} this encounter (similarity ${score.toFixed(3)}) to an identity under alert (${ident.alert_state}), met before as ${listed.properties.name!.join(', ')}` }],
      sourceRef: encounterId, dedupeKey: `biometrics|encounter:${encounterId}|identity:${identityId}`,
    });
    return r.id || undefined;
  }

  /** 1:N: the probe against every enrolled encounter and the watchlist. Nothing is stored. */
  async identify(actor: Principal, bytes: Uint8Array, opts: { k?: number; reason?: string } = {}): Promise<{ candidates: Candidate[]; watchlistHits: WatchlistHit[]; quality: FaceAnalysis['quality'] }> {
    this.key();
    await this.load();
    const a = await analyseImage(this.model, bytes, 'probe', this.quality);
    const candidates = await this.candidates(a.template, opts.k ?? 10);
    const probeKey = `probe:${sha256(bytes).slice(0, 16)}`;
    const watchlistHits: WatchlistHit[] = [];
    const subject: Entity = { id: `bio-${probeKey.replace(':', '-')}`, schema: 'Person', properties: { name: ['unknown (probe photograph)'] } };
    for (const h of this.watchHits(a.template)) watchlistHits.push(await this.raiseWatchlistAlert(actor.agency, subject, probeKey, h.id, h.score, probeKey));
    await appendAudit(this.db, {
      actor, action: 'biometrics.identify', subject: probeKey, ...(opts.reason ? { reason: opts.reason } : {}),
      detail: { candidates: candidates.map((c) => [c.encounterId, c.score]), watchlist: watchlistHits.map((h) => [h.watchId, h.score]) },
    });
    return { candidates, watchlistHits, quality: a.quality };
  }

  /** 1:1: a live photograph against the document's photograph. */
  async verify(actor: Principal, live: Uint8Array, document: Uint8Array): Promise<{ score: number; decision: 'match' | 'review' | 'no-match'; thresholds: ThresholdProfile }> {
    const a = await analyseImage(this.model, live, 'live', this.quality);
    const b = await analyseImage(this.model, document, 'document', this.quality);
    const score = round(cosine(a.template, b.template));
    const band = this.band(score);
    const decision = band === 'none' ? 'no-match' : band;
    await appendAudit(this.db, { actor, action: 'biometrics.verify', detail: { score, decision } });
    return { score, decision, thresholds: this.thresholds };
  }

  /** The officer's answer to an uncertain link: confirm merges the encounter's identity into it. */
  async decideReview(actor: Principal, reviewId: string, decision: 'confirm' | 'reject', reason?: string): Promise<{ identityId: string; alerts: string[] }> {
    const r = await this.db.kysely.selectFrom('bio_link_reviews').selectAll().where('id', '=', reviewId).executeTakeFirst();
    if (!r) throw new InputError(`no link review ${reviewId}`, { field: 'review' });
    if (r.status !== 'pending') throw new InputError(`link review ${reviewId} was already ${r.status}`, { field: 'review' });
    const now = new Date().toISOString();
    const enc = await this.db.kysely.selectFrom('bio_encounters').selectAll().where('id', '=', r.encounter_id).executeTakeFirstOrThrow();
    const alerts: string[] = [];
    let identityId = enc.identity_id!;
    await this.db.kysely.transaction().execute(async (tx) => {
      await tx.updateTable('bio_link_reviews').set({ status: decision === 'confirm' ? 'confirmed' : 'rejected', decided_by: actor.id, decided_at: now, reason: reason ?? null }).where('id', '=', reviewId).execute();
      if (decision !== 'confirm' || enc.identity_id === r.identity_id) return;
      const from = enc.identity_id!;
      const src = await tx.selectFrom('bio_identities').selectAll().where('id', '=', from).executeTakeFirst();
      await tx.updateTable('bio_encounters').set({ identity_id: r.identity_id }).where('identity_id', '=', from).execute();
      // an alert on either side stays with the merged identity
      if (src?.alert_state) await tx.updateTable('bio_identities').set({ alert_state: src.alert_state, alert_ref: src.alert_ref }).where('id', '=', r.identity_id).where('alert_state', 'is', null).execute();
      await tx.updateTable('bio_identities').set({ updated_at: now }).where('id', '=', r.identity_id).execute();
      await tx.updateTable('bio_link_reviews').set({ identity_id: r.identity_id }).where('identity_id', '=', from).execute();
      await tx.deleteFrom('bio_identities').where('id', '=', from).execute();
      identityId = r.identity_id;
    });
    if (decision === 'confirm') {
      const person = rowPerson(enc);
      const a = await this.raiseIdentityAlert(enc.agency, personEntity(enc.id, person), enc.id, r.identity_id, Math.max(r.score, this.thresholds.match));
      if (a) alerts.push(a);
    }
    await appendAudit(this.db, { actor, action: `biometrics.link.${decision}`, subject: `encounter:${r.encounter_id}`, ...(reason ? { reason } : {}), detail: { review: reviewId, identity: r.identity_id, score: r.score } });
    return { identityId, alerts };
  }

  async pendingReviews(actor: Principal): Promise<{ reviewId: string; encounterId: string; identityId: string; score: number; createdAt: string }[]> {
    const rows = await this.db.kysely.selectFrom('bio_link_reviews').selectAll().where('status', '=', 'pending').orderBy('created_at').execute();
    await appendAudit(this.db, { actor, action: 'biometrics.reviews.read', detail: { count: rows.length } });
    return rows.map((r) => ({ reviewId: r.id, encounterId: r.encounter_id, identityId: r.identity_id, score: r.score, createdAt: r.created_at }));
  }

  /**
   * Adds a face to the biometric watchlist (whose hits alert), and searches the encounters already
   * enrolled: a person met before the listing is an alert now, in the agency that met them.
   */
  async addToWatchlist(actor: Principal, input: { name: string; image: Uint8Array; reason: string; birthDate?: string; nationality?: string; agency?: string }): Promise<{ watchId: string; earlierEncounters: WatchlistHit[] }> {
    if (!input.name?.trim()) throw new InputError('the listed person\'s name is required', { field: 'name' });
    if (!input.reason?.trim()) throw new InputError('the reason for listing is required', { field: 'reason' });
    const key = this.key();
    await this.load();
    const a = await analyseImage(this.model, input.image, 'image', this.quality);
    const id = randomUUID();
    const listed: Entity = { id: `bio-watch-${id}`, schema: 'Person', properties: { name: [input.name.trim()], ...(input.birthDate ? { birthDate: [input.birthDate] } : {}), ...(input.nationality ? { nationality: [input.nationality.toLowerCase()] } : {}) }, provenance: { list: 'biometric-watchlist', sourceId: id } };
    const now = new Date().toISOString();
    await this.db.kysely.insertInto('bio_watchlist').values({
      id, name: input.name.trim(), listed_json: JSON.stringify(listed), agency: input.agency ?? actor.agency, reason: input.reason.trim(),
      model: a.model, sealed_template: seal(key, templateToBytes(a.template), `bio_watchlist:${id}`), created_at: now,
    }).execute();
    this.watch.add(id, a.template);
    const earlierEncounters: WatchlistHit[] = [];
    for (const c of (await this.candidates(a.template, 20)).filter((x) => x.band !== 'none')) {
      const e = await this.db.kysely.selectFrom('bio_encounters').selectAll().where('id', '=', c.encounterId).executeTakeFirstOrThrow();
      const hit = await this.raiseWatchlistAlert(e.agency, personEntity(e.id, rowPerson(e)), `encounter:${e.id}`, id, c.score, e.id);
      earlierEncounters.push({ ...hit, name: e.full_name });
      if (e.identity_id) await this.db.kysely.updateTable('bio_identities').set({ alert_state: 'watchlist', alert_ref: hit.alertId ?? id, updated_at: now }).where('id', '=', e.identity_id).execute();
    }
    await appendAudit(this.db, { actor, action: 'biometrics.watchlist.add', subject: `bio-watch:${id}`, detail: { reason: input.reason, earlierEncounters: earlierEncounters.map((h) => [h.alertId, h.score]) } });
    return { watchId: id, earlierEncounters };
  }

  /** An encounter as an officer sees it (audited). */
  async encounter(actor: Principal, id: string, reason?: string) {
    const e = await this.db.kysely.selectFrom('bio_encounters').selectAll().where('id', '=', id).executeTakeFirst();
    if (!e) throw new InputError(`no encounter ${id}`, { field: 'encounter' });
    const images = await this.db.kysely.selectFrom('bio_images').select(['id', 'kind', 'format', 'width', 'height', 'sha256', 'quality_json']).where('encounter_id', '=', id).execute();
    await appendAudit(this.db, { actor, action: 'biometrics.encounter.read', subject: `encounter:${id}`, ...(reason ? { reason } : {}) });
    return { ...encounterView(e), images: images.map((i) => ({ id: i.id, kind: i.kind, format: i.format, width: i.width, height: i.height, sha256: i.sha256, quality: JSON.parse(i.quality_json) })) };
  }

  /** The decrypted images of an encounter (audited: a photograph is the most personal data). */
  async images(actor: Principal, encounterId: string, purpose: string): Promise<{ id: string; kind: string; format: string; sha256: string; bytes: Buffer }[]> {
    const key = this.key();
    const rows = await this.db.kysely.selectFrom('bio_images').selectAll().where('encounter_id', '=', encounterId).orderBy('created_at').execute();
    await appendAudit(this.db, { actor, action: 'biometrics.image.read', subject: `encounter:${encounterId}`, reason: purpose, detail: { images: rows.length } });
    return rows.map((r) => ({ id: r.id, kind: r.kind, format: r.format, sha256: r.sha256, bytes: open(key, r.sealed, `bio_images:${r.id}`) }));
  }

  /** An identity: its encounters and every name it has used (audited). */
  async identity(actor: Principal, identityId: string): Promise<IdentityView> {
    const ident = await this.db.kysely.selectFrom('bio_identities').selectAll().where('id', '=', identityId).executeTakeFirst();
    if (!ident) throw new InputError(`no identity ${identityId}`, { field: 'identity' });
    const encs = await this.db.kysely.selectFrom('bio_encounters').selectAll().where('identity_id', '=', identityId).orderBy('occurred_at').execute();
    const names = new Map<string, IdentityView['names'][number]>();
    for (const e of encs) {
      const n = names.get(e.full_name) ?? { name: e.full_name, count: 0, firstSeen: e.occurred_at, lastSeen: e.occurred_at, documents: [] };
      n.count++;
      n.lastSeen = e.occurred_at;
      if (e.document_number) { const d = `${e.document_type ?? 'document'} ${e.document_number}${e.document_country ? ` (${e.document_country})` : ''}`; if (!n.documents.includes(d)) n.documents.push(d); }
      names.set(e.full_name, n);
    }
    await appendAudit(this.db, { actor, action: 'biometrics.identity.read', subject: `bio-identity:${identityId}` });
    return {
      identityId, underAlert: !!ident.alert_state, alertState: ident.alert_state,
      names: [...names.values()],
      encounters: encs.map((e) => ({ encounterId: e.id, fullName: e.full_name, occurredAt: e.occurred_at, post: e.post, agency: e.agency, circumstance: e.circumstance, origin: e.origin })),
    };
  }

  /** Deletes encounters past their retention (images, templates and reviews with them). */
  async purge(actor: Principal, now: Date = new Date()): Promise<{ encounters: number; identities: number }> {
    const expired = await this.db.kysely.selectFrom('bio_encounters').select(['id']).where('retain_until', '<', now.toISOString()).execute();
    const ids = expired.map((e) => e.id);
    let identities = 0;
    if (ids.length) {
      const tpl = await this.db.kysely.selectFrom('bio_templates').select(['id']).where('encounter_id', 'in', ids).execute();
      await this.db.kysely.transaction().execute(async (tx) => {
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          await tx.deleteFrom('bio_link_reviews').where('encounter_id', 'in', chunk).execute();
          await tx.deleteFrom('bio_templates').where('encounter_id', 'in', chunk).execute();
          await tx.deleteFrom('bio_images').where('encounter_id', 'in', chunk).execute();
          await tx.deleteFrom('bio_encounters').where('id', 'in', chunk).execute();
        }
        const orphans = await tx.selectFrom('bio_identities').select('id').where(({ not, exists, selectFrom }) => not(exists(selectFrom('bio_encounters').select('id').whereRef('bio_encounters.identity_id', '=', 'bio_identities.id')))).execute();
        identities = orphans.length;
        for (const o of orphans) {
          await tx.deleteFrom('bio_link_reviews').where('identity_id', '=', o.id).execute();
          await tx.deleteFrom('bio_identities').where('id', '=', o.id).execute();
        }
      });
      for (const t of tpl) { this.gallery.remove(t.id); this.templateEncounter.delete(t.id); }
    }
    await appendAudit(this.db, { actor, action: 'biometrics.purge', detail: { before: now.toISOString(), encounters: ids.length, identities } });
    return { encounters: ids.length, identities };
  }

  async close(): Promise<void> {
    await this.gallery.close();
  }
}

function alertBand(b: 'match' | 'review'): Band {
  return b === 'match' ? 'block' : 'review';
}

export function rowPerson(e: BioEncounterTable): Person {
  return { fullName: e.full_name, surname: e.surname, givenNames: e.given_names, birthDate: e.birth_date, sex: e.sex, nationality: e.nationality, documentType: e.document_type, documentNumber: e.document_number, documentCountry: e.document_country, mrz: e.mrz };
}

export function encounterView(e: BioEncounterTable) {
  return {
    encounterId: e.id, identityId: e.identity_id, person: rowPerson(e), post: e.post, place: e.place, latitude: e.latitude, longitude: e.longitude,
    occurredAt: e.occurred_at, officer: e.officer, agency: e.agency, circumstance: e.circumstance, legalBasis: e.legal_basis, origin: e.origin, retainUntil: e.retain_until,
  };
}

/** The encounter's person as an entity, frozen into alerts. */
export function personEntity(encounterId: string, p: Person): Entity {
  const props: Record<string, string[]> = { name: [p.fullName] };
  if (p.givenNames) props.firstName = [p.givenNames];
  if (p.surname) props.lastName = [p.surname];
  if (p.birthDate) props.birthDate = [p.birthDate];
  if (p.nationality) props.nationality = [p.nationality];
  if (p.sex) props.gender = [p.sex === 'M' ? 'male' : p.sex === 'F' ? 'female' : 'other'];
  if (p.documentNumber) props[p.documentType === 'passport' ? 'passportNumber' : 'idNumber'] = [p.documentNumber];
  return { id: `bio-encounter-${encounterId}`, schema: 'Person', properties: props };
}
