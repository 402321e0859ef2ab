/**
 * What an officer (or a partner's package) gives to enrol an encounter, and its validation: every
 * problem is an `InputError` naming the field, before anything is stored.
 */
import { InputError } from '../errors.js';
import { parseMrz } from '../travel/mrz/parse.js';
import { CIRCUMSTANCES, type Circumstance } from './policy.js';

export interface PersonInput {
  fullName?: string;
  surname?: string;
  givenNames?: string;
  /** ISO 8601 date or prefix ("1980", "1980-04-02") */
  birthDate?: string;
  sex?: 'M' | 'F' | 'X';
  /** ISO 3166-1 alpha-2 (lower case) or ICAO alpha-3 as read */
  nationality?: string;
  documentType?: string;
  documentNumber?: string;
  documentCountry?: string;
}

export interface ImageInput {
  bytes: Uint8Array;
  /** live photograph taken at the encounter, or the photograph of the travel document */
  kind?: 'live' | 'document';
  /** file name or field, for error messages */
  name?: string;
}

export interface EncounterInput {
  person?: PersonInput;
  /** the machine-readable zone as read: fills the person fields it carries */
  mrz?: string;
  post: string;
  place?: string;
  latitude?: number;
  longitude?: number;
  /** ISO 8601 instant; defaults to now */
  occurredAt?: string;
  /** defaults to the acting principal's name and agency */
  officer?: string;
  agency?: string;
  circumstance: Circumstance;
  legalBasis: string;
  images: ImageInput[];
}

export interface Person {
  fullName: string;
  surname: string | null;
  givenNames: string | null;
  birthDate: string | null;
  sex: string | null;
  nationality: string | null;
  documentType: string | null;
  documentNumber: string | null;
  documentCountry: string | null;
  mrz: string | null;
}

const bad = (field: string, msg: string): never => {
  throw new InputError(msg, { field });
};

function text(v: unknown, field: string, max = 200): string | null {
  if (v == null || v === '') return null;
  if (typeof v !== 'string') return bad(field, 'must be text');
  const t = v.replace(/\s+/g, ' ').trim();
  if (t.length > max) bad(field, `longer than ${max} characters`);
  return t || null;
}

/** The person as typed, completed by the MRZ where it was read; the MRZ must pass its checks. */
export function resolvePerson(input: EncounterInput): Person {
  const p = input.person ?? {};
  let fromMrz: Partial<Person> = {};
  if (input.mrz) {
    const doc = parseMrz(input.mrz);
    if (!doc.valid) bad('mrz', `MRZ does not read: ${doc.problems.map((x) => `${x.field}: ${x.message}`).join('; ') || 'check digits fail'}`);
    fromMrz = {
      surname: doc.lastName || null,
      givenNames: doc.firstNames || null,
      birthDate: doc.birthDate,
      sex: doc.sex === 'male' ? 'M' : doc.sex === 'female' ? 'F' : doc.sex ? 'X' : null,
      nationality: doc.nationality?.country ?? doc.nationality?.code ?? null,
      documentType: doc.kind,
      documentNumber: doc.documentNumber || null,
      documentCountry: doc.issuingState?.country ?? doc.issuingState?.code ?? null,
      mrz: doc.lines.join('\n'),
    };
  }
  const surname = text(p.surname, 'person.surname') ?? fromMrz.surname ?? null;
  const givenNames = text(p.givenNames, 'person.givenNames') ?? fromMrz.givenNames ?? null;
  const fullName = text(p.fullName, 'person.fullName') ?? ([givenNames, surname].filter(Boolean).join(' ') || null);
  if (!fullName) bad('person.fullName', 'a name is required (typed, or read from the MRZ); use "UNKNOWN" when the person gives none');
  const birthDate = text(p.birthDate, 'person.birthDate', 10) ?? fromMrz.birthDate ?? null;
  if (birthDate && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(birthDate)) bad('person.birthDate', `"${birthDate}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const sex = text(p.sex, 'person.sex', 1) ?? fromMrz.sex ?? null;
  if (sex && !['M', 'F', 'X'].includes(sex)) bad('person.sex', 'must be M, F or X');
  return {
    fullName: fullName!,
    surname,
    givenNames,
    birthDate,
    sex,
    nationality: text(p.nationality, 'person.nationality', 3)?.toLowerCase() ?? fromMrz.nationality ?? null,
    documentType: text(p.documentType, 'person.documentType', 40) ?? fromMrz.documentType ?? null,
    documentNumber: text(p.documentNumber, 'person.documentNumber', 40) ?? fromMrz.documentNumber ?? null,
    documentCountry: text(p.documentCountry, 'person.documentCountry', 3)?.toLowerCase() ?? fromMrz.documentCountry ?? null,
    mrz: fromMrz.mrz ?? null,
  };
}

export function validateEncounter(input: EncounterInput): void {
  if (!input || typeof input !== 'object') bad('encounter', 'an encounter is required');
  if (!text(input.post, 'post')) bad('post', 'the post (border crossing point, reception centre...) is required');
  text(input.place, 'place');
  if (!CIRCUMSTANCES.includes(input.circumstance)) bad('circumstance', `must be one of ${CIRCUMSTANCES.join(', ')}`);
  if (!text(input.legalBasis, 'legalBasis', 500)) bad('legalBasis', 'the legal basis for taking the biometric data is required');
  if (input.latitude != null && !(typeof input.latitude === 'number' && Math.abs(input.latitude) <= 90)) bad('latitude', 'must be a number from -90 to 90');
  if (input.longitude != null && !(typeof input.longitude === 'number' && Math.abs(input.longitude) <= 180)) bad('longitude', 'must be a number from -180 to 180');
  if ((input.latitude == null) !== (input.longitude == null)) bad('latitude', 'give both latitude and longitude, or neither');
  if (input.occurredAt != null && Number.isNaN(Date.parse(input.occurredAt))) bad('occurredAt', `"${input.occurredAt}" is not an ISO 8601 time`);
  if (!Array.isArray(input.images) || input.images.length === 0) bad('images', 'at least one face image is required');
  if (input.images.length > 10) bad('images', 'at most 10 images per encounter');
  input.images.forEach((im, i) => {
    if (!(im?.bytes instanceof Uint8Array) || im.bytes.length === 0) bad(`images[${i}]`, 'image is empty');
    if (im.kind && im.kind !== 'live' && im.kind !== 'document') bad(`images[${i}].kind`, 'must be live or document');
  });
}
