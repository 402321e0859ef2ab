/**
 * Modern Greek to Latin as Greek names are romanised (ELOT 743, the passport standard) rather
 * than letter by letter: any-ascii reads "Ντονάλντ Τραμπ" as "Ntonalnt Tramp" and "Πούτιν" as
 * "Poytin", where documents write Donald, Putin. Greek writes the sounds b, d, g with two
 * letters (μπ, ντ, γκ): b, d, g at the start of a word or after a consonant, mb, nd, ng between
 * vowels (Μπαράκ Barak, Λάντεν Laden → "landen", Αντώνης Andonis), mp, nt, nk at the end; γγ is ng; ου is ou; αυ and ευ are av/ev, or af/ef
 * before a voiceless consonant and at the end. The rest letter by letter (η, ι, υ, ει, οι all
 * read i, but are kept as written: ELOT keeps them and Latin spellings follow it).
 */
import anyAscii from 'any-ascii';

const VOICELESS = new Set([...'θκξπστφχψ']);
const VOWELS = new Set([...'αεηιουω']);

export function greekToAscii(word: string): string {
  const w = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ς/g, 'σ');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!, n = w[i + 1] ?? '';
    const pair = c + n;
    if (pair === 'μπ' || pair === 'ντ' || pair === 'γκ') {
      // A nasal cannot be heard at a word's start or after a consonant (Ντονάλντ Donald); at the
      // end it is (Τραμπ Trump); between vowels both readings meet Latin halfway (Λάντεν Laden, Αντώνης Antonis).
      const before = w[i - 1] ?? '';
      const plain = !before || !/\p{L}/u.test(before) || !VOWELS.has(before);
      const end = !/\p{L}/u.test(w[i + 2] ?? '');
      out += plain ? { μπ: 'b', ντ: 'd', γκ: 'g' }[pair] : end ? { μπ: 'mp', ντ: 'nt', γκ: 'nk' }[pair] : { μπ: 'mb', ντ: 'nd', γκ: 'ng' }[pair];
      i++;
      continue;
    }
    if (pair === 'γγ') { out += 'ng'; i++; continue; }
    if (pair === 'ου') { out += 'ou'; i++; continue; }
    if ((c === 'α' || c === 'ε') && n === 'υ') {
      const after = w[i + 2] ?? '';
      out += (c === 'α' ? 'a' : 'e') + (!after || VOICELESS.has(after) ? 'f' : 'v');
      i++;
      continue;
    }
    out += anyAscii(c);
  }
  return out.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
