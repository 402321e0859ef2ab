/**
 * Spelling rewrites written as regular expressions and carried out as passes over char codes.
 *
 * nameKey and consonants (phonetic.ts) each apply a list of [RegExp, replacement] in order, for
 * every listed name and every new word: as `String.replace` calls that was 1.4–3 µs a word, most of
 * their time. A Rewriter compiles the list once into literal alternatives with their
 * lookarounds and runs each rule as one pass that does what its replace does: leftmost match,
 * alternatives tried in order, no overlap, the next rule reading the last one's output.
 *
 * The regular expressions stay the specification. Only this subset is understood; anything else
 * is refused when the list is compiled (rewrites.test.ts checks every list against `replace`):
 *   ^?  alternatives of lower-case letters, each optionally followed by (?=[class]), (?=[class]?)
 *       (always true) or (?=[class]|$); or a group (?:a|b|c) with one lookahead for all;
 *   ([class])letters$ with the replacement '$1' (the letters dropped at the end after the class);
 *   flags: none (the first match only) or g.
 */

interface Alternative {
  codes: number[];
  /** Flags by char code (< 128) for the letter that must follow, or undefined when none is asked. */
  before: Uint8Array | undefined;
  /** With `before`: the end of the word also does. */
  orEnd: boolean;
  /** Flags for the letter that must come just before, with the match at the word's end ('([class])x$'). */
  after: Uint8Array | undefined;
}

interface Rule {
  alternatives: Alternative[];
  to: number[];
  /** Only at the start of the word ('^'). */
  start: boolean;
  global: boolean;
  /** Flags for the first letter of any alternative: most places of a word start none. */
  first: Uint8Array;
  /** The same as bits of a-z (see letterBits), to skip a rule whose letters the word lacks. */
  firstBits: number;
  /** The letters the replacement writes, as bits. */
  toBits: number;
}

export class Rewriter {
  private rules: Rule[];
  /** The last rewrite's codes (see apply); `spare` is a buffer of the same size for the caller's next step. */
  out = new Uint16Array(64);
  spare = new Uint16Array(64);

  constructor(list: readonly (readonly [RegExp, string])[]) {
    this.rules = list.map(([re, to]) => compile(re, to));
  }

  /** Rewrites `text`; the result is out[0..returned length). */
  apply(text: string): number {
    let n = text.length;
    if (this.out.length < 2 * n + 4) {
      this.out = new Uint16Array(2 * n + 16);
      this.spare = new Uint16Array(2 * n + 16);
    }
    let a = this.out, b = this.spare;
    // The letters the word has, and those rules have written since (a rule that removes a letter
    // leaves its bit: a pass more, never one missed): a rule none of whose alternatives can start
    // here is not run.
    let bits = 0;
    for (let i = 0; i < n; i++) {
      const c = (a[i] = text.charCodeAt(i));
      bits |= letterBit(c);
    }
    const rules = this.rules;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      if ((bits & rule.firstBits) === 0) continue;
      const m = pass(rule, a, n, b);
      if (m < 0) continue; // nothing matched: the codes stay where they are
      bits |= rule.toBits;
      n = m;
      const t = a;
      a = b;
      b = t;
    }
    this.out = a;
    this.spare = b;
    return n;
  }

  /** Rewrites `text` into a string. */
  rewrite(text: string): string {
    const n = this.apply(text);
    return codesToString(this.out, n);
  }
}

/** One rule over s[0..n), written to out; -1 when it matched nowhere (out untouched). */
function pass(rule: Rule, s: Uint16Array, n: number, out: Uint16Array): number {
  const first = rule.first, to = rule.to;
  let m = -1, done = false;
  for (let i = 0; i < n; i++) {
    const c = s[i]!;
    if (!done && c < 128 && first[c]) {
      const len = matchAt(rule, s, n, i);
      if (len > 0) {
        if (m < 0) for (m = 0; m < i; m++) out[m] = s[m]!;
        for (let k = 0; k < to.length; k++) out[m++] = to[k]!;
        i += len - 1;
        done = !rule.global;
        continue;
      }
    }
    if (m >= 0) out[m++] = c;
    else if (rule.start) return -1; // (only the first place could match)
  }
  return m;
}

/** The length of the rule's first alternative that matches at i, or 0. */
function matchAt(rule: Rule, s: Uint16Array, n: number, i: number): number {
  const alternatives = rule.alternatives;
  for (let a = 0; a < alternatives.length; a++) {
    const alt = alternatives[a]!;
    const len = alt.codes.length;
    if (i + len > n) continue;
    let k = 0;
    while (k < len && s[i + k] === alt.codes[k]) k++;
    if (k < len) continue;
    if (alt.after && (i + len !== n || i === 0 || !flagged(alt.after, s[i - 1]!))) continue;
    if (alt.before && !(i + len < n ? flagged(alt.before, s[i + len]!) : alt.orEnd)) continue;
    return len;
  }
  return 0;
}

function flagged(flags: Uint8Array, c: number): boolean {
  return c < 128 && flags[c] === 1;
}

const LETTERS = /^[a-z]+$/;
const CLASS = /^\[([a-z]+)\]$/;
const LOOKAHEAD = /^\(\?=\[([a-z]+)\](\?|\|\$)?\)$/;

/** The rule a regular expression of the understood subset stands for (see the module comment). */
function compile(re: RegExp, replacement: string): Rule {
  const refuse = (): never => {
    throw new Error(`rewrite ${re} → '${replacement}' is outside what Rewriter understands (see rewrites.ts)`);
  };
  if (re.flags !== '' && re.flags !== 'g') refuse();
  let src = re.source;
  const start = src.startsWith('^');
  if (start) src = src.slice(1);
  let alternatives: Alternative[];
  let to = replacement;
  const captured = /^\((\[[a-z]+\])\)([a-z]+)\$$/.exec(src);
  if (captured) {
    // "([aeiou])h$" → "$1": the letters go at the end after one of the class, which stays.
    if (replacement !== '$1' || start) refuse();
    alternatives = [{ codes: codesOf(captured[2]!), before: undefined, orEnd: false, after: flags(CLASS.exec(captured[1]!)![1]!) }];
    to = '';
  } else {
    const group = /^\(\?:([^()]*)\)(\(\?=[^()]*\))?$/.exec(src);
    const shared = group?.[2];
    alternatives = topLevel(group ? group[1]! : src).map((alt) => alternative(shared ? alt + shared : alt) ?? refuse());
  }
  if (!LETTERS.test(to) && to !== '') refuse();
  const first = new Uint8Array(128);
  let firstBits = 0, toBits = 0;
  for (const alt of alternatives) {
    first[alt.codes[0]!] = 1;
    firstBits |= letterBit(alt.codes[0]!);
  }
  for (const c of codesOf(to)) toBits |= letterBit(c);
  return { alternatives, to: codesOf(to), start, global: re.flags === 'g', first, firstBits, toBits };
}

/** A lower-case letter's bit (a = 1, b = 2, ...), 0 for any other code. */
function letterBit(c: number): number {
  return c >= 97 && c <= 122 ? 1 << (c - 97) : 0;
}

/** The alternatives of a pattern, split at the bars outside parentheses. */
function topLevel(src: string): string[] {
  const out: string[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '(') depth++;
    else if (src[i] === ')') depth--;
    else if (src[i] === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

function alternative(src: string): Alternative | undefined {
  const at = src.indexOf('(');
  const letters = at < 0 ? src : src.slice(0, at);
  if (!LETTERS.test(letters)) return undefined;
  const alt: Alternative = { codes: codesOf(letters), before: undefined, orEnd: false, after: undefined };
  if (at < 0) return alt;
  const look = LOOKAHEAD.exec(src.slice(at));
  if (!look) return undefined;
  // (?=[class]?) always holds: no condition.
  if (look[2] !== '?') {
    alt.before = flags(look[1]!);
    alt.orEnd = look[2] === '|$';
  }
  return alt;
}

function flags(letters: string): Uint8Array {
  const f = new Uint8Array(128);
  for (const ch of letters) f[ch.charCodeAt(0)] = 1;
  return f;
}

function codesOf(s: string): number[] {
  return Array.from(s, (ch) => ch.charCodeAt(0));
}

/**
 * The first m codes as a flat string: four codes a call up to 12 (apply over a typed array costs
 * twice as much), in one call from 13, where V8 would join the pieces into a rope, which the index
 * keeps (a joined name's key in the slips vocabulary: 35 bytes more a listed name).
 */
export function codesToString(c: Uint16Array, m: number): string {
  if (m >= 13) return String.fromCharCode.apply(null, c.subarray(0, m) as unknown as number[]);
  let s = '', i = 0;
  for (; i + 4 <= m; i += 4) s += String.fromCharCode(c[i]!, c[i + 1]!, c[i + 2]!, c[i + 3]!);
  for (; i < m; i++) s += String.fromCharCode(c[i]!);
  return s;
}
