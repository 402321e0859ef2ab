/**
 * Arabic ة (ta marbuta) ends many words of organisation names. Alone it is read "-a"/"-ah" (عصبة 'usba),
 * but before the next word it is pronounced and romanised "-at" (عصبة الأنصار "ASBAT AL-ANSAR", هيئة
 * تحرير الشام "HAY'AT TAHRIR AL-SHAM", رابطة "RABITAT"). text.ts writes it "h", so the Latin "t"
 * counts as a consonant the Arabic word lacks. A Latin word ending in a vowel and "t" is compared
 * without that "t" too, against an Arabic-script word ending in "h".
 */
import type { NameToken } from '../prepare.js';
import { cachedForms, tokenSimilarity } from '../similarity.js';

const CONSTRUCT = /^[a-z]{2,}[aeiu]t$/;

/** The similarity of an Arabic-script word ending in ة and a Latin word in its construct form; 0 if that does not apply. */
export function constructStateSimilarity(a: NameToken, b: NameToken): number {
  const [ar, la] = a.script === 'arabic' ? [a, b] : [b, a];
  if (ar.script !== 'arabic' || la.script !== 'latin' || ar.text.length < 3 || !ar.text.endsWith('h') || !CONSTRUCT.test(la.text)) return 0;
  return tokenSimilarity(ar, cachedForms(la.text.slice(0, -1), 'latin')).sim;
}
