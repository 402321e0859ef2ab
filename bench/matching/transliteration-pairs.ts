/**
 * Cross-script full-name pairs composed from the Wikidata token transliterations
 * (../shared/data/names/transliteration, CC0): a Latin name of two or three tokens against the
 * same tokens written in Arabic, Chinese, Russian, Hebrew or Korean (positives), and against the
 * same name with one token swapped for a clearly different name (negatives, hard by design:
 * they share all other tokens).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATA } from './lists.js';
import type { Entity } from '../../src/model/entity.js';
import type { Matcher } from './matcher.js';
import { makePair, pe, type Pair } from './pair.js';
import { Rng } from './rng.js';

export const TRANSLIT_SCRIPTS = ['arabic', 'chinese', 'russian', 'hebrew', 'korean'] as const;

interface Token {
  latin: string;
  script: string;
}

function readTokens(lang: string): Token[] {
  const file = path.join(DATA, `names/transliteration/coling2018_wd_${lang}_20.tsv`);
  const seen = new Set<string>();
  const out: Token[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [latin, chars] = line.split('\t');
    if (!latin || !chars || latin.length < 3 || !/^[a-zà-ÿ'-]+$/i.test(latin)) continue;
    const script = chars.split(' ').join('');
    if (seen.has(latin)) continue;
    seen.add(latin);
    out.push({ latin, script });
  }
  return out;
}

const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** Foreign names in Chinese separate their parts with a middle dot; the others with spaces. */
function render(lang: string, tokens: Token[]): string {
  const parts = tokens.map((t) => (lang === 'russian' ? cap(t.script) : t.script));
  return parts.join(lang === 'chinese' ? '·' : ' ');
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** A replacement token that is clearly another name: different script form, Latin at least 40% edited. */
function clearlyDifferent(a: Token, b: Token): boolean {
  if (a.script === b.script || a.latin === b.latin) return false;
  return levenshtein(a.latin, b.latin) / Math.max(a.latin.length, b.latin.length) >= 0.4;
}

export function transliterationPairs(perScript: number, rng: Rng): Pair[] {
  const out: Pair[] = [];
  for (const lang of TRANSLIT_SCRIPTS) {
    const tokens = readTokens(lang);
    const source = `names/transliteration/coling2018_wd_${lang}_20.tsv`;
    for (let i = 0; i < perScript; i++) {
      const n = rng.chance(0.6) ? 2 : 3;
      const name = Array.from({ length: n }, () => rng.pick(tokens));
      const latin = name.map((t) => cap(t.latin)).join(' ');
      const group = `translit:${lang}:${latin}`;
      const latinFirst = rng.chance(0.5);
      const pos = [pe('Person', latin), pe('Person', render(lang, name))] as const;
      out.push(makePair(latinFirst ? pos[0] : pos[1], latinFirst ? pos[1] : pos[0], true, { source, kind: 'translit', group }));
      // The negative: the same name with one token replaced by a clearly different one.
      const k = rng.int(n);
      let other = rng.pick(tokens);
      while (!clearlyDifferent(name[k]!, other)) other = rng.pick(tokens);
      const changed = name.map((t, j) => (j === k ? other : t));
      const neg = [pe('Person', latin), pe('Person', render(lang, changed))] as const;
      out.push(makePair(latinFirst ? neg[0] : neg[1], latinFirst ? neg[1] : neg[0], false, { source, kind: 'translit-one-token-differs', group }));
    }
  }
  return out;
}

/**
 * One name word against its transcription, as the Wikidata sets give them (Henderson / 亨德森,
 * Cummings / 커밍스, Reade / Рид): a document or a list that carries a single name, or a name
 * written without its word breaks. Per script: the share of words that reach the review
 * threshold against their own transcription (recall; the sets have some misaligned rows, so 1.0
 * is out of reach), and against a clearly different word's (false matches).
 */
export function transliteratedWords(m: Matcher, perScript: number, seed = 11): Record<string, { words: number; recallAtReview: number; falseMatchAtReview: number }> {
  const rng = new Rng(seed);
  const out: Record<string, { words: number; recallAtReview: number; falseMatchAtReview: number }> = {};
  const person = (name: string) => ({ id: name, ...pe('Person', name) }) as unknown as Entity;
  for (const lang of TRANSLIT_SCRIPTS) {
    const tokens = readTokens(lang);
    let found = 0, wrong = 0;
    for (let i = 0; i < perScript; i++) {
      const t = rng.pick(tokens);
      let other = rng.pick(tokens);
      while (!clearlyDifferent(t, other)) other = rng.pick(tokens);
      const native = lang === 'russian' ? cap(t.script) : t.script;
      if (m.compare(person(cap(t.latin)), person(native)).score >= m.thresholds.review) found++;
      if (m.compare(person(cap(t.latin)), person(lang === 'russian' ? cap(other.script) : other.script)).score >= m.thresholds.review) wrong++;
    }
    out[lang] = { words: perScript, recallAtReview: Math.round((found / perScript) * 1000) / 1000, falseMatchAtReview: Math.round((wrong / perScript) * 1000) / 1000 };
  }
  return out;
}
