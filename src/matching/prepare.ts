/**
 * Names prepared once for many comparisons: tokens with their forms (phonetic key, consonant
 * skeleton), their role in the name (given/family word, particle, initial, patronymic, legal form,
 * generic business word, number) and their weight, i.e. how much identity they carry.
 */
import { acronymsWithC } from './orgs/acronyms.js';
import { isMistypedGeneric, mistypedLegalForm } from './orgs/mistyped.js';
import { isCardinal, isNumberMarker, isPrefixLetter } from './orgs/numbering.js';
import { conceptOf } from './orgs/translations.js';
import { eastAsianLatin } from './east-asian.js';
import { consonantReadings, nameKey, skeleton } from './phonetic.js';
import { cachedForms, oneSlip, type TokenForms } from './similarity.js';
import { tokenize, type Script } from './text.js';
import type { Run } from './names.js';
import { ABJAD_HONORIFICS, COMMON_NAMES, GENERIC_ORG_WORDS, HONORIFICS, LEGAL_FORM_PHRASES, LEGAL_FORMS, NAME_TITLES, PARTICLES } from './vocab.js';

export type NameKind = 'person' | 'org' | 'vessel' | 'any';

export type Role = 'word' | 'particle' | 'honorific' | 'initial' | 'patronymic' | 'legal' | 'generic' | 'number';

/** A role that carries identity: a given or family name, a number, a patronymic (a comparison, not a Set: asked per word of every comparison and key). */
export function isIdentityRole(role: Role): boolean {
  return role === 'word' || role === 'number' || role === 'patronymic';
}

export interface NameToken extends TokenForms {
  role: Role;
  weight: number;
  /** In organisation names, what the word means in any language of the lists (orgs/translations.ts). */
  concept?: string;
}

export interface PreparedName {
  /** The name as written in the list or the query. */
  original: string;
  tokens: NameToken[];
  /** The family of the organisation's legal form ("llc", "jsc"...), when it states one. */
  legalForm?: string;
  /** Identity-bearing tokens glued together, for names written joined or split differently. */
  joined: string;
  /** Sum of token weights. */
  weight: number;
  /** The kind of entity the name belongs to (person names are read differently). */
  kind: NameKind;
  /**
   * All words written together, with its key (for names joined or split differently); `kor` is
   * its Korean key (similarity.ts korean), worked out when first needed (names.ts joinedSimilarity).
   */
  all: { text: string; key: string; script: Script; kor: string | undefined };
  /**
   * A person's name written as one Han or Hangul word, read as a foreign name transcribed (亨德森
   * Henderson, 커밍스 Cummings) rather than as a native family and given name (see text.ts
   * mayBeTranscription). Set on the native reading; the entity compares both.
   */
  transcription?: PreparedName;
  /** This is such a reading: compared only with names in other scripts. */
  transcribed?: boolean;
  /**
   * Where an entity's name came from and how far it is trusted (entity-forms.ts sets both):
   * undefined on other names, present on all so that all names share one hidden class.
   */
  property?: string;
  strength?: number;
  /**
   * Worked out at the name's first comparison and kept on it (fields, not WeakMaps keyed by the
   * name: a look-up in those cost more than what it found): its runs of adjacent words (names.ts
   * runs) and its blocking keys with their hashes (match-index.ts sharesKey).
   */
  runs?: Run[];
  blockKeys?: { keys: string[]; hashes: Int32Array };
}

/** Roman numerals as organisations and vessels number themselves ("II", "IV"). */
const ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$/;

/** Generations after a person's name, abbreviated or as Roman numerals ("Junior" and "Senior" are also given names). */
const GENERATIONS = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv']);

const PATRONYMIC = /(?:ovich|evich|yevich|ovych|ovna|evna|yevna|ivna|ogly|oglu|kyzy|uulu)$/;

const COMMON_KEYS = new Set([...COMMON_NAMES].map((n) => nameKey(n)));
const COMMON_SKELETONS = new Set([...COMMON_NAMES].filter((n) => n.length > 3).map((n) => skeleton(nameKey(n))));

/** How much identity a plain name word carries: 1 rare, 0.5 very common, less for short words. */
export function wordWeight(t: TokenForms): number {
  let w = 1;
  if (t.script === 'arabic' || t.script === 'hebrew' ? consonantReadings(t.skel).some((k) => COMMON_SKELETONS.has(k.replace(/z/g, 's'))) : COMMON_KEYS.has(t.key)) w = 0.5;
  if (t.text.length <= 2) w = Math.min(w, 0.5);
  return w;
}

const ROLE_WEIGHT: Record<Exclude<Role, 'word'>, number> = {
  particle: 0.12,
  honorific: 0.03,
  initial: 0.3,
  patronymic: 0.35,
  legal: 0.12,
  generic: 0.25,
  number: 0.8,
};

/**
 * Folds multi-word legal forms ("limited liability company", "S.A.") into one token; one word of
 * five letters or more in a phrase of two words or more may carry a typing slip ("JOINH STOCK
 * COMPANY", "OGZANICHENNOI"): left unfolded, its words would count as the name's own.
 */
function foldLegalPhrases(texts: string[]): string[] {
  // (Index loops, no closure per phrase and word: this ran for every word of every organisation's
  // name against each phrase, and its closures were an eighth of what a batch query allocated.)
  const out: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    let folded = false;
    for (let p = 0; p < LEGAL_FORM_PHRASES.length; p++) {
      const entry = LEGAL_FORM_PHRASES[p]!, phrase = entry[0], form = entry[1];
      if (i + phrase.length > texts.length || !phraseAt(texts, i, phrase)) continue;
      out.push(form);
      i += phrase.length - 1;
      folded = true;
      break;
    }
    if (!folded) out.push(texts[i]!);
  }
  return out;
}

/** The phrase's words from texts[i] on, one word of five letters or more in a phrase of several allowed one slip. */
function phraseAt(texts: string[], i: number, phrase: string[]): boolean {
  let slips = 0;
  for (let j = 0; j < phrase.length; j++) {
    const w = phrase[j]!, t = texts[i + j]!;
    if (t === w || (phrase.length >= 2 && w.length >= 5 && ++slips === 1 && oneSlip(t, w))) continue;
    return false;
  }
  return true;
}

/**
 * Where titles stand in a person's name: its first word, the first word after the comma of
 * "FAMILY, Given", or after another title or an article there ("Haji Mullah X", "El Hadj Omar").
 * Elsewhere such a word is a name ("SADUDDIN SAYYED", "Abdul Hafiz").
 */
function titlePlace(index: number, givenStart: number | undefined, afterTitle: boolean): boolean {
  return index === 0 || index === givenStart || afterTitle;
}

/** (Not "ed" nor "en", which are names too: "Ed Davis", Chinese "En".) */
const FRENCH_SUN_ARTICLES = new Map([['es', 's'], ['et', 't'], ['er', 'r'], ['ez', 'z'], ['ech', 'ch']]);

function roleOf(text: string, kind: NameKind, index: number, texts: readonly string[], titleAt = true, abjad = false): Role {
  const count = texts.length;
  if (/\d/.test(text) || (kind !== 'person' && (ROMAN.test(text) || isCardinal(text)) && count > 1 && index > 0 && romanAtEnd(texts, index))) return 'number';
  if (kind !== 'person' && (isNumberMarker(text, texts[index + 1]) || isPrefixLetter(texts, index))) return 'particle';
  // "MA'ADEN-E ZOGHAL", "TEHREEK-I-TALIBAN", "AGRICOLA Y GANADERA", "SPRAVA A INKASO": a connector between two words, not an initial.
  if (kind !== 'person' && ORG_LETTER_CONNECTORS.has(text) && (texts[index - 1]?.length ?? 0) > 1 && (texts[index + 1]?.length ?? 0) > 1) return 'particle';
  // (Not an Arabic word: its letters in Latin leave out the alef and ayn, عطا Atta is "t".)
  if (text.length === 1 && !abjad) return 'initial';
  // "AS" and "AD" are legal forms at the end of a name ("LOTTERY AD") and articles inside one ("Riyadh-as-Saliheen").
  if (kind !== 'person' && LEGAL_FORMS[text] && (index === count - 1 || !PARTICLES.has(text))) return 'legal';
  if (kind !== 'person' && count > 1 && mistypedLegalForm(text, index === count - 1)) return 'legal';
  if (kind !== 'person' && (GENERIC_ORG_WORDS.has(text) || isMistypedGeneric(text))) return 'generic';
  if (PARTICLES.has(text) && count > 1) return 'particle';
  // A generation after a person's name ("LAVILLA, RUBEN PESTANO JR", "Hilarion Santos, III"): aliases
  // leave it off, so it weighs as little as a particle and pairs only with itself.
  if (kind === 'person' && index > 0 && count > 2 && GENERATIONS.has(text)) return 'particle';
  // The Arabic article before a sun letter as French spellings write it apart ("Es Sayed", "Et
  // Tayeb", "Er Rachid", "Ech Chafii"): an article, where the next word begins with that letter.
  const sun = text.length <= 3 ? FRENCH_SUN_ARTICLES.get(text) : undefined;
  if (sun !== undefined && texts[index + 1]?.startsWith(sun)) return 'particle';
  // (Not a title that is a given name too when no name follows it: "MAKHLUF, Hafiz" is Hafiz Makhluf.)
  if ((abjad ? ABJAD_HONORIFICS : HONORIFICS).has(text) && count > 1 && (index === 0 || (kind === 'person' && titleAt)) && !(index === count - 1 && NAME_TITLES.has(text))) return 'honorific';
  if (kind !== 'org' && PATRONYMIC.test(text) && text.length > 6 && count > 2) return 'patronymic';
  return 'word';
}

/**
 * One-letter words that join the words of organisation names: the Persian and Urdu izafe (-e, -i), Spanish "y",
 * Scandinavian and Polish "i" (in, and), Czech and Slovak "a" (and: "SPRAVA A INKASO"), Italian and Romanian "a" (to, at),
 * the French and Italian elided article and preposition ("POUR L'UNIFICATION", "DE L'OUEST", "D'AFRIQUE").
 */
const ORG_LETTER_CONNECTORS = new Set(['e', 'i', 'y', 'a', 'l', 'd']);

/** A Roman numeral numbers a name only at its end, legal forms aside ("RIM GROUP II LTD"; not "TEHREEK-I-TALIBAN"): orgs/numbering.ts. */
function romanAtEnd(texts: readonly string[], index: number): boolean {
  for (let k = index + 1; k < texts.length; k++) if (!LEGAL_FORMS[texts[k]!]) return false;
  return true;
}

/**
 * French and Italian articles and prepositions elided before a vowel ("L'UNIFICATION", "D'AFRIQUE",
 * "DELL'ENERGIA") are words of their own in organisation names: tokenize() drops an apostrophe
 * inside a word (Myo'ng), which would glue them on ("lunification").
 */
const ELISION = /(^|[\s\-(«“"])(l|d|qu|dell|all|nell|sull|dall)['’‘ʼ](?=[aeiouhàâéèêîôûAEIOUHÀÂÉÈÊÎÔÛ])/gi;

/**
 * A prepared name with every field present, in the order of PreparedName, whatever the fields
 * given: names made with some fields and not others (a legal form, a transcription) had several
 * hidden classes, and the name comparison reading them became polymorphic. Names of an entity
 * (entity-forms.ts) set their property and strength, in the same order; other names leave them
 * undefined (the comparison meets both kinds: names rejoined by orgs/segmentation.ts are these).
 */
export function preparedName(n: PreparedName): PreparedName {
  return { original: n.original, tokens: n.tokens, legalForm: n.legalForm, joined: n.joined, weight: n.weight, kind: n.kind, all: n.all, transcription: n.transcription, transcribed: n.transcribed, property: undefined, strength: undefined, runs: undefined, blockKeys: undefined };
}

export function prepareName(original: string, kind: NameKind, transcribed = false): PreparedName {
  const raw = tokenize(kind === 'person' ? original : acronymsWithC(original.replace(ELISION, '$1$2 ')), transcribed);
  const scripts = raw.map((t) => t.script);
  const abjads = raw.map((t) => t.abjad);
  const natives = raw.map((t) => t.native === true);
  // Chinese syllables of a Cyrillic word (palladius.ts) are for people's names: an organisation's
  // Cyrillic words are Russian ones ("ООО" is no three syllables o-o-o).
  const syls = raw.map((t) => (kind === 'org' || kind === 'vessel') && t.script === 'cyrillic' && !t.native ? undefined : t.syl);
  const alts = raw.map((t) => t.alts);
  const edges = raw.map((t) => t.edges);
  let texts = raw.map((t) => t.text);
  if (kind !== 'person') {
    const folded = foldLegalPhrases(texts);
    if (folded.length !== texts.length) {
      // Scripts of folded tokens: legal phrases are Latin; keep alignment simple.
      texts = folded;
      scripts.length = 0;
      abjads.length = 0;
      for (let i = 0; i < texts.length; i++) { scripts.push(raw[0]?.script ?? 'latin'); abjads.push(undefined); natives[i] = false; syls[i] = undefined; alts[i] = undefined; edges[i] = undefined; }
    }
  }
  // A Latin name written the Chinese or Korean way is compared syllable by syllable (east-asian.ts).
  const eaLatin = kind === 'person' || kind === 'any' ? eastAsianLatin(texts, scripts) : undefined;
  const comma = kind === 'person' ? original.indexOf(',') : -1;
  const givenStart = comma > 0 ? tokenize(original.slice(0, comma)).length : undefined;
  let prevHonorific = false;
  // (Pushed, not mapped: map() gave organisations' names arrays with holes, another hidden class
  // than people's, and each function reading both was recompiled when it first met the other.)
  const tokens: NameToken[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const forms = cachedForms(text, scripts[i]!, abjads[i], natives[i], syls[i] ?? eaLatin?.[i], alts[i], edges[i]);
    const concept = kind === 'person' ? undefined : conceptOf(forms.text, forms.script, kind === 'org');
    // An ordinal written out ("SECOND") is the number it names ("2ND"); a native Chinese or
    // Korean name part is a name word, even "i" (이) or "bin" (彬), and so is a Chinese word in
    // Cyrillic (palladius.ts: Ван is Wang, not the Dutch "van").
    const role: Role = natives[i] || (syls[i] && scripts[i] === 'cyrillic') ? 'word' : concept && /^\d+$/.test(concept) ? 'number' : roleOf(text, kind, i, texts, titlePlace(i, givenStart, prevHonorific), scripts[i] === 'arabic');
    // (Not after an article written as its sun letter sounds: "Es Sayed" is al-Sayyid, a family name.)
    prevHonorific = role === 'honorific' || (role === 'particle' && !FRENCH_SUN_ARTICLES.has(text) && titlePlace(i, givenStart, prevHonorific));
    const weight = role === 'word' ? wordWeight(forms) : ROLE_WEIGHT[role];
    // A plain object with every field set at once, in one order (cheaper than a spread, and one
    // hidden class for all tokens: a field added afterwards makes another).
    tokens.push({ text: forms.text, script: forms.script, key: forms.key, skel: forms.skel, cons: forms.cons, kor: undefined, chi: undefined, native: forms.native ? true : undefined, id: forms.id, base: forms, role, weight, concept });
  }
  const legal = tokens.find((t) => t.role === 'legal');
  const allText = tokens.map((t) => t.text).join('');
  const ident = tokens.filter((t) => t.role !== 'legal' && t.role !== 'honorific' && t.role !== 'particle');
  // Every field set at once, in one order (see preparedName): one hidden class for all names.
  const prepared = preparedName({
    original,
    tokens,
    legalForm: legal ? LEGAL_FORMS[legal.text] : undefined,
    joined: ident.map((t) => t.text).join(''),
    weight: tokens.reduce((s, t) => s + t.weight, 0),
    kind,
    all: { text: allText, key: nameKey(allText), script: tokens.find((t) => t.script !== 'latin')?.script ?? 'latin', kor: undefined },
    transcribed: transcribed || undefined,
  });
  // (Not an organisation's or a vessel's name: cjk-orgs.ts cuts those into words.)
  if (!transcribed && (kind === 'person' || kind === 'any') && raw[0]?.transcribable) {
    prepared.transcription = prepareName(original, kind, true);
  }
  return prepared;
}
