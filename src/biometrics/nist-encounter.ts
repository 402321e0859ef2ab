/**
 * An encounter as an ANSI/NIST-ITL 1-2011 transaction: a Type-1 header, a Type-2 record with the
 * biographic and encounter data, and one Type-10 facial image record per photograph.
 * Type-2 is user-defined by the standard; we use the EBTS numbers where EBTS has the field
 * (NAM 2.018, CTZ 2.021, DOB 2.022, SEX 2.024) and the 2.2xx range for the rest
 * (docs/biometrics.md lists them). Decoding maps the same fields back.
 */
import { InputError } from '../errors.js';
import { decodeTransaction, encodeTransaction, field, first, type NistRecord } from './ansi-nist.js';
import { sniffFormat } from './image.js';
import type { EncounterInput, PersonInput } from './encounter-input.js';
import type { Person } from './encounter-input.js';
import { CIRCUMSTANCES, type Circumstance } from './policy.js';

export interface SharedEncounter {
  /** the sender's encounter id */
  reference: string;
  person: Person;
  post: string;
  place: string | null;
  latitude: number | null;
  longitude: number | null;
  occurredAt: string;
  officer: string;
  agency: string;
  circumstance: string;
  legalBasis: string;
}

export interface SharedImage {
  kind: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

export interface NistHeader {
  /** originating agency identifier (1.008 ORI) */
  ori: string;
  /** destination agency identifier (1.007 DAI): the partner */
  dai: string;
  /** transaction control number (1.009 TCN) */
  tcn: string;
  at?: Date;
}

const ymd = (iso: string) => iso.slice(0, 10).replace(/-/g, '');
/** ISO date prefix to YYYYMMDD with 00 for an unknown month or day (EBTS convention). */
const dob = (d: string) => (d + '-00-00').slice(0, 10).replace(/-/g, '');
const fromDob = (d: string) => {
  if (!/^\d{8}$/.test(d)) throw new InputError(`"${d}" is not YYYYMMDD`, { field: '2.022' });
  const [y, m, dd] = [d.slice(0, 4), d.slice(4, 6), d.slice(6, 8)];
  return m === '00' ? y : dd === '00' ? `${y}-${m}` : `${y}-${m}-${dd}`;
};

/** The transaction type (1.004 TOT) Atalaya uses for a shared encounter. */
export const TOT = 'ENC';

export function encounterToNist(e: SharedEncounter, images: SharedImage[], h: NistHeader): Buffer {
  const at = h.at ?? new Date();
  const p = e.person;
  const type2: NistRecord = { type: 2, fields: new Map([[2, field('00')]]) };
  const f2 = (n: number, ...v: (string | string[])[]) => type2.fields.set(n, field(...v));
  f2(18, `${p.surname ?? p.fullName},${p.givenNames ?? ''}`);
  if (p.nationality) f2(21, p.nationality.toUpperCase());
  if (p.birthDate) f2(22, dob(p.birthDate));
  if (p.sex) f2(24, p.sex);
  f2(201, p.fullName);
  if (p.documentNumber) f2(202, [p.documentType ?? '', p.documentNumber, (p.documentCountry ?? '').toUpperCase()]);
  if (p.mrz) f2(203, ...p.mrz.split('\n'));
  f2(204, [e.post, e.place ?? '']);
  if (e.latitude != null && e.longitude != null) f2(205, [String(e.latitude), String(e.longitude)]);
  f2(206, e.occurredAt);
  f2(207, e.circumstance);
  f2(208, e.legalBasis);
  f2(209, [e.officer, e.agency]);
  f2(210, e.reference);

  const faces: NistRecord[] = images.map((im, i) => {
    const format = sniffFormat(im.bytes);
    if (!format) throw new InputError('not a JPEG or PNG image', { field: `images[${i}]` });
    return {
      type: 10,
      fields: new Map([
        [2, field(String(i + 1).padStart(2, '0'))],
        [3, field('FACE')],
        [4, field(h.ori)],
        [5, field(ymd(e.occurredAt))],
        [6, field(String(im.width))],
        [7, field(String(im.height))],
        [8, field('0')], // SLC: no scale, pixel aspect ratio only
        [9, field('1')],
        [10, field('1')],
        [11, field(format === 'jpeg' ? 'JPEGB' : 'PNG')],
        [12, field(format === 'jpeg' ? 'YCC' : 'SRGB')],
        [13, field('1')], // SAP 1: unknown profile (a field photograph, not a posed mugshot)
        [20, field('F')], // POS: full face frontal (the quality gate checked it)
        [200, field(im.kind)], // user-defined: live | document
      ]),
      data: im.bytes,
    };
  });
  const nonAscii = /[^\x20-\x7e]/.test([...type2.fields.values()].flat(2).join(''));
  const type1: NistRecord = {
    type: 1,
    fields: new Map([
      [2, field('0500')],
      [3, field(['1', String(1 + faces.length)], ['2', '00'], ...faces.map((f) => ['10', first(f, 2)!]))],
      [4, field(TOT)],
      [5, field(ymd(at.toISOString()))],
      [7, field(h.dai)],
      [8, field(h.ori)],
      [9, field(h.tcn)],
      [11, field('00.00')],
      [12, field('00.00')],
      [13, field(['ATALAYA', '1.0'])],
      [14, field(at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace('T', ''))],
      ...(nonAscii ? ([[15, field(['3', 'UTF-8'])]] as [number, string[][]][]) : []),
    ]),
  };
  return encodeTransaction([type1, type2, ...faces]);
}

export interface DecodedNist {
  header: { tot: string; ori: string; dai: string; tcn: string; domain?: string };
  reference: string | undefined;
  input: Omit<EncounterInput, 'legalBasis' | 'circumstance'> & { legalBasis?: string; circumstance?: Circumstance };
}

export function nistToEncounter(buf: Uint8Array, file = 'transaction'): DecodedNist {
  const recs = decodeTransaction(buf, file);
  const t1 = recs[0]!;
  const t2 = recs.find((r) => r.type === 2);
  if (!t2) throw new InputError('no type-2 record with the descriptive text', { file });
  const nam = first(t2, 18) ?? '';
  const [surname, given] = nam.split(',');
  const doc = t2.fields.get(202)?.[0];
  const place = t2.fields.get(204)?.[0];
  const coords = t2.fields.get(205)?.[0];
  const circumstance = first(t2, 207);
  if (circumstance && !CIRCUMSTANCES.includes(circumstance as Circumstance)) throw new InputError(`unknown circumstance "${circumstance}"`, { file, field: '2.207' });
  const person: PersonInput = {
    fullName: first(t2, 201) ?? [given, surname].filter(Boolean).join(' '),
    ...(surname ? { surname } : {}),
    ...(given ? { givenNames: given } : {}),
    ...(first(t2, 21) ? { nationality: first(t2, 21)!.toLowerCase() } : {}),
    ...(first(t2, 22) ? { birthDate: fromDob(first(t2, 22)!) } : {}),
    ...(first(t2, 24) ? { sex: first(t2, 24) as 'M' | 'F' | 'X' } : {}),
    ...(doc?.[1] ? { documentType: doc[0] || 'document', documentNumber: doc[1], ...(doc[2] ? { documentCountry: doc[2].toLowerCase() } : {}) } : {}),
  };
  const images = recs.filter((r) => r.type === 10).map((r, i) => {
    if (first(r, 3) !== 'FACE') throw new InputError(`type-10 record ${i + 1} is not a facial image (IMT ${first(r, 3)})`, { file, field: '10.003' });
    if (!r.data?.length) throw new InputError(`type-10 record ${i + 1} has no image data`, { file, field: '10.999' });
    const kind = first(r, 200);
    return { bytes: r.data, kind: kind === 'document' ? ('document' as const) : ('live' as const), name: `${file} type-10 #${i + 1}` };
  });
  if (!images.length) throw new InputError('no type-10 facial image record', { file });
  return {
    header: { tot: first(t1, 4) ?? '', ori: first(t1, 8) ?? '', dai: first(t1, 7) ?? '', tcn: first(t1, 9) ?? '', ...(first(t1, 13) ? { domain: first(t1, 13)! } : {}) },
    reference: first(t2, 210),
    input: {
      person,
      post: place?.[0] || first(t1, 8) || 'unknown',
      ...(place?.[1] ? { place: place[1] } : {}),
      ...(coords?.[0] && coords[1] ? { latitude: Number(coords[0]), longitude: Number(coords[1]) } : {}),
      ...(first(t2, 206) ? { occurredAt: first(t2, 206)! } : {}),
      ...(circumstance ? { circumstance: circumstance as Circumstance } : {}),
      ...(first(t2, 208) ? { legalBasis: first(t2, 208)! } : {}),
      // the partner's officer and agency stay on record as text; the importing agency holds the copy
      ...(t2.fields.get(209)?.[0]?.[0] ? { officer: `${t2.fields.get(209)![0]![0]!}${t2.fields.get(209)![0]![1] ? ` (${t2.fields.get(209)![0]![1]})` : ''}` } : {}),
      ...(t2.fields.get(203) ? { mrz: t2.fields.get(203)!.map((s) => s[0]).join('\n') } : {}),
      images,
    },
  };
}
