/**
 * Words of organisation names that say what kind of body it is, or join its words, rather than
 * which one it is: they weigh little (vocab.ts GENERIC_ORG_WORDS, weight 0.25) so that a name
 * shared only through them is capped, and so that a query leaving them out ("Hanifa Exchange" /
 * "HANIFA MONEY EXCHANGE OFFICE") loses little.
 */

/** Connectors inside organisation names, in the languages of the lists ("Front for the People of"). */
export const ORG_CONNECTORS = ['for', 'in', 'on', 'to', 'by', 'with', 'et', 'aux', 'au', 'des', 'pour', 'fi', 'li', 'wa', 'fur', 'per', 'por', 'para', 'na', 'po', 'dlya',
  've', 'va', 'ye', // Turkish and Persian "and" ("SANAYI VE TICARET", "OMRAN VA MASKAN"), the Persian izafe "-ye" ("TAKHASSOSI-YE")
  'en', 'dell', 'nell', 'dall', 'sull', // French "en", Italian "dell'", "nell'" (elided before a vowel: prepare.ts)
  'imeni', 'named']; // Russian "imeni" before the person a body is named after ("... IMENI ACADEMICIAN A.A. RASPLETIN", "NAMED BY/AFTER")

/** Kinds of bodies and businesses, beyond those in vocab.ts. */
export const MORE_GENERIC_ORG_WORDS = [
  'establishment', 'est', 'society', 'committee', 'charitable', 'charity', 'network', 'money', 'office', 'offices', 'bureau', 'branch', 'concern',
  'association', 'union', 'council', 'movement', 'organisation', 'institution', 'academy', 'university', 'college', 'school', 'hospital', 'hotel',
  'restaurant', 'agencies', 'brokerage', 'currency', 'hawala', 'sarafi', 'sarrafi', 'exchange', 'cooperative', 'cooperation', 'partnership',
  'corporate', 'affairs', 'support', 'relief', 'welfare', 'aid', 'humanitarian',
  'wings', // airlines named so ("CHAM WINGS", "AL NASER WINGS" / "AL-NASER AIRLINES": translations.ts)
  // The same kinds in Spanish, Portuguese, French and Italian (many listed Latin American firms).
  'grupo', 'groupe', 'gruppo', 'inmobiliaria', 'constructora', 'construcciones', 'operadora', 'comercializadora', 'comercial', 'distribuidora',
  'inversiones', 'importadora', 'exportadora', 'almacen', 'almacenes', 'farmacia', 'drogueria', 'laboratorios', 'servicios', 'transportes',
  'agropecuaria', 'ganadera', 'hacienda', 'empresa', 'sociedad', 'compania', 'industrias', 'promotora', 'administradora', 'consultores',
  'societe', 'entreprise', 'compagnie', 'societa',
  // Associations and foundations as other languages name them (Stichting Al-Aqsa, Foreningen Al-Aqsa, Yayasan Hilal Ahmar).
  'stichting', 'foreningen', 'forening', 'stiftelse', 'stiftung', 'verein', 'yayasan', 'fondation', 'fundacion', 'asociacion', 'jamiat', 'jamiyat',
  'jamiyya', 'jamaat', 'jammeat', 'lajnat', 'lajna', 'maktab', 'muassasat', 'muassasa', 'munazzamat', 'harakat',
  // Russian kinds of bodies, transliterated, and their acronyms (NPO research and production association, NPP
  // ... enterprise, NII research institute, OKB / KB / GSKB design bureaus, VPK military-industrial corporation).
  'kontsern', 'gruppa', 'obedinenie', 'obyedinenie', 'predpriyatie', 'kholding', 'npo', 'npp', 'nii', 'nic', 'ntc', 'okb', 'kb', 'gskb', 'skb',
  'vpk', 'npk', 'nto',
  // A private military company (ЧВК частная военная компания, PMC): the kind of Wagner and its like.
  'pmc', 'chvk',
  // Arabic and Persian kinds of bodies as text.ts writes them from Arabic script (shbkh شبكة network, mktb مكتب office,
  // srfh صرافة exchange, jmh جماعة group, jmyh جمعية society, shrkh شركة / shrkt شرکت company, ljnh لجنة committee...).
  'shbkh', 'mktb', 'srfh', 'llsrfh', 'srfy', 'tndhym', 'mndhmh', 'jmh', 'mjmwh', 'grwh', 'jmyh', 'mussh', 'mwssh', 'shrkh', 'shrkt', 'bnk', 'ljnh',
  'hrkh', 'szmn', 'khdmt',
  // Trades and honours that name many firms ("FAJR PETROCHEMICAL", "SHAHID KAZEMI GROUP": shahid, martyr, is given to many).
  'petrochemical', 'petrochemicals', 'shahid', 'shaheed',
  // Kinds of armed bodies, as "group" and "movement" are kinds of bodies ("Battalion of Emigrants" / "Army of Emigrants").
  'army', 'battalion', 'brigade', 'brigades', 'front', 'legion', 'corps', 'forces', 'force', 'regiment', 'militia', 'jaysh', 'jaish', 'jabhat',
  'katibat', 'katiba', 'katibah', 'kataib', 'kataeb', 'liwa', 'saraya', 'jund', 'lashkar', 'tehrik', 'tehreek', 'ktib', 'jysh', 'jbhh', 'jbht', 'ktybh', 'ktybt',
  // What a body does for others ("... COMMITTEE FOR SUPPORTING PALESTINE"), and charity and relief in
  // the other languages of the lists ("COMITE DE BIENFAISANCE ET DE SECOURS": charity and relief).
  'supporting', 'solidarity', 'help', 'helping', 'bienfaisance', 'beneficencia', 'secours', 'socorro', 'ighatha', 'ighathah', 'igatha',
  'khayriyya', 'khairiya', 'khayriya', 'khairiyah', 'khayriyah', 'blagotvoritelny',
  // What armed bodies say of themselves ("RECONNAISSANCE AND SABOTAGE BATTALION OF ... MARTYRS").
  'martyrs', 'martyr', 'shuhada', 'reconnaissance', 'sabotage', 'surveillance',
  // What many firms make ("RYONHA MACHINE TOOL" / "KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION").
  'machines', 'machinery', 'tool', 'tools', 'operation', 'operations', 'operating',
  // Persian trades and kinds of firms, beside sanaye, tejarat, bazargani, mohandesi, gostaresh in vocab.ts ("MANDEGAR BASPAR KIMIYA
  // COMPANY": kimiya is chemistry; khadamat services, tolid production, sakhteman construction, felezat metals, tose'e development).
  'kimiya', 'shimi', 'shimiyai', 'khadamat', 'khedmat', 'tolid', 'tolidi', 'sakhteman', 'sakhtemani', 'felezat', 'sarmayeh', 'sarmayegozari',
  'tose', 'toseh', 'towse', 'tosee', 'fanavari', 'sanati', 'tejari', 'tejarati', 'kashtirani', 'havapeyma', 'petroshimi', 'mashinsazi', 'bimeh',
  // Turkish kinds of firms and trades ("... SANAYI VE TICARET LIMITED SIRKETI", "... DIS TICARET A.S.").
  'sanayi', 'ticaret', 'ticari', 'insaat', 'nakliyat', 'nakliye', 'tasimacilik', 'lojistik', 'denizcilik', 'tekstil', 'gida', 'enerji', 'madencilik',
  'turizm', 'otomotiv', 'elektrik', 'elektronik', 'makina', 'kimya', 'ithalat', 'ihracat', 'pazarlama', 'yatirim', 'danismanlik', 'muhendislik',
  'teknoloji', 'hizmetleri', 'sirketi', 'ortakligi',
  // Generic words as lists abbreviate them ("KOREA SAMMA SHPG CO", "X TRDG LLC", "Y BROS"): orgs/translations.ts gives their meaning.
  'shpg', 'shipg', 'trdg', 'tradg', 'svcs', 'svc', 'servs', 'engg', 'engr', 'devt', 'assn', 'assoc', 'inds', 'indus', 'indust', 'grp', 'chem',
  'natl', 'corpn', 'elec', 'elecs', 'invt', 'transp', 'mgmt', 'mgt', 'mfg', 'mfrs', 'manufacture', 'manufacturers',
  // English generic words as Japanese writes them in katakana (システムズ systems, センター center, グループ group): orgs/translations.ts.
  'shisutemuzu', 'shisutemu', 'senta', 'kontserun', 'gurupu', 'tekunoroji', 'tekunorojizu', 'toredingu', 'toredo', 'intanashonaru', 'horudingu',
  'horudingusu', 'sabisu', 'enjiniaringu', 'kanpani', 'koporeshon', 'indasutori', 'indasutorizu', 'erekutoronikusu', 'abieshon', 'shippingu',
  'rojisutikusu', 'enaji', 'kemikaru', 'metaru', 'mashinari', 'faundeshon', 'banku', 'entapuraizu', 'inbesutomento', 'diberoppumento',
  'nettowaku', 'manejimento', 'konsarutingu', 'soryushonzu', 'purodakutsu',
  // "in" written in Arabic script (في), as "fi" is in Latin.
  'fy',
];
