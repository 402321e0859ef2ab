/**
 * Romanisation knowledge for names, beyond a letter-by-letter transliterator:
 * - `romanize(token)`: the Latin spellings a non-Latin name token (Han, Hangul, Arabic/Persian,
 *   Hebrew, Cyrillic) is most often written with, best first ("د ا ف ي د" → "david", "davide"...);
 * - `latinVariants(token)`: the other common Latin spellings of a Latin name token
 *   ("wang" → "wong", "ong"...; "yevgeny" → "evgeny"...).
 * The spellings come from a table learned on Wikidata transliterations (data/model.json, see
 * build-model.ts) and from hand-curated surname and given-name groups (known.ts).
 */
import fs from 'node:fs';
import { toAscii } from '../text.js';
import { CHINESE_SURNAMES, groupIndex, KOREAN_SURNAMES, LATIN_GROUPS } from './known.js';
import { decode, LetterModel, type ModelData } from './model.js';
import { romanScriptOf, unitsOf } from './units.js';

export { romanScriptOf, unitsOf, type RomanScript } from './units.js';

let model: { data: ModelData; lm: LetterModel } | undefined;

function loadModel(): { data: ModelData; lm: LetterModel } {
  if (!model) {
    const data = JSON.parse(fs.readFileSync(new URL('./data/model.json', import.meta.url), 'utf8')) as ModelData;
    model = { data, lm: new LetterModel(data.trigrams) };
  }
  return model;
}

let nativeSurnames: Map<string, string[]> | undefined;
let latinGroups: Map<string, string[]> | undefined;
let skeletons: Map<string, string[][]> | undefined;

/** Latin consonants as an abjad writes them: vowels dropped, doubled letters once ("mohammed" → "mhmd"). */
export function latinSkeleton(s: string): string {
  return s.replace(/kh/g, 'h').replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
}

/** Skeleton → the first two spellings of each name group with that skeleton (the standard forms). */
function skeletonIndex(): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const line of LATIN_GROUPS) {
    const words = line.split(' ').map((w) => w.replace(/-/g, ''));
    for (const w of words) {
      const k = latinSkeleton(w);
      if (k.length < 2) continue;
      const list = out.get(k) ?? [];
      if (!list.some((names) => names[0] === words[0])) list.push(words.slice(0, 2));
      out.set(k, list);
    }
  }
  return out;
}

/** Arabic and Persian letters as the consonants a Latin spelling writes (latinSkeleton's classes). */
const ARABIC_LATIN: Record<string, string> = {
  ب: 'b', پ: 'p', ت: 't', ث: 'th', ج: 'j', چ: 'ch', ح: 'h', خ: 'h', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', ژ: 'zh',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ک: 'k', گ: 'g', ل: 'l',
  م: 'm', ن: 'n', ه: 'h', ہ: 'h',
};

/** The Latin consonant skeleton of an Arabic token: long vowels, ayn and hamza silent; initial ya is "y", initial waw "w". */
function arabicSkeleton(units: readonly string[]): string {
  let s = '';
  units.forEach((u, i) => {
    if (i === 0 && (u === 'ي' || u === 'ی')) s += 'y';
    else if (i === 0 && u === 'و') s += 'w';
    else if (!(i === units.length - 1 && (u === 'ه' || u === 'ہ'))) s += ARABIC_LATIN[u] ?? '';
  });
  return latinSkeleton(s);
}

/**
 * The abjad omits short vowels, so "يوسف" decodes as "yosf": a known name with exactly those
 * consonants (yusuf, yousef) is put first, when no other known name shares them (محمد and
 * محمود are both m-h-m-d). Arabic is read by a letter table, Hebrew by its best decoded spelling.
 */
function knownAbjadNames(script: 'arabic' | 'hebrew', units: readonly string[], best: string | undefined): string[] {
  skeletons ??= skeletonIndex();
  const names = skeletons.get(script === 'arabic' ? arabicSkeleton(units) : latinSkeleton(best ?? ''));
  return names && names.length === 1 ? names[0]! : [];
}

/**
 * The standard spelling of an Arabic or Hebrew token when it is a known name with unambiguous
 * consonants, else undefined. Only table knowledge, never a guess: يوسف → "yusuf", משה → "moshe".
 */
export function knownSpelling(token: string): string | undefined {
  const script = romanScriptOf(token);
  if (script !== 'arabic' && script !== 'hebrew') return undefined;
  const units = unitsOf(token);
  if (units.length < 2) return undefined;
  let best: string | undefined;
  if (script === 'hebrew') {
    const { data, lm } = loadModel();
    const table = data.scripts.hebrew;
    best = table ? decode(units, table, lm, (u) => toAscii(u), 24, 1)[0]?.text : undefined;
  }
  return knownAbjadNames(script, units, best)[0];
}

/** The document spellings of a known Chinese or Korean surname (one character): 陳 → chen, chan, tan... */
export function knownSurnameSpellings(ch: string): readonly string[] | undefined {
  nativeSurnames ??= groupIndex([...CHINESE_SURNAMES, ...KOREAN_SURNAMES], true);
  return nativeSurnames.get(ch);
}

/** Results are cached: a screening run romanises the same few thousand name words again and again. */
const cache = new Map<string, readonly string[]>();
const CACHE_MAX = 50_000;

/**
 * Up to `limit` lower-case ASCII spellings of a non-Latin name token, best first; empty for a
 * Latin token or a script this module does not know. A known Chinese or Korean surname comes
 * with its document spellings first (김 → "kim", "gim"...).
 */
export function romanize(token: string, limit = 5): readonly string[] {
  const key = `${limit}\u0000${token}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const script = romanScriptOf(token);
  const units = script ? unitsOf(token) : [];
  const out: string[] = [];
  if (script && units.length) {
    if (script === 'han' || script === 'hangul') {
      nativeSurnames ??= groupIndex([...CHINESE_SURNAMES, ...KOREAN_SURNAMES], true);
      const known = units.length === 1 ? nativeSurnames.get(units[0]!) : undefined;
      // A lone Korean surname is written the passport way first (Kim, Lee, Park), then RR.
      if (known) out.push(...(script === 'hangul' && known.length > 1 ? [known[1]!, known[0]!, ...known.slice(2)] : known));
    }
    const { data, lm } = loadModel();
    const table = data.scripts[script];
    const guesses = table ? decode(units, table, lm, (u) => toAscii(u), 24, limit).map((h) => h.text) : [];
    if (script === 'arabic' || script === 'hebrew') out.push(...knownAbjadNames(script, units, guesses[0]));
    const plain = toAscii(token);
    // Native Chinese and Korean names are written in Pinyin and Revised Romanisation, which is
    // what the plain transliteration gives: it goes second, after the best learned spelling.
    if ((script === 'han' || script === 'hangul') && plain && guesses[0] !== plain) guesses.splice(1, 0, plain);
    for (const g of guesses) if (!out.includes(g)) out.push(g);
    if (plain && !out.includes(plain)) out.push(plain);
  }
  const result = Object.freeze(out.slice(0, limit));
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, result);
  return result;
}

/** Russian surname endings as German, French and older English documents write them. */
const SUFFIXES: readonly [RegExp, readonly string[]][] = [
  [/(.{3,})ov$/, ['off', 'ow']],
  [/(.{3,})ev$/, ['eff', 'ew', 'yev']],
  [/(.{3,})off$/, ['ov']],
  [/(.{3,})ow$/, ['ov']],
  [/(.{3,})skiy$/, ['sky', 'ski', 'skii']],
  [/(.{3,})sky$/, ['skiy', 'ski', 'skii']],
  [/(.{3,})ski$/, ['sky', 'skiy']],
  [/(.{3,})ova$/, ['owa']],
];

/**
 * Other common Latin spellings of a Latin name token, without the token itself ("wang" →
 * "wong", "ong", "heng"...; "ivanov" → "ivanoff", "ivanow"). Empty when none is known.
 */
export function latinVariants(token: string): readonly string[] {
  latinGroups ??= groupIndex([...LATIN_GROUPS, ...CHINESE_SURNAMES, ...KOREAN_SURNAMES].map((l) => l.split(' ').filter((w) => /^[a-z-]+$/.test(w)).join(' ')));
  const t = toAscii(token);
  const out = [...(latinGroups.get(t) ?? [])];
  for (const [re, ends] of SUFFIXES) {
    const m = re.exec(t);
    if (m) for (const e of ends) out.push(m[1] + e);
  }
  return [...new Set(out)].filter((v) => v !== t);
}

/**
 * The Latin spellings of each known name as one space-separated line per name (Chinese and
 * Korean surnames, Arabic, Persian, Hebrew and Russian given names), for the engine's variant
 * groups (src/matching/variants.ts): "chen chan tan chin chun ding", "gim kim"...
 */
export function romanisationGroups(): readonly string[] {
  return [...CHINESE_SURNAMES, ...KOREAN_SURNAMES, ...LATIN_GROUPS]
    .map((l) => l.split(' ').filter((w) => /^[a-z-]+$/.test(w)).map((w) => w.replace(/-/g, '')))
    .filter((words) => words.length > 1)
    .map((words) => words.join(' '));
}
