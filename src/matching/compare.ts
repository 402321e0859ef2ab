/**
 * compare(query, candidate): the score and its explanation. The best-matching pair of names
 * sets the base score; every other piece of evidence (dates, countries, gender, identifiers,
 * legal form, kind of entity) adds or subtracts a documented amount, and each becomes one Reason.
 */
import type { Entity } from '../model/entity.js';
import { countryCodes } from './countries.js';
import { bestDateEvidence } from './dates.js';
import { kindsCompatible, prepareEntity, type PreparedEntity, type PreparedEntityName } from './entity-forms.js';
import { compareIdentifiers } from './identifiers.js';
import { nameSimilarity, type NameComparison } from './names.js';
import { mayCompareNames } from './orgs/derived-names.js';
import type { Band, MatchResult, Reason, Thresholds } from './types.js';

/** Calibrated on labelled pairs (see docs/matching.md): best F1 at review, few false blocks. */
export const DEFAULT_THRESHOLDS: Thresholds = { review: 0.62, block: 0.85 };

export function bandOf(score: number, t: Thresholds): Band {
  return score >= t.block ? 'block' : score >= t.review ? 'review' : 'none';
}

const NAME_LABEL: Record<string, string> = {
  name: 'Listed name',
  alias: 'Listed alias',
  previousName: 'Listed former name',
  unbracketed: 'Listed name without its bracketed part',
  acronym: 'Acronym of the listed name',
  weakAlias: 'Listed weak alias',
  parts: 'Listed name (from its parts)',
};

/** Names derived from an organisation's name (orgs/derived-names.ts), as the explanation calls them. */
const DERIVED_WORDS: Record<string, string> = { unbracketed: 'name without its bracketed part', acronym: 'derived acronym', spaced: 'name with its company word set apart', bracketedAlias: 'name given in brackets' };

const KIND_WORDS: Record<string, string> = {
  exact: 'same',
  variant: 'known variant of the same name',
  phonetic: 'sounds alike',
  spelling: 'similar spelling',
  typo: 'one letter off',
  translation: 'the same word in another language',
  ending: 'the same word with another ending',
  consonants: 'same consonants across scripts',
  romanisation: 'another romanisation',
  initial: 'initial',
  joined: 'same letters with words joined or split differently',
};

export interface BestName {
  query: PreparedEntityName;
  candidate: PreparedEntityName;
  comparison: NameComparison;
  score: number;
}

/** The best pair of names between query and candidate, weighted by the strength of the listed name. */
export function bestNamePair(q: PreparedEntity, c: PreparedEntity, explain = true): BestName | undefined {
  let best: BestName | undefined;
  search: for (const qn of q.names) {
    for (const cn of c.names) {
      if (!mayCompareNames(qn, cn)) continue;
      const comparison = nameSimilarity(qn, cn, false);
      const score = comparison.score * Math.min(qn.strength, cn.strength);
      if (!best || score > best.score) best = { query: qn, candidate: cn, comparison, score };
      if (score >= 0.999) break search;
    }
  }
  // Only the winning pair is explained, word by word.
  if (best && explain) best.comparison = nameSimilarity(best.query, best.candidate, true);
  return best;
}

const NAME_REASON_PLACE: Reason = { feature: 'name', text: '', weight: 0 };

function nameReason(b: BestName): Reason {
  const parts = b.comparison.parts.map((p) => ({ query: p.query, candidate: p.candidate, similarity: p.similarity }));
  const pieces = b.comparison.parts.map((p) =>
    p.kind === 'exact' ? `"${p.query}" = "${p.candidate}"` : `"${p.query}" ≈ "${p.candidate}" (${KIND_WORDS[p.kind] ?? p.kind}, ${p.similarity.toFixed(2)})`,
  );
  const missing: string[] = [];
  if (b.comparison.unmatchedQuery.length) missing.push(`not in the listed name: ${b.comparison.unmatchedQuery.join(', ')}`);
  if (b.comparison.unmatchedCandidate.length) missing.push(`not in the query: ${b.comparison.unmatchedCandidate.join(', ')}`);
  const label = NAME_LABEL[b.candidate.property] ?? 'Listed name';
  let text = `${label} "${b.candidate.original}" against "${b.query.original}": ${pieces.join('; ') || 'no word in common'}`;
  if (missing.length) text += `; ${missing.join('; ')}`;
  if (b.comparison.capped) text += `; score limited because ${b.comparison.capped}`;
  if (b.candidate.strength < 1) text += `; counted at ${Math.round(b.candidate.strength * 100)}% as a ${DERIVED_WORDS[b.candidate.property] ?? (b.candidate.property === 'weakAlias' ? 'weak alias' : 'former name')}`;
  return { feature: 'name', text: `${text}.`, weight: round(b.score), query: b.query.original, candidate: b.candidate.original, parts };
}

function props(e: Entity): Record<string, string[] | undefined> {
  const out: Record<string, string[] | undefined> = {};
  for (const [k, v] of Object.entries(e.properties ?? {})) {
    out[k] = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
  }
  return out;
}

/** Shared or disjoint countries: +for when they overlap, -against when both are known and disjoint. */
function countryReason(feature: string, label: string, q: string[], c: string[], forW: number, againstW: number): Reason | undefined {
  if (!q.length || !c.length) return undefined;
  const qs = countryCodes(q), cs = countryCodes(c);
  if (!qs.size || !cs.size) return undefined;
  const shared = [...qs].filter((x) => cs.has(x));
  if (shared.length) return { feature, text: `Same ${label} (${shared.join(', ')}).`, weight: forW };
  return { feature, text: `Different ${label}: ${[...qs].join(', ')} against listed ${[...cs].join(', ')}.`, weight: againstW };
}

function genderOf(v: string): 'm' | 'f' | undefined {
  const g = v.trim().toLowerCase();
  if (['m', 'male', 'man', 'masculine', 'муж', 'мужской'].includes(g)) return 'm';
  if (['f', 'female', 'woman', 'feminine', 'жен', 'женский'].includes(g)) return 'f';
  return undefined;
}

/**
 * The first gender the values state. (A loop, not map().find(): the empty array map() gave for an
 * entity without gender had another hidden class than a filled one, and comparePrepared was
 * recompiled when a query first stated a gender.)
 */
function genderIn(values: string[] | undefined): 'm' | 'f' | undefined {
  if (values) for (const v of values) {
    const g = genderOf(v);
    if (g) return g;
  }
  return undefined;
}

/** The score, band and explanation for one query entity against one listed (candidate) entity. */
export function compare(query: Entity, candidate: Entity, thresholds: Thresholds = DEFAULT_THRESHOLDS): MatchResult {
  return comparePrepared(prepareEntity(query), prepareEntity(candidate), thresholds);
}

/**
 * compare() on entities already prepared (the index keeps its listed entities prepared). A best
 * name pair found already (by the index, `unexplained`) is explained word by word only for a
 * result scoring `explainFrom` or more: the index drops the others unread, and their names'
 * reason then lists no parts.
 */
export function comparePrepared(q: PreparedEntity, c: PreparedEntity, thresholds: Thresholds = DEFAULT_THRESHOLDS, unexplained?: BestName, explainFrom = 0): MatchResult {
  const query = q.entity, candidate = c.entity;
  const reasons: Reason[] = [];
  const best = unexplained ?? bestNamePair(q, c);
  let nameScore = 0;
  if (best) {
    nameScore = best.score;
    // (Its reason is written last, when the score says whether it is read; its place is the first.)
    reasons.push(NAME_REASON_PLACE);
  } else {
    reasons.push({ feature: 'name', text: q.names.length ? 'The listed entity has no name to compare.' : 'The query has no name to compare.', weight: 0 });
  }
  // (A listed entity's are kept on its prepared form: it is compared in full again by other queries.)
  const qp = (q.props ??= props(query)), cp = (c.props ??= props(candidate));
  const evidence: Reason[] = [];

  if (!kindsCompatible(q.kind, c.kind)) {
    evidence.push({ feature: 'schema', text: `A ${query.schema} cannot be the listed ${candidate.schema}.`, weight: -Math.max(0.3, nameScore * 0.5) });
  }
  const dob = bestDateEvidence(qp.birthDate ?? [], cp.birthDate ?? []);
  if (dob) evidence.push({ feature: 'birthDate', text: `Date of birth: ${dob.text}.`, weight: dob.sameDay ? sameBirthDayWeight(nameScore) : dob.weight });
  for (const prop of ['incorporationDate', 'buildDate'] as const) {
    const d = bestDateEvidence(qp[prop] ?? [], cp[prop] ?? []);
    if (d) evidence.push({ feature: prop, text: `${prop === 'buildDate' ? 'Build date' : 'Incorporation date'}: ${d.text}.`, weight: round(d.weight / 2) });
  }
  const nat = countryReason('nationality', 'nationality', [...(qp.nationality ?? []), ...(qp.citizenship ?? [])], [...(cp.nationality ?? []), ...(cp.citizenship ?? [])], 0.03, -0.08);
  if (nat) evidence.push(nat);
  else if (q.kind !== 'person' && c.kind !== 'person') {
    const ctry = countryReason('country', 'country', [...(qp.country ?? []), ...(qp.jurisdiction ?? [])], [...(cp.country ?? []), ...(cp.jurisdiction ?? [])], 0.02, -0.04);
    if (ctry) evidence.push(ctry);
  }
  const flag = countryReason('flag', 'flag', qp.flag ?? [], [...(cp.flag ?? []), ...(cp.pastFlags ?? [])], 0.02, -0.02);
  if (flag) evidence.push(flag);
  const qg = genderIn(qp.gender), cg = genderIn(cp.gender);
  if (qg && cg && qg !== cg) evidence.push({ feature: 'gender', text: `Different gender: ${qg === 'm' ? 'male' : 'female'} against listed ${cg === 'm' ? 'male' : 'female'}.`, weight: -0.2 });
  for (const id of compareIdentifiers(qp, cp, q.kind === 'vessel' && c.kind === 'vessel')) {
    evidence.push({
      feature: id.feature,
      text: id.same ? `Same ${id.label}: ${id.query}.` : `Different ${id.label}${id.sameForm ? ' of the same kind' : ''}: ${id.query} against listed ${id.candidate}.`,
      weight: id.weight,
    });
  }
  if (best?.query.legalForm && best.candidate.legalForm) {
    const same = best.query.legalForm === best.candidate.legalForm;
    evidence.push({ feature: 'legalForm', text: same ? `Same legal form (${best.candidate.legalForm.toUpperCase()}).` : `Different legal form: ${best.query.legalForm.toUpperCase()} against listed ${best.candidate.legalForm.toUpperCase()}.`, weight: same ? 0.02 : -0.1 });
  }

  // Supporting facts only count for a name that already resembles the listed one; identifiers
  // count on their own (a renamed vessel keeps its IMO number), and evidence against always counts.
  let score = nameScore;
  for (const r of evidence) {
    const isId = r.feature !== 'birthDate' && r.feature !== 'nationality' && r.feature !== 'country' && r.feature !== 'flag' && r.feature !== 'gender' && r.feature !== 'legalForm' && r.feature !== 'schema' && !r.feature.endsWith('Date');
    const floor = r.feature === 'birthDate' && dob?.sameDay ? SAME_DAY_NAME_FLOOR : SUPPORT_NAME_FLOOR;
    if (r.weight > 0 && !isId && nameScore < floor) r.weight = 0;
    score += r.weight;
    reasons.push({ ...r, weight: round(r.weight) });
  }
  score = round(Math.min(1, Math.max(0, score)));
  // (An explanation does not change the names' score: nameSimilarity only adds the parts.)
  if (best) reasons[0] = nameReason(unexplained && score >= explainFrom ? { ...unexplained, comparison: nameSimilarity(unexplained.query, unexplained.candidate, true) } : best);
  const result: MatchResult = { score, band: bandOf(score, thresholds), explanation: reasons };
  if (best) result.matchedName = best.candidate.original;
  return result;
}

/** Supporting facts (same year, same country...) count only for a name that already resembles the listed one. */
const SUPPORT_NAME_FLOOR = 0.5;
/**
 * The same full date of birth, day and month included, is rare between two people (about one
 * chance in 20,000 over a working lifetime), so it corroborates a name that shares only part of
 * the listed one: "Dawood Bhai" born 1955-12-26 against DAWOOD IBRAHIM KASKAR born 1955-12-26 is
 * worth an officer's look. It counts from a name score of 0.25 (a word in common) and weighs more
 * the less the name says: +0.12 for a name of 0.6 or more, rising to +0.3 for a name of 0.35 or
 * less. Name plus date still rises with the name, and a partial name never reaches block on it.
 */
const SAME_DAY_NAME_FLOOR = 0.25;
const SAME_DAY_WEIGHT = 0.12;
const SAME_DAY_MAX = 0.3;
function sameBirthDayWeight(nameScore: number): number {
  const t = Math.min(1, Math.max(0, (0.6 - nameScore) / 0.25));
  return round(SAME_DAY_WEIGHT + (SAME_DAY_MAX - SAME_DAY_WEIGHT) * t);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
