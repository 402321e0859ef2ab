/**
 * Organisation names written with words joined or split differently: "ONER BANK" / "ONERBANK",
 * "Dae-Dong Credit Bank" / "DAEDONG CREDIT BANK", "ARYA SASOL POLYMER" / "ARYASASOL POLYMER".
 * The word-by-word alignment pairs "dong" with "daedong" at 0.59 before it can see that "dae dong"
 * written together is "daedong"; so, before comparing, adjacent words of one name whose letters
 * together are exactly one word of the other are joined.
 */
import { prepareName, type PreparedName } from '../prepare.js';

/** Prepared names rewritten with joins, reused across comparisons (bounded). */
const cache = new Map<string, PreparedName>();
const CACHE_MAX = 20_000;
/** Names already rewritten: never rewritten again (a comparison recurses at most once). */
const rewritten = new WeakSet<PreparedName>();

function prepared(text: string, like: PreparedName): PreparedName {
  const key = `${like.kind}\u0000${like.original}\u0000${text}`;
  let p = cache.get(key);
  if (!p) {
    if (cache.size >= CACHE_MAX) cache.clear();
    p = { ...prepareName(text, like.kind), original: like.original };
    rewritten.add(p);
    cache.set(key, p);
  }
  return p;
}

/**
 * The words of `x` with every run of two or three adjacent words whose letters together are a
 * word (of five letters or more) of `y` written as that one word; undefined when there is none.
 */
export function joinToMatch(x: PreparedName, y: PreparedName): string[] | undefined {
  const xs = x.tokens.map((t) => t.text);
  const targets = new Set(y.tokens.filter((t) => t.text.length >= 5 && t.role !== 'number').map((t) => t.text));
  if (!targets.size || xs.length < 2) return undefined;
  // Already one word in x: nothing to join.
  for (const w of xs) targets.delete(w);
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < xs.length; i++) {
    let joined = false;
    for (let len = 3; len >= 2 && !joined; len--) {
      if (i + len > xs.length) continue;
      const text = xs.slice(i, i + len).join('');
      if (targets.has(text)) {
        out.push(text);
        i += len - 1;
        joined = changed = true;
      }
    }
    if (!joined) out.push(xs[i]!);
  }
  return changed ? out : undefined;
}

/**
 * The two organisation names with their words joined where the other name writes them as one;
 * undefined when neither needs it (the usual case, at the cost of one set per comparison).
 */
export function alignWordBreaks(q: PreparedName, c: PreparedName): [PreparedName, PreparedName] | undefined {
  if ((q.kind !== 'org' && c.kind !== 'org') || rewritten.has(q) || rewritten.has(c)) return undefined;
  const qj = joinToMatch(q, c), cj = joinToMatch(c, q);
  if (!qj && !cj) return undefined;
  return [qj ? prepared(qj.join(' '), q) : q, cj ? prepared(cj.join(' '), c) : c];
}
