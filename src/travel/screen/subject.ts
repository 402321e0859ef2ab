/**
 * A traveller as screening sees them, whether read from a passport at the desk or from an
 * airline's manifest, and the keys that find the same document or the same person again.
 */
import anyAscii from 'any-ascii';
import type { Entity } from '../../model/entity.js';
import type { MrzDocument } from '../mrz/parse.js';
import { countryOf } from '../../sources/common/icao-codes.js';
import type { Manifest, Traveller } from '../paxlst/types.js';

export interface TravellerDocument {
  /** P passport, I identity card, V visa... */
  type: string;
  number: string;
  /** ICAO code as read, and the entity model's alpha-2 */
  issuingState?: string;
  issuingCountry?: string | null;
  expiryDate?: string;
}

export interface TravellerSubject {
  /** stable key in its channel: document key, or manifest id + index */
  key: string;
  lastName: string;
  firstNames: string;
  birthDate?: string;
  sex?: 'male' | 'female' | 'unspecified' | null;
  /** ICAO code as read, and alpha-2 */
  nationalityCode?: string;
  nationality?: string | null;
  document?: TravellerDocument;
  /** further documents (a visa beside the passport): checked against the registers too */
  otherDocuments?: TravellerDocument[];
  embarkation?: string;
  debarkation?: string;
  /** set when the document was read from its MRZ: its check digits and fields */
  mrz?: MrzDocument;
  /** position in a manifest */
  index?: number;
}

function fold(s: string): string {
  return anyAscii(s).toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();
}

/** Document number + issuing country, as registers key them: no spaces, dashes, or case. */
export function docKey(number: string, country: string | null | undefined): string {
  return `${fold(number).replace(/ /g, '')}|${(country ?? '').toLowerCase()}`;
}

/** Name tokens (any order) + birth date: the same person under another document. */
export function personKey(lastName: string, firstNames: string, birthDate: string | undefined): string | null {
  if (!birthDate || !/^\d{4}-\d\d-\d\d$/.test(birthDate)) return null;
  const tokens = fold(`${lastName} ${firstNames}`).split(' ').filter(Boolean).sort();
  return tokens.length ? `${tokens.join(' ')}|${birthDate}` : null;
}

export function fullName(s: Pick<TravellerSubject, 'lastName' | 'firstNames'>): string {
  return [s.firstNames, s.lastName].filter(Boolean).join(' ');
}

export function subjectFromMrz(doc: MrzDocument): TravellerSubject {
  const issuingCountry = doc.issuingState?.country ?? null;
  return {
    key: `doc:${docKey(doc.documentNumber, issuingCountry ?? doc.issuingState?.code)}`,
    lastName: doc.lastName,
    firstNames: doc.firstNames,
    ...(doc.birthDate ? { birthDate: doc.birthDate } : {}),
    sex: doc.sex,
    ...(doc.nationality ? { nationalityCode: doc.nationality.code, nationality: doc.nationality.country } : {}),
    document: {
      type: doc.documentCode.slice(0, 1) || 'P',
      number: doc.documentNumber,
      ...(doc.issuingState ? { issuingState: doc.issuingState.code } : {}),
      issuingCountry,
      ...(doc.expiryDate ? { expiryDate: doc.expiryDate } : {}),
    },
    mrz: doc,
  };
}

export function subjectFromPaxlst(t: Traveller, manifestKey: string): TravellerSubject {
  const d = t.documents.find((x) => x.type.startsWith('P')) ?? t.documents[0];
  const others = t.documents.filter((x) => x !== d).map((x) => ({
    type: x.type || 'P',
    number: x.number,
    ...(x.issuingState ? { issuingState: x.issuingState } : {}),
    issuingCountry: x.issuingCountry ?? null,
    ...(x.expiryDate ? { expiryDate: x.expiryDate } : {}),
  }));
  return {
    key: `${manifestKey}#${t.index}`,
    index: t.index,
    lastName: t.lastName,
    firstNames: t.firstNames,
    ...(t.birthDate ? { birthDate: t.birthDate } : {}),
    sex: t.sex,
    ...(t.nationality ? { nationalityCode: t.nationality, nationality: t.nationalityCountry ?? countryOf(t.nationality) } : {}),
    ...(d
      ? {
          document: {
            type: d.type || 'P',
            number: d.number,
            ...(d.issuingState ? { issuingState: d.issuingState } : {}),
            issuingCountry: d.issuingCountry ?? null,
            ...(d.expiryDate ? { expiryDate: d.expiryDate } : {}),
          },
        }
      : {}),
    ...(others.length ? { otherDocuments: others } : {}),
    ...(t.embarkation ? { embarkation: t.embarkation } : {}),
    ...(t.debarkation ? { debarkation: t.debarkation } : {}),
  };
}

/** Every document the traveller carries, the main one first. */
export function documentsOf(s: TravellerSubject): TravellerDocument[] {
  return [...(s.document ? [s.document] : []), ...(s.otherDocuments ?? [])].filter((d) => d.number);
}

export function manifestKey(m: Pick<Manifest, 'flight' | 'legs' | 'messageRef'>): string {
  const leg = m.legs.find((l) => l.flight === m.flight) ?? m.legs[0];
  return `manifest:${m.flight}:${(leg?.departure ?? '').slice(0, 10)}:${m.messageRef}`;
}

/** The query the matching engine receives: a Person with what the document says. */
export function subjectEntity(s: TravellerSubject): Entity {
  const props: Record<string, string[]> = { name: [fullName(s)] };
  if (s.firstNames) props.firstName = [s.firstNames];
  if (s.lastName) props.lastName = [s.lastName];
  if (s.birthDate) props.birthDate = [s.birthDate];
  if (s.nationality) props.nationality = [s.nationality];
  if (s.sex === 'male' || s.sex === 'female') props.gender = [s.sex];
  if (s.document?.number) props[s.document.type.startsWith('P') ? 'passportNumber' : 'idNumber'] = [s.document.number];
  return { id: s.key, schema: 'Person', properties: props };
}

/**
 * What the watchlist search is asked: the full name, birth date, nationality, sex. Document
 * numbers are looked up exactly instead (./listed-documents.ts, ./sltd.ts); the name parts are
 * left out because the full name already says them (the engine would only prepare them again).
 */
export function watchlistQuery(s: TravellerSubject): Entity {
  const e = subjectEntity(s);
  for (const p of ['passportNumber', 'idNumber', 'firstName', 'lastName']) delete e.properties[p];
  return e;
}
