/**
 * Name against name: aligns the words of two names whatever their order ("PUTIN, Vladimir"),
 * weighs each aligned pair by how much identity its words carry, forgives missing middle names
 * and patronymics, and refuses to call a match on particles, legal forms or generic words alone.
 */
import { koreanKey } from './phonetic.js';
import type { NameToken, PreparedName } from './prepare.js';
import { cachedForms, editSimilarity, tokenSimilarity, type TokenMatchKind } from './similarity.js';

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

const MIN_PAIR = 0.55;
const IDENTITY_ROLES = new Set(['word', 'number', 'patronymic']);

function isIdentity(t: NameToken): boolean {
  return t.role === 'word' || t.role === 'number';
}

/**
 * How alike two names are, in [0, 1]: the weighted share of their words that align (each pair
 * counting its similarity), where words without a partner cost their weight, less so when the
 * other name is fully covered (a missing middle name or patronymic). 0.4 at most when only
 * particles, legal forms or generic words align; 0.7 at most when just one name word of several does.
 */
export function nameSimilarity(q: PreparedName, c: PreparedName): NameComparison {
  const pairs: { i: number; j: number; sim: number; kind: TokenMatchKind }[] = [];
  for (let i = 0; i < q.tokens.length; i++) {
    const a = q.tokens[i]!;
    for (let j = 0; j < c.tokens.length; j++) {
      const b = c.tokens[j]!;
      // Numbers only ever match numbers, exactly.
      if ((a.role === 'number') !== (b.role === 'number')) continue;
      if (a.role === 'number') {
        if (digits(a.text) === digits(b.text)) pairs.push({ i, j, sim: 1, kind: 'exact' });
        continue;
      }
      const s = tokenSimilarity(a, b);
      if (s.sim >= MIN_PAIR) pairs.push({ i, j, sim: s.sim, kind: s.kind });
    }
  }
  pairs.sort((x, y) => y.sim - x.sim || (c.tokens[y.j]!.weight + q.tokens[y.i]!.weight) - (c.tokens[x.j]!.weight + q.tokens[x.i]!.weight));
  const usedQ = new Uint8Array(q.tokens.length);
  const usedC = new Uint8Array(c.tokens.length);
  let num = 0;
  let den = 0;
  let identityPairs = 0;
  const parts: AlignedPart[] = [];
  for (const p of pairs) {
    if (usedQ[p.i] || usedC[p.j]) continue;
    usedQ[p.i] = 1;
    usedC[p.j] = 1;
    const a = q.tokens[p.i]!, b = c.tokens[p.j]!;
    const w = (a.weight + b.weight) / 2;
    num += effective(p.sim, p.kind, a.script === b.script) * w;
    den += w;
    if (IDENTITY_ROLES.has(a.role) && IDENTITY_ROLES.has(b.role) && p.sim >= 0.7) identityPairs++;
    parts.push({ query: a.text, candidate: b.text, similarity: round(p.sim), kind: p.kind });
  }
  // Second pass: a word left alone may be two or three words of the other name written
  // together ("NASSERIDDINE" / "NASR AL DIN", "Mohammadreza" / "Mohammad Reza", عبد الله / "Abdallah").
  joinPass(q.tokens, c.tokens, usedQ, usedC, (i, js, sim) => {
    const a = q.tokens[i]!;
    const w = Math.max(a.weight, ...js.map((j) => c.tokens[j]!.weight));
    num += sim * w; den += w; if (sim >= 0.7) identityPairs++;
    parts.push({ query: a.text, candidate: js.map((j) => c.tokens[j]!.text).join(' '), similarity: round(sim), kind: 'joined' });
  });
  joinPass(c.tokens, q.tokens, usedC, usedQ, (j, is, sim) => {
    const b = c.tokens[j]!;
    const w = Math.max(b.weight, ...is.map((i) => q.tokens[i]!.weight));
    num += sim * w; den += w; if (sim >= 0.7) identityPairs++;
    parts.push({ query: is.map((i) => q.tokens[i]!.text).join(' '), candidate: b.text, similarity: round(sim), kind: 'joined' });
  });
  const covered = (tokens: NameToken[], used: Uint8Array) => tokens.every((t, k) => used[k] || !isIdentity(t));
  const qCovered = covered(q.tokens, usedQ);
  const cCovered = covered(c.tokens, usedC);
  const unmatchedQuery: string[] = [];
  const unmatchedCandidate: string[] = [];
  q.tokens.forEach((t, k) => {
    if (usedQ[k]) return;
    den += t.weight * (cCovered ? 0.25 : 0.6);
    if (isIdentity(t)) unmatchedQuery.push(t.text);
  });
  c.tokens.forEach((t, k) => {
    if (usedC[k]) return;
    den += t.weight * (qCovered ? 0.25 : 0.6);
    if (isIdentity(t)) unmatchedCandidate.push(t.text);
  });
  let score = den > 0 ? num / den : 0;
  const result: NameComparison = { score, parts, unmatchedQuery, unmatchedCandidate };

  // Names written joined or split differently ("JSCARGUMENT" / "JSC ARGUMENT", "Kim Jong Un" / 김정은).
  const joined = joinedSimilarity(q, c);
  if (joined > score && joined >= 0.8) {
    return { score: round(joined), parts: [{ query: q.original, candidate: c.original, similarity: round(joined), kind: 'joined' }], unmatchedQuery: [], unmatchedCandidate: [] };
  }

  const qWords = q.tokens.filter(isIdentity).length;
  const cWords = c.tokens.filter(isIdentity).length;
  const qNums = q.tokens.filter((t) => t.role === 'number'), cNums = c.tokens.filter((t) => t.role === 'number');
  if (qNums.length && cNums.length && !qNums.some((t, k) => usedQ[q.tokens.indexOf(t)] && k >= 0) && score > 0.5) {
    score = 0.5;
    result.capped = `the numbers differ (${qNums.map((t) => t.text).join(' ')} / ${cNums.map((t) => t.text).join(' ')})`;
  } else if (identityPairs === 0 && score > 0.4) {
    score = 0.4;
    result.capped = 'only particles, legal forms or generic words are shared';
  } else if (identityPairs === 1 && Math.max(qWords, cWords) >= 2 && score > 0.7) {
    score = 0.7;
    result.capped = 'only one name word of several is shared';
  }
  result.score = round(score);
  return result;
}

/**
 * Within one script a spelling 0.7 alike is usually another name (Behzad/Mehrzad), so the
 * distance below 0.9 counts double; across scripts such similarities are normal and count as they are.
 */
function effective(sim: number, kind: TokenMatchKind, sameScript: boolean): number {
  if (sim >= 0.9 || !sameScript || (kind !== 'spelling' && kind !== 'phonetic')) return sim;
  return Math.max(0, sim - (0.9 - sim));
}

/**
 * For each unused identity word of `xs` (five letters or more), tries runs of two or three
 * adjacent unused words of `ys` written together; pairs them when they are at least 0.8 alike.
 */
function joinPass(xs: NameToken[], ys: NameToken[], usedX: Uint8Array, usedY: Uint8Array, accept: (i: number, js: number[], sim: number) => void): void {
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (usedX[i] || x.text.length < 5 || !isIdentity(x)) continue;
    let best: { js: number[]; sim: number } | undefined;
    for (let start = 0; start < ys.length; start++) {
      for (let len = 2; len <= 3 && start + len <= ys.length; len++) {
        const js = Array.from({ length: len }, (_, k) => start + k);
        if (js.some((j) => usedY[j])) break;
        const run = js.map((j) => ys[j]!);
        const text = run.map((t) => t.text).join('');
        // Lengths too far apart cannot be 0.8 alike.
        if (text.length > x.text.length * 1.6 + 2 || text.length * 1.6 + 2 < x.text.length) continue;
        const abjad = run.every((t) => t.script === 'arabic' || t.script === 'hebrew') ? run.map((t) => t.cons).join('') : undefined;
        const s = tokenSimilarity(x, cachedForms(text, run[0]!.script, abjad));
        if (s.sim >= 0.8 && (!best || s.sim > best.sim)) best = { js, sim: s.sim };
      }
    }
    if (best) {
      usedX[i] = 1;
      for (const j of best.js) usedY[j] = 1;
      accept(i, best.js, best.sim);
    }
  }
}

/** Similarity of the two names with word breaks removed, when they break words differently. */
function joinedSimilarity(q: PreparedName, c: PreparedName): number {
  if (q.tokens.length === c.tokens.length) return 0;
  const qa = q.all, ca = c.all;
  if (Math.min(qa.text.length, ca.text.length) < 6) return 0;
  // Lengths too far apart cannot reach 0.8.
  if (Math.min(qa.text.length, ca.text.length) / Math.max(qa.text.length, ca.text.length) < 0.6) return 0;
  let best = Math.max(editSimilarity(qa.text, ca.text), editSimilarity(q.joined, c.joined));
  if (best >= 0.999) return 0.97;
  best = Math.max(best, editSimilarity(qa.key, ca.key) * 0.95);
  if (qa.script === 'hangul' || ca.script === 'hangul') best = Math.max(best, editSimilarity(koreanKey(qa.text), koreanKey(ca.text)) * 0.95);
  return best * 0.95;
}

function digits(t: string): string {
  return t.replace(/\D/g, '') || t;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
