/**
 * Country names as the lists print them, to ISO 3166-1 alpha-2 codes (the model's convention).
 * Only what UN, OFAC and our generated people need; unknown names stay as text.
 */
const CODES: Record<string, string> = {
  afghanistan: 'af', albania: 'al', algeria: 'dz', argentina: 'ar', armenia: 'am', australia: 'au',
  austria: 'at', azerbaijan: 'az', bahrain: 'bh', bangladesh: 'bd', belarus: 'by', belgium: 'be',
  'bosnia and herzegovina': 'ba', brazil: 'br', bulgaria: 'bg', burundi: 'bi', cambodia: 'kh', canada: 'ca',
  'central african republic': 'cf', chad: 'td', chile: 'cl', china: 'cn', colombia: 'co', cuba: 'cu',
  cyprus: 'cy', 'czech republic': 'cz', 'democratic republic of the congo': 'cd', 'congo, democratic republic of the': 'cd',
  denmark: 'dk', egypt: 'eg', eritrea: 'er', ethiopia: 'et', finland: 'fi', france: 'fr', georgia: 'ge',
  germany: 'de', greece: 'gr', guinea: 'gn', 'hong kong': 'hk', hungary: 'hu', india: 'in', indonesia: 'id',
  iran: 'ir', 'iran (islamic republic of)': 'ir', iraq: 'iq', ireland: 'ie', israel: 'il', italy: 'it',
  japan: 'jp', jordan: 'jo', kazakhstan: 'kz', kenya: 'ke', korea: 'kr', 'korea, south': 'kr',
  'korea, north': 'kp', "democratic people's republic of korea": 'kp', 'republic of korea': 'kr',
  kuwait: 'kw', kyrgyzstan: 'kg', lebanon: 'lb', liberia: 'lr', libya: 'ly', malaysia: 'my', mali: 'ml',
  mauritania: 'mr', mexico: 'mx', moldova: 'md', morocco: 'ma', myanmar: 'mm', burma: 'mm', nepal: 'np',
  netherlands: 'nl', nicaragua: 'ni', niger: 'ne', nigeria: 'ng', 'north korea': 'kp', norway: 'no',
  oman: 'om', pakistan: 'pk', palestinian: 'ps', panama: 'pa', philippines: 'ph', poland: 'pl', portugal: 'pt',
  qatar: 'qa', romania: 'ro', russia: 'ru', 'russian federation': 'ru', rwanda: 'rw', 'saudi arabia': 'sa',
  senegal: 'sn', serbia: 'rs', somalia: 'so', 'south africa': 'za', 'south korea': 'kr', 'south sudan': 'ss',
  spain: 'es', 'sri lanka': 'lk', sudan: 'sd', sweden: 'se', switzerland: 'ch', syria: 'sy',
  'syrian arab republic': 'sy', taiwan: 'tw', tajikistan: 'tj', tanzania: 'tz', thailand: 'th', tunisia: 'tn',
  turkey: 'tr', 'türkiye': 'tr', turkmenistan: 'tm', uganda: 'ug', ukraine: 'ua', 'united arab emirates': 'ae',
  'united kingdom': 'gb', 'united states': 'us', uzbekistan: 'uz', venezuela: 've', vietnam: 'vn',
  'viet nam': 'vn', yemen: 'ye', zimbabwe: 'zw', 'trinidad and tobago': 'tt', maldives: 'mv', tonga: 'to',
  'sierra leone': 'sl', 'cote d ivoire': 'ci', "cote d'ivoire": 'ci', gabon: 'ga', togo: 'tg', comoros: 'km',
  guatemala: 'gt', 'guinea-bissau': 'gw', 'dominican republic': 'do', 'united kingdom of great britain and northern ireland': 'gb',
  'el salvador': 'sv', haiti: 'ht', paraguay: 'py', honduras: 'hn', malta: 'mt', 'united states of america': 'us', slovenia: 'si',
  peru: 'pe', ecuador: 'ec', 'state of palestine': 'ps', bolivia: 'bo', 'the gambia': 'gm', latvia: 'lv',
  'united republic of tanzania': 'tz', 'costa rica': 'cr', singapore: 'sg', angola: 'ao', ghana: 'gh', 'new zealand': 'nz',
  'marshall islands': 'mh', 'saint kitts and nevis': 'kn', 'cook islands': 'ck', palau: 'pw', 'sao tome and principe': 'st',
};

export function countryCode(name: string): string {
  const k = name.trim().toLowerCase().replace(/\.$/, '');
  return CODES[k] ?? name.trim();
}
