/**
 * One person's name value as lists and queries write it can hold several names or a note:
 * - spellings separated by ";" ("Husain Salimi; Hosain Salimi; Hossein Salimi"): each is a name;
 * - the same name in another script, or other names, in brackets ("Abou Mouhadjir (ابو مهاجر)",
 *   "حسن غول (Hassan Ghul; Hassan Gul)"): each is a name, and so is the name outside them;
 * - a note in brackets ("Encep Nurjaman (birth name)", "(previously listed as)", "(third)"): not
 *   part of the name; left out;
 * - the name written in Latin letters and again in another script, side by side ("Agha Jan
 *   Alizai اغا جان عالیزی"): each is a name;
 * - a father named after "son of" ("Akhter Mohmad son of Noor Mohmad"): the person's own name
 *   comes first, and the whole without the words "son of" is a name too;
 * - a note on birth after it (", born in Kandahar on 01 Jan.1967"): left out.
 * Compared whole, such a value matches none of its names well: every other word counts as missing.
 */
import { tokenize } from './text.js';

/** Words of the notes that lists put in brackets after a name. */
const NOTE_WORDS = new Set([
  'birth', 'name', 'names', 'previously', 'formerly', 'listed', 'as', 'original', 'script', 'also', 'known', 'aka', 'fka', 'alias', 'aliases',
  'maiden', 'nee', 'born', 'deceased', 'late', 'first', 'second', 'third', 'fourth', 'jr', 'sr', 'junior', 'senior', 'spelling', 'variant',
  'transliteration', 'in', 'of', 'the', 'a', 'k', 'f', 'reportedly', 'possibly', 'probably', 'used', 'uses', 'nickname', 'nom', 'de', 'guerre',
]);

/** A label before names inside brackets: "original script:", "a.k.a.", "also known as". */
const LABEL = /^\s*(?:original script|a\.?\s?k\.?\s?a\.?|also known as|f\.?\s?k\.?\s?a\.?|formerly|previously)\s*[:,]?\s*/i;

/** Top-level bracketed parts of a value and the value without them (nested brackets stay inside). */
function splitBrackets(value: string): { outside: string; inside: string[] } {
  let outside = '', depth = 0, start = 0;
  const inside: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if ('([{（'.includes(ch)) {
      if (depth++ === 0) start = i + 1;
    } else if (')]}）'.includes(ch) && depth > 0) {
      if (--depth === 0) { inside.push(value.slice(start, i)); outside += ' '; }
    } else if (depth === 0) outside += ch;
  }
  // An unclosed bracket: its text stays a name (the brackets themselves are punctuation).
  if (depth > 0) outside += ' ' + value.slice(start);
  return { outside, inside };
}

/** Latin letters, and letters of another script, in one value. */
const LATIN_WORD = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{S}]+$/u;
const MIXED = /\p{Script=Latin}.*\s.*[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]|[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}].*\s.*\p{Script=Latin}/u;
const NON_LATIN_LETTER = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** (MIXED, slow on its .*, only for a value with letters of both kinds: few names.) */
function isMixed(value: string): boolean {
  return NON_LATIN_LETTER.test(value) && LATIN_LETTER.test(value) && MIXED.test(value);
}
/**
 * A note on birth written after the name ("Khirullah Said Wali Khairkhwa, born in Kandahar on 01
 * Jan.1967", "Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no. ...)", as UN
 * aliases give them): no part of the name, nor what follows it.
 */
const BORN = /,?\s+born\s+(?:(?:in|on|at)\s|\d).*$/i;
/** "son of", "daughter of" and their abbreviations s/o, d/o, between two names. */
const SON_OF = /\s(?:son|daughter) of\s|\s[sd]\/o\s/i;

/**
 * A value split where its words change from Latin letters to another script or back, when it
 * is two such runs (a name and its original script); otherwise the value as it is.
 */
function scriptRuns(value: string): string[] {
  if (!isMixed(value)) return [value];
  const words = value.trim().split(/\s+/);
  const latin = words.map((w) => LATIN_WORD.test(w));
  let changes = 0;
  for (let k = 1; k < words.length; k++) if (latin[k] !== latin[k - 1]) changes++;
  if (changes !== 1) return [value];
  const at = latin.indexOf(!latin[0]);
  return [words.slice(0, at).join(' '), words.slice(at).join(' ')];
}

/** True when a bracketed part is a note about the name, not a name: every word a note word. */
function isNote(text: string): boolean {
  const words = tokenize(text);
  return words.length === 0 || words.every((t) => NOTE_WORDS.has(t.text));
}

/**
 * A bracketed sentence, or one carrying a document number ("(false identity related to fraudulent
 * South African identification number 6910275240086 linked to...)"), is a note however its words read.
 */
function isBracketedNote(text: string): boolean {
  return /\d{5}/.test(text) || text.trim().split(/\s+/).length > 10;
}

/**
 * The names a person's name value holds, in order: usually just the value itself. Values with
 * ";" or brackets give their names one by one, notes left out.
 */
export function personNameValues(value: string): string[] {
  const born = BORN.exec(value);
  if (born && born.index > 0) value = value.slice(0, born.index);
  if (!/[;([{（]/.test(value) && !isMixed(value) && !SON_OF.test(value)) return [value];
  const { outside, inside } = splitBrackets(value);
  const out: string[] = [];
  const push = (part: string) => {
    const v = part.replace(LABEL, '').trim().replace(/^[,.\s]+|[,.\s]+$/g, '');
    if (v && !isNote(v) && !out.includes(v)) out.push(v);
  };
  const add = (part: string) => {
    for (const run of scriptRuns(part)) {
      const son = SON_OF.exec(run);
      if (son) { push(run.slice(0, son.index)); push(run.slice(0, son.index) + ' ' + run.slice(son.index + son[0].length)); }
      else push(run);
    }
  };
  for (const part of outside.split(';')) add(part);
  for (const b of inside) for (const part of b.split(';')) if (!isBracketedNote(part)) add(part);
  return out.length ? out : [value];
}
