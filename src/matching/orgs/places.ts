/**
 * Countries in organisation names. One organisation's branches and national chapters are listed
 * apart, each by the organisation's name and its country ("AL-HARAMAIN FOUNDATION (PAKISTAN)" and
 * "(INDONESIA)", "ISLAMIC STATE IN IRAQ AND THE LEVANT - YEMEN" and "- LIBYA"): two names that agree
 * but for two different countries are two branches, not one organisation spelt two ways.
 */
import { countryCode } from '../countries.js';
import type { PreparedName } from '../prepare.js';

/** A name this close but for its countries is capped here: below review. */
export const BRANCHES_CAP = 0.55;

/** The country a word names, by its English name (four letters or more: not codes such as "CO" or "SA"). */
export function countryOfWord(text: string): string | undefined {
  return text.length >= 4 ? countryCode(text) : undefined;
}

/** Countries named by the words of `n` not paired with the other name's (unused by the pairing). */
function unpairedCountries(n: PreparedName, used: Uint8Array): string[] {
  const out: string[] = [];
  for (let k = 0; k < n.tokens.length; k++) {
    if (used[k]) continue;
    const t = n.tokens[k]!;
    if (t.script !== 'latin' || t.role === 'number' || t.role === 'particle') continue;
    const code = countryOfWord(t.text);
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

/** True when each name has a country the other lacks, and they share none of those: two branches. */
export function branchesApart(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array): boolean {
  const a = unpairedCountries(q, usedQ);
  if (!a.length) return false;
  const b = unpairedCountries(c, usedC);
  return b.length > 0 && !b.some((x) => a.includes(x));
}

/**
 * True when a bracketed qualifier is a country's name ("(PAKISTAN)", "(UNION OF THE COMOROS)"), not
 * a longer note that mentions one ("(BRANCH LOCATED IN ALBU KAMAL, SYRIAN ARAB REPUBLIC)").
 */
export function namesCountry(part: string): boolean {
  if (countryCode(part)) return true;
  const words = part.split(/\s+/).filter(Boolean);
  return words.length <= 4 && countryOfWord(words[words.length - 1]?.toLowerCase() ?? '') !== undefined;
}
