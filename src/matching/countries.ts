/**
 * Country values to lower-case ISO 3166-1 alpha-2 codes, tolerating what documents and lists
 * write instead: alpha-3 codes ("IRN"), English names ("Iran"), adjectives ("Iranian").
 * Names come from the runtime's own CLDR data (Intl.DisplayNames), so nothing is downloaded;
 * alpha-3 and ICAO codes from the table the list readers and the MRZ reader share.
 */
import { countryOf } from '../sources/common/icao-codes.js';

const ADJECTIVES: Record<string, string> = {
  afghan: 'af', iranian: 'ir', iraqi: 'iq', syrian: 'sy', russian: 'ru', ukrainian: 'ua', belarusian: 'by', chinese: 'cn', korean: 'kr',
  'north korean': 'kp', american: 'us', british: 'gb', french: 'fr', german: 'de', pakistani: 'pk', indian: 'in', saudi: 'sa', yemeni: 'ye',
  egyptian: 'eg', libyan: 'ly', sudanese: 'sd', somali: 'so', lebanese: 'lb', jordanian: 'jo', turkish: 'tr', venezuelan: 've', cuban: 'cu',
  'dprk': 'kp', 'democratic people\'s republic of korea': 'kp', 'republic of korea': 'kr', 'south korea': 'kr', 'north korea': 'kp',
  'russian federation': 'ru', 'iran (islamic republic of)': 'ir', 'syrian arab republic': 'sy', 'united kingdom': 'gb', uk: 'gb',
  'united states': 'us', usa: 'us', 'viet nam': 'vn', tunisian: 'tn', algerian: 'dz', moroccan: 'ma', kuwaiti: 'kw', emirati: 'ae', qatari: 'qa',
  bahraini: 'bh', omani: 'om', palestinian: 'ps', israeli: 'il', nigerian: 'ng', malian: 'ml', mauritanian: 'mr', kenyan: 'ke', ethiopian: 'et',
  eritrean: 'er', bangladeshi: 'bd', indonesian: 'id', filipino: 'ph', malaysian: 'my', kazakh: 'kz', uzbek: 'uz', tajik: 'tj', kyrgyz: 'kg',
  turkmen: 'tm', azerbaijani: 'az', armenian: 'am', georgian: 'ge', nicaraguan: 'ni', mexican: 'mx', colombian: 'co', spanish: 'es',
  italian: 'it', dutch: 'nl', belgian: 'be', swiss: 'ch', austrian: 'at', swedish: 'se', norwegian: 'no', danish: 'dk', finnish: 'fi',
  polish: 'pl', czech: 'cz', hungarian: 'hu', romanian: 'ro', bulgarian: 'bg', serbian: 'rs', bosnian: 'ba', croatian: 'hr', greek: 'gr',
  cypriot: 'cy', canadian: 'ca', australian: 'au', japanese: 'jp', burmese: 'mm', myanmar: 'mm',
};

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  const m = new Map<string, string>(Object.entries(ADJECTIVES));
  try {
    const dn = new Intl.DisplayNames(['en'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = dn.of(code);
        if (name && name !== code) m.set(name.toLowerCase(), code.toLowerCase());
      }
    }
  } catch {
    // A runtime without region names still understands codes and the adjectives above.
  }
  return m;
}

/** A country value as a lower-case alpha-2 code, or undefined when we cannot tell. */
export function countryCode(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (!v) return undefined;
  if (/^[a-z]{2}$/.test(v)) return v === 'uk' ? 'gb' : v;
  if (/^[a-z]{3}$/.test(v)) {
    const code = countryOf(v);
    if (code) return code;
  }
  byName ??= names();
  return byName.get(v) ?? byName.get(v.replace(/^the\s+/, ''));
}

/** The set of codes among values (unknown ones left out). */
export function countryCodes(values: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const v of values) {
    const c = countryCode(v);
    if (c) out.add(c);
  }
  return out;
}
