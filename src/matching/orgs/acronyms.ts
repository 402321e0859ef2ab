/**
 * Ц in organisations' acronyms. Russian and Ukrainian bodies' initials with Ц (центр, centre)
 * are written C in their English names and Ts by transliteration: "РТЦ" is "RTC" in English and
 * "RTTs" in Ukraine's romanisation, "ЦСТ" is "CST" and "TsST" ("Limited Liability Company
 * \"RTC\"" / "Товариство з обмеженою відповідальністю \"РТЦ\""). An acronym's letters are compared
 * one by one, so "rtts" would be one letter more than "rtc" everywhere; both are read C here.
 * Only acronyms: a Cyrillic word in capitals without vowels, up to six letters, and a Latin word
 * in capitals with the "Ts" of a transliterated Ц inside ("RTTs", "TsNII"; not "TSB", all capitals).
 */
import anyAscii from 'any-ascii';

const CYRILLIC_ACRONYM = /(?<![\p{L}\p{N}])[БВГДЖЗЙКЛМНПРСТФХЦЧШЩЪЬ]{2,6}(?![\p{L}\p{N}])/gu;
const LATIN_TS_ACRONYM = /(?<![\p{L}\p{N}])([A-Z]*)Ts([A-Z]*)(?![\p{L}\p{N}])/gu;

/** The name with the Ц of its acronyms written C (Cyrillic acronyms then in Latin letters). */
export function acronymsWithC(name: string): string {
  if (!name.includes('Ц') && !name.includes('Ts')) return name;
  return name
    .replace(CYRILLIC_ACRONYM, (w) => (w.includes('Ц') ? anyAscii(w.replace(/Ц/g, 'C')).toUpperCase() : w))
    .replace(LATIN_TS_ACRONYM, (w, a: string, b: string) => (a.length + b.length >= 1 ? `${a}C${b}` : w));
}
