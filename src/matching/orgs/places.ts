/**
 * Countries in organisation names. One organisation's branches and national chapters are listed
 * apart, each by the organisation's name and its country ("AL-HARAMAIN FOUNDATION (PAKISTAN)" and
 * "(INDONESIA)", "ISLAMIC STATE IN IRAQ AND THE LEVANT - YEMEN" and "- LIBYA"): two names that agree
 * but for two different countries are two branches, not one organisation spelt two ways.
 */
import { countryCode } from '../countries.js';
import type { PreparedName } from '../prepare.js';
import { isCountryConcept } from './translations.js';

/** A name this close but for its countries is capped here: below review. */
export const BRANCHES_CAP = 0.55;
/** A name that shares only a country's name with another is capped here (onlyCountriesShared). */
export const COUNTRY_ONLY_CAP = 0.4;

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

/**
 * True when the name words paired between two organisation or vessel names are all countries'
 * names, and each name has a word the other lacks ("RUSSIAN FINANCIAL CORPORATION" / "RUSSIAN
 * IMPERIAL MOVEMENT", "LIBYAN AFRICA INVESTMENT PORTFOLIO" / "LIBYAN INVESTMENT AUTHORITY"): a
 * country is named by many bodies. Not a name wholly found in the other ("KOREA TRADING
 * CORPORATION" / "KOREA DAESONG GENERAL TRADING CORPORATION"): a query may leave out the own
 * word, and the officer should see the bodies it could mean.
 */
export function onlyCountriesShared(q: PreparedName, c: PreparedName, usedQ: Uint8Array, usedC: Uint8Array): boolean {
  let countries = 0, generic = 0;
  for (let k = 0; k < q.tokens.length; k++) {
    const t = q.tokens[k]!;
    // (Not with two generic words shared besides: "KOREA GENERAL CONSTRUCTION" / "KOREA GENERAL
    // CORPORATION FOR EXTERNAL CONSTRUCTION" share what the firm does.)
    if (t.role === 'generic' && usedQ[k] && ++generic > 1) return false;
    if (t.role !== 'word' || !usedQ[k]) continue;
    if (!t.concept || !isCountryConcept(t.concept)) return false;
    countries++;
  }
  if (!countries) return false;
  const lq = wordsLeft(q, usedQ), lc = wordsLeft(c, usedC);
  // (A generic word left on each side only, "Libyan Foreign Investment Company" / "LIBYAN INVESTMENT
  // AUTHORITY", is one body named two ways: a name word must be left on one side at least.)
  return lq > 0 && lc > 0 && (lq & OWN_LEFT || lc & OWN_LEFT) !== 0;
}

const OWN_LEFT = 2;
/** What of `n` is not paired: 1 a generic word, OWN_LEFT a name word (both: 3), 0 nothing. */
function wordsLeft(n: PreparedName, used: Uint8Array): number {
  let left = 0;
  for (let k = 0; k < n.tokens.length; k++) {
    if (used[k]) continue;
    const role = n.tokens[k]!.role;
    if (role === 'word') left |= OWN_LEFT;
    else if (role === 'generic') left |= 1;
  }
  return left;
}
