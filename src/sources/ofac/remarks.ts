/**
 * The OFAC legacy "remarks" field ("DOB 1962; alt. DOB 1964; POB Beirut, Lebanon; Passport
 * 123456 (Lebanon); a.k.a. 'ABU X'; Vessel Registration Identification IMO 9187629; ...") ->
 * typed facts. The full remarks are kept as `notes` too, so nothing unparsed is lost.
 */
import { countryCode, countryOrText } from '../common/countries.js';
import { parseListDate } from '../common/dates.js';
import { isPassportType, type DocumentFacts } from '../common/documents.js';

export interface RemarkFacts {
  /** Property -> values for the subject (birthDate, nationality, imoNumber, alias, ...). */
  props: Record<string, string[]>;
  documents: DocumentFacts[];
  /** Parts that looked like a known fact but could not be read (e.g. a DOB in no known shape). */
  unreadable: string[];
}

type Kind = 'passport' | 'id' | 'tax' | 'registration';

/** Identifier labels as OFAC writes them, longest first where one is a prefix of another. */
const IDENTIFIERS: [string, Kind][] = [
  ['Diplomatic Passport', 'passport'],
  ['Official Passport', 'passport'],
  ['Service Passport', 'passport'],
  ['Passport', 'passport'],
  ['National ID No.', 'id'],
  ['National Foreign ID Number', 'id'],
  ['Cedula No.', 'id'],
  ['Identification Number', 'id'],
  ['Personal ID Card', 'id'],
  ['D.N.I.', 'id'],
  ['C.U.R.P.', 'id'],
  ['SSN', 'id'],
  ['Residency Number', 'id'],
  ["Driver's License No.", 'id'],
  ['Birth Certificate Number', 'id'],
  ['Kenyan ID No.', 'id'],
  ['Electoral Registry No.', 'id'],
  ['Travel Document Number', 'id'],
  ['Refugee ID Card', 'id'],
  ['Tax ID No.', 'tax'],
  ['R.F.C.', 'tax'],
  ['NIT #', 'tax'],
  ['RUC #', 'tax'],
  ['RIF #', 'tax'],
  ['CUIT', 'tax'],
  ['Italian Fiscal Code', 'tax'],
  ['V.A.T. Number', 'tax'],
  ['Business Registration Number', 'registration'],
  ['Business Registration Document #', 'registration'],
  ['Registration Number', 'registration'],
  ['Registration ID', 'registration'],
  ['Company Number', 'registration'],
  ['Commercial Registry Number', 'registration'],
  ['Legal Entity Number', 'registration'],
  ['Government Gazette Number', 'registration'],
  ['C.R. No.', 'registration'],
  ['Folio Mercantil No.', 'registration'],
  ['Matricula Mercantil No', 'registration'],
  ['Economic Register Number (CBLS)', 'registration'],
  ['Unified Social Credit Code (USCC)', 'registration'],
  ['Chamber of Commerce Number', 'registration'],
  ['Trade License No.', 'registration'],
  ['Certificate of Incorporation Number', 'registration'],
];

/** Labelled single values: label -> property (and whether the value is a country or a date). */
const SIMPLE: [RegExp, string, 'country' | 'date' | 'text' | 'lower'][] = [
  [/^POB\s+/i, 'birthPlace', 'text'],
  [/^nationality\s+/i, 'nationality', 'country'],
  [/^citizen\s+/i, 'citizenship', 'country'],
  [/^Gender\s+/i, 'gender', 'lower'],
  [/^(?:Vessel Registration Identification|Identification Number) IMO\s+/i, 'imoNumber', 'text'],
  [/^MMSI\s+/i, 'mmsi', 'text'],
  [/^(?:Other )?Vessel Call Sign\s+/i, 'callSign', 'text'],
  [/^Vessel Flag\s+/i, 'flag', 'country'],
  [/^(?:Former|Other) Vessel Flag\s+/i, 'pastFlags', 'country'],
  [/^Vessel Type\s+/i, 'type', 'text'],
  [/^Vessel Year of Build\s+/i, 'buildDate', 'date'],
  [/^Aircraft Model\s+/i, 'model', 'text'],
  [/^Aircraft Manufacturer's Serial Number \(MSN\)\s+/i, 'serialNumber', 'text'],
  [/^Aircraft Tail Number\s+/i, 'registrationNumber', 'text'],
  [/^Aircraft Operator\s+/i, 'operator', 'text'],
  [/^Aircraft Manufacture Date\s+/i, 'buildDate', 'date'],
  [/^Organization Established Date\s+/i, 'incorporationDate', 'date'],
  [/^Email Address\s+/i, 'email', 'text'],
  [/^Website\s+/i, 'website', 'text'],
  [/^Phone Number\s+/i, 'phone', 'text'],
  [/^Title\s+/i, 'title', 'text'],
  [/^SWIFT\/BIC\s+/i, 'swiftBic', 'text'],
  [/^Nationality of Registration\s+/i, 'jurisdiction', 'country'],
];

const NAME_LABELS: [RegExp, string][] = [
  [/^weak a\.k\.a\.\s*/i, 'weakAlias'],
  [/^a\.k\.a\.\s*/i, 'alias'],
  [/^n\.k\.a\.\s*/i, 'alias'],
  [/^f\.k\.a\.\s*/i, 'previousName'],
];

export function splitRemarks(remarks: string): string[] {
  return remarks
    .replace(/\.\s*$/, '')
    .split(/;\s+/)
    .map((p) => p.trim().replace(/^alt\.\s+/i, ''))
    .filter(Boolean);
}

export function parseRemarks(remarks: string): RemarkFacts {
  const facts: RemarkFacts = { props: {}, documents: [], unreadable: [] };
  const put = (k: string, v: string | undefined) => {
    if (!v) return;
    const list = (facts.props[k] ??= []);
    if (!list.includes(v)) list.push(v);
  };
  for (const part of splitRemarks(remarks)) {
    if (/^DOB\s/i.test(part)) {
      const d = parseListDate(part.slice(4));
      if (d) put('birthDate', d);
      else facts.unreadable.push(part);
      continue;
    }
    const name = NAME_LABELS.find(([re]) => re.test(part));
    if (name) {
      const v = part.replace(name[0], '').replace(/^['"‘’“”]|['"‘’“”]$/g, '');
      put(name[1], v);
      continue;
    }
    const simple = SIMPLE.find(([re]) => re.test(part));
    if (simple) {
      const [re, prop, kind] = simple;
      const v = part.replace(re, '').trim();
      if (/^none identified$/i.test(v)) continue;
      if (kind === 'country') put(prop, countryOrText(v));
      else if (kind === 'date') {
        const d = parseListDate(v);
        if (d) put(prop, d);
        else facts.unreadable.push(part);
      } else if (kind === 'lower') put(prop, v.toLowerCase());
      // "IMO 9256860 (Russia)": the number is the identifier; the country is its registry.
      else if (prop === 'imoNumber' || prop === 'mmsi') put(prop, v.split(/\s+/)[0]);
      else put(prop, v);
      if (prop === 'birthPlace') put('birthCountry', countryCode(v.split(',').at(-1)));
      continue;
    }
    const ident = IDENTIFIERS.find(([label]) => part.startsWith(label + ' '));
    if (ident) {
      const [label, kind] = ident;
      const parsed = parseIdentifier(part.slice(label.length + 1));
      if (!parsed) {
        facts.unreadable.push(part);
        continue;
      }
      if (kind === 'tax') put('taxNumber', parsed.number);
      else if (kind === 'registration') put('registrationNumber', parsed.number);
      else facts.documents.push({ ...parsed, type: label, passport: kind === 'passport' && isPassportType(label) });
    }
  }
  return facts;
}

/** "AL720622 (Colombia) issued 01 Jan 2010 expires 31 Dec 2020" -> number, country, dates. */
export function parseIdentifier(rest: string): Omit<DocumentFacts, 'passport' | 'type'> | undefined {
  const m = /^(?:No\.?\s+|#\s*)?(.+?)(?:\s+\(([^)]*)\))?((?:\s+(?:issued|expires)\s+.+)?)$/i.exec(rest.trim());
  if (!m || !m[1]) return undefined;
  const issued = /issued\s+(.+?)(?=\s+expires|$)/i.exec(m[3] ?? '');
  const expires = /expires\s+(.+)$/i.exec(m[3] ?? '');
  return {
    number: m[1].trim(),
    country: countryOrText(m[2]),
    issueDate: parseListDate(issued?.[1]),
    endDate: parseListDate(expires?.[1]),
  };
}
