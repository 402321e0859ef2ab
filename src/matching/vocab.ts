/**
 * Words in names that are not what identifies someone: particles and connectors, honorifics,
 * organisation legal forms (recognised and compared, not just stripped), generic business words,
 * and given names so common that sharing them says little. All in transliterated ASCII.
 */

import { MORE_GENERIC_ORG_WORDS, ORG_CONNECTORS } from './orgs/generic-words.js';
import { MORE_LEGAL_FORMS, MULTILINGUAL_LEGAL_FORM_PHRASES } from './orgs/legal-forms.js';

/** Name particles and connectors: they carry little identity and are often dropped or glued on. */
export const PARTICLES = new Set([
  'al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'bin', 'ibn', 'bn', 'bint', 'binti', 'bte', 'abu', 'abou', 'bou', 'ben', 'ould', 'ait',
  'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'do', 'la', 'le', 'lo', 'y', 'e', 'und', 'and', 'of', 'the',
  'mc', 'st', 'ter', 'ten', 'zu', 'af', 'av',
]);

/**
 * The titles written in Arabic script, as text.ts reads their consonants: حاجى حاجی حاج شيخ ملا
 * مولوی مولانا قاري دكتور مفتی (not سيد "syd", which is also سعيد, Said). The only titles an
 * Arabic-script word can be: its consonants may spell a Latin title and a name (عمر Omar is
 * "mr", as Mr is). (Hebrew words are read against them all: מר is Mr.)
 */
export const ABJAD_HONORIFICS = new Set(['hja', 'hjy', 'hj', 'shykh', 'ml', 'mwlwy', 'mwln', 'qry', 'dktwr', 'mfty']);

/**
 * Titles that are given names too (Hafiz al-Assad, Sayed Kamal, Imam Hussein): a title before a
 * name, the name where none follows ("MAKHLUF, Hafiz"), and the same name either way (names.ts).
 */
export const NAME_TITLES = new Set(['hafiz', 'sayed', 'sayyid', 'syed', 'imam']);

/** Titles and honorifics that lists and documents add around names. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'sheikh', 'shaikh', 'shaykh', 'sheik', 'haji', 'hajji', 'hadji', 'mullah', 'mulla', 'maulana', 'mawlawi',
  'maulvi', 'mawlavi', 'qari', 'hafiz', 'imam', 'sayed', 'sayyid', 'syed', 'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'major', 'lt',
  // more of the same, as lists and documents spell them
  'doctor', 'eng', 'engineer', 'hajj', 'haj', 'hadj', 'alhaj', 'alhajj', 'alhadj', 'elhadj', 'elhaj', 'hajjah', 'hajja', 'cheikh', 'shaik', 'shekh', 'molla', 'mollah', 'maulawi',
  'mowlawi', 'moulvi', 'molvi', 'mawlana', 'moulana', 'mufti', 'ustad', 'ustadh',
  'ustaz', 'brigadier', 'lieutenant', 'admiral', 'sergeant', 'marshal', 'chief', 'commander', 'molah', 'mulah',
  ...ABJAD_HONORIFICS,
]);

/**
 * Organisation legal forms and their family: equal families agree ("OOO" is an LLC, "S.A." a
 * Sociedad Anonima), different families disagree a little. Multi-word forms are matched first.
 */
export const LEGAL_FORMS: Record<string, string> = {
  ...MORE_LEGAL_FORMS, // other languages (orgs/legal-forms.ts); the entries below win
  llc: 'llc', ooo: 'llc', tov: 'llc', gmbh: 'llc', sarl: 'llc', srl: 'llc', sro: 'llc', spzoo: 'llc', bv: 'llc', kft: 'llc', doo: 'llc', eood: 'llc',
  // A private company limited by shares (Ltd, Pte, Pty, Bhd) is the same kind of firm as an LLC, GmbH or OOO: lists
  // translate one into the other (有限会社 "Limited", ООО "Ltd"), so they are one family.
  ltd: 'llc', limited: 'llc', pte: 'llc', pty: 'llc', bhd: 'llc', sdn: 'llc', pvt: 'llc', private: 'llc',
  inc: 'inc', incorporated: 'inc', corp: 'inc', corporation: 'inc', co: 'co', company: 'co', cie: 'co',
  jsc: 'jsc', ojsc: 'jsc', cjsc: 'jsc', pjsc: 'jsc', oao: 'jsc', zao: 'jsc', pao: 'jsc', ao: 'jsc', jsco: 'jsc', ag: 'jsc', sa: 'jsc', nv: 'jsc',
  spa: 'jsc', as: 'jsc', asa: 'jsc', ab: 'jsc', oy: 'jsc', oyj: 'jsc', plc: 'jsc', tas: 'jsc', pao_: 'jsc', sae: 'jsc', saog: 'jsc', psc: 'jsc',
  llp: 'lp', lp: 'lp', kg: 'lp', gmbhcokg: 'lp',
  fze: 'fz', fzco: 'fz', fzc: 'fz', fzllc: 'fz', dmcc: 'fz',
  ngo: 'ngo', foundation: 'ngo', fund: 'ngo', trust: 'ngo', association: 'ngo',
  gup: 'state', fgup: 'state', sue: 'state', up: 'state',
};

/** Multi-word legal forms, folded into one token before comparison. */
export const LEGAL_FORM_PHRASES: [string[], string][] = [
  ...MULTILINGUAL_LEGAL_FORM_PHRASES, // first: "S.A. de C.V." before "S.A."
  [['limited', 'liability', 'company'], 'llc'],
  [['limited', 'liability', 'partnership'], 'llp'],
  [['obshchestvo', 's', 'ogranichennoy', 'otvetstvennostyu'], 'ooo'],
  [['obshchestvo', 's', 'ogranichennoi', 'otvetstvennostiu'], 'ooo'],
  [['joint', 'stock', 'company'], 'jsc'],
  [['closed', 'joint', 'stock', 'company'], 'cjsc'],
  [['open', 'joint', 'stock', 'company'], 'ojsc'],
  [['public', 'joint', 'stock', 'company'], 'pjsc'],
  // "Joint Stock Commercial Bank X", "Joint-Stock Bank X": a joint-stock company, without the word.
  [['joint', 'stock'], 'jsc'],
  [['aktsionernoe', 'obshchestvo'], 'ao'],
  [['aktsionernoye', 'obshchestvo'], 'ao'],
  [['sociedad', 'anonima'], 'sa'],
  [['societe', 'anonyme'], 'sa'],
  [['public', 'limited', 'company'], 'plc'],
  [['private', 'limited'], 'ltd'],
  [['s', 'a'], 'sa'],
  [['s', 'r', 'l'], 'srl'],
  [['s', 'p', 'a'], 'spa'],
  [['b', 'v'], 'bv'],
  [['n', 'v'], 'nv'],
  [['l', 'l', 'c'], 'llc'],
  [['sdn', 'bhd'], 'bhd'],
  [['free', 'zone', 'establishment'], 'fze'],
  [['free', 'zone', 'company'], 'fzco'],
];

/** Words that describe what an organisation does, not which one it is: they weigh little. */
export const GENERIC_ORG_WORDS = new Set([
  ...ORG_CONNECTORS, ...MORE_GENERIC_ORG_WORDS, // orgs/generic-words.ts
  'company', 'trading', 'trade', 'traders', 'bank', 'banking', 'group', 'international', 'intl', 'int', 'holding', 'holdings', 'industries', 'industry',
  'industrial', 'enterprise', 'enterprises', 'services', 'service', 'general', 'national', 'investment', 'investments', 'import', 'export', 'shipping',
  'maritime', 'marine', 'shipping', 'navigation', 'logistics', 'petroleum', 'oil', 'gas', 'energy', 'global', 'commercial', 'commerce', 'development',
  'management', 'finance', 'financial', 'capital', 'partners', 'consulting', 'technology', 'technologies', 'tech', 'systems', 'solutions', 'products',
  'manufacturing', 'construction', 'engineering', 'equipment', 'electronics', 'exchange', 'ventures', 'resources', 'agency', 'office', 'center',
  'centre', 'institute', 'organization', 'organisation', 'ministry', 'department', 'authority', 'corporation', 'corp', 'factory', 'plant', 'works',
  'line', 'lines', 'transport', 'airlines', 'airline', 'air', 'aviation', 'tankers', 'tanker', 'navigation', 'chemical', 'chemicals', 'store', 'shop',
  'market', 'travel', 'tourism', 'import', 'foreign', 'state', 'public', 'private', 'joint', 'venture', 'new', 'first', 'united', 'world', 'asia',
  'middle', 'east', 'west', 'north', 'south', 'sea', 'ocean', 'star', 'gulf', 'commodities', 'metals', 'steel', 'mining', 'agro', 'food', 'medical',
  'pharmaceutical', 'pharma', 'research', 'production', 'scientific', 'obshchestvo', 'kompaniya', 'firma', 'tovarishchestvo', 'zavod', 'sherkat',
  'sherkate', 'shirkat', 'sharikat', 'sharika', 'mohandesi', 'tejarat', 'bazargani', 'sanaye', 'gostaresh', 'saz', 'sazeh', 'petro', 'pars',
  'vessel', 'ship', 'mv', 'mt', 'ss', 'fv',
]);

/**
 * Given and family names so common across the listed cultures that sharing one says little
 * (weight ×0.5). Spelling variants are caught through their phonetic keys in names.ts.
 */
export const COMMON_NAMES = new Set([
  'muhammad', 'mohammad', 'mohammed', 'mohamed', 'muhammed', 'mehmet', 'ahmad', 'ahmed', 'ali', 'hassan', 'hasan', 'hussein', 'husain', 'hussain',
  'husayn', 'abdul', 'abd', 'abdel', 'abdullah', 'abdallah', 'ibrahim', 'mahmoud', 'mahmud', 'mustafa', 'mostafa', 'omar', 'umar', 'khan', 'said',
  'saeed', 'khalid', 'khaled', 'yusuf', 'youssef', 'yousef', 'salem', 'salim', 'saleh', 'salih', 'abdulla', 'rahman', 'karim', 'kareem', 'aziz',
  'hamid', 'hamed', 'jamal', 'nasser', 'nasir', 'rashid', 'abbas', 'ismail', 'musa', 'isa', 'issa', 'fatima', 'fatimah', 'aisha', 'mariam', 'maryam',
  'kim', 'lee', 'li', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'wang', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou',
  'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'lin', 'nguyen', 'tran', 'le', 'pham', 'ivan', 'ivanov', 'sergey', 'sergei', 'aleksandr', 'alexander',
  'alexandr', 'vladimir', 'andrey', 'andrei', 'dmitry', 'dmitri', 'aleksey', 'alexey', 'nikolay', 'mikhail', 'smith', 'johnson', 'williams', 'brown',
  'jones', 'garcia', 'rodriguez', 'martinez', 'hernandez', 'lopez', 'gonzalez', 'perez', 'sanchez', 'jose', 'juan', 'maria', 'john', 'james', 'david',
  'michael', 'robert', 'singh', 'kumar', 'sharma', 'patel', 'shah', 'john', 'mary', 'anna', 'olga', 'elena', 'tatiana', 'natalia', 'juan', 'carlos',
  'luis', 'jean', 'pierre', 'abu', 'mullah', 'haji', 'malik', 'malek',
]);
