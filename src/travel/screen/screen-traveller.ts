/**
 * Traveller screening: a scanned document or a whole manifest, each traveller checked against
 * (a) the watchlists through the screening engine under the border profile, (b) the lost and
 * stolen documents register, (c) earlier encounters at our posts, (d) the document itself and
 * (e) the analysts' risk rules. Everything it needs comes in `TravelScreeningDeps`, so that the
 * same code runs at the desk, on a manifest, in tests and in the benchmark. No side effects:
 * alerts and the audit record are written by ./record.ts.
 */
import type { Entity } from '../../model/entity.js';
import type { Band, Reason } from '../../matching/types.js';
import { caption } from '../../model/entity.js';
import { byEvidence, verdictOf, type Finding, type Verdict } from './findings.js';
import { documentFindings } from './document-checks.js';
import { ruleFindings, type RiskRule } from './rules.js';
import { documentsOf, fullName, subjectEntity, watchlistQuery, type TravellerSubject } from './subject.js';

export interface WatchlistHit {
  entity: Entity;
  score: number;
  band: Band;
  matchedName?: string | null;
  explanation: Reason[];
}

/** An earlier crossing that shares the document or the person. */
export interface Encounter {
  crossingId: string;
  at: string;
  post: string;
  direction: 'entry' | 'exit';
  decision: 'admit' | 'refer' | 'refuse';
  /** the same document, or the same name and birth date */
  via: 'document' | 'person';
  name: string;
  birthDate: string | null;
  docNumber: string;
  docCountry: string | null;
}

export interface TravelScreeningDeps {
  /** Listed persons for a query, best first, already thresholded by the border profile. */
  watchlist(query: Entity): WatchlistHit[];
  /** Listed subjects whose listing gives this document number (exact, normalised). */
  listedDocuments?(number: string): Entity[];
  /** Lost and stolen register records of a document number and country (alpha-2). */
  sltd(number: string, country: string | null | undefined): Entity[];
  /** Earlier encounters of each subject, in the same order (one database round for a manifest). */
  encounters?(subjects: TravellerSubject[]): Promise<Encounter[][]>;
  rules: RiskRule[];
  today: Date;
}

export interface TravellerResult {
  subject: TravellerSubject;
  verdict: Verdict;
  /** best evidence first */
  findings: Finding[];
  /** strength of the best evidence (0 when clear) */
  strength: number;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function watchlistFindings(deps: TravelScreeningDeps, s: TravellerSubject): Finding[] {
  return deps.watchlist(watchlistQuery(s)).map((h) => {
    const list = h.entity.provenance?.list ?? 'list';
    const why = h.explanation.filter((r) => r.weight > 0).map((r) => r.text.replace(/\.$/, '')).slice(0, 3).join('; ');
    return {
      check: 'watchlist' as const,
      action: h.band === 'block' ? ('refuse' as const) : ('refer' as const),
      strength: h.score,
      text: `${h.band === 'block' ? 'Strong' : 'Possible'} match (${pct(h.score)}) with ${caption(h.entity)} on list ${list}${why ? `: ${why}` : ''}`,
      hit: { listed: h.entity, listId: list, listVersion: h.entity.provenance?.version ?? 0, score: h.score, band: h.band, reasons: h.explanation },
    };
  });
}

function sltdFindings(deps: TravelScreeningDeps, s: TravellerSubject): Finding[] {
  return documentsOf(s).flatMap((d) =>
    deps.sltd(d.number, d.issuingCountry ?? null).map((e) => {
      const status = (e.properties.status ?? e.properties.notes ?? ['reported lost or stolen'])[0];
      const text = `Document ${d.number} (${(d.issuingState ?? d.issuingCountry ?? '?').toUpperCase()}) is in the lost and stolen documents register: ${status}`;
      const reasons: Reason[] = [{ feature: 'documentNumber', text, weight: 1 }];
      return { check: 'sltd' as const, action: 'refuse' as const, strength: 1, text, hit: { listed: e, listId: e.provenance?.list ?? 'sltd', listVersion: e.provenance?.version ?? 0, score: 1, band: 'block' as const, reasons } };
    }),
  );
}

function listedDocumentFindings(deps: TravelScreeningDeps, s: TravellerSubject): Finding[] {
  if (!deps.listedDocuments) return [];
  return documentsOf(s).flatMap((d) =>
    deps.listedDocuments!(d.number).map((e) => {
      const list = e.provenance?.list ?? 'list';
      const text = `Document number ${d.number} is given for listed ${caption(e)} on list ${list}`;
      const reasons: Reason[] = [{ feature: 'passportNumber', text, weight: 1 }];
      return { check: 'watchlist' as const, action: 'refuse' as const, strength: 0.95, text, hit: { listed: e, listId: list, listVersion: e.provenance?.version ?? 0, score: 0.95, band: 'block' as const, reasons } };
    }),
  );
}

function encounterFindings(s: TravellerSubject, encounters: Encounter[]): Finding[] {
  const out: Finding[] = [];
  const me = fullName(s).toUpperCase();
  for (const e of encounters) {
    const when = `${e.direction} at ${e.post} on ${e.at.slice(0, 10)}`;
    if (e.via === 'document' && (e.name.toUpperCase() !== me || (e.birthDate && s.birthDate && e.birthDate !== s.birthDate))) {
      out.push({ check: 'encounter', action: 'refer', strength: 0.8, text: `Document ${e.docNumber} was presented by ${e.name}${e.birthDate ? ` (born ${e.birthDate})` : ''} at an earlier ${when}` });
    } else if (e.decision === 'refuse') {
      out.push({ check: 'encounter', action: 'refer', strength: 0.6, text: `Refused entry before: ${when}${e.via === 'person' ? ` under document ${e.docNumber}` : ''}` });
    } else if (e.via === 'person' && e.docNumber !== s.document?.number) {
      out.push({ check: 'encounter', action: 'note', strength: 0.2, text: `Seen before under another document, ${e.docNumber}${e.docCountry ? ` (${e.docCountry.toUpperCase()})` : ''}: ${when}` });
    }
  }
  return out;
}

/** Screens travellers; a manifest's are screened together (one encounters query for all). */
export async function screenTravellers(deps: TravelScreeningDeps, subjects: TravellerSubject[]): Promise<TravellerResult[]> {
  const encounters = deps.encounters ? await deps.encounters(subjects) : subjects.map(() => []);
  return subjects.map((s, i) => {
    const findings = [
      ...sltdFindings(deps, s),
      ...listedDocumentFindings(deps, s),
      ...watchlistFindings(deps, s),
      ...encounterFindings(s, encounters[i] ?? []),
      ...documentFindings(s, deps.today),
      ...ruleFindings(deps.rules, s),
    ].sort(byEvidence);
    const verdict = verdictOf(findings);
    return { subject: s, verdict, findings, strength: verdict === 'clear' ? 0 : findings[0]!.strength };
  });
}

export interface ManifestScreening {
  travellers: TravellerResult[];
  /** travellers to meet, refusals first, then by the strength of their best evidence */
  toMeet: TravellerResult[];
  counts: Record<Verdict, number>;
}

export function rankForMeeting(results: TravellerResult[]): ManifestScreening {
  const toMeet = results
    .filter((r) => r.verdict !== 'clear')
    .sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === 'refuse' ? -1 : 1) || b.strength - a.strength || (a.subject.index ?? 0) - (b.subject.index ?? 0));
  const counts: Record<Verdict, number> = { clear: 0, refer: 0, refuse: 0 };
  for (const r of results) counts[r.verdict]++;
  return { travellers: results, toMeet, counts };
}
