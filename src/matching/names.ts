/**
 * Name against name: aligns the words of two names whatever their order ("PUTIN, Vladimir"),
 * weighs each aligned pair by how much identity its words carry, forgives missing middle names
 * and patronymics, and refuses to call a match on particles, legal forms or generic words alone.
 */
import { familiesDiffer, FAMILIES_DIFFER_CAP, isEastAsianSurname, isNativeName, latinSyllablesSimilarity, misplacedFamily, NATIVE_WHOLE, nativeWholeSimilarity, sameSurname } from './east-asian.js';
import { numberedInSeries, numberValue } from './orgs/numbering.js';
import { ORG_CONNECTORS } from './orgs/generic-words.js';
import { TRADES_CAP, tradesApart } from './orgs/trades.js';
import { alignWordBreaks } from './orgs/segmentation.js';
import { BRANCHES_CAP, branchesApart, COUNTRY_ONLY_CAP, onlyCountriesShared } from './orgs/places.js';
import { gluedArticleSimilarity } from './orgs/glued-article.js';
import { constructStateSimilarity } from './orgs/construct-state.js';
import { STEM, STEM_SIM, TRANSLATION_SIM } from './orgs/translations.js';
import { consonantSimilarity, consonantSimilarityAtMost, consonantSimilarityBound, sameConsonant } from './phonetic.js';
import { isIdentityRole, type NameToken, type PreparedName } from './prepare.js';
import { abjadVowelFactor, cachedForms, editSimilarity, editSimilarityAtLeast, isAbjad, korean, oneSlip, pairSlot, tokenSimilarity, tokenSimilarityAtLeast, type TokenForms, type TokenMatchKind, type TokenSimilarity } from './similarity.js';
import { compoundShortForm, variantRoot } from './variants.js';
import { NAME_TITLES } from './vocab.js';
import { tokenize } from './text.js';
import { breaksCompatible } from './word-breaks.js';

export interface AlignedPart {
  query: string;
  candidate: string;
  similarity: number;
  kind: TokenMatchKind | 'joined';
}

export interface NameComparison {
  /** 0: nothing in common; 1: the same name. See nameSimilarity. */
  score: number;
  parts: AlignedPart[];
  /** Identity-bearing words of the query and the listed name left without a partner. */
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  /** Why the score was capped, in words, when it was. */
  capped?: string;
}

/** Words less alike than this are not paired at all; an unpaired word costs more than a weak pair (see UNMATCHED). */
const MIN_PAIR = 0.5;
/** The Arabic article as romanised on its own. */
const ARTICLE = new Set(['al', 'el', 'ul', 'il']);

/** Two words that are both name words, or a name word and a title that is a name too (NAME_TITLES: "Hafiz Makhluf" / "MAKHLUF, Hafiz"). */
function identityRoles(a: NameToken, b: NameToken): boolean {
  const ia = isIdentityRole(a.role), ib = isIdentityRole(b.role);
  return ia ? ib || (b.role === 'honorific' && NAME_TITLES.has(b.text)) : ib && a.role === 'honorific' && NAME_TITLES.has(a.text);
}
function isIdentity(t: NameToken): boolean {
  return t.role === 'word' || t.role === 'number';
}

/**
 * How alike two names are, in [0, 1]: the weighted share of their words that align (each pair
 * counting its similarity), where words without a partner cost their weight, less so when the
 * other name is fully covered (a missing middle name or patronymic). 0.4 at most when only
 * particles, legal forms or generic words align; 0.66 at most (review, never block) when just one name word of several does.
 */
export function nameSimilarity(q: PreparedName, c: PreparedName, explain = true): NameComparison {
  // Organisation words joined in one name and split in the other ("ONER BANK" / "ONERBANK") are joined first.
  const aligned = alignWordBreaks(q, c);
  if (aligned) return nameSimilarity(aligned[0], aligned[1], explain);
  const qt = q.tokens, ct = c.tokens;
  const nq = qt.length, nc = ct.length;
  const persons = q.kind === 'person' && c.kind === 'person';
  // Candidate word pairs, packed: similarity, indices and the kind of match.
  const pSim = scratchF(nq * nc, 0), pI = scratchI(nq * nc, 0), pJ = scratchI(nq * nc, 1);
  const pKind = kindScratch;
  const np = wordPairs(q, c, persons, pSim, pI, pJ, pKind);
  const order = pairOrder(pSim, np);
  const usedQ = new Uint8Array(nq);
  const usedC = new Uint8Array(nc);
  let num = 0;
  let den = 0;
  let identityPairs = 0;
  // The best identity pair (the only one, when the one-word cap applies): how alike, how long.
  let identitySim = 0, identityLen = 0, identityCommon = false, identityCross = false;
  // Words of each name that are one word of the other written apart ("Ali Reza" / "Alireza"): one name word, not two.
  let joinedQ = 0, joinedC = 0;
  // (Filled only when explaining: otherwise one shared empty array, never written.)
  const parts: AlignedPart[] = explain ? [] : NO_PARTS;
  // Methods of one object literal, not arrow functions bound to names: tsx (esbuild keepNames)
  // wraps each of those in __name, a defineProperty at every call of nameSimilarity (5% of query time).
  const { noteIdentity, acceptQ, acceptC } = {
  noteIdentity(sim: number, len: number, common = false) {
    identityPairs++;
    if (sim > identitySim) { identitySim = sim; identityLen = len; identityCommon = common; identityCross = false; }
  },
  acceptQ(i: number, start: number, len: number, sim: number) {
    const a = qt[i]!;
    let w = a.weight;
    for (let k = start; k < start + len; k++) w = Math.max(w, ct[k]!.weight);
    num += sim * w; den += w; if (sim >= 0.7) noteIdentity(sim, a.text.length);
    joinedC += len - 1;
    if (explain) parts.push({ query: a.text, candidate: ct.slice(start, start + len).map((t) => t.text).join(' '), similarity: round(sim), kind: 'joined' });
  },
  acceptC(j: number, start: number, len: number, sim: number) {
    const b = ct[j]!;
    let w = b.weight;
    for (let k = start; k < start + len; k++) w = Math.max(w, qt[k]!.weight);
    num += sim * w; den += w; if (sim >= 0.7) noteIdentity(sim, b.text.length);
    joinedQ += len - 1;
    if (explain) parts.push({ query: qt.slice(start, start + len).map((t) => t.text).join(' '), candidate: b.text, similarity: round(sim), kind: 'joined' });
  },
  };
  // First, a word whose best partner is weak but which is clearly two or three words of the
  // other name written together (هدايت الله / "Hidayatullah") takes them before the weak pair does.
  if (np > 0) {
    const floorQ = weakFloors(nq, np, pI, pSim, 1), floorC = weakFloors(nc, np, pJ, pSim, 2);
    if (floorQ) joinPass(q, c, usedQ, usedC, acceptQ, floorQ);
    if (floorC) joinPass(c, q, usedC, usedQ, acceptC, floorC);
  }
  for (let o = 0; o < np; o++) {
    const k = order[o]!;
    const i = pI[k]!, j = pJ[k]!;
    if (usedQ[i] || usedC[j]) continue;
    // Organisations and vessels: two words barely alike in one script ("KUMRYONG" / "KUMSAN") are two
    // words; paired, they would cost less than left apart and make two names look closer than they are.
    if (!persons && effective(pSim[k]! - (qt[i]!.weight + ct[j]!.weight) * 1e-4, pKind[k]!, qt[i]!.script === ct[j]!.script, false) < ORG_MIN_EFFECTIVE) continue;
    // Each side remembers its partner's place (see partnerOf).
    usedQ[i] = pairMark(j, false);
    usedC[j] = pairMark(i, false);
    const a = qt[i]!, b = ct[j]!;
    const sim = Math.min(1, pSim[k]! - (a.weight + b.weight) * 1e-4);
    const w = (a.weight + b.weight) / 2;
    den += w;
    const eff = effective(sim, pKind[k]!, a.script === b.script, persons);
    // Across scripts a word 0.6 alike is usually the same word; within one script it must be 0.75,
    // and 0.8 in an organisation's or vessel's name ("JINMYONG" / "JINSONG" are two banks).
    if (identityRoles(a, b) && (a.script === b.script ? sim >= (persons ? 0.75 : ORG_SAME_WORD) : eff >= 0.6)) {
      identityPairs++;
      if (sim > identitySim) { identitySim = sim; identityLen = Math.max(a.text.length, b.text.length); identityCommon = Math.min(a.weight, b.weight) < 1; identityCross = a.script !== b.script; }
    }
    num += eff * w;
    if (explain) parts.push({ query: a.text, candidate: b.text, similarity: round(sim), kind: pKind[k]! });
  }
  // Second pass: a word left alone may be two or three words of the other name written
  // together ("NASSERIDDINE" / "NASR AL DIN", "Mohammadreza" / "Mohammad Reza", عبد الله / "Abdallah").
  // Also when no word pairs at all: a name written wholly together is the joined comparison's
  // below, but that one needs all the words, and a joined name may be one name of several
  // ("Shamsurrahman" / "SHAMS UR-RAHMAN ABDUL ZAHIR", "Haji Khair Ullah" / "KHAIRULLAH BARAKZAI").
  // (Without pairs, most comparisons are of unrelated names: there, only runs that begin as the
  // word does are tried, unless across an abjad's and Latin letters, which do not share them.)
  if (nq !== nc || np < Math.min(nq, nc)) {
    const sameStart = np === 0 && !abjadAgainstLatin(q, c);
    joinPass(q, c, usedQ, usedC, acceptQ, undefined, sameStart);
    joinPass(c, q, usedC, usedQ, acceptC, undefined, sameStart);
  }
  return scoreNames(q, c, usedQ, usedC, num, den, parts, explain, identityPairs, identitySim, identityLen, identityCommon, identityCross, joinedQ, joinedC);
}

/** The parts and left-over words of a comparison not explained: shared, never written (only explaining pushes). */
const NO_PARTS: AlignedPart[] = [];
const NO_WORDS: string[] = [];

/**
 * Relatives (siblings, a son, a forefather's name) read from the word-by-word pairing also limit
 * what a comparison of the whole names may find. (Not own names that merely found no partner
 * word by word: a short or joined own name may be what the whole names agree on, طه / "TAHA";
 * only a son's name or a forefather's.)
 */
function wholeCap(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array, x: NameComparison): NameComparison {
  if (q.kind !== 'person' || c.kind !== 'person' || x.score <= OWN_NAMES_DIFFER_CAP) return x;
  const relatives = relativesOf(q, c, usedQ, usedC);
  if (relatives && relatives !== SIBLINGS && relatives !== ONLY_FAMILY) { x.score = OWN_NAMES_DIFFER_CAP; x.capped = relatives; }
  return x;
}

/**
 * The score of the aligned words (num / den so far, the words left over costing their weight),
 * then the comparisons of the whole names and the caps. Its own function for the reason given at
 * wordPairs: its rare paths (a whole abjad name, a cap) recompile only this when first met.
 */
function scoreNames(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array, num: number, den: number, parts: AlignedPart[], explain: boolean,
  identityPairs: number, identitySim: number, identityLen: number, identityCommon: boolean, identityCross: boolean, joinedQ: number, joinedC: number): NameComparison {
  const qt = q.tokens, ct = c.tokens;
  const nq = qt.length, nc = ct.length;
  const persons = q.kind === 'person' && c.kind === 'person';
  let qCovered = true, cCovered = true;
  // (A patronymic left over counts: against a word left over on the other side it is no missing
  // middle name but another name in its place.)
  for (let k = 0; k < nq; k++) if (!usedQ[k] && isIdentityRole(qt[k]!.role)) qCovered = false;
  for (let k = 0; k < nc; k++) if (!usedC[k] && isIdentityRole(ct[k]!.role)) cCovered = false;
  // (Filled only when explaining: otherwise one shared empty array, never written.)
  const unmatchedQuery: string[] = explain ? [] : NO_WORDS;
  const unmatchedCandidate: string[] = explain ? [] : NO_WORDS;
  const unmatched = persons ? UNMATCHED_PERSON : UNMATCHED;
  for (let k = 0; k < nq; k++) {
    if (usedQ[k]) continue;
    const t = qt[k]!;
    den += t.weight * (cCovered ? UNMATCHED_COVERED : unmatched);
    if (explain && isIdentity(t)) unmatchedQuery.push(t.text);
  }
  for (let k = 0; k < nc; k++) {
    if (usedC[k]) continue;
    const t = ct[k]!;
    den += t.weight * (qCovered ? UNMATCHED_COVERED : unmatched);
    if (explain && isIdentity(t)) unmatchedCandidate.push(t.text);
  }
  let score = den > 0 ? num / den : 0;
  const result: NameComparison = { score, parts, unmatchedQuery, unmatchedCandidate };
  // (A comparison of the whole names that wins is capped by relatives too: wholeCap.)

  // A native Chinese or Korean name against a Latin one, syllable by syllable (欧阳娜娜 / "Ouyang Nana").
  if (score < NATIVE_WHOLE) {
    const whole = nativeWholeSimilarity(q, c);
    if (whole > score) return wholeCap(q, c, usedQ, usedC, { score: whole, parts: [{ query: q.original, candidate: c.original, similarity: whole, kind: 'romanisation' }], unmatchedQuery: [], unmatchedCandidate: [] });
  }

  // Names written joined or split differently ("JSCARGUMENT" / "JSC ARGUMENT", "Kim Jong Un" / 김정은).
  // (Not a native Chinese or Korean name: its syllables were compared above, nothing looser.)
  // (Not when only one organisation name is numbered as one of a series: "ALMACEN JUNIOR" / "ALMACEN
  // JUNIOR NO. 2" differ by more than a word break.)
  if (score < 0.97 && !isNativeName(q) && !isNativeName(c) && (persons || !seriesApart(q, c))) {
    const joined = joinedSimilarity(q, c, Math.max(score, 0.8));
    if (joined > score && joined >= 0.8) {
      return wholeCap(q, c, usedQ, usedC, { score: round(joined), parts: [{ query: q.original, candidate: c.original, similarity: round(joined), kind: 'joined' }], unmatchedQuery: [], unmatchedCandidate: [] });
    }
  }

  // Arabic or Hebrew against Latin, words joined differently on each side ("عتیق الله" /
  // "Atiqullah", "سعد الدين" / "Saduddin"): the consonants of the whole name, in order.
  // (Not when the words show two relatives: the own names differ, the father's and family names
  // agree, "رغد صدام حسين التكريتي" / "RANA SADDAM HUSSEIN AL-TIKRITI"; see ownNamesDiffer.)
  // (Only a name in an abjad against one that is not can compare so: that is asked first, the relatives after.)
  if (score < ABJAD_WHOLE_SCORE && isAbjad(q.all.script) !== isAbjad(c.all.script) && !(identityWords(q) >= 3 && identityWords(c) >= 3 && ownNamesDiffer(q, c, usedQ, usedC))) {
    const whole = abjadWholeSimilarity(q, c);
    if (whole >= ABJAD_WHOLE_MIN) {
      const s = round(whole * ABJAD_WHOLE_SCORE);
      if (s > score) return wholeCap(q, c, usedQ, usedC, { score: s, parts: [{ query: q.original, candidate: c.original, similarity: round(whole), kind: 'consonants' }], unmatchedQuery: [], unmatchedCandidate: [] });
    }
  }

  return capScore(q, c, usedQ, usedC, result, score, explain, identityPairs, identitySim, identityLen, identityCommon, identityCross, joinedQ, joinedC);
}

/**
 * The caps of a word-by-word score (numbers, relatives, families, generic words, one word of
 * several, branches and trades), in their order. Its own function, as wordPairs and scoreNames.
 */
function capScore(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array, result: NameComparison, score: number, explain: boolean,
  identityPairs: number, identitySim: number, identityLen: number, identityCommon: boolean, identityCross: boolean, joinedQ: number, joinedC: number): NameComparison {
  const qt = q.tokens, ct = c.tokens;
  const nq = qt.length;
  const persons = q.kind === 'person' && c.kind === 'person';
  // (Worked out only when a score is high enough to be capped.)
  let relatives: string | null = null;
  let qWords = 0, cWords = 0, qNums = 0, cNums = 0, numsShared = 0;
  for (let k = 0; k < nq; k++) { const t = qt[k]!; if (isIdentity(t)) qWords++; if (t.role === 'number') { qNums++; if (usedQ[k]) numsShared++; } }
  for (const t of ct) { if (isIdentity(t)) cWords++; if (t.role === 'number') cNums++; }
  qWords -= joinedQ; cWords -= joinedC;
  if (!qNums !== !cNums && score > SISTER_SHIP_CAP && (q.kind === 'vessel' || c.kind === 'vessel' || numberedInSeries(qt) || numberedInSeries(ct))) {
    // "KUM UN SAN 3" and "KUM UN SAN" are two ships of one owner's series, not one ship; "ALMACEN
    // JUNIOR NO. 2" is one store of a series (orgs/numbering.ts).
    score = SISTER_SHIP_CAP;
    if (explain) result.capped = q.kind === 'vessel' || c.kind === 'vessel' ? 'one name is numbered and the other is not (a sister ship)' : 'one name is numbered as one of a series and the other is not';
  } else if (qNums && cNums && !numsShared && score > 0.5) {
    score = 0.5;
    if (explain) result.capped = `the numbers differ (${qt.filter((t) => t.role === 'number').map((t) => t.text).join(' ')} / ${ct.filter((t) => t.role === 'number').map((t) => t.text).join(' ')})`;
  } else if (score > OWN_NAMES_DIFFER_CAP && (relatives ??= relativesOf(q, c, usedQ, usedC) ?? '')) {
    score = OWN_NAMES_DIFFER_CAP;
    result.capped = relatives;
  } else if (score > FAMILIES_DIFFER_CAP && (familiesDiffer(q, c) || (persons && commaFamiliesApart(q, c, usedQ, usedC)))) {
    score = FAMILIES_DIFFER_CAP;
    result.capped = 'the family names differ';
  } else if (identityPairs === 0 && score > 0.4 && !sameGenericName(q, c, qWords + cWords, usedQ, usedC) && !(persons && sameConsonantsThroughout(q, c, usedQ, usedC)) && !sameInitials(q, c) && !sameWholeName(q, c)) {
    // A name of generic words only, all of them found in order in another such name with one more
    // ("STAR SHIPPING" / "STAR SHIPPING INTERNATIONAL"): review, never block. An organisation's
    // short own word typed with one slip among the same other words ("PRS OIL AND GAS COMPANY" /
    // PARS OIL AND GAS COMPANY): review, never block. Anything else: 0.4.
    const sub = qWords + cWords === 0 && genericSubName(q, c, usedQ, usedC);
    const slipped = !sub && slippedOwnWords(q, c, usedQ, usedC);
    // (A slip is review whatever the words' likeness says: a short word one letter off is only 0.6 alike.)
    score = slipped ? ONE_WORD_CAP : Math.min(score, sub ? ONE_WORD_CAP : 0.4);
    result.capped = sub ? 'the names are made of generic words only, and one has more of them'
      : slipped ? 'the own words of the names differ by a typing slip' : 'only particles, legal forms or generic words are shared';
  } else if (identityPairs === 1 && Math.max(qWords, cWords) >= 2 && score > ONE_SIMILAR_WORD_CAP && (!distinctiveOrgWord(q, c, usedQ) || (identitySim < vesselSameWord(identityCross) && (q.kind === 'vessel' || c.kind === 'vessel')))) {
    // A name of one word (a mononym, a kunya "Abou X") met by one word of a longer name: that
    // word is all the evidence there is when nothing else of the one-word name (initials, a
    // title, the "Abu" of a kunya) is found in the other. A short word that is only alike, not
    // the same ("Malik" / "MALEEQ", "Cahyo" / "YAHYO"), or a very common name ("Abu MALIK" /
    // "Sumitra Malik") is shared by many people: below review.
    const one = qWords === 1 ? { n: q, used: usedQ } : cWords === 1 ? { n: c, used: usedC } : undefined;
    const alone = q.kind === 'person' && c.kind === 'person' && one !== undefined && !one.n.tokens.some((t, k) => one.used[k] && !isIdentity(t));
    const similar = alone && identitySim < SAME_WORD && identityLen < DISTINCTIVE_LENGTH;
    // Vessels: one word only alike, not the same, and a word more on one side ("AUROURA" / "AURORA RILEY")
    // are two differences in a short name; a long word does not make it one ship (below review).
    const vesselSimilar = identitySim < vesselSameWord(identityCross) && (q.kind === 'vessel' || c.kind === 'vessel');
    const common = alone && identityCommon;
    const cap = similar || common || vesselSimilar ? ONE_SIMILAR_WORD_CAP : ONE_WORD_CAP;
    if (score > cap) {
      score = cap;
      result.capped = vesselSimilar ? 'the one word the vessel names share is merely similar, and one name has another word'
        : similar ? 'the only word of one name is merely similar to a word of the other'
        : common ? 'the only word of one name is a very common name' : 'only one name word of several is shared';
    }
  }
  // Organisations and vessels alike but for what sets them apart: one organisation's branches in
  // two countries ("AL-HARAMAIN FOUNDATION (PAKISTAN)" / "(INDONESIA)"), bodies that share only a
  // country's name ("RUSSIAN FINANCIAL CORPORATION" / "RUSSIAN IMPERIAL MOVEMENT"): orgs/places.ts;
  // one owner's firms in two trades ("ELLISSA SHIPPING" / "ELLISSA HOLDING"): orgs/trades.ts.
  if (!persons) {
    if (score > BRANCHES_CAP && branchesApart(q, c, usedQ, usedC)) {
      score = BRANCHES_CAP;
      result.capped = 'each name is of another country: two branches of one organisation';
    } else if (score > COUNTRY_ONLY_CAP && onlyCountriesShared(q, c, usedQ, usedC)) {
      score = COUNTRY_ONLY_CAP;
      result.capped = 'only the name of a country is shared';
    } else if (score > TRADES_CAP && tradesApart(q, c, usedQ, usedC)) {
      score = TRADES_CAP;
      result.capped = 'each name is of another line of business: two firms, not one';
    }
  }
  result.score = round(score);
  return result;
}

/**
 * The word pairs of two names that may align, written into the scratch arrays (similarity with a
 * tie-break for heavier words, indices, kind of match); returns how many. A function of its own,
 * not part of nameSimilarity: its rare rules, met for the first time in a long batch, make V8
 * throw away and recompile the optimised code they are in, and that code is then this function's
 * alone, not the whole comparison's (docs/benchmarks/matching-speed.md, "The JIT and garbage round").
 */
function wordPairs(q: PreparedName, c: PreparedName, persons: boolean, pSim: Float64Array, pI: Int32Array, pJ: Int32Array, pKind: TokenMatchKind[]): number {
  const qt = q.tokens, ct = c.tokens;
  const nq = qt.length, nc = ct.length;
  let np = 0;
  for (let i = 0; i < nq; i++) {
    const a = qt[i]!;
    for (let j = 0; j < nc; j++) {
      const b = ct[j]!;
      // Numbers only ever match numbers, exactly.
      if ((a.role === 'number') !== (b.role === 'number')) continue;
      if (misplacedFamily(qt, i, ct, j)) continue;
      let sim: number, kind: TokenMatchKind;
      if (a.role === 'number') {
        if (numberOf(a) !== numberOf(b)) continue;
        sim = 1; kind = digits(a.text) === digits(b.text) ? 'exact' : 'translation';
      } else {
        // Exact from MIN_PAIR up; a pair below it is dropped whatever its value (the rules below only raise it).
        let s = pairSimilarity(a, b);
        // Organisation words of one meaning in two languages ("zavod" / "plant"): orgs/translations.ts.
        if (s.sim < TRANSLATION_SIM && a.concept !== undefined && a.concept === b.concept) {
          const stem = a.concept.startsWith(STEM);
          if (!stem) s = { sim: TRANSLATION_SIM, kind: 'translation' };
          else if (s.sim < STEM_SIM) s = { sim: STEM_SIM, kind: 'ending' };
        }
        // Arabic ة written "h" against its romanised construct form "-at" (عصبة / ASBAT): orgs/construct-state.ts.
        if (s.sim < 0.9 && a.script !== b.script && q.kind !== 'person' && c.kind !== 'person') {
          const cs = constructStateSimilarity(a, b);
          if (cs > s.sim) s = { sim: cs, kind: 'consonants' };
        }
        // The article of the next word glued to this one's end ("RIYADUS-SALIKHIN" / "Riyadh as-Salihin"): orgs/glued-article.ts.
        if (s.sim < 0.9 && q.kind !== 'person' && c.kind !== 'person') {
          const ga = gluedArticleSimilarity(qt, i, ct, j);
          if (ga > s.sim) s = { sim: ga, kind: 'spelling' };
        }
        // A theophoric compound and its short form ("Shafiq" / "Shafiqullah"): variants.ts.
        // Not when the short form's own name goes on with the ending ("Nasr Allah", "Badr al-Din"): those join.
        if (s.sim < COMPOUND_SIM && compoundShortForm(a.text, b.text) && !(a.text.length < b.text.length ? continuesCompound(qt, i) : continuesCompound(ct, j))) s = { sim: COMPOUND_SIM, kind: 'variant' };
        // Two Latin spellings of one Arabic or Persian name differ in the vowels that script
        // leaves unwritten (Zleitni / Zulaytini, Shoushtari / Shushtari): the same four consonants
        // or more, in order, are the same name.
        if (persons && s.sim < SAME_CONSONANTS_SIM && a.script === 'latin' && b.script === 'latin' && a.skel.length >= 4 && a.skel === b.skel) s = { sim: SAME_CONSONANTS_SIM, kind: 'phonetic' };
        if (s.sim < MIN_PAIR) continue;
        // A man's and a woman's form of one name are two names (Manuel / Manuela, Ivan / Ivana).
        if (persons && s.sim < SAME_WORD && a.script === 'latin' && b.script === 'latin' && genderedForms(a.text, b.text)) continue;
        // An initial in the middle of a name stands for a middle name, not for the family name of
        // the other ("Leila N.S. AL-DAJANI" / "Liliya Soltanova"): lists do not shorten family names.
        if (persons && s.kind === 'initial' && (a.role === 'initial' ? middleInitial(qt, i) && familyPlace(c, j) : middleInitial(ct, j) && familyPlace(q, i))) continue;
        // A particle is not a name word spelt otherwise ("al" / "ALI"): in people's names they pair only as one.
        if (persons && s.sim < 0.9 && (ARTICLE.has(a.text) ? isIdentity(b) : ARTICLE.has(b.text) && isIdentity(a)) && a.script === 'latin' && b.script === 'latin') continue;
        // Two Latin spellings of people's names that begin with other sounds are other names
        // (Samer / Amer, Serkan / Erkan, Behzad / Mehrzad): a slip of the first letter is rare.
        if (persons && s.sim < INITIAL_SOUND_SIM && (s.kind === 'typo' || s.kind === 'spelling' || s.kind === 'phonetic') && a.script === 'latin' && b.script === 'latin' && initialSoundsDiffer(a.text, b.text)) continue;
        sim = s.sim; kind = s.kind;
      }
      pSim[np] = sim + (a.weight + b.weight) * 1e-4; // ties: heavier words first
      pI[np] = i; pJ[np] = j; pKind[np] = kind;
      np++;
    }
  }
  return np;
}

/**
 * Two Latin spellings of a person's name whose name words all pair one to one, two pairs or more,
 * each of the same consonants ("AL-JUBURI, Meshaan" / "AL-JABOURI, Mishan", "AL-RAYMI, Qasim" /
 * "AL-REMI, Qassem"): the vowels that Arabic script leaves unwritten are romanised every way, and
 * every word agreeing on its consonants is the name, not merely shared particles.
 */
function sameConsonantsThroughout(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array): boolean {
  let pairs = 0;
  for (let k = 0; k < q.tokens.length; k++) {
    const a = q.tokens[k]!;
    if (!isIdentity(a)) continue;
    if (!usedQ[k] || usedQ[k]! >= 130) return false;
    const b = c.tokens[partnerOf(usedQ[k]!)]!;
    if (a.script !== 'latin' || b.script !== 'latin' || !a.skel || a.skel !== b.skel) return false;
    pairs++;
  }
  for (let k = 0; k < c.tokens.length; k++) if (!usedC[k] && isIdentity(c.tokens[k]!)) return false;
  return pairs >= 2;
}

/**
 * Two organisation names made only of generic words, every one of them shared in the same order
 * ("PARS AVIATION SERVICES COMPANY" both ways, or with a typo): those words are all the names have,
 * and they agree. Not capped like a name that shares only its generic words ("STAR" / "OCEAN STAR",
 * "CHARITABLE SOCIETY FOR RELIEF" / "RELIEF SOCIETY FOR CHARITABLE" still are).
 */
function sameGenericName(q: PreparedName, c: PreparedName, identityWords: number, usedQ: Uint8Array, usedC: Uint8Array): boolean {
  if (q.kind === 'person' || c.kind === 'person') return false;
  // (Organisations only: a vessel's name is one name, not a description translated.)
  const orgs = q.kind === 'org' && c.kind === 'org';
  // Name words that only translate a generic word of the other name ("BANCO FINANCIERO" / "FINANCIAL BANK") count as generic.
  const qTranslated = identityWords > 0 && orgs ? genericTranslations(q, c, usedQ) : 0;
  const cTranslated = identityWords > 0 && orgs ? genericTranslations(c, q, usedC) : 0;
  // A name word that is a generic word of the other typed with one slip ("MINIPG" / MINING) is that generic word.
  // (Not beside translations, which count those words already: "INTERNACIONAL" / INTERNATIONAL.)
  const slips = identityWords > 0 && qTranslated + cTranslated === 0;
  const qSlipped = slips ? slippedGeneric(q, c, usedQ) : 0;
  const cSlipped = slips ? slippedGeneric(c, q, usedC) : 0;
  if (identityWords > qTranslated + cTranslated + qSlipped + cSlipped) return false;
  // The generic words' first letters, in order: the same order on both sides (a typo keeps them).
  let qInitials = '', cInitials = '', qKinds = qTranslated, cKinds = cTranslated;
  for (let k = 0; k < q.tokens.length; k++) {
    const role = slips ? roleAgainst(q, c, usedQ, k) : q.tokens[k]!.role;
    if (role === 'generic') { if (!usedQ[k]) return false; qInitials += q.tokens[k]!.text[0]; }
    if ((role === 'generic' || role === 'legal') && usedQ[k]) qKinds++;
  }
  for (let k = 0; k < c.tokens.length; k++) {
    const role = slips ? roleAgainst(c, q, usedC, k) : c.tokens[k]!.role;
    if (role === 'generic') { if (!usedC[k]) return false; cInitials += c.tokens[k]!.text[0]; }
    if ((role === 'generic' || role === 'legal') && usedC[k]) cKinds++;
  }
  if (qTranslated + cTranslated === 0 && qInitials.length > 0 && qInitials === cInitials) return true;
  // Two languages put their words in other orders ("BANCO FINANCIERO INTERNACIONAL" / "INTERNATIONAL FINANCIAL
  // BANK", "MU'ASSASAT AL-SHAHID" / "MARTYRS FOUNDATION"): as many words on each side, legal forms included, two
  // at least (one translated word alone is too little: "GAZ" / "GAS"), and one of them a translation.
  return orgs && qKinds === cKinds && qKinds >= 2 && (qTranslated + cTranslated > 0 || genericPairTranslated(q, c, usedQ));
}

/** A generic word or legal form paired with its translation, not itself ("MU'ASSASAT" / "FOUNDATION"): the names are in two languages. */
function genericPairTranslated(q: PreparedName, c: PreparedName, usedQ: Uint8Array): boolean {
  for (let k = 0; k < q.tokens.length; k++) {
    const a = q.tokens[k]!, j = partnerOf(usedQ[k]!);
    if ((a.role !== 'generic' && a.role !== 'legal') || j < 0 || usedQ[k]! >= 130) continue;
    const b = c.tokens[j]!;
    if (a.concept !== undefined && a.concept === b.concept && !a.concept.startsWith(STEM) && a.text !== b.text) return true;
  }
  return false;
}

/** How many name words of q are paired with a generic word or legal form of c as its translation ("BANCO" / "BANK"). */
function genericTranslations(q: PreparedName, c: PreparedName, usedQ: Uint8Array): number {
  let n = 0;
  for (let k = 0; k < q.tokens.length; k++) {
    const a = q.tokens[k]!;
    const j = partnerOf(usedQ[k]!);
    if (!isIdentity(a) || j < 0 || usedQ[k]! >= 130) continue;
    const b = c.tokens[j]!;
    if ((b.role === 'generic' || b.role === 'legal') && a.concept !== undefined && a.concept === b.concept && !a.concept.startsWith(STEM)) n++;
  }
  return n;
}

/**
 * The same name letter for letter, with a word of its own or an initial ("E.C.A. S.A.", "K.A.S.",
 * whose dotted initials read as a legal form "C.A.", "A.S."): not a name made only of generic
 * words or legal forms ("PSC", "TRADING COMPANY"), which many share.
 */
function sameWholeName(q: PreparedName, c: PreparedName): boolean {
  return q.all.text === c.all.text && q.tokens.some((t) => t.role === 'initial' || t.role === 'word');
}

/**
 * An organisation's or vessel's own words each paired with one typed with one slip (a letter
 * dropped, added, changed or two swapped: PRS / PARS, QDS / QODS, KAC / KACH), every own word of
 * both names paired so, and every other word of both names paired too: too short to count as the
 * same word by their likeness, but a slip is how such a name is most often mistyped.
 */
function slippedOwnWords(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array): boolean {
  if (q.kind === 'person' || c.kind === 'person') return false;
  let slips = 0;
  for (let i = 0; i < q.tokens.length; i++) {
    const a = q.tokens[i]!;
    const j = partnerOf(usedQ[i]!);
    if (j < 0 || usedQ[i]! >= 130) return false;
    const b = c.tokens[j]!;
    if (!isIdentity(a) && !isIdentity(b)) continue;
    if (a.role !== 'word' || b.role !== 'word' || a.script !== 'latin' || b.script !== 'latin') return false;
    if (a.text === b.text || !oneSlip(a.text, b.text) || a.text[0] !== b.text[0]) return false;
    slips++;
  }
  for (let j = 0; j < c.tokens.length; j++) if (!usedC[j]) return false;
  return slips === 1 && q.tokens.length >= 2;
}

/**
 * Two organisation or vessel names of initials, the same letters in the same order ("B R C S.A.",
 * "G.L.G. S.A."): the name as listed, all it is known by, not merely shared particles.
 */
function sameInitials(q: PreparedName, c: PreparedName): boolean {
  if (q.kind === 'person' || c.kind === 'person' || q.tokens.length !== c.tokens.length) return false;
  let initials = 0;
  for (let k = 0; k < q.tokens.length; k++) {
    if (q.tokens[k]!.text !== c.tokens[k]!.text) return false;
    if (q.tokens[k]!.role === 'initial') initials++;
  }
  return initials >= 2;
}
/**
 * A word's role, or the generic word's or legal form's of its partner when it is that word typed
 * with one slip: the slip made a name word of it ("WORLD MINIPG INDUSTRY" / "WORLD MINING INDUSTRY").
 */
function roleAgainst(n: PreparedName, other: PreparedName, used: Uint8Array, k: number): NameToken['role'] {
  const t = n.tokens[k]!;
  if (t.role !== 'word' || !used[k] || used[k]! >= 130) return t.role;
  const p = other.tokens[partnerOf(used[k]!)];
  return p && (p.role === 'generic' || p.role === 'legal') && t.text.length >= 4 && oneSlip(t.text, p.text) ? p.role : t.role;
}
/** How many name words of `n` are a generic word or legal form of the other typed with one slip (roleAgainst). */
function slippedGeneric(n: PreparedName, other: PreparedName, used: Uint8Array): number {
  let k = 0;
  for (let i = 0; i < n.tokens.length; i++) if (n.tokens[i]!.role === 'word' && roleAgainst(n, other, used, i) !== 'word') k++;
  return k;
}

/**
 * Two organisation names of generic words only, one of them (two words or more, connectors aside)
 * wholly found in the other in the same order, the other adding one generic word at most ("PARS
 * SERVICES COMPANY" / "PARS AVIATION SERVICES COMPANY"): those words are all such names have.
 */
function genericSubName(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array): boolean {
  if (q.kind === 'person' || c.kind === 'person') return false;
  const side = (n: PreparedName, used: Uint8Array) => {
    let shared = '', missing = 0;
    for (let k = 0; k < n.tokens.length; k++) if (n.tokens[k]!.role === 'generic' && !CONNECTOR.has(n.tokens[k]!.text)) { if (used[k]) shared += n.tokens[k]!.text[0]; else missing++; }
    return { shared, missing };
  };
  const a = side(q, usedQ), b = side(c, usedC);
  if (a.shared.length < 2 || a.shared !== b.shared) return false;
  return (a.missing === 0 && b.missing <= 1) || (b.missing === 0 && a.missing <= 1);
}
const CONNECTOR = new Set(ORG_CONNECTORS);

/**
 * An organisation or vessel sharing one long, uncommon word ("ROSHAN", "TADBIR") with the
 * listed name is not capped like a person sharing a family name: such words name one company.
 */
function distinctiveOrgWord(q: PreparedName, c: PreparedName, usedQ: Uint8Array): boolean {
  if (q.kind === 'person' || c.kind === 'person') return false;
  return q.tokens.some((t, k) => usedQ[k] && t.role === 'word' && t.weight >= 1 && t.text.length >= 5);
}

/** Two Latin spellings of a person's name word with the same four consonants or more (see nameSimilarity). */
const SAME_CONSONANTS_SIM = 0.85;
/** Latin spellings of people's names less alike than this must begin with the same sound to pair. */
const INITIAL_SOUND_SIM = 0.9;
/**
 * Consonants that begin one name in several spellings: h, w, y, j come and go; c is k, s or the
 * Somali ayn; v is the Belarusian and Ukrainian v before o and u (Volha / Olga).
 */
const SOFT_INITIALS = new Set(['h', 'w', 'y', 'j', 'c', 'x', 'v']);
const VOWEL = /[aeiou]/;
/**
 * Initial consonants that stand for one sound in some romanisation: b/p/f/v, d/t, g/k/q, s/z,
 * r/l, m/n, and d/z for the Arabic letters read either way (ض ظ ذ: Zafir / Dafeer).
 */
const SAME_INITIAL_SOUND = ['bpfv', 'dt', 'gkq', 'sz', 'rl', 'mn', 'dz'];
function sameInitialSound(x: string, y: string): boolean {
  return SAME_INITIAL_SOUND.some((g) => g.includes(x) && g.includes(y));
}

/**
 * Two Latin spellings that begin with different sounds before a vowel: a consonant on one side
 * and none on the other (Samer / Amer, Serkan / Erkan), or consonants of different classes (Behzad
 * / Mehrzad, Tong / Song). Letters that come and go at the start of romanised names (h, w, y, j,
 * c: Habib / Abib, Kuol / Wol, Cusman / Osman), vowels (Omar / Umar) and clusters (Htun / Tun,
 * Ntaganda / Taganda, Khawa / Kawa) do not count.
 */
function initialSoundsDiffer(a: string, b: string): boolean {
  const x = a[0]!, y = b[0]!;
  if (x === y || SOFT_INITIALS.has(x) || SOFT_INITIALS.has(y)) return false;
  const xv = VOWEL.test(x), yv = VOWEL.test(y);
  if (xv && yv) return false;
  // A consonant added before the other's first vowel.
  if (xv || yv) {
    const [c, v] = xv ? [b, a] : [a, b];
    return VOWEL.test(c[1] ?? '') && c[1] === v[0] && c[2] === v[1];
  }
  return VOWEL.test(a[1] ?? '') && VOWEL.test(b[1] ?? '') && !sameInitialSound(x, y);
}

/** Within one script, how alike two words of organisation or vessel names must be to count as one name word. */
const ORG_SAME_WORD = 0.8;
/** Below this effective similarity (a spelling under 0.55 alike), two words of organisation or vessel names are not paired. */
const ORG_MIN_EFFECTIVE = 0.2;

/** Highest score of two vessel names of which only one is numbered (below review: a sister ship). */
const SISTER_SHIP_CAP = 0.6;

/** Share of its weight an unpartnered word costs; less when the other name is fully covered (a missing middle name). */
const UNMATCHED = 0.8;
/**
 * ...and in people's names, where aliases drop or add a name of the chain (a father's name, a
 * tribal or family name) more often than organisations drop a word of theirs.
 */
const UNMATCHED_PERSON = 0.7;
/** Words that continue a compound written apart: "Nasr Allah", "Badr al-Din", "Khair Ullah", "Najm Eddine". */
const COMPOUND_NEXT = new Set(['al', 'el', 'ul', 'ud', 'ad', 'ed', 'allah', 'ullah', 'ulla', 'ollah', 'lah', 'ullo', 'din', 'deen', 'eddine', 'eddin', 'uddin', 'addin', 'ddin']);
function continuesCompound(t: NameToken[], k: number): boolean {
  const next = t[k + 1];
  return next !== undefined && COMPOUND_NEXT.has(next.text);
}
/**
 * Why two names are those of relatives rather than of one person, read from the word-by-word
 * pairing (used arrays), or undefined: only the family name shared, other own names before the
 * same father's and family names (siblings), a son's name, a forefather's name as the own name.
 */
function relativesOf(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array): string | undefined {
  if (givenNamesDiffer(q, c, usedQ, usedC)) return ONLY_FAMILY;
  if (syllableLeftOver(q, c, usedQ, usedC) || syllableLeftOver(c, q, usedC, usedQ)) return ONE_SYLLABLE;
  if (identityWords(q) >= 3 && identityWords(c) >= 3 && ownNamesDiffer(q, c, usedQ, usedC)) return SIBLINGS;
  if (q.kind !== 'person' || c.kind !== 'person') return undefined;
  if (childOf(q, c) || childOf(c, q)) return 'one name is the other with a first name before it: a son or daughter carries the father\'s names after their own';
  if (ownNameLater(q, c, usedQ, usedC) || ownNameLater(c, q, usedC, usedQ)) return 'the first names differ: one name\'s first name is a later name of the other (a father\'s or grandfather\'s name)';
  return undefined;
}
const ONE_SYLLABLE = 'the given names differ: a Chinese or Korean given name is one name of its syllables, and one syllable of it is another name';
/**
 * Two Latin names written the Chinese or Korean way, their family names found in each other
 * ("KIM, Ho Kyu" / "KIM, Kyu", "PAK, To-Chun" / "PAK, Chun Il"), one of which has one syllable of
 * its given name left over beside a found one-syllable word: those names have no middle names, a
 * given name is one name of its syllables, and "Kyu" is not "Ho Kyu" nor "Chun Il" "To Chun".
 * Not the family name left over ("Jong Un" may be called without it), nor a Western given name
 * beside the Chinese one ("CHENG, Teresa" / "CHENG, Teresa Yeuk-wah").
 */
function syllableLeftOver(x: PreparedName, y: PreparedName, usedX: Uint8Array, usedY: Uint8Array): boolean {
  const xt = x.tokens, yt = y.tokens;
  if (xt.length < 2 || yt.length < 2) return false;
  const fx = eastAsianFamilyAt(x), fy = eastAsianFamilyAt(y);
  if (fx < 0 || fy < 0 || !usedX[fx] || !usedY[fy]) return false;
  for (let k = 0; k < yt.length; k++) if (!syllabic(yt[k]!)) return false;
  let left = false;
  for (let k = 0; k < xt.length; k++) {
    if (!syllabic(xt[k]!)) return false;
    if (usedX[k]) continue;
    // One syllable beside a found one-syllable word of the given name: the two are one given name.
    if (!oneSyllable(xt[k]!)) continue;
    for (const m of [k - 1, k + 1]) {
      if (m < 0 || m >= xt.length || m === fx || !usedX[m] || !oneSyllable(xt[m]!)) continue;
      // (Unless the other name has a syllable left over in the same place: one syllable spelt two
      // ways or changed, "MIN BYONG CHOL" / "Min Byong Chun", as lists give one person's names.)
      const o = partnerOf(usedX[m]!) + (k - m);
      if (!(o >= 0 && o < yt.length && o !== fy && !usedY[o])) left = true;
    }
  }
  return left;
}
/** Where the family name of a Latin name written the Chinese or Korean way stands (before the comma, or a known surname at either end), or -1. */
function eastAsianFamilyAt(n: PreparedName): number {
  const t = n.tokens;
  if (familyWordsOf(n) === 1) return 0;
  return familyFirst(t[0]!) ? 0 : familyFirst(t[t.length - 1]!) ? t.length - 1 : -1;
}
/**
 * Two Latin names written the Chinese or Korean way, of as many words, at least one with its family
 * name before a comma ("KIM, Song Chol" / "JO, Chol Song", "KANG, Song Nam" / "CHOE, Song Nam"),
 * whose family names are not paired with each other: two people, as familiesDiffer (east-asian.ts)
 * finds for names whose family name is a known surname at one end only; a comma says which word
 * is the family name when a given syllable is a surname too (Song, Nam, Su).
 */
function commaFamiliesApart(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array): boolean {
  if (q.tokens.length !== c.tokens.length || (familyWordsOf(q) !== 1 && familyWordsOf(c) !== 1)) return false;
  const fq = eastAsianFamilyAt(q), fc = eastAsianFamilyAt(c);
  if (fq < 0 || fc < 0 || !isEastAsianSurname(q.tokens[fq]!.text) || !isEastAsianSurname(c.tokens[fc]!.text)) return false;
  if (!q.tokens.every(syllabic) || !c.tokens.every(syllabic)) return false;
  // (Both family names unpaired, and not two spellings of one surname: Chang / Jang, Li / Lee.)
  const a = q.tokens[fq]!, b = c.tokens[fc]!;
  return !usedQ[fq] && !usedC[fc] && a.text !== b.text && !sameSurname(a.text, b.text) && latinSyllablesSimilarity((a.base?.syl ?? a.syl)!, b.text) !== 'same';
}
/**
 * A man's and a woman's form of one given name, as Romance, Slavic and Arabic names make them:
 * the woman's adds -a after l, n, m, r or -iy (Manuel / Manuela, Daniel / Daniela, Ivan / Ivana,
 * Amin / Amina, Jamil / Jamila, Aleksandr / Aleksandra, Yevgeniy / Yevgeniya), or ends in -a where
 * the man's Romance name ends in -o after i or a consonant pair (Mario / Maria, Antonio / Antonia,
 * Roberto / Roberta, Fernando / Fernanda, Francisco / Francisca). Four letters or more. (Not -o
 * against -a otherwise: Belarusian writes the family names in -ko with -ka, Lukashenko / Lukashenka,
 * and Tajik and Uzbek romanisations write Arabic names' final a as o, Yahyo, Muso, Nurullo.)
 */
function genderedForms(x: string, y: string): boolean {
  if (x.length > y.length) { const t = x; x = y; y = t; }
  const n = x.length;
  if (n < 4) return false;
  if (y.length === n) {
    const [man, woman] = x.endsWith('o') ? [x, y] : [y, x];
    return ROMANCE_MASCULINE.test(man) && woman === man.slice(0, -1) + 'a';
  }
  return y.length === n + 1 && y.endsWith('a') && y.startsWith(x) && /(?:[lnmr]|iy)$/.test(x);
}
const ROMANCE_MASCULINE = /(?:i|rt|nt|nd|rd|ld|sc|rl|dr|tr)o$/;
/** An initial neither first nor last in its name ("Leila N.S. AL-DAJANI"). */
function middleInitial(t: readonly NameToken[], k: number): boolean {
  return t[k]!.role === 'initial' && k > 0 && k < t.length - 1;
}
/** A word where the family name stands: before the comma of "FAMILY, Given", else the last name word. */
function familyPlace(n: PreparedName, k: number): boolean {
  const f = familyWordsOf(n);
  if (f !== undefined) return k < f;
  const t = n.tokens;
  let last = t.length - 1;
  while (last > 0 && t[last]!.role !== 'word') last--;
  return k === last && k > 0;
}
/** A Latin word of a name written the Chinese or Korean way (its syllables known), not a native one. */
function syllabic(t: NameToken): boolean {
  return t.script === 'latin' && !t.native && !!(t.base?.syl ?? t.syl) && isIdentity(t);
}
function oneSyllable(t: NameToken): boolean {
  return (t.base?.syl ?? t.syl)!.length === 1;
}
const SIBLINGS = 'the first names differ: a brother, sister or child bears the same father\'s and family names';
const ONLY_FAMILY = 'the given names differ: only the family name is shared';
function identityWords(n: PreparedName): number {
  let k = 0;
  for (const t of n.tokens) if (isIdentity(t)) k++;
  return k;
}
/**
 * Full names of three words or more written in order without a comma ("HANI ABD-AL-LATIF TILFAH
 * AL-TIKRITI" / "RAFI ABD-AL-LATIF TILFAH AL-TIKRITI") whose first words, the person's own
 * names, both find no partner: the rest is a father's, grandfather's or family name, shared by
 * siblings and children. Not for Chinese and Korean names, which put the family name first.
 */
function ownNamesDiffer(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array): boolean {
  const i = ownNameAt(q), j = ownNameAt(c);
  if (i < 0 || j < 0) return false;
  // Unpaired, or paired only with each other for want of better: barely alike and of other
  // consonants (Yasir / Bashar, Uday / Qusay; not Fouzi / Fawzy, one name spelt two ways).
  const apart = (!usedQ[i] && !usedC[j]) || (usedQ[i]! < 130 && partnerOf(usedQ[i]!) === j && otherOwnNames(q, c, q.tokens[i]!, c.tokens[j]!));
  return apart && !familyFirst(q.tokens[0]!) && !familyFirst(c.tokens[0]!);
}
/**
 * Own names of Arabic name chains paired for want of better: of four letters or more, barely
 * alike, of other consonants; not a Maghrebi family name written first (Belaouer / Belmokhtar).
 */
function otherOwnNames(q: PreparedName, c: PreparedName, a: NameToken, b: NameToken): boolean {
  if (q.kind !== 'person' || c.kind !== 'person' || (!arabicChain(q) && !arabicChain(c))) return false;
  if (a.text.length < 4 || b.text.length < 4 || MAGHREBI_FAMILY.test(a.text) || MAGHREBI_FAMILY.test(b.text)) return false;
  return a.script === b.script && a.skel !== b.skel && tokenSimilarity(a, b).sim < 0.6 && consonantSimilarity(a.cons, b.cons) < 0.7;
}
/** A Maghrebi family name: Bel-, Ben-, Bou-, Ould- glued to a name (Belmokhtar, Benali, Boumediene). */
const MAGHREBI_FAMILY = /^(?:bel|ben|bou|ould)[a-z]{4,}/;
/**
 * The own name of `x` finds no partner while the own name of `y` pairs with a later name of `x`
 * ("AL-QASIR, Nazar Jumah Ali" / "QASIR, Ali"): where names chain a father's and grandfather's
 * names after one's own, that later name is a forefather's, so this is another person.
 */
function ownNameLater(x: PreparedName, y: PreparedName, usedX: Uint8Array, usedY: Uint8Array): boolean {
  const i = ownNameAt(x), j = ownNameAt(y);
  // (A very common first name is often left off: "Mohammed Khaled" is called Khaled.)
  if (i < 0 || j < 0 || usedX[i] || partnerOf(usedY[j]!) < 0 || oftenLeftOff(x.tokens[i]!) || oftenLeftOff(y.tokens[j]!) || MAGHREBI_FAMILY.test(x.tokens[i]!.text)) return false;
  if (!arabicChain(x) && !arabicChain(y)) return false;
  // (A one-word name is a family name or nickname, not an own name: "Kakazada", "Kamel". And an
  // own name that the alignment left for a closer spelling elsewhere is still the same one:
  // "AL-BUTHE, Soliman" / "AL-BUTHE, Suliman Hamd Suleiman".)
  if (identityWords(y) < 2 || tokenSimilarity(x.tokens[i]!, y.tokens[j]!).sim >= 0.7) return false;
  // (Names after the own name of `y` found before its partner are the same chain reordered, not a
  // forefather's: "AL-RAWI, Amin Muhammad" / "AL-RAWI, 'Adnan Muhammad Amin".)
  // (All of `y` found: a name that leaves words of its own unfound is not merely reordered.)
  const pj = partnerOf(usedY[j]!);
  let reordered = false, covered = true;
  for (let k = 0; k < y.tokens.length; k++) {
    if (!isIdentity(y.tokens[k]!)) continue;
    if (!usedY[k]) covered = false;
    const p = usedY[k]! < 130 ? partnerOf(usedY[k]!) : -1;
    // (Not a word that the name of `x` repeats after that partner: "DOST MOHAMMAD" / "NIK MOHAMMAD DOST MOHAMMAD".)
    if (k > j && p > i && p < pj && isIdentity(x.tokens[p]!) && !x.tokens.some((t, m) => m > pj && tokenSimilarity(t, y.tokens[k]!).sim >= 0.85)) reordered = true;
  }
  if (reordered && covered) return false;
  return pj > i && !familyFirst(x.tokens[0]!) && !familyFirst(y.tokens[0]!);
}
/** A name with an Arabic article or "bin" (or the Arabic script): its given names chain forefathers' names. */
function arabicChain(n: PreparedName): boolean {
  return n.tokens.some((t) => (t.role === 'particle' && ARABIC_PARTICLES.has(t.text)) || t.script === 'arabic');
}
/** Where a person's own name stands: the first name word, or the first after the comma of "FAMILY, Given"; -1 when none. */
function ownNameAt(n: PreparedName): number {
  const t = n.tokens;
  for (let k = familyWordsOf(n) ?? 0; k < t.length; k++) {
    if (isIdentity(t[k]!)) return k;
    if (t[k]!.role !== 'honorific') return -1;
  }
  return -1;
}
/**
 * First names that people are often called without: Muhammad and Ahmad before the name they go
 * by ("Mohammed Khaled" is called Khaled), and the "Abd" of a compound written apart.
 */
function oftenLeftOff(t: NameToken): boolean {
  const root = variantRoot(t.text);
  return root === 'muhammad' || root === 'ahmad' || root === 'abd' || /^ab[dt]/.test(t.text) || t.text.length <= 2;
}
/** The kunya ("father of", "mother of"): a name by which one is called, not one's own. */
const KUNYA = new Set(['abu', 'abou', 'bou', 'um', 'umm', 'om']);
/** Articles and "son of" that show an Arabic name chain. */
const ARABIC_PARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'bn', 'bint', 'ben', 'ould']);
/**
 * A name that is the other whole, word for word and in order, after an own name of its own
 * ("QUSAY SADDAM HUSSEIN AL-TIKRITI" / "SADDAM HUSSEIN AL-TIKRITI", "NIK MOHAMMAD DOST MOHAMMAD"
 * / "DOST MOHAMMAD"): where names chain a father's names after one's own, that is a son or a
 * daughter. Not when the words before are very common names often left off (Mohammed, Abdul),
 * and not for names written "FAMILY, Given" or family name first.
 */
function childOf(long: PreparedName, short: PreparedName): boolean {
  const lt = long.tokens, st = short.tokens;
  const off = lt.length - st.length;
  if (off < 1 || off > 2 || st.length < 2) return false;
  if (long.original.includes(',') || short.original.includes(',')) return false;
  let own = false, compound = false;
  for (let k = 0; k < off; k++) {
    const t = lt[k]!;
    if (t.role === 'honorific' || t.role === 'initial') return false;
    // (Muhammad or Ahmad after an own name ends a compound own name, "Nik Mohammad": that is no name left off.)
    if (t.role === 'word' && oftenLeftOff(t)) {
      if (!own || variantRoot(t.text) !== 'muhammad') return false;
      compound = true;
    } else if (t.role === 'word') own = true;
  }
  if (!own || familyFirst(lt[0]!) || familyFirst(st[0]!)) return false;
  // Not before a kunya, a nickname ("Adnan / Abu Walid al-Sahrawi"), nor a Maghrebi family name
  // written first ("Belmokhtar / Khaled Abou El Abass": Bel-, Ben-, Bou- glued to a name).
  if (st[0]!.role === 'particle' && KUNYA.has(st[0]!.text)) return false;
  if (MAGHREBI_FAMILY.test(lt[0]!.text)) return false;
  // Arabic names chain the father's names after one's own (an article or "bin" shows one);
  // elsewhere a first name before the others is a baptismal or Christian name ("Dieudonné OZIA MAZIO").
  // (So does a compound own name ending in Muhammad, as Afghan and Pakistani names chain them:
  // "NIK MOHAMMAD DOST MOHAMMAD", Nik Mohammad son of Dost Mohammad.)
  // (Not when that own name is the shorter name's own: "Husayn Muhammad Husayn Juaythini" / "HUSAYN JUAYTHINI".)
  if (compound && tokenSimilarity(lt[0]!, st[0]!).sim >= 0.85) return false;
  if (!compound && !st.some((t) => t.role === 'particle' && ARABIC_PARTICLES.has(t.text))) return false;
  let words = 0;
  for (let k = 0; k < st.length; k++) {
    const a = st[k]!, b = lt[off + k]!;
    if (a.role !== b.role) return false;
    if (a.role === 'word') words++;
    if (tokenSimilarity(a, b).sim < 0.85) return false;
  }
  return words >= 2;
}
/**
 * Two names written "FAMILY, Given" whose given names (the words after the comma, initials aside)
 * find no partner at all on either side (an initial standing for one counts as a partner):
 * relatives or namesakes sharing a family name ("MUNOZ MEJIA, Eliana" / "MUNOZ MEJIA, Jonathan").
 */
function givenNamesDiffer(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array): boolean {
  if (q.kind !== 'person' || c.kind !== 'person') return false;
  return givenUnpaired(q, usedQ) && givenUnpaired(c, usedC);
}
function givenUnpaired(n: PreparedName, used: Uint8Array): boolean {
  const before = familyWordsOf(n);
  if (before === undefined) return false;
  let given = 0;
  for (let k = before; k < n.tokens.length; k++) {
    const t = n.tokens[k]!;
    if (!isIdentity(t)) continue;
    // A very common given name shared besides the others ("Jose Luis" / "Jose Bernabe") says little
    // (not in Arabic name chains, where "Muhammad 'Ali" / "'Ali Musa" reorder one man's names, nor
    // in Chinese and Korean names).
    if (used[k] && (t.weight >= 1 || arabicChain(n) || familyFirst(n.tokens[0]!))) return false;
    if (!used[k]) given++;
  }
  return given > 0;
}
/**
 * A word's mark in the used arrays: 0 unpaired; 2 + the partner's place for a word pair, 130 +
 * the place for joined words ("Mohammadbagher" / "Mohammad Bagher"); 1 when paired past 127 words.
 */
function pairMark(partner: number, joined: boolean): number {
  return partner < 128 ? (joined ? 130 : 2) + partner : 1;
}
/** The partner's place recorded by pairMark, or -1 when unknown or unpaired. */
function partnerOf(mark: number): number {
  return mark >= 130 ? mark - 130 : mark >= 2 ? mark - 2 : -1;
}
/**
 * How many words come before the comma of a "FAMILY, Given" name (undefined without one): the
 * family part is tokenized once per prepared name, not at every comparison.
 */
const familyWordsMemo = new WeakMap<PreparedName, number>();
function familyWordsOf(n: PreparedName): number | undefined {
  // -1 for no comma: one look-up per call (has() then get() was two, on every comparison).
  let count = familyWordsMemo.get(n);
  if (count === undefined) {
    const comma = n.original.indexOf(',');
    count = comma < 0 ? -1 : tokenize(n.original.slice(0, comma)).length;
    familyWordsMemo.set(n, count);
  }
  return count < 0 ? undefined : count;
}

function familyFirst(t: NameToken): boolean {
  if (t.native || t.script === 'han' || t.script === 'hangul') return true;
  // An Arabic or Hebrew word is not a romanised Chinese or Korean surname: علي read "ly" is not Lý.
  return !isAbjad(t.script) && isEastAsianSurname(t.text);
}
/** Highest score when the own names differ and only the father's and family names agree (below review). */
const OWN_NAMES_DIFFER_CAP = 0.6;
/** A theophoric compound against its short form: likely the same person's name, not the same word. */
const COMPOUND_SIM = 0.85;
const UNMATCHED_COVERED = 0.25;
/** Highest score when only one name word of several is shared: enough for review, never for block. */
const ONE_WORD_CAP = 0.66;
/** ...and when one name has a single word that is only similar to the other's (below review). */
const ONE_SIMILAR_WORD_CAP = 0.55;
/** A word pair this alike is the same word (exact, or a known variant of one given name). */
const SAME_WORD = 0.95;
/**
 * ...and, for the one word two vessel names share, across scripts from 0.9: a transliteration is
 * rarely letter for letter ("Voyager" / Вояджер read voyadzher, 0.92), where one script's 0.92 is
 * another spelling of a short name ("AUROURA" / "AURORA").
 */
function vesselSameWord(crossScript: boolean): number {
  return crossScript ? 0.9 : SAME_WORD;
}
/** A word this long (in either name) that is alike in both is rarely shared by chance ("Abdelrazaq" / "Abdelrazak"). */
const DISTINCTIVE_LENGTH = 7;

/** Reused buffers: the pairs' similarities (0) and the two names' weak floors (1, 2); the pairs' indices (0, 1). */
const fBufs = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];
const iBufs = [new Int32Array(64), new Int32Array(64)];
function scratchF(n: number, k: 0 | 1 | 2): Float64Array {
  if (fBufs[k]!.length < n) fBufs[k] = new Float64Array(n * 2);
  return fBufs[k]!;
}
function scratchI(n: number, k: 0 | 1): Int32Array {
  if (iBufs[k]!.length < n) iBufs[k] = new Int32Array(n * 2);
  return iBufs[k]!;
}
const kindScratch: TokenMatchKind[] = [];

/**
 * The word pairs last weighed for the pairing (tokenSimilarityAtLeast from MIN_PAIR), by their
 * interned words' ids: a query meets the same listed words again and again (an entity's aliases
 * share them), and two in five word pairs of a batch repeat within their query. Direct-mapped,
 * 4,096 pairs: small enough to stay in the cache, where the similarity memo (similarity.ts) does not.
 */
const PAIR_BITS = 12;
const pairA = new Int32Array(1 << PAIR_BITS).fill(-1);
const pairB = new Int32Array(1 << PAIR_BITS).fill(-1);
const pairResult: TokenSimilarity[] = new Array<TokenSimilarity>(1 << PAIR_BITS);
function pairSimilarity(a: NameToken, b: NameToken): TokenSimilarity {
  const ia = a.id, ib = b.id;
  if (ia === undefined || ib === undefined) return tokenSimilarityAtLeast(a, b, MIN_PAIR);
  const slot = pairSlot(ia, ib, PAIR_BITS);
  if (pairA[slot] === ia && pairB[slot] === ib) return pairResult[slot]!;
  const s = tokenSimilarityAtLeast(a, b, MIN_PAIR);
  pairA[slot] = ia;
  pairB[slot] = ib;
  pairResult[slot] = s;
  return s;
}
let orderBuf = new Int32Array(64);

/**
 * Indices 0..n-1 by similarity, highest first, ties in index order (what a stable sort gives), by
 * insertion into a reused buffer: a comparison allocates no array and no comparator for it.
 */
function pairOrder(sim: Float64Array, n: number): Int32Array {
  if (orderBuf.length < n) orderBuf = new Int32Array(n * 2);
  const o = orderBuf;
  for (let k = 0; k < n; k++) {
    const v = sim[k]!;
    let p = k;
    while (p > 0 && sim[o[p - 1]!]! < v) { o[p] = o[p - 1]!; p--; }
    o[p] = k;
  }
  return o;
}

/**
 * Within one script a spelling 0.7 alike is often another name (Behzad/Mehrzad), so the distance
 * below 0.9 counts more than its face value; across scripts such similarities are normal and count as they are.
 */
function effective(sim: number, kind: TokenMatchKind, sameScript: boolean, persons: boolean): number {
  if (sim >= 0.9 || !sameScript || (kind !== 'spelling' && kind !== 'phonetic')) return sim;
  // Organisations and vessels: the distance counts double (Romina/Amina, Iran Parak/Charak).
  if (!persons) return Math.max(0, sim - (0.9 - sim));
  // People: 0.8 counts 0.75 and 0.7 counts 0.6 (romanisations of one name: Ghommari/Ghamari,
  // Sarfadi/Sarfida); below 0.7, where other names live (Karla/Maria), each point lost counts double.
  return Math.max(0, Math.min(1.5 * sim - 0.45, 2 * sim - 0.8));
}

const ABD = new Set(['abd', 'bd', 'abdu', 'abu', 'bu', 'abou']);

/**
 * For the first join pass: per word, the similarity a joined run must reach to be preferred, or
 * 2 (never) when the word has a good partner (0.8 or more). A word with no partner at all joins
 * here too, before the pairs: otherwise an article of the run may pair first with the other
 * name's article and break the run ("ABDERRAHMANE OULD EL AMAR" / عبد الرحمن ولد العامر).
 * Undefined when no word qualifies. In scratch buffer `k` (one per name), valid until the next comparison.
 */
function weakFloors(n: number, np: number, idx: Int32Array, sims: Float64Array, k: 1 | 2): Float64Array | undefined {
  const best = scratchF(n, k).fill(0, 0, n);
  for (let p = 0; p < np; p++) if (sims[p]! > best[idx[p]!]!) best[idx[p]!] = sims[p]!;
  let any = false;
  for (let i = 0; i < n; i++) {
    const b = best[i]!;
    if (b < 0.8) { best[i] = Math.max(0.8, b + 0.05); any = true; } else best[i] = 2;
  }
  return any ? best : undefined;
}

/**
 * Runs of two and three adjacent words written together, computed once per name. Their forms are
 * made when a run is first compared (most are ruled out by their length or by a word already paired).
 */
export interface Run { start: number; len: number; /** letters of its words together */ length: number; forms?: TokenForms; /** consonants without connecting particles */ cons?: string }
function runs(n: PreparedName): Run[] {
  let r = n.runs;
  if (r) return r;
  r = [];
  const t = n.tokens;
  for (let start = 0; start < t.length; start++) {
    for (let len = 2; len <= 3 && start + len <= t.length; len++) {
      // An article belongs to the word after it: "jm'h al-hmmy" is not "jm'hal".
      // ...except after "Abd": "Abdul" is "Abd al" (عبد ال...).
      if (t[start + len - 1]!.role === 'particle' && !ABD.has(t[start]!.text)) continue;
      // Native Chinese or Korean name parts are joined syllable by syllable (east-asian.ts).
      let native = false;
      for (let k = start; k < start + len; k++) if (t[k]!.native) native = true;
      if (native) continue;
      let length = 0;
      for (let k = start; k < start + len; k++) length += t[k]!.text.length;
      r.push({ start, len, length, forms: undefined, cons: undefined });
    }
  }
  n.runs = r;
  return r;
}

/** Sun letters as consonants() and text.ts write them: ت ط t, ث T, د d, ذ ض ظ D, ر r, ز z, س ش ص s, ل l, ن n. */
const SUN = new Set(['t', 'T', 'd', 'D', 'r', 'z', 's', 'l', 'n']);

/** The run's words written together, as one word's forms, and its consonants without particles. */
function runForms(n: PreparedName, run: Run): TokenForms {
  if (run.forms) return run.forms;
  const words = n.tokens.slice(run.start, run.start + run.len);
  const text = words.map((x) => x.text).join('');
  let abjad = words.every((x) => x.script === 'arabic' || x.script === 'hebrew') ? words.map((x) => x.cons).join('') : undefined;
  // An Arabic article before a "sun" letter takes its sound: عبد ال|رحمن is "Abdur" Rahman.
  const next = n.tokens[run.start + run.len];
  if (abjad && words[words.length - 1]!.text === 'al' && next?.script === 'arabic' && SUN.has(next.cons[0] ?? '')) abjad = abjad.slice(0, -1) + next.cons[0];
  run.cons = words.filter((x) => x.role !== 'particle').map((x) => x.cons).join('');
  // What the abjad words write besides consonants, as for one word (similarity.ts vowelEdges):
  // the first word's first letter, the last word's last, the long vowels inside ("." at a break;
  // "-", nothing known, at the edge of an article).
  let edges: string | undefined;
  if (abjad) {
    const e = words.map((x) => x.base?.edges ?? x.edges ?? '--' + '.'.repeat(Math.max(0, x.cons.length - 1)));
    edges = e[0]![0]! + e[e.length - 1]![1]! + e.map((x) => x.slice(2)).join('.');
    if (edges.length !== abjad.length + 1) edges = undefined;
  }
  return (run.forms = cachedForms(text, words[0]!.script, abjad, false, undefined, undefined, edges));
}

/** "Abd" written before the article that joins it to the name of God that follows (Abdul, Abdel, Abdur...). */
const SERVANT_OF = /^abd(?:[aeiou][lrsntdz]|u)?/;
const SERVANT_WORDS = new Set(['abd', 'abdu', 'abdul', 'abdel', 'abdal', 'abdol', 'abdoul', 'abdur', 'abdus', 'abdun', 'abed']);

/**
 * A theophoric name written as one word against "Abd al-X" written apart ("Abdulhafid" / "Abdel
 * Hafez"): the name of God after the prefix, compared as a word, with its variants (Hafid, Hafez,
 * Hafiz: ظ read d or z), which the letters of the joined words miss. -1 when it is no such name.
 */
function servantOfSimilarity(x: NameToken, abd: NameToken, name: NameToken): number {
  if (x.script !== 'latin' || abd.script !== 'latin' || name.script !== 'latin' || !SERVANT_WORDS.has(abd.text)) return -1;
  const m = SERVANT_OF.exec(x.text);
  if (!m) return -1;
  // ("Abdurrahman", "Abdussalam": the article took the sun letter, which the name keeps: rahman, salam.)
  const rest = x.text.slice(m[0].length);
  if (rest.length < 3) return -1;
  return tokenSimilarity(cachedForms(rest, 'latin'), name).sim * SERVANT_OF_FACTOR;
}
/** The name of God alike, not the whole word: a little less than the same letters. */
const SERVANT_OF_FACTOR = 0.95;

/**
 * For each unused identity word of `x` (five letters or more), tries runs of two or three
 * adjacent unused words of `y` written together; pairs them when they are at least 0.8 alike.
 */
function joinPass(x: PreparedName, y: PreparedName, usedX: Uint8Array, usedY: Uint8Array, accept: (i: number, start: number, len: number, sim: number) => void, floor?: Float64Array, sameStart = false): void {
  let freeY = 0;
  for (let k = 0; k < usedY.length; k++) if (!usedY[k]) freeY++;
  if (freeY < 2) return;
  // Most comparisons have no such word: the runs of y are not even built then.
  let anyX = false;
  for (let i = 0; i < x.tokens.length && !anyX; i++) {
    const xt = x.tokens[i]!;
    if (!usedX[i] && xt.text.length >= 5 && isIdentity(xt) && (!floor || floor[i]! <= 1) && (!sameStart || startsRun(y, usedY, xt.text.charCodeAt(0)))) anyX = true;
  }
  if (!anyX) return;
  const yRuns = runs(y);
  for (let i = 0; i < x.tokens.length; i++) {
    const xt = x.tokens[i]!;
    if (usedX[i] || xt.text.length < 5 || !isIdentity(xt) || (floor && floor[i]! > 1)) continue;
    let best: Run | undefined;
    let bestSim = floor ? floor[i]! : 0.8;
    for (const run of yRuns) {
      const tl = run.length;
      // Lengths too far apart cannot be 0.8 alike.
      if (tl > xt.text.length * 1.6 + 2 || tl * 1.6 + 2 < xt.text.length) continue;
      let free = true;
      for (let k = run.start; k < run.start + run.len; k++) if (usedY[k]) free = false;
      if (!free || (sameStart && y.tokens[run.start]!.text.charCodeAt(0) !== xt.text.charCodeAt(0))) continue;
      // Chinese or Korean syllables written apart join only a word of as many syllables: each is a
      // name part of its own ("Hua Chiang" is not "Hsiang", though its letters are near).
      if (syllabicRun(y, run) && (xt.base?.syl ?? xt.syl)?.length !== run.len) continue;
      // (Not a kunya with the name after it against an abjad word, which writes a kunya apart: "ABU JABAL" is not جابالله.)
      if (isAbjad(xt.script) && KUNYA.has(y.tokens[run.start]!.text)) continue;
      // Connectors in compound names come and go ("Nasr al-Din" / "Nasseriddine"): the
      // consonants without them count too.
      const forms = runForms(y, run);
      // (The consonants' similarity only when their lengths let it reach bestSim: it is kept only from there.)
      // (Its lengths, then its letters, bound it: the alignment itself is worked out only past both.)
      let sim = Math.max(tokenSimilarityAtLeast(xt, forms, bestSim).sim, xt.cons.length >= 4 && !xt.native && consonantSimilarityAtMost(xt.cons, run.cons!) * 0.88 >= bestSim && consonantSimilarityBound(xt.cons, run.cons!) * 0.88 >= bestSim ? consonantSimilarity(xt.cons, run.cons!) * 0.88 : 0);
      // "Abd al-X" against "AbdulX": the name of God after "Abd" compared as a word, with its variants.
      // (Only ever adding: the lists give "Abdul Haq" / ABDULHAI and "Abdrabah" / "Abd-Rabbuh" as
      // one person, which the letters of the whole find and the names of God would not.)
      if (sim < bestSim && run.len === 2) sim = Math.max(sim, servantOfSimilarity(xt, y.tokens[run.start]!, y.tokens[run.start + 1]!));
      if (sim >= bestSim) { best = run; bestSim = sim; }
    }
    if (best) {
      usedX[i] = pairMark(best.start, true);
      for (let k = best.start; k < best.start + best.len; k++) usedY[k] = pairMark(i, true);
      accept(i, best.start, best.len, bestSim);
    }
  }
}

/**
 * Similarity of the two names with word breaks removed, when they break words differently. Exact
 * when it reaches `need` (the caller uses nothing below); below `need` otherwise, without the
 * full edit distances (editSimilarityAtLeast).
 */
function joinedSimilarity(q: PreparedName, c: PreparedName, need: number): number {
  if (q.tokens.length === c.tokens.length) return 0;
  const qa = q.all, ca = c.all;
  if (Math.min(qa.text.length, ca.text.length) < 6) return 0;
  // Lengths too far apart cannot reach 0.8.
  if (Math.min(qa.text.length, ca.text.length) / Math.max(qa.text.length, ca.text.length) < 0.6) return 0;
  // The result is best * 0.95, or 0.97 from 0.999 up: below this floor it cannot reach `need`.
  const floor = Math.min(need / 0.95, 0.999) - 1e-9;
  let best = Math.max(editSimilarityAtLeast(qa.text, ca.text, floor), editSimilarityAtLeast(q.joined, c.joined, floor));
  if (best >= 0.999) return 0.97;
  best = Math.max(best, editSimilarityAtLeast(qa.key, ca.key, floor / 0.95) * 0.95);
  if (qa.script === 'hangul' || ca.script === 'hangul') best = Math.max(best, editSimilarityAtLeast(korean(qa), korean(ca), floor / 0.95) * 0.95);
  return best * 0.95;
}

/** Whole-name consonants at least this alike count; the score is their similarity times ABJAD_WHOLE_SCORE. */
const ABJAD_WHOLE_MIN = 0.84;
const ABJAD_WHOLE_SCORE = 0.8;

/**
 * The consonant skeletons of two whole names, one written in Arabic or Hebrew and the other in
 * Latin, compared as one string each: articles and particles left out (a title is written on both sides), a letter
 * repeated across a word break counted once. 0 unless both skeletons have five consonants or more
 * and begin and end alike.
 */
export function abjadWholeSimilarity(q: PreparedName, c: PreparedName): number {
  const qa = isAbjad(q.all.script), ca = isAbjad(c.all.script);
  if (qa === ca) return 0;
  const [abjad, latin] = qa ? [q, c] : [c, q];
  if (latin.all.script !== 'latin' || abjad.tokens.some((t) => !isAbjad(t.script))) return 0;
  let a = wholeConsonants(abjad);
  const b = wholeConsonants(latin);
  // A final ح the Latin spelling leaves out (Saleh: s-l) is left out here too.
  if (a.endsWith('H') && b[b.length - 1] !== 'h') a = a.slice(0, -1);
  if (Math.min(a.length, b.length) < 5) return 0;
  // A name with a word more at either end (a relative: "Qusay Saddam Hussein") is another name.
  if (!sameConsonant(a[0]!, b[0]!) || !sameConsonant(a[a.length - 1]!, b[b.length - 1]!)) return 0;
  const sim = consonantSimilarity(a, b);
  // Only names that join words the other writes apart, and cut none elsewhere (word-breaks.ts).
  if (sim < ABJAD_WHOLE_MIN || !breaksCompatible(a, breaksOf.get(abjad)!, b, breaksOf.get(latin)!)) return 0;
  // What the abjad writes besides consonants, as for one word: the first and last letters and
  // the long vowels inside ("Sadina Usada" is not سعد الدين سيد, whose last word ends on d).
  const edges = edgesOf.get(abjad)!;
  return edges.length >= 2 && edges.length === a.length + 1 ? sim * abjadVowelFactor(edges, a, edgesOf.get(latin)!, b) : sim;
}

/** Whether a free word of y that a free word follows begins with this letter (a run could begin as the word does). */
function startsRun(y: PreparedName, usedY: Uint8Array, first: number): boolean {
  for (let k = 0; k + 1 < y.tokens.length; k++) if (!usedY[k] && !usedY[k + 1] && y.tokens[k]!.text.charCodeAt(0) === first) return true;
  return false;
}

/** A run of Latin words that are each one Chinese or Korean syllable. */
function syllabicRun(y: PreparedName, run: Run): boolean {
  for (let k = run.start; k < run.start + run.len; k++) {
    const t = y.tokens[k]!;
    if (!syllabic(t) || !oneSyllable(t)) return false;
  }
  return true;
}

/** One name written wholly in Arabic or Hebrew script, the other wholly in Latin. */
function abjadAgainstLatin(q: PreparedName, c: PreparedName): boolean {
  const qa = q.tokens.every((t) => isAbjad(t.script)), ca = c.tokens.every((t) => isAbjad(t.script));
  return qa ? c.tokens.every((t) => t.script === 'latin') : ca && q.tokens.every((t) => t.script === 'latin');
}

const wholeOf = new WeakMap<PreparedName, string>();
/**
 * Where each word after the first begins in wholeConsonants' string: one position, or two when
 * the words share the letter at the break, written once (ABDUR REHMAN b-d-[r]-h-m-n).
 */
const breaksOf = new WeakMap<PreparedName, number[][]>();
/** An abjad name's edges and long vowels as one word's (abjadVowelFactor); a Latin name's words written together without particles. */
const edgesOf = new WeakMap<PreparedName, string>();
function wholeConsonants(n: PreparedName): string {
  let s = wholeOf.get(n);
  if (s !== undefined) return s;
  s = '';
  const breaks: number[][] = [];
  // For an abjad name, its edges as one word's (text.ts abjadEdges, abjadWalk): the first word's
  // first letter, the last word's last, and the long vowels between consonants ("." at a break).
  let gaps = '', head = '', tail = '', abjad = true, latin = '';
  for (const t of n.tokens) {
    if (t.role === 'particle') continue;
    const first = [...t.cons].find((ch) => ch !== 'H');
    if (s && breaks[breaks.length - 1]?.[0] !== s.length) breaks.push(first === s[s.length - 1] ? [s.length - 1, s.length] : [s.length]);
    const e = t.base?.edges ?? t.edges;
    if (!e) abjad = false;
    else { head ||= e[0]!; tail = e[1]!; }
    latin += t.text;
    // A word's final ح or ه ("H": h or nothing) is silent in Latin more often than not, and a
    // Latin word's final h after a vowel is left out (consonants()): not counted either way.
    for (let k = 0; k < t.cons.length; k++) {
      const ch = t.cons[k]!;
      if (ch === s[s.length - 1] || ch === 'H') continue;
      if (s) gaps += k === 0 ? '.' : e?.[k + 1] ?? '.';
      s += ch;
    }
  }
  edgesOf.set(n, abjad && head ? head + tail + gaps : latin);
  // A break after the last consonant (a last word of vowels only) is no break.
  while (breaks.length && breaks[breaks.length - 1]![0]! >= s.length) breaks.pop();
  wholeOf.set(n, s);
  breaksOf.set(n, breaks);
  return s;
}

/** One name numbered as one of a series ("NO. 2") and the other not numbered at all. */
function seriesApart(q: PreparedName, c: PreparedName): boolean {
  return hasNumber(q) !== hasNumber(c) && numberedInSeries(q.tokens) !== numberedInSeries(c.tokens);
}

function hasNumber(n: PreparedName): boolean {
  return n.tokens.some((t) => t.role === 'number');
}

/** The number a number word names: its digits, the ordinal's ("second" is 2), a Roman numeral's or number word's (VIII, EIGHT: 8). */
function numberOf(t: NameToken): string {
  return t.concept ?? numberValue(t.text);
}

function digits(t: string): string {
  return t.replace(/\D/g, '') || t;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
