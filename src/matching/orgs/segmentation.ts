/**
 * Organisation names written with words joined or split differently: "ONER BANK" / "ONERBANK",
 * "Dae-Dong Credit Bank" / "DAEDONG CREDIT BANK", "ARYA SASOL POLYMER" / "ARYASASOL POLYMER".
 * The word-by-word alignment pairs "dong" with "daedong" at 0.59 before it can see that "dae dong"
 * written together is "daedong"; so, before comparing, adjacent words of one name whose letters
 * together are exactly one word of the other are joined, and adjacent words whose initials are an
 * acronym written in the other name are read as that acronym.
 */
import { preparedName, prepareName, type PreparedName } from '../prepare.js';
import { PARTICLES } from '../vocab.js';
import { ORG_CONNECTORS } from './generic-words.js';

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
    p = preparedName({ ...prepareName(text, like.kind), original: like.original });
    rewritten.add(p);
    cache.set(key, p);
  }
  return p;
}

/** Words skipped by acronyms: "Islamic State of Iraq and the Levant" is ISIL. */
const SKIPPED = new Set([...PARTICLES, ...ORG_CONNECTORS]);

/** The initials of the run of words, or undefined when it starts or ends on a skipped word. */
function runInitials(xs: string[], start: number, len: number): string | undefined {
  if (SKIPPED.has(xs[start]!) || SKIPPED.has(xs[start + len - 1]!)) return undefined;
  let out = '';
  for (let k = start; k < start + len; k++) if (!SKIPPED.has(xs[k]!)) out += xs[k]![0];
  return out;
}

/**
 * The words of `x` with every run of two or three adjacent words whose letters together are a
 * word (of five letters or more) of `y` written as that one word, and every run of three to six
 * words whose initials are an acronym (three to six letters) in `y` written as that acronym
 * ("STATE RESEARCH AND PRODUCTION ENTERPRISE" / "SRPE", "ISLAMIC REVOLUTIONARY GUARD CORPS" /
 * "IRGC"); undefined when there is none.
 */
export function joinToMatch(x: PreparedName, y: PreparedName): string[] | undefined {
  const xs = x.tokens.map((t) => t.text);
  const targets = new Set(y.tokens.filter((t) => t.text.length >= 5 && t.role !== 'number').map((t) => t.text));
  const acronyms = new Set(y.tokens.filter((t) => t.role === 'word' && t.text.length >= 3 && t.text.length <= 6).map((t) => t.text));
  if ((!targets.size && !acronyms.size) || xs.length < 2) return undefined;
  // Already one word in x: nothing to join.
  for (const w of xs) { targets.delete(w); acronyms.delete(w); }
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < xs.length; i++) {
    let joined = false;
    for (let len = Math.min(xs.length - i, 8); len >= 3 && acronyms.size && !joined; len--) {
      // A whole name read as its acronym is the derived acronym's (weaker) business, not this.
      if (len === xs.length) continue;
      const initials = runInitials(xs, i, len);
      if (initials && initials.length >= 3 && acronyms.has(initials)) {
        out.push(initials);
        i += len - 1;
        joined = changed = true;
      }
    }
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

/** What joinToMatch reads of one name, worked out once per prepared name (see mayJoin). */
interface Breaks {
  words: Set<string>;
  /** Every run of two or three adjacent words written together, and every run's initials joinToMatch could read as an acronym. */
  joins: string[];
  initials: string[];
  /** Words another name's runs could join to (joinToMatch's targets) and be the initials of (its acronyms). */
  targets: Set<string>;
  acronyms: Set<string>;
}
const breaksOf = new WeakMap<PreparedName, Breaks>();
function breaks(n: PreparedName): Breaks {
  let b = breaksOf.get(n);
  if (b) return b;
  const xs = n.tokens.map((t) => t.text);
  const joins: string[] = [], initials: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let len = 2; len <= 3 && i + len <= xs.length; len++) joins.push(xs.slice(i, i + len).join(''));
    for (let len = Math.min(xs.length - i, 8); len >= 3; len--) {
      if (len === xs.length) continue;
      const r = runInitials(xs, i, len);
      if (r && r.length >= 3) initials.push(r);
    }
  }
  b = {
    words: new Set(xs), joins, initials,
    targets: new Set(n.tokens.filter((t) => t.text.length >= 5 && t.role !== 'number').map((t) => t.text)),
    acronyms: new Set(n.tokens.filter((t) => t.role === 'word' && t.text.length >= 3 && t.text.length <= 6).map((t) => t.text)),
  };
  breaksOf.set(n, b);
  return b;
}

/**
 * Whether joinToMatch(x, y) can find anything: some run of x, written together or read as
 * initials, is a word of y that x does not have already. Most pairs of organisation names have
 * none, and this is read from sets made once per name where joinToMatch makes its own every time.
 */
function mayJoin(x: PreparedName, y: PreparedName): boolean {
  if (x.tokens.length < 2) return false;
  const bx = breaks(x), by = breaks(y);
  for (const j of bx.joins) if (by.targets.has(j) && !bx.words.has(j)) return true;
  for (const r of bx.initials) if (by.acronyms.has(r) && !bx.words.has(r)) return true;
  return false;
}

/**
 * The two organisation names with their words joined where the other name writes them as one;
 * undefined when neither needs it (the usual case, at the cost of one set per comparison).
 */
export function alignWordBreaks(q: PreparedName, c: PreparedName): [PreparedName, PreparedName] | undefined {
  if ((q.kind !== 'org' && c.kind !== 'org') || rewritten.has(q) || rewritten.has(c)) return undefined;
  if (!mayJoin(q, c) && !mayJoin(c, q)) return undefined;
  const qj = joinToMatch(q, c), cj = joinToMatch(c, q);
  if (!qj && !cj) return undefined;
  return [qj ? prepared(qj.join(' '), q) : q, cj ? prepared(cj.join(' '), c) : c];
}
