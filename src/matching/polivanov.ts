/**
 * Japanese names written in Cyrillic letters by the Polivanov system, which Russian sources use
 * for every Japanese name: Синдзо Абэ is Shinzo Abe, Кэндзи Kenji, Сёко Shoko, Тэцуя Tetsuya,
 * Хоккайдо Hokkaido. Read letter by letter ("sindzo", "kendzi", "seko") they are far from the
 * Hepburn spelling of Latin documents; read kana by kana (си shi, дзи ji, дз z, сё sho, ти chi,
 * тя cha, э e, й i) they are that spelling. A Cyrillic word that splits wholly into Polivanov
 * kana is given its Hepburn reading, which similarity.ts compares with Latin words too.
 */

/** Polivanov spellings of kana (and the y-glide syllables), with their Hepburn spellings. Longest first when read. */
const KANA: readonly (readonly [string, string])[] = [
  ['дзя', 'ja'], ['дзю', 'ju'], ['дзё', 'jo'], ['дза', 'za'], ['дзи', 'ji'], ['дзу', 'zu'], ['дзэ', 'ze'], ['дзе', 'ze'], ['дзо', 'zo'],
  ['ся', 'sha'], ['сю', 'shu'], ['сё', 'sho'], ['си', 'shi'], ['тя', 'cha'], ['тю', 'chu'], ['тё', 'cho'], ['ти', 'chi'], ['цу', 'tsu'],
  ['дя', 'ja'], ['дю', 'ju'], ['дё', 'jo'], ['дзы', 'zu'],
  ['фу', 'fu'], ['ва', 'wa'],
  ...glides('к', 'k'), ...glides('г', 'g'), ...glides('н', 'n'), ...glides('х', 'h'), ...glides('б', 'b'), ...glides('п', 'p'),
  ...glides('м', 'm'), ...glides('р', 'r'),
  ...plain('к', 'k'), ...plain('г', 'g'), ...plain('н', 'n'), ...plain('х', 'h'), ...plain('б', 'b'), ...plain('п', 'p'),
  ...plain('м', 'm'), ...plain('р', 'r'), ...plain('с', 's', 'и'), ...plain('т', 't', 'иу'), ...plain('д', 'd', 'иу'),
  ['я', 'ya'], ['ю', 'yu'], ['ё', 'yo'], ['а', 'a'], ['и', 'i'], ['у', 'u'], ['э', 'e'], ['е', 'e'], ['о', 'o'],
];

/** A consonant's kana with the y glide (кя kya, рю ryu, нё nyo). */
function glides(c: string, h: string): [string, string][] {
  return [[`${c}я`, `${h}ya`], [`${c}ю`, `${h}yu`], [`${c}ё`, `${h}yo`]];
}

/** A consonant's kana with each vowel, but those `skip` spells otherwise (си is shi, ту does not occur). */
function plain(c: string, h: string, skip = ''): [string, string][] {
  const vowels: [string, string][] = [['а', 'a'], ['и', 'i'], ['у', 'u'], ['э', 'e'], ['е', 'e'], ['о', 'o']];
  return vowels.filter(([v]) => !skip.includes(v)).map(([v, hv]) => [c + v, h + hv]);
}

/** Consonants doubled before the next kana (small tsu: Хоккайдо, Саппоро, Хаттори), and the syllable-final н (м before б п м). */
const DOUBLED = new Set(['к', 'т', 'с', 'п']);

/**
 * The Hepburn reading of a Cyrillic word written in Polivanov's system, or undefined when it does
 * not split so or reads as it is transliterated letter by letter (nothing to add).
 */
export function polivanovReading(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 3 || w.length > 16 || !/^[а-яё]+$/.test(w)) return undefined;
  const out = read(w, 0);
  return out && out.kana >= 2 ? out.text : undefined;
}

function read(w: string, at: number): { text: string; kana: number } | undefined {
  if (at === w.length) return { text: '', kana: 0 };
  const ch = w[at]!;
  // A closing н (м before б, п, м) or the second vowel of a diphthong й (Кэйко, Синдзюку).
  if (at > 0 && (ch === 'н' || ch === 'й' || (ch === 'м' && /[бпм]/.test(w[at + 1] ?? '')))) {
    const rest = read(w, at + 1);
    if (rest && !(ch === 'н' && /^[aiueoy]/.test(rest.text))) return { text: (ch === 'й' ? 'i' : ch === 'н' ? 'n' : 'm') + rest.text, kana: rest.kana };
  }
  if (DOUBLED.has(ch) && w[at + 1] === ch) {
    const rest = read(w, at + 1);
    if (rest) return { text: (rest.text.startsWith('ch') ? 't' : rest.text[0]!) + rest.text, kana: rest.kana };
  }
  for (const [c, h] of KANA) {
    if (!w.startsWith(c, at)) continue;
    const rest = read(w, at + c.length);
    if (rest) return { text: h + rest.text, kana: rest.kana + 1 };
  }
  return undefined;
}
