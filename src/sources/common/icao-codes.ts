/**
 * ICAO Doc 9303 Part 3 nationality and issuing-state codes, mapped to what the entity model uses
 * (lower-case ISO 3166-1 alpha-2, see src/model/entity.ts).
 *
 * Most ICAO codes are ISO 3166-1 alpha-3 codes (the table below was generated once from the
 * Debian iso-codes package). The rest are ICAO's own: Germany's one-letter "D", the British
 * nationality classes (GBD, GBN...), organisations (UNO, XPO...), stateless persons and refugees
 * (XXA, XXB, XXC, XXX), and the specimen state "UTO" (Utopia) printed on sample documents.
 */

export type IcaoCodeKind = 'state' | 'british-national' | 'organisation' | 'stateless' | 'refugee' | 'unspecified' | 'specimen';

export interface IcaoCode {
  code: string;
  /** ISO alpha-2, lower-case, when the code stands for a country (or the EU: "eu"). */
  country: string | null;
  kind: IcaoCodeKind;
  /** For the special codes: what they mean, in words. */
  meaning?: string;
}

// Generated from /usr/share/iso-codes/json/iso_3166-1.json (iso-codes, LGPL data, facts only).
const ISO3: Record<string, string> = {
  ABW:'aw', AFG:'af', AGO:'ao', AIA:'ai', ALA:'ax', ALB:'al', AND:'ad', ARE:'ae', ARG:'ar', ARM:'am',
  ASM:'as', ATA:'aq', ATF:'tf', ATG:'ag', AUS:'au', AUT:'at', AZE:'az', BDI:'bi', BEL:'be', BEN:'bj',
  BES:'bq', BFA:'bf', BGD:'bd', BGR:'bg', BHR:'bh', BHS:'bs', BIH:'ba', BLM:'bl', BLR:'by', BLZ:'bz',
  BMU:'bm', BOL:'bo', BRA:'br', BRB:'bb', BRN:'bn', BTN:'bt', BVT:'bv', BWA:'bw', CAF:'cf', CAN:'ca',
  CCK:'cc', CHE:'ch', CHL:'cl', CHN:'cn', CIV:'ci', CMR:'cm', COD:'cd', COG:'cg', COK:'ck', COL:'co',
  COM:'km', CPV:'cv', CRI:'cr', CUB:'cu', CUW:'cw', CXR:'cx', CYM:'ky', CYP:'cy', CZE:'cz', DEU:'de',
  DJI:'dj', DMA:'dm', DNK:'dk', DOM:'do', DZA:'dz', ECU:'ec', EGY:'eg', ERI:'er', ESH:'eh', ESP:'es',
  EST:'ee', ETH:'et', FIN:'fi', FJI:'fj', FLK:'fk', FRA:'fr', FRO:'fo', FSM:'fm', GAB:'ga', GBR:'gb',
  GEO:'ge', GGY:'gg', GHA:'gh', GIB:'gi', GIN:'gn', GLP:'gp', GMB:'gm', GNB:'gw', GNQ:'gq', GRC:'gr',
  GRD:'gd', GRL:'gl', GTM:'gt', GUF:'gf', GUM:'gu', GUY:'gy', HKG:'hk', HMD:'hm', HND:'hn', HRV:'hr',
  HTI:'ht', HUN:'hu', IDN:'id', IMN:'im', IND:'in', IOT:'io', IRL:'ie', IRN:'ir', IRQ:'iq', ISL:'is',
  ISR:'il', ITA:'it', JAM:'jm', JEY:'je', JOR:'jo', JPN:'jp', KAZ:'kz', KEN:'ke', KGZ:'kg', KHM:'kh',
  KIR:'ki', KNA:'kn', KOR:'kr', KWT:'kw', LAO:'la', LBN:'lb', LBR:'lr', LBY:'ly', LCA:'lc', LIE:'li',
  LKA:'lk', LSO:'ls', LTU:'lt', LUX:'lu', LVA:'lv', MAC:'mo', MAF:'mf', MAR:'ma', MCO:'mc', MDA:'md',
  MDG:'mg', MDV:'mv', MEX:'mx', MHL:'mh', MKD:'mk', MLI:'ml', MLT:'mt', MMR:'mm', MNE:'me', MNG:'mn',
  MNP:'mp', MOZ:'mz', MRT:'mr', MSR:'ms', MTQ:'mq', MUS:'mu', MWI:'mw', MYS:'my', MYT:'yt', NAM:'na',
  NCL:'nc', NER:'ne', NFK:'nf', NGA:'ng', NIC:'ni', NIU:'nu', NLD:'nl', NOR:'no', NPL:'np', NRU:'nr',
  NZL:'nz', OMN:'om', PAK:'pk', PAN:'pa', PCN:'pn', PER:'pe', PHL:'ph', PLW:'pw', PNG:'pg', POL:'pl',
  PRI:'pr', PRK:'kp', PRT:'pt', PRY:'py', PSE:'ps', PYF:'pf', QAT:'qa', REU:'re', ROU:'ro', RUS:'ru',
  RWA:'rw', SAU:'sa', SDN:'sd', SEN:'sn', SGP:'sg', SGS:'gs', SHN:'sh', SJM:'sj', SLB:'sb', SLE:'sl',
  SLV:'sv', SMR:'sm', SOM:'so', SPM:'pm', SRB:'rs', SSD:'ss', STP:'st', SUR:'sr', SVK:'sk', SVN:'si',
  SWE:'se', SWZ:'sz', SXM:'sx', SYC:'sc', SYR:'sy', TCA:'tc', TCD:'td', TGO:'tg', THA:'th', TJK:'tj',
  TKL:'tk', TKM:'tm', TLS:'tl', TON:'to', TTO:'tt', TUN:'tn', TUR:'tr', TUV:'tv', TWN:'tw', TZA:'tz',
  UGA:'ug', UKR:'ua', UMI:'um', URY:'uy', USA:'us', UZB:'uz', VAT:'va', VCT:'vc', VEN:'ve', VGB:'vg',
  VIR:'vi', VNM:'vn', VUT:'vu', WLF:'wf', WSM:'ws', YEM:'ye', ZAF:'za', ZMB:'zm', ZWE:'zw',};

const SPECIAL: Record<string, Omit<IcaoCode, 'code'>> = {
  D: { country: 'de', kind: 'state', meaning: 'Germany' },
  GBD: { country: 'gb', kind: 'british-national', meaning: 'British Overseas Territories Citizen' },
  GBN: { country: 'gb', kind: 'british-national', meaning: 'British National (Overseas)' },
  GBO: { country: 'gb', kind: 'british-national', meaning: 'British Overseas Citizen' },
  GBP: { country: 'gb', kind: 'british-national', meaning: 'British Protected Person' },
  GBS: { country: 'gb', kind: 'british-national', meaning: 'British Subject' },
  UNO: { country: null, kind: 'organisation', meaning: 'United Nations Organization' },
  UNA: { country: null, kind: 'organisation', meaning: 'specialized agency of the United Nations' },
  UNK: { country: 'xk', kind: 'state', meaning: 'resident of Kosovo (UNMIK travel document)' },
  RKS: { country: 'xk', kind: 'state', meaning: 'Kosovo' },
  EUE: { country: 'eu', kind: 'organisation', meaning: 'European Union' },
  XBA: { country: null, kind: 'organisation', meaning: 'African Development Bank' },
  XIM: { country: null, kind: 'organisation', meaning: 'African Export-Import Bank' },
  XCC: { country: null, kind: 'organisation', meaning: 'Caribbean Community' },
  XCE: { country: null, kind: 'organisation', meaning: 'Council of Europe' },
  XCO: { country: null, kind: 'organisation', meaning: 'Common Market for Eastern and Southern Africa' },
  XEC: { country: null, kind: 'organisation', meaning: 'Economic Community of West African States' },
  XES: { country: null, kind: 'organisation', meaning: 'Organisation of Eastern Caribbean States' },
  XMP: { country: null, kind: 'organisation', meaning: 'International Federation of Red Cross and Red Crescent Societies' },
  XOM: { country: null, kind: 'organisation', meaning: 'Sovereign Military Order of Malta' },
  XPO: { country: null, kind: 'organisation', meaning: 'International Criminal Police Organization (INTERPOL)' },
  XDC: { country: null, kind: 'organisation', meaning: 'Southern African Development Community' },
  XXA: { country: null, kind: 'stateless', meaning: 'stateless person (1954 Convention)' },
  XXB: { country: null, kind: 'refugee', meaning: 'refugee (1951 Convention)' },
  XXC: { country: null, kind: 'refugee', meaning: 'refugee (other than the 1951 Convention)' },
  XXX: { country: null, kind: 'unspecified', meaning: 'unspecified nationality' },
  UTO: { country: null, kind: 'specimen', meaning: 'Utopia, the specimen state of ICAO Doc 9303' },
  // Historical codes still met on old documents.
  ANT: { country: 'an', kind: 'state', meaning: 'Netherlands Antilles' },
  NTZ: { country: null, kind: 'unspecified', meaning: 'Neutral Zone' },
};

/** The ICAO code as read (fillers removed), or null when it is not a code ICAO assigns. */
export function icaoCode(raw: string): IcaoCode | null {
  const code = raw.replace(/</g, '');
  const special = SPECIAL[code];
  if (special) return { code, ...special };
  const iso = ISO3[code];
  return iso ? { code, country: iso, kind: 'state' } : null;
}

/** ISO alpha-2 (lower case) for an ICAO or ISO alpha-3 code, as the entity model stores countries. */
export function countryOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  return icaoCode(raw.toUpperCase())?.country ?? null;
}
