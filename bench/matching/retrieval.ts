/**
 * Alias retrieval: index UN + OFAC, query every sampled listed entity by one of its names, plain,
 * with one typo, with a name part dropped, and with the name order swapped; and original-script
 * names against Latin, both ways (against the UN list alone, which carries them). Reports recall at the review threshold and the rank of the
 * right entity (ties count in its favour: the same person is often listed by both UN and OFAC).
 */
import type { Entity } from '../../src/model/entity.js';
import type { Hit } from '../../src/matching/types.js';
import { allNames } from './lists.js';
import type { Matcher, SearchIndex } from './matcher.js';
import { Rng } from './rng.js';
import { scriptOf } from './scripts.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One edit (substitute, delete, insert, transpose) inside a token of four or more letters, not its first letter. */
export function typo(name: string, rng: Rng): string {
  const tokens = name.split(' ');
  const long = tokens.map((t, i) => [t, i] as const).filter(([t]) => /^[\p{L}]{4,}/u.test(t));
  if (!long.length) return name;
  const [tok, i] = rng.pick(long);
  const p = 1 + rng.int(tok.length - 1);
  const c = LETTERS[rng.int(26)]!;
  const cased = tok === tok.toUpperCase() ? c.toUpperCase() : c;
  const edits = [
    () => tok.slice(0, p) + cased + tok.slice(p + 1),
    () => tok.slice(0, p) + tok.slice(p + 1),
    () => tok.slice(0, p) + cased + tok.slice(p),
    () => (p < tok.length - 1 ? tok.slice(0, p) + tok[p + 1] + tok[p] + tok.slice(p + 2) : tok.slice(0, p) + cased),
  ];
  let out = rng.pick(edits)();
  if (out === tok) out = tok.slice(0, p) + tok.slice(p + 1);
  return tokens.map((t, j) => (j === i ? out : t)).join(' ');
}

const plainTokens = (name: string) => name.replace(',', ' ').split(/\s+/).filter(Boolean);

/** Drops one name part other than the first, when three or more remain meaningful. */
export function dropPart(name: string, rng: Rng): string | undefined {
  const t = plainTokens(name);
  if (t.length < 3) return undefined;
  const k = 1 + rng.int(t.length - 1);
  return t.filter((_, i) => i !== k).join(' ');
}

/** "SURNAME, Given Names" -> "Given Names SURNAME"; "A B C" -> "C A B". */
export function swapOrder(name: string): string | undefined {
  if (name.includes(',')) {
    const [s, g] = name.split(',', 2);
    return g?.trim() ? `${g.trim()} ${s!.trim()}` : undefined;
  }
  const t = plainTokens(name);
  return t.length >= 2 ? [t[t.length - 1], ...t.slice(0, -1)].join(' ') : undefined;
}

interface Outcome {
  found: boolean;
  rank?: number;
}

function outcome(hits: Hit[], target: string, review: number): Outcome {
  const h = hits.find((x) => x.entity.id === target);
  if (!h) return { found: false };
  return { found: h.score >= review, rank: 1 + hits.filter((x) => x.score > h.score).length };
}

function summary(outcomes: Outcome[]) {
  const n = outcomes.length;
  const ranks = outcomes.map((o) => o.rank).filter((r): r is number => r !== undefined);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    queries: n,
    recallAtReview: r3(outcomes.filter((o) => o.found).length / n),
    recallAt1: r3(ranks.filter((r) => r === 1).length / n),
    recallAt10: r3(ranks.length / n),
    meanRankWhenRetrieved: r3(ranks.reduce((a, b) => a + b, 0) / Math.max(1, ranks.length)),
    mrr: r3(ranks.reduce((a, r) => a + 1 / r, 0) / n),
  };
}

function build(m: Matcher, entities: Entity[]): SearchIndex {
  const index = m.newIndex();
  for (const e of entities) index.add(e);
  return index;
}

const withNames = (e: Entity, keep: (n: string) => boolean): Entity => {
  const properties = { ...e.properties };
  for (const p of ['name', 'alias', 'weakAlias', 'previousName']) {
    const v = (properties[p] ?? []).filter(keep);
    if (v.length) properties[p] = v;
    else delete properties[p];
  }
  // A listed entity always has a primary name: promote the first remaining one.
  if (!properties.name) {
    const [first] = ['alias', 'weakAlias', 'previousName'].flatMap((p) => properties[p] ?? []);
    if (first) properties.name = [first];
  }
  return { ...e, properties };
};

export interface RetrievalFailure {
  variant: string;
  query: string;
  target: string;
  targetName: string;
  top?: { id: string; name?: string; score: number };
}

export function aliasRetrieval(m: Matcher, listed: Entity[], sample: number, seed = 7) {
  const rng = new Rng(seed);
  const t0 = performance.now();
  const index = build(m, listed);
  const buildMs = performance.now() - t0;
  const review = m.thresholds.review;
  const fails: RetrievalFailure[] = [];
  const run = (variant: string, e: Entity, q: string, idx: SearchIndex = index): Outcome => {
    const hits = idx.search({ id: 'query', schema: e.schema, properties: { name: [q] } }, { limit: 10, thresholds: m.thresholds, minScore: 0 });
    const o = outcome(hits, e.id, review);
    if (!o.found && fails.length < 2000) fails.push({ variant, query: q, target: e.id, targetName: allNames(e)[0]!, top: hits[0] && { id: hits[0].entity.id, name: hits[0].matchedName, score: Math.round(hits[0].score * 1000) / 1000 } });
    return o;
  };
  const names = listed.flatMap((e) => ['name', 'alias'].flatMap((p) => (e.properties[p] ?? []).filter((n) => scriptOf(n) === 'latin').map((n) => [e, n] as const)));
  const picked = rng.sample(names, sample);
  const byVariant: Record<string, Outcome[]> = { plain: [], typo: [], droppedPart: [], swappedOrder: [] };
  for (const [e, n] of picked) {
    byVariant.plain!.push(run('plain', e, n));
    byVariant.typo!.push(run('typo', e, typo(n, rng)));
    const d = dropPart(n, rng);
    if (d) byVariant.droppedPart!.push(run('dropped part', e, d));
    const s = swapOrder(n);
    if (s) byVariant.swappedOrder!.push(run('swapped order', e, s));
  }
  // Across scripts, both ways: original-script query against Latin-only listings, and back.
  const withOriginal = listed.filter((e) => allNames(e).some((n) => scriptOf(n) !== 'latin') && allNames(e).some((n) => scriptOf(n) === 'latin'))
    .filter((e, _, all) => all.filter((x) => x.provenance?.list === e.provenance?.list).length >= 20);
  const ids = new Set(withOriginal.map((e) => e.id));
  // Only the lists that carry original-script names (UN; a list with a stray one or two does not
  // count): OFAC lists many of the same people under their Latin names, and that other record
  // would rightly rank first.
  const lists = new Set(withOriginal.map((e) => e.provenance?.list));
  const pool = listed.filter((e) => lists.has(e.provenance?.list));
  const latinOnly = build(m, pool.map((e) => withNames(e, (n) => scriptOf(n) === 'latin')));
  const originalOnly = build(m, pool.map((e) => (ids.has(e.id) ? withNames(e, (n) => scriptOf(n) !== 'latin') : e)));
  const originalToLatin = withOriginal.map((e) => run('original script -> Latin', e, allNames(e).find((n) => scriptOf(n) !== 'latin')!, latinOnly));
  const latinToOriginal = withOriginal.map((e) => run('Latin -> original script', e, allNames(e).find((n) => scriptOf(n) === 'latin')!, originalOnly));
  return {
    crossScriptIndexedEntities: pool.length,
    indexedEntities: listed.length,
    indexedNames: listed.reduce((a, e) => a + allNames(e).length, 0),
    indexBuildMs: Math.round(buildMs),
    reviewThreshold: review,
    ...Object.fromEntries(Object.entries(byVariant).map(([k, v]) => [k, summary(v)])),
    originalScriptToLatin: summary(originalToLatin),
    latinToOriginalScript: summary(latinToOriginal),
    failures: fails,
  };
}
