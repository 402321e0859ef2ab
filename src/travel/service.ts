/**
 * The border-management calls every door (CLI, API, console) makes: read and screen a scanned
 * document, read, screen and keep a manifest, record the officer's decision at a crossing, and
 * read back crossings, stays and manifests. Each screening raises its hits as alerts and leaves
 * one audit record; so does each read of travellers' records, whichever door it came through.
 */
import type { AppContext } from '../app/context.js';
import type { Db } from '../store/db.js';
import type { Principal } from '../auth/principal.js';
import type { RaisedAlert } from '../cases/types.js';
import { appendAudit } from '../audit/log.js';
import { parseMrz, type MrzDocument } from './mrz/parse.js';
import { parsePaxlst } from './paxlst/parse.js';
import type { Manifest } from './paxlst/types.js';
import { travelDeps } from './screen/deps.js';
import { recordScreening } from './screen/record.js';
import { rankForMeeting, screenTravellers, type ManifestScreening, type TravellerResult, type TravelScreeningDeps } from './screen/screen-traveller.js';
import { docKey, manifestKey, subjectFromMrz, subjectFromPaxlst, type TravellerSubject } from './screen/subject.js';
import { countryOf } from '../sources/common/icao-codes.js';
import type { RiskRule } from './screen/rules.js';
import { deleteRule, saveRule, type RiskRuleInput } from './store/rules.js';
import { listCrossings, listStays, overstayReport, recordCrossing, type Crossing, type CrossingInput, type CrossingQuery, type Stay } from './store/crossings.js';
import { getManifest, manifestTravellers, storeManifest, type StoredTraveller } from './store/manifests.js';

/** What doors show of one traveller's result. */
export interface TravellerVerdictView {
  index?: number;
  key: string;
  name: string;
  birthDate: string | null;
  nationality: string | null;
  document: { type: string; number: string; country: string | null } | null;
  verdict: TravellerResult['verdict'];
  reasons: string[];
  findings: { check: string; action: string; strength: number; text: string }[];
  alerts?: string[];
}

export function verdictView(r: TravellerResult, alerts?: RaisedAlert[]): TravellerVerdictView {
  const s = r.subject;
  return {
    ...(s.index != null ? { index: s.index } : {}),
    key: s.key,
    name: [s.firstNames, s.lastName].filter(Boolean).join(' '),
    birthDate: s.birthDate ?? null,
    nationality: s.nationality ?? s.nationalityCode ?? null,
    document: s.document ? { type: s.document.type, number: s.document.number, country: s.document.issuingCountry ?? s.document.issuingState ?? null } : null,
    verdict: r.verdict,
    reasons: r.findings.map((f) => f.text),
    findings: r.findings.map((f) => ({ check: f.check, action: f.action, strength: Math.round(f.strength * 1000) / 1000, text: f.text })),
    ...(alerts ? { alerts: alerts.map((a) => a.id).filter(Boolean) } : {}),
  };
}

export interface ScanResult {
  document: MrzDocument;
  result: TravellerVerdictView;
}

export interface ScreenOptions {
  today?: Date;
  /** screening dependencies already built (benchmarks and tests reuse one) */
  deps?: TravelScreeningDeps;
}

/** A document at the desk: read its MRZ, screen the holder, raise hits, audit. */
export async function scanDocument(ctx: AppContext, actor: Principal, lines: string | string[], opts: ScreenOptions & { post?: string } = {}): Promise<ScanResult> {
  const document = parseMrz(lines, opts.today ? { today: opts.today } : {});
  const deps = opts.deps ?? (await travelDeps(ctx, opts.today ? { today: opts.today } : {}));
  const subject = subjectFromMrz(document);
  const [result] = await screenTravellers(deps, [subject]);
  const now = new Date().toISOString();
  const [alerts] = await recordScreening(ctx.db, actor, [result!], {
    channel: 'border',
    sourceRef: `scan:${opts.post ?? 'desk'}:${now}`,
    dedupeScope: `${opts.post ?? 'desk'}:${now.slice(0, 10)}`,
    action: 'travel.scan',
    auditSubject: subject.key,
  });
  return { document, result: verdictView(result!, alerts) };
}

export interface ManifestResult {
  manifestId: string | null;
  manifest: Manifest;
  counts: ManifestScreening['counts'];
  /** travellers to meet, refusals first, best evidence first */
  toMeet: TravellerVerdictView[];
  travellers: TravellerVerdictView[];
}

/** A PAXLST upload: read, screen every traveller, keep the manifest with its results, raise hits, audit. */
export async function screenManifest(ctx: AppContext, actor: Principal, text: string, opts: ScreenOptions & { file?: string; store?: boolean } = {}): Promise<ManifestResult> {
  const manifest = parsePaxlst(text, { ...(opts.file ? { file: opts.file } : {}), ...(opts.today ? { today: opts.today } : {}) });
  const deps = opts.deps ?? (await travelDeps(ctx, opts.today ? { today: opts.today } : {}));
  const key = manifestKey(manifest);
  const subjects: TravellerSubject[] = manifest.travellers.map((t) => subjectFromPaxlst(t, key));
  const screening = rankForMeeting(await screenTravellers(deps, subjects));
  const manifestId = opts.store === false ? null : await storeManifest(ctx.db, manifest, screening, actor.id);
  const alerts = await recordScreening(ctx.db, actor, screening.travellers, {
    channel: 'manifest',
    sourceRef: manifestId ? `manifest:${manifestId}` : key,
    // subject keys already name the flight, date and message: a re-sent manifest dedupes
    dedupeScope: 'manifest',
    action: 'travel.manifest.screen',
    auditSubject: manifestId ? `manifest:${manifestId}` : key,
  });
  const byIndex = new Map(screening.travellers.map((r, i) => [r.subject.index, verdictView(r, alerts[i])]));
  return {
    manifestId,
    manifest,
    counts: screening.counts,
    toMeet: screening.toMeet.map((r) => byIndex.get(r.subject.index)!),
    travellers: screening.travellers.map((r) => byIndex.get(r.subject.index)!),
  };
}

/** The officer's decision at primary inspection becomes an entry or exit record, audited. */
export async function decideCrossing(ctx: AppContext, officer: Principal, input: CrossingInput): Promise<Crossing> {
  const crossing = await recordCrossing(ctx.db, officer, input);
  await appendAudit(ctx.db, {
    actor: officer,
    action: `travel.crossing.${crossing.direction}`,
    subject: `crossing:${crossing.id}`,
    detail: { post: crossing.post, decision: crossing.decision, verdict: crossing.verdict, entryId: crossing.entryId },
  });
  return crossing;
}

/** A traveller as a door describes one without a scan (typed in, or from the console's form). */
export interface TravellerInput {
  lastName: string;
  firstNames?: string;
  birthDate?: string;
  nationality?: string;
  document: { type?: string; number: string; issuingState?: string; expiryDate?: string };
}

export function subjectFromInput(t: TravellerInput): TravellerSubject {
  const issuing = t.document.issuingState?.toUpperCase();
  const issuingCountry = issuing ? (issuing.length === 2 ? issuing.toLowerCase() : countryOf(issuing)) : null;
  const nat = t.nationality?.toUpperCase();
  return {
    key: `doc:${docKey(t.document.number, issuingCountry ?? issuing)}`,
    lastName: t.lastName.toUpperCase(),
    firstNames: (t.firstNames ?? '').toUpperCase(),
    ...(t.birthDate ? { birthDate: t.birthDate } : {}),
    ...(nat ? { nationalityCode: nat, nationality: nat.length === 2 ? nat.toLowerCase() : countryOf(nat) } : {}),
    document: {
      type: t.document.type ?? 'P',
      number: t.document.number.toUpperCase(),
      ...(issuing ? { issuingState: issuing } : {}),
      issuingCountry,
      ...(t.document.expiryDate ? { expiryDate: t.document.expiryDate } : {}),
    },
  };
}

export async function saveRiskRule(ctx: AppContext, actor: Principal, input: RiskRuleInput, id?: string): Promise<RiskRule> {
  const rule = await saveRule(ctx.db, input, actor.id, id);
  await appendAudit(ctx.db, { actor, action: 'travel.rule.save', subject: `travel-rule:${rule.id}`, detail: input });
  return rule;
}

export async function removeRiskRule(ctx: AppContext, actor: Principal, id: string): Promise<boolean> {
  const done = await deleteRule(ctx.db, id);
  if (done) await appendAudit(ctx.db, { actor, action: 'travel.rule.delete', subject: `travel-rule:${id}` });
  return done;
}

// Reads of crossings, stays and manifests name travellers: each is audited here, in the core, so
// that the CLI's reports leave the same trace as the API's.

export async function readCrossings(db: Db, actor: Principal, q: CrossingQuery = {}): Promise<Crossing[]> {
  const crossings = await listCrossings(db, q);
  await appendAudit(db, { actor, action: 'travel.crossings.read', detail: { query: q, returned: crossings.length } });
  return crossings;
}

export type StayQuery = NonNullable<Parameters<typeof listStays>[1]>;

export async function readStays(db: Db, actor: Principal, q: StayQuery = {}): Promise<Stay[]> {
  const stays = await listStays(db, q);
  await appendAudit(db, { actor, action: 'travel.stays.read', detail: { query: q, returned: stays.length } });
  return stays;
}

export async function readOverstays(db: Db, actor: Principal): Promise<Stay[]> {
  const overstays = await overstayReport(db);
  await appendAudit(db, { actor, action: 'travel.overstays.read', detail: { returned: overstays.length } });
  return overstays;
}

/** A stored manifest with its travellers (only those to meet, in order, with `toMeet`), or undefined. */
export async function readManifest(db: Db, actor: Principal, id: string, opts: { toMeet?: boolean } = {}) {
  const manifest = await getManifest(db, id);
  if (!manifest) return undefined;
  await appendAudit(db, { actor, action: 'travel.manifest.read', subject: `manifest:${manifest.id}` });
  const travellers: StoredTraveller[] = await manifestTravellers(db, manifest.id, opts);
  return { ...manifest, travellers };
}
