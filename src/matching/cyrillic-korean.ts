/**
 * Korean names written in Cyrillic letters (Russian sources, the Korean diaspora of the former
 * USSR): Ким Чен Ын is Kim Jong Un, Чхве Рён Хэ Choe Ryong Hae, Пак Пон Чжу Pak Pong Ju. They
 * follow Kontsevich's system or the older Soviet habits it replaced (Чен and Чон for 정, Ир for
 * 일), which spell Korean sounds in a way no letter-by-letter reading turns into the Latin
 * spelling ("chen yn" against "jong un"). Such a name is read back to the Hangul syllables it
 * may stand for, each spelt in Revised Romanisation, and then compared syllable by syllable like
 * a name written in Hangul (east-asian.ts): "Чен" may be 정, 전, 젼..., so "jong" matches.
 *
 * Only a name whose family name (first or last word) is a Korean surname as Russian writes it
 * (Ким, Пак, Ли, Чхве, Цой...) and whose every word is one or two such syllables is read so:
 * Russian and Central Asian names (Каримов, Петров) do not split into Korean syllables.
 */
import anyAscii from 'any-ascii';
import { nativeSyllables, type Syllables } from './east-asian.js';

/** Cyrillic spellings of a syllable's initial consonant, longest first, and the Hangul initials (0 ㄱ ... 18 ㅎ) each may write. */
const INITIALS: readonly (readonly [string, readonly number[]])[] = [
  ['кк', [1]], ['кх', [15]], ['тт', [4]], ['тх', [16]], ['пп', [8]], ['пх', [17]], ['чч', [13]], ['чх', [14]],
  ['чж', [12]], ['дж', [12]], ['сс', [10]],
  // Kontsevich writes a plain stop unvoiced at a word's start and voiced inside it; older
  // spellings use either, and the aspirated ones are often written without their х.
  ['к', [0, 15]], ['г', [0]], ['т', [3, 16]], ['д', [3]], ['п', [7, 17]], ['б', [7]],
  // ч is ㅈ or ㅊ; ц (Цой 최) and ш (Шин 신) are diaspora spellings.
  ['ч', [12, 14]], ['ц', [12, 14]], ['с', [9]], ['ш', [9]], ['х', [18]], ['н', [2]], ['м', [6]], ['р', [5]], ['л', [5]],
  ['', [11]],
];

/** Vowels after a consonant (Hangul medials 0 ㅏ ... 20 ㅣ), longest first. */
const VOWELS: readonly (readonly [string, readonly number[]])[] = [
  ['ый', [19]], ['ва', [9]], ['вэ', [10]], ['ве', [11, 15]], ['во', [14]], ['ви', [16]], ['йе', [7]], ['йя', [3]],
  // о is ㅓ or ㅗ; е is ㅔ, and in older spellings ㅓ or ㅕ (Ким Чен Ын 정, Пхеньян 평).
  ['а', [0]], ['э', [1, 5]], ['я', [2]], ['о', [4, 8]], ['е', [5, 4, 6]], ['ё', [6, 12]], ['у', [13]], ['ю', [17]],
  ['ы', [18]], ['и', [20]],
];

/**
 * Vowels that open a syllable without a consonant: the same, but that е carries its y there (Ён 영:
 * ㅖ or ㅕ) and no й-glide is written before a vowel letter that has one already.
 */
const BARE_VOWELS: readonly (readonly [string, readonly number[]])[] = VOWELS
  .filter(([c]) => !c.startsWith('й'))
  .map(([c, v]) => (c === 'е' ? [c, [7, 6]] : [c, v]));

/** Closing consonants (Hangul finals: 0 none, 1 ㄱ, 4 ㄴ, 8 ㄹ, 16 ㅁ, 17 ㅂ, 19 ㅅ, 21 ㅇ); н is ㄴ or ㅇ (Чон 정), р is ㄹ (Ир 일). */
const FINALS: readonly (readonly [string, readonly number[]])[] = [
  ['нь', [21, 4]], ['ль', [8]], ['нг', [21]], ['н', [4, 21]], ['к', [1]], ['л', [8]], ['р', [8]], ['м', [16]], ['п', [17]], ['т', [19]],
  ['', [0]],
];

/** Russian spellings of common Korean surnames and the Hangul they write. */
const SURNAME_HANGUL: Record<string, string> = {
  ким: '김', ли: '리', ри: '리', пак: '박', чхве: '최', цой: '최', чой: '최', чон: '정', чен: '정', тен: '정', чжон: '정',
  кан: '강', хан: '한', юн: '윤', чо: '조', чан: '장', чжан: '장', тян: '장', син: '신', шин: '신', со: '서', ю: '유', рю: '류',
  хон: '홍', мун: '문', ян: '양', сон: '송', пэ: '배', пэк: '백', пек: '백', нам: '남', но: '노', ро: '로', ко: '고', ку: '구',
  квон: '권', хван: '황', ан: '안', им: '임', лим: '림', рим: '림', ха: '하', чу: '주', чжу: '주', сим: '심', хо: '허',
  мин: '민', тхак: '탁', пён: '변', хён: '현', вон: '원', чха: '차', пан: '방', кон: '공', ом: '엄', ок: '옥', чин: '진',
};

const SURNAMES = new Map(Object.entries(SURNAME_HANGUL));

/** The syllable spellings of one Cyrillic syllable: each Hangul block it may write, romanised. */
function syllableSpellings(initials: readonly number[], vowels: readonly number[], finals: readonly number[]): string[] {
  const out = new Set<string>();
  for (const i of initials) for (const v of vowels) for (const f of finals) {
    out.add(anyAscii(String.fromCharCode(0xac00 + i * 588 + v * 28 + f)).toLowerCase());
  }
  return [...out];
}

interface Piece { text: string; initials: readonly number[]; vowels: readonly number[]; finals: readonly number[] }

/**
 * A Cyrillic word as Korean syllables (consonant, vowel, closing consonant), at most `max` of
 * them, or undefined when it does not split so. Where a consonant between two vowels could close
 * one syllable or open the next (Сынман), the split keeping closing consonants is tried first.
 */
function splitSyllables(word: string, max: number): Piece[] | undefined {
  if (!word || max === 0) return undefined;
  for (const [ci, inits] of INITIALS) {
    if (!word.startsWith(ci)) continue;
    const vowels = ci ? VOWELS : BARE_VOWELS;
    for (const [cv, vs] of vowels) {
      if (!word.startsWith(cv, ci.length)) continue;
      const afterVowel = ci.length + cv.length;
      for (const [cf, fs] of FINALS) {
        if (!word.startsWith(cf, afterVowel)) continue;
        const end = afterVowel + cf.length;
        const piece = { text: word.slice(0, end), initials: inits, vowels: vs, finals: fs };
        if (end === word.length) return [piece];
        const rest = splitSyllables(word.slice(end), max - 1);
        if (rest) return [piece, ...rest];
      }
    }
  }
  return undefined;
}

/** A word's syllables, as a Hangul name part's (a surname's document spellings first). */
function wordSyllables(word: string, surname: boolean): Syllables | undefined {
  const hangul = surname ? SURNAMES.get(word) : undefined;
  if (hangul) return nativeSyllables([hangul], [anyAscii(hangul).toLowerCase()], true).map((alts, i) => (i === 0 ? [...new Set([...alts, anyAscii(word)])] : alts));
  const pieces = splitSyllables(word, surname ? 1 : 2);
  if (!pieces) return undefined;
  return pieces.map((p) => [...syllableSpellings(p.initials, p.vowels, p.finals), anyAscii(p.text).toLowerCase()]);
}

/**
 * The syllables of each word of a Korean name written in Cyrillic (lower case, two to four
 * words, a Korean surname first or last, the other words one or two syllables each), or
 * undefined for any other name.
 */
export function cyrillicKoreanName(words: readonly string[]): Syllables[] | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  // The surname first: most names have none, and are done with after two look-ups.
  const first = SURNAMES.has(words[0]!.toLowerCase()), last = SURNAMES.has(words[words.length - 1]!.toLowerCase());
  if (!first && !last) return undefined;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => !/^[а-яё]+$/.test(w))) return undefined;
  const family = first ? 0 : lower.length - 1;
  const out: Syllables[] = [];
  for (let i = 0; i < lower.length; i++) {
    const syl = wordSyllables(lower[i]!, i === family);
    if (!syl) return undefined;
    out.push(syl);
  }
  return out;
}
