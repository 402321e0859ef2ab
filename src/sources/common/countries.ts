import { countryOf } from './icao-codes.js';
/**
 * Country names as the lists publish them -> ISO 3166-1 alpha-2 (lower case), per the entity
 * model's convention. The base table is the English region names that Node's ICU already holds
 * (Intl.DisplayNames), so it needs no data file; VARIANTS adds the spellings sanctions lists use
 * ("Korea, North", "Iran (Islamic Republic of)", "Burma", "Congo, Democratic Republic of the").
 */

const VARIANTS: Record<string, string> = {
  "democratic people's republic of korea": 'kp',
  'korea, north': 'kp',
  'north korea': 'kp',
  'korea, democratic peoples republic of': 'kp',
  'dprk': 'kp',
  'korea, south': 'kr',
  'republic of korea': 'kr',
  'korea, republic of': 'kr',
  'burma': 'mm',
  'myanmar (burma)': 'mm',
  'turkey': 'tr',
  'syrian arab republic': 'sy',
  'syria': 'sy',
  'democratic republic of the congo': 'cd',
  'congo, democratic republic of the': 'cd',
  'congo, the democratic republic of the': 'cd',
  'drc': 'cd',
  'republic of the congo': 'cg',
  'congo, republic of the': 'cg',
  'iran (islamic republic of)': 'ir',
  'iran, islamic republic of': 'ir',
  'islamic republic of iran': 'ir',
  'palestinian': 'ps',
  'state of palestine': 'ps',
  'palestine': 'ps',
  'palestinian territories': 'ps',
  'west bank': 'ps',
  'gaza': 'ps',
  'region: gaza': 'ps',
  'region: west bank': 'ps',
  'bosnia and herzegovina': 'ba',
  'bosnia-herzegovina': 'ba',
  'united kingdom of great britain and northern ireland': 'gb',
  'united kingdom': 'gb',
  'uk': 'gb',
  'great britain': 'gb',
  'united states of america': 'us',
  'united states': 'us',
  'usa': 'us',
  'russian federation': 'ru',
  'russia': 'ru',
  'trinidad and tobago': 'tt',
  'hong kong': 'hk',
  'china, hong kong special administrative region': 'hk',
  'hong kong special administrative region': 'hk',
  'macau': 'mo',
  'china, macao special administrative region': 'mo',
  'saint kitts and nevis': 'kn',
  'st kitts and nevis': 'kn',
  'united republic of tanzania': 'tz',
  'tanzania, united republic of': 'tz',
  'north macedonia, the republic of': 'mk',
  'macedonia, the former yugoslav republic of': 'mk',
  'the former yugoslav republic of macedonia': 'mk',
  'macedonia': 'mk',
  'gambia': 'gm',
  'the gambia': 'gm',
  'gambia, the': 'gm',
  'cabo verde': 'cv',
  'cape verde': 'cv',
  'virgin islands, british': 'vg',
  'british virgin islands': 'vg',
  'viet nam': 'vn',
  'czech republic': 'cz',
  'czechia': 'cz',
  "cote d'ivoire": 'ci',
  'ivory coast': 'ci',
  'lao people\'s democratic republic': 'la',
  'laos': 'la',
  'libyan arab jamahiriya': 'ly',
  'venezuela (bolivarian republic of)': 've',
  'bolivia (plurinational state of)': 'bo',
  'moldova, republic of': 'md',
  'republic of moldova': 'md',
  'micronesia (federated states of)': 'fm',
  'brunei darussalam': 'bn',
  'curacao': 'cw',
  'sao tome and principe': 'st',
  'timor-leste': 'tl',
  'east timor': 'tl',
  'eswatini': 'sz',
  'swaziland': 'sz',
  'vatican city': 'va',
  'holy see': 'va',
  'kosovo': 'xk',
  'republic of kosovo': 'xk',
  'congo': 'cg',
  'crimea': 'ua',
  'region: crimea': 'ua',
  'yugoslavia': 'rs',
  'serbia and montenegro': 'rs',
  'ussr': 'su',
  'soviet union': 'su',
  'taiwan': 'tw',
  'taiwan, province of china': 'tw',
  'netherlands antilles': 'an',
  'bahamas, the': 'bs',
  'the bahamas': 'bs',
  'saint vincent and the grenadines': 'vc',
  'saint lucia': 'lc',
  'antigua and barbuda': 'ag',
  'turks and caicos islands': 'tc',
  'kyrgyz republic': 'kg',
  'slovak republic': 'sk',
};

/** Lower case, no diacritics or trailing dots, "&" as "and", single spaces. */
export function normaliseCountryName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’`]/g, "'")
    .replace(/[.\s]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Codes ICU still names but that are retired or not countries (ICU names FX "France"). */
const RETIRED = new Set(['AN', 'BU', 'CS', 'DD', 'DY', 'EU', 'EZ', 'FX', 'HV', 'NH', 'QO', 'RH', 'SU', 'TP', 'UK', 'UN', 'VD', 'YD', 'YU', 'ZR', 'ZZ']);

let table: Map<string, string> | undefined;

function build(): Map<string, string> {
  const m = new Map<string, string>();
  const dn = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a < 91; a++) {
    for (let b = 65; b < 91; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = dn.of(code);
      } catch {
        continue;
      }
      if (!name || name === code || RETIRED.has(code)) continue;
      m.set(normaliseCountryName(name), code.toLowerCase());
    }
  }
  m.delete('world');
  for (const [k, v] of Object.entries(VARIANTS)) m.set(normaliseCountryName(k), v);
  return m;
}

/** The alpha-2 code (lower case) for a published country name or code, or undefined. */
export function countryCode(name: string | undefined | null): string | undefined {
  if (!name) return undefined;
  const n = normaliseCountryName(name);
  if (!n) return undefined;
  // A bare two-letter code only when written as one ("IR"); "na" in a list means n/a.
  if (/^[A-Z]{2}$/.test(name.trim())) return n === 'uk' ? 'gb' : n;
  table ??= build();
  return table.get(n) ?? table.get(n.replace(/^the /, ''));
}

/** The code where mappable, else the published text (the model's convention). */
export function countryOrText(name: string | undefined | null): string | undefined {
  if (!name || !name.trim()) return undefined;
  return countryCode(name) ?? name.trim();
}

/** An alpha-2 or alpha-3/ICAO code or a country name -> alpha-2 (lower case), or undefined. */
export function countryCodeAny(v: string | undefined | null): string | undefined {
  if (!v) return undefined;
  const t = v.trim();
  // ICAO's code table (icao-codes.ts) is the one travel documents are read with, so a register
  // row and the MRZ of the same passport give the same country.
  if (/^[A-Z]{1,3}$/.test(t) && t.length !== 2) return countryOf(t) ?? undefined;
  return countryCode(t);
}
