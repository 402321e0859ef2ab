/**
 * An English or French name written in Cyrillic is transcribed by its sound, not its letters:
 * Reade is Рид, George Джордж, Kate Кейт, White Уайт, Jules Жюль, Fouquet Фуке, Courtois Куртуа.
 * Letter by letter, the Latin word and the Cyrillic one's romanisation ("rid", "dzhordzh",
 * "zhyul") have little in common. Here the Latin word is read the way Russian practice
 * transcribes English and French names, in the romanisation text.ts gives Cyrillic (ж zh, х kh,
 * й y, ю yu, дж dzh), so that the two can be compared letter by letter again.
 *
 * Rough rules, not a pronunciation dictionary: each reading is compared by edit similarity, and
 * only a close one counts (similarity.ts). Our own rules, after the usual Russian practice
 * (Ermolovich's tables for English; French silent endings).
 */

/** Lower-case ASCII letters only; one word. */
const WORD = /^[a-z]{3,}$/;

/**
 * While a word is read, the sounds already worked out are capitals, so that later rules leave
 * them be: J дж, Z ж, C ч, S ш, K х, G a hard г, and the vowels A E I O U Y.
 */
function spell(w: string): string {
  return w.replace(/G/g, 'g').replace(/J/g, 'dzh').replace(/Z/g, 'zh').replace(/C/g, 'ch').replace(/S/g, 'sh').replace(/K/g, 'kh').toLowerCase();
}

/** A vowel, one consonant and a silent final e (or -es), and the long vowel it stands for. */
const LONG: [RegExp, string][] = [['a', 'EY'], ['i', 'AY'], ['e', 'I'], ['u', 'YU']].map(([v, sound]) => [new RegExp(`${v}(J|S|C|[bdfgklmnprstvz])e(s?)$`), `${sound}$1$2`]);

/** The word read as Russian transcribes English names. */
export function englishReading(word: string): string {
  let w = word.replace(/([^aeiou])\1+/g, '$1');
  w = w.replace(/^mc/, 'mak').replace(/^kn/, 'n').replace(/^wr/, 'r').replace(/^wh/, 'U').replace(/mb$/, 'm').replace(/ugh(?=e?s?$)/, 'YU');
  // Vowel pairs read as one long vowel.
  w = w.replace(/igh/g, 'AY').replace(/e[ea]|ie(?=.)/g, 'I').replace(/o[ou](?=[^gs]|$)/g, 'U').replace(/a[iy]/g, 'EY').replace(/oa/g, 'O');
  w = w.replace(/^eu/, 'YU').replace(/ew$/, 'YU').replace(/^wa(?=l)/, 'UO').replace(/ow(?=n|$)/, 'AU');
  w = w.replace(/tch|ch/g, 'C').replace(/sh/g, 'S').replace(/ph/g, 'f').replace(/th/g, 't').replace(/ck/g, 'k').replace(/qu/g, 'kv').replace(/x/g, 'ks');
  // A soft g and j are дж, a soft c is с: George, Page, Geff, Jones; Cecil.
  w = w.replace(/d?g(?=[eiyEI])/g, 'J').replace(/j/g, 'J').replace(/c(?=[eiyEI])/g, 's').replace(/c/g, 'k');
  w = w.replace(/Jeo/g, 'Jo');
  // A vowel before one consonant and a silent final e is long: Kate Кейт, White Уайт, Eugene Юджин, Duke Дюк.
  for (const [re, sound] of LONG) w = w.replace(re, sound);
  // A final e after a consonant is silent (Moore Мур, Reade Рид, Jones Джонс); a final y or ey is и (Foley Фоли).
  w = w.replace(/([^aeiouAEIOUY])e(s?)$/, '$1$2').replace(/e?y$/, 'I');
  // h is х; w before a vowel is у (William Уильям); y between consonants is и; ia after a consonant is ья.
  w = w.replace(/h/g, 'K').replace(/w(?=[aeiouAEIOUY])/g, 'U').replace(/w/g, '').replace(/y(?=[^aeiouAEIOUY]|$)/g, 'I').replace(/ia/g, 'YA');
  return spell(w);
}

/** The word read as Russian transcribes French names. */
export function frenchReading(word: string): string {
  let w = word;
  // Silent endings.
  w = w.replace(/(?:eaux|eau|aux|ault|aud|auds|ot|ots|os)$/, 'O').replace(/(?:oix|ois|oit)$/, 'UA').replace(/iers?$/, 'YE')
    .replace(/(?:ez|ets?|ers?|eux|eu)$/, 'E').replace(/ain$/, 'EN').replace(/es$/, '').replace(/e$/, '').replace(/([aeiou])[sxtdz]$/, '$1');
  w = w.replace(/eau|au/g, 'O').replace(/ou/g, 'U').replace(/oi/g, 'UA').replace(/eu/g, 'E').replace(/[ae]i/g, 'E');
  w = w.replace(/ch/g, 'S').replace(/ph/g, 'f').replace(/th/g, 't').replace(/qu/g, 'k').replace(/gu(?=[eiy])/g, 'G');
  // ill after a vowel is й (Guillebert Жильбер keeps its l after a consonant); gn is нь.
  w = w.replace(/([aeiouAEOU])ille?/g, '$1Y').replace(/gn/g, 'n');
  w = w.replace(/g(?=[eiyE])/g, 'Z').replace(/j/g, 'Z').replace(/c(?=[eiyE])/g, 's').replace(/c/g, 'k').replace(/h/g, '');
  // A u after a consonant is ю (Jules Жюль); y is и; w is в.
  w = w.replace(/([bdfgklmnprstvxzZS])u/g, '$1YU').replace(/y(?=[^aeiouAEOU]|$)/g, 'I').replace(/w/g, 'v');
  return spell(w);
}

/**
 * What an English or French spelling has and a romanised Russian or Arabic name mostly lacks:
 * words without any of it are not read (most Latin words a Cyrillic name meets are Aleksandr,
 * Ivanov, Mohammed; a reading costs some regular expressions per word).
 */
const WESTERN = /[wxqcj]|th|ph|gh|g[ei]|ee|oo|ea|ou|oi|au|eu|ei|ie|ui|ll|gn|[^aeiouy]es?$|[aeiou][tdsxz]$/;

/** The word's English and French readings (none for words too short, not plain letters, or without a Western spelling). */
export function russianReadings(word: string): readonly string[] {
  if (!WORD.test(word) || !WESTERN.test(word)) return [];
  const out = [englishReading(word), frenchReading(word)].map(collapse);
  return out[0] === out[1] ? [out[0]!] : out;
}

/** Doubled letters once, as transcriptions keep or drop them freely (Jeffries / Джеффрис "dzheffris"). */
export function collapse(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}
