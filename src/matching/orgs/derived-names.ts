/**
 * Further names an organisation's listed or queried name implies, so that the usual name
 * comparison can meet them:
 * - the name without its bracketed parts: lists append acronyms and qualifiers in brackets
 *   ("DAEDONG CREDIT BANK (DCB)", "HANIFA MONEY EXCHANGE OFFICE (BRANCH LOCATED IN ...)") that
 *   a query seldom repeats, and each such word would otherwise count as missing;
 * - a bracketed acronym on its own ("DCB"): the organisation is known by it;
 * - the initials of a long name ("Islamic Republic of Iran Shipping Lines" → "IRISL"), so that a
 *   query written as the acronym meets the full name and the other way round.
 * - the name with its Japanese or Chinese company word set apart ("CST有限会社" → "CST 有限会社"):
 *   written without spaces, the legal form would be glued to the name into one long word.
 * Derived names are weaker than the names they come from (see DERIVED_STRENGTH).
 */
import { tokenize } from '../text.js';
import { LEGAL_FORMS, PARTICLES } from '../vocab.js';
import { namesCountry } from './places.js';

export interface DerivedName {
  value: string;
  /** "unbracketed" (the name without its bracketed parts), "acronym" or "spaced" (CJK legal form set apart). */
  property: 'unbracketed' | 'acronym' | 'spaced' | 'bracketedAlias';
}

/** How far a match on a derived name may be trusted (an acronym is short and less certain). */
export const DERIVED_STRENGTH: Record<DerivedName['property'], number> = { unbracketed: 0.97, acronym: 0.8, spaced: 1, bracketedAlias: 0.97 };

/** Japanese and Chinese company words, longest first (公開株式会社 before 株式会社). */
const CJK_LEGAL = /(公開株式会社|株式会社|有限会社|股份有限公司|有限公司)/g;

/** A Latin letter or digit written against a Han or kana one ("CST有限会社", "TsST有限"): a word break. */
const LATIN_CJK = /([A-Za-z0-9])(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}])|([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}])(?=[A-Za-z0-9])/gu;


/** The bracketed parts of a name, as written ("DCB", "BRANCH LOCATED IN ..."). */
function bracketed(name: string): string[] {
  return [...name.matchAll(/[([{（]([^)\]}）]*)[)\]}）]/g)].map((m) => m[1]!.trim()).filter(Boolean);
}

/** Top-level bracketed parts, nested brackets kept inside ("(هيئة تحرير الشام (original script); Hay'at ...)"). */
function topLevelBracketed(name: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    if ('([{（'.includes(ch)) { if (depth++ === 0) start = i + 1; }
    else if (')]}）'.includes(ch) && depth > 0 && --depth === 0) out.push(name.slice(start, i));
  }
  return out;
}

/** What lists write before a list of other names: "a.k.a.", "also known as", 別称 (Japanese "alias"). */
const AKA = /^\s*(?:a\.?\s?k\.?\s?a\.?|also known as|f\.?\s?k\.?\s?a\.?|formerly|別称)[\s:,、]*/i;

/**
 * Other names listed inside brackets, separated by ";" or "、" ("جبهة النصرة (the Victory Front; Jabhat
 * al-Nusrah; Al-Nusra Front)", "（別称、有限会社TsST、有限会社CST）"): each is a name of the organisation.
 * Commas do not separate them: "(BRANCH LOCATED IN ALBU KAMAL, SYRIAN ARAB REPUBLIC)" is one qualifier.
 */
export function bracketedAliases(name: string): string[] {
  const out: string[] = [];
  for (const part of topLevelBracketed(name)) {
    if (!/[;、]/.test(part)) continue;
    for (let piece of part.split(/[;、]/)) {
      piece = piece.replace(AKA, '').replace(/\(\s*original script\s*\)/gi, '').trim();
      if (tokenize(piece).length && !out.includes(piece)) out.push(piece);
    }
  }
  return out;
}

/** Letters of an acronym: one Latin word of 3 to 8 letters (digits allowed after the first). */
function asAcronym(s: string): string | undefined {
  const t = tokenize(s);
  if (t.length !== 1 || t[0]!.script !== 'latin') return undefined;
  const text = t[0]!.text;
  return /^[a-z][a-z0-9]{2,7}$/.test(text) ? text : undefined;
}

/**
 * Initials of the name's words, without particles ("of", "al"), legal forms and single letters ("S.A. de C.V."), when the name
 * has three to eight such words; undefined otherwise (two initials name nothing).
 */
export function initialsOf(name: string): string | undefined {
  const words = tokenize(name).filter((t) => t.script === 'latin' && !PARTICLES.has(t.text) && !LEGAL_FORMS[t.text] && /^[a-z][a-z]/.test(t.text));
  if (words.length < 3 || words.length > 8) return undefined;
  return words.map((w) => w.text[0]).join('');
}

/** The name with Japanese and Chinese company words, and Latin letters written against Han or kana, set apart. */
function spacedOut(name: string): string {
  return name.replace(CJK_LEGAL, ' $1 ').replace(LATIN_CJK, '$1$2 ').replace(/\s+/g, ' ').trim();
}

/** The name without its top-level bracketed parts (nested brackets go with them). */
function withoutBrackets(name: string): string {
  let out = '', depth = 0;
  for (const ch of name) {
    if ('([{（'.includes(ch)) { depth++; out += ' '; }
    else if (')]}）'.includes(ch) && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The names one organisation name implies (none when it implies nothing new). */
export function orgDerivedNames(name: string): DerivedName[] {
  const out: DerivedName[] = [];
  const parts = bracketed(name);
  const outside = withoutBrackets(name);
  // (Not when a bracket names a country: that is which branch it is, "AL-HARAMAIN FOUNDATION (PAKISTAN)", orgs/places.ts.)
  if (parts.length && tokenize(outside).length && !parts.some(namesCountry)) out.push({ value: outside, property: 'unbracketed' });
  for (const p of parts) {
    const acro = asAcronym(p);
    if (acro) out.push({ value: acro.toUpperCase(), property: 'acronym' });
  }
  for (const a of bracketedAliases(name)) if (!out.some((d) => d.value === a)) out.push({ value: spacedOut(a), property: 'bracketedAlias' });
  const spaced = spacedOut(name);
  if (spaced !== name.replace(/\s+/g, ' ').trim()) out.push({ value: spaced, property: 'spaced' });
  // A name that is itself one word is not given initials; a long name is.
  const initials = initialsOf(outside || name);
  if (initials && !out.some((d) => d.value.toLowerCase() === initials)) out.push({ value: initials.toUpperCase(), property: 'acronym' });
  return out;
}

interface ComparedName { property: string; transcribed?: boolean; tokens: { text: string; script: string; native?: boolean }[] }

function eastAsian(n: ComparedName): boolean {
  return n.tokens.some((t) => t.native || t.script === 'han' || t.script === 'hangul');
}

/**
 * Whether two names of a query and a listed entity may be compared: two derived names never are
 * (two long names with the same initials are not the same organisation; the full names say more),
 * and an acronym only meets a name that is that same acronym, letter for letter ("one letter
 * off" in four letters is another organisation).
 */
export function mayCompareNames(q: ComparedName, c: ComparedName): boolean {
  // A one-word Chinese or Korean name read as a foreign name transcribed meets names in other
  // scripts only: against Han or Hangul (or a Korean name in Cyrillic) the native reading counts.
  if (q.transcribed ? eastAsian(c) : c.transcribed && eastAsian(q)) return false;
  const qd = q.property in DERIVED_STRENGTH, cd = c.property in DERIVED_STRENGTH;
  if (!qd && !cd) return true;
  // Two derived names are never compared, except an acronym and a name that is that acronym once its
  // brackets are dropped ("EKT (KATRANGI BROS)" is "EKT", the initials of "ELECTRONICS KATRANGI TRADING").
  if (qd && cd && !(q.property === 'acronym' && c.property === 'unbracketed') && !(c.property === 'acronym' && q.property === 'unbracketed')) return false;
  const acro = q.property === 'acronym' ? q : c.property === 'acronym' ? c : undefined;
  if (!acro) return true;
  const other = acro === q ? c : q;
  return other.tokens.length === 1 && other.tokens[0]!.text === acro.tokens[0]!.text;
}
