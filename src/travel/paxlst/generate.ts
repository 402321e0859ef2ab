/**
 * Builds PAXLST messages: our own fixtures for tests and benchmarks (the public samples may not
 * be copied into the project), and a way to check the reader against the writer. Escapes every
 * separator with the release character, so names such as O'NEIL survive any UNA.
 */
import { DEFAULT_SEPARATORS, type Separators } from './edifact.js';

export interface GenTraveller {
  lastName: string;
  firstNames: string;
  sex?: 'M' | 'F' | 'U';
  /** ISO date */
  birthDate?: string;
  nationality?: string;
  residence?: string;
  birthPlace?: string;
  documents?: { type: string; number: string; expiryDate?: string; issuingState?: string }[];
  reservationRef?: string;
  embarkation?: string;
  debarkation?: string;
  crew?: boolean;
}

export interface GenManifest {
  carrier: string;
  legs: { flight: string; from: string; to: string; departure: string; arrival: string }[];
  travellers: GenTraveller[];
  crew?: boolean;
}

export interface GenOptions {
  version?: 'D:02B' | 'D:05B';
  separators?: Separators;
  /** write the UNA service string even with the default separators */
  una?: boolean;
  /** a line break after each segment, as many senders do */
  newlines?: boolean;
  ref?: string;
}

const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
const stamp = (iso: string) => yymmdd(iso) + iso.slice(11, 13) + iso.slice(14, 16);

export function buildPaxlst(m: GenManifest, opts: GenOptions = {}): string {
  const sep = opts.separators ?? DEFAULT_SEPARATORS;
  const version = opts.version ?? 'D:05B';
  const ref = opts.ref ?? 'ATL0001';
  const special = new Set([sep.component, sep.element, sep.segment, sep.release]);
  const esc = (v: string) => [...v].map((c) => (special.has(c) ? sep.release + c : c)).join('');
  const segs: string[] = [];
  const seg = (tag: string, ...elements: (string | string[])[]) => {
    segs.push([tag, ...elements.map((e) => (Array.isArray(e) ? e.map(esc).join(sep.component) : esc(e)))].join(sep.element));
  };
  const d05 = version === 'D:05B';
  seg('UNB', ['UNOA', '4'], [m.carrier, 'ZZ'], ['ATALAYA', 'ZZ'], ['261127', '0600'], ref, '', 'APIS');
  seg('UNG', 'PAXLST', m.carrier, 'ATALAYA', ['261127', '0600'], ref, 'UN', version);
  const first = segs.length;
  seg('UNH', ref, ['PAXLST', 'D', version.slice(2), 'UN', 'IATA']);
  seg('BGM', m.crew ? '250' : '745');
  if (d05) seg('RFF', ['TN', `${ref}X`, '', '', '1']);
  seg('NAD', 'MS', '', '', 'ATALAYA TEST DESK');
  seg('COM', ['000-555-0100', 'TE']);
  m.legs.forEach((l, i) => {
    const last = i === m.legs.length - 1;
    seg('TDT', '20', l.flight, '', '', m.carrier);
    seg('LOC', d05 && !last ? '92' : '125', l.from);
    seg('DTM', ['189', stamp(l.departure), '201']);
    seg('LOC', d05 && !last ? '92' : '87', l.to);
    seg('DTM', ['232', stamp(l.arrival), '201']);
  });
  for (const t of m.travellers) {
    seg('NAD', t.crew || m.crew ? 'FM' : 'FL', '', '', [t.lastName, ...t.firstNames.split(' ').filter(Boolean)]);
    seg('ATT', '2', '', t.sex ?? 'U');
    if (t.birthDate) seg('DTM', ['329', yymmdd(t.birthDate)]);
    if (t.embarkation) seg('LOC', '178', t.embarkation);
    if (t.debarkation) seg('LOC', '179', t.debarkation);
    if (t.residence) seg('LOC', '174', t.residence);
    if (t.birthPlace) seg('LOC', '180', ['', '', '', t.birthPlace]);
    if (t.nationality) seg('NAT', '2', t.nationality);
    if (t.reservationRef) seg('RFF', ['AVF', t.reservationRef]);
    for (const d of t.documents ?? []) {
      seg('DOC', [d.type, '110', '111'], d.number);
      if (d.expiryDate) seg('DTM', ['36', yymmdd(d.expiryDate)]);
      if (d.issuingState) seg('LOC', '91', d.issuingState);
    }
  }
  seg('CNT', [m.crew ? '41' : '42', String(m.travellers.length)]);
  seg('UNT', String(segs.length - first + 1), ref);
  seg('UNE', '1', ref);
  seg('UNZ', '1', ref);
  const nl = opts.newlines ? '\n' : '';
  const custom = opts.separators && Object.entries(DEFAULT_SEPARATORS).some(([k, v]) => sep[k as keyof Separators] !== v);
  const una = opts.una || custom ? `UNA${sep.component}${sep.element}${sep.decimal}${sep.release} ${sep.segment}${nl}` : '';
  return una + segs.map((s) => s + sep.segment).join(nl) + nl;
}
