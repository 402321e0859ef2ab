/**
 * PAXLST (UN/EDIFACT D:02B and D:05B, IATA/WCO API guidelines) to flight manifests.
 *
 * Fatal faults (not EDIFACT, no PAXLST message, a message cut off before UNT, a traveller
 * without a name) throw an InputError naming the segment number and element. Faults a reader can
 * live with (trailer counts that disagree, an unknown qualifier, a date that does not read,
 * trailing junk) load the manifest with warnings that name the segment: a manifest is never
 * refused for a wrong CNT, but the analyst is told.
 */
import { InputError } from '../../errors.js';
import { countryOf } from '../../sources/common/icao-codes.js';
import { parseMrzDate } from '../mrz/dates.js';
import { el, tokenise, type Segment, type Warning } from './edifact.js';
import type { Leg, Manifest, Traveller, TravelDocument } from './types.js';

export interface PaxlstOptions {
  /** named in errors and warnings */
  file?: string;
  today?: Date;
}

const CREW_PARTIES = new Set(['FM', 'DDT', 'DDU', 'FT']);
const TRAVELLER_PARTIES = new Set(['FL', 'FM', 'DDT', 'DDU', 'COT', 'ZZZ', 'FT']);

/** Every PAXLST message of an interchange, each as a manifest. */
export function parsePaxlstInterchange(text: string, opts: PaxlstOptions = {}): Manifest[] {
  const { segments, warnings } = tokenise(text, opts.file);
  const where = (s: Segment | undefined, element?: string) => ({
    ...(opts.file ? { file: opts.file } : {}),
    ...(s ? { segment: s.n } : {}),
    ...(element ? { element } : {}),
  });
  const unb = segments[0];
  if (!unb || unb.tag !== 'UNB') throw new InputError(`the interchange must open with UNB, not ${unb?.tag ?? 'nothing'}`, where(unb));
  const interchange = {
    sender: el(unb, 1),
    recipient: el(unb, 2),
    preparedAt: ediDateTime(el(unb, 3) + el(unb, 3, 1), undefined),
    ref: el(unb, 4),
  };
  const manifests: Manifest[] = [];
  let airline: string | undefined;
  let groups = 0;
  let groupMessages = 0;
  let i = 1;
  let sawUnz = false;
  while (i < segments.length) {
    const s = segments[i]!;
    if (s.tag === 'UNG') {
      groups++;
      groupMessages = 0;
      airline = el(s, 1) || undefined;
      i++;
    } else if (s.tag === 'UNE') {
      const declared = Number(el(s, 0));
      if (el(s, 0) && declared !== groupMessages) warnings.push({ segment: s.n, tag: 'UNE', element: '1', message: `UNE counts ${el(s, 0)} message(s); the group holds ${groupMessages}` });
      i++;
    } else if (s.tag === 'UNH') {
      const end = segments.findIndex((x, k) => k > i && (x.tag === 'UNT' || x.tag === 'UNH' || x.tag === 'UNZ'));
      if (end < 0 || segments[end]!.tag !== 'UNT') {
        throw new InputError(`message ${el(s, 0)} has no UNT trailer: the message is cut off`, where(segments[end] ?? segments[segments.length - 1], 'UNT'));
      }
      // The first message carries the interchange's own warnings (shared array: UNZ's come later).
      const msgWarnings: Warning[] = manifests.length === 0 ? warnings : [];
      manifests.push(readMessage(segments.slice(i, end + 1), { ...interchange, airline }, msgWarnings, opts));
      groupMessages++;
      i = end + 1;
    } else if (s.tag === 'UNZ') {
      sawUnz = true;
      const declared = Number(el(s, 0));
      const expected = groups > 0 ? groups : manifests.length;
      if (el(s, 0) && declared !== expected) warnings.push({ segment: s.n, tag: 'UNZ', element: '1', message: `UNZ counts ${el(s, 0)}; the interchange holds ${expected} ${groups > 0 ? 'group(s)' : 'message(s)'}` });
      if (el(s, 1) !== interchange.ref) warnings.push({ segment: s.n, tag: 'UNZ', element: '2', message: `UNZ reference "${el(s, 1)}" differs from UNB's "${interchange.ref}"` });
      i++;
    } else {
      throw new InputError(`${s.tag} outside a message (expected UNG, UNH, UNE or UNZ)`, where(s));
    }
  }
  if (!sawUnz) warnings.push({ message: 'the interchange has no UNZ trailer' });
  if (manifests.length === 0) throw new InputError('the interchange holds no PAXLST message (no UNH)', where(segments[segments.length - 1]));
  return manifests;
}

/** One PAXLST message to one manifest; an interchange with several is read as its first. */
export function parsePaxlst(text: string, opts: PaxlstOptions = {}): Manifest {
  const all = parsePaxlstInterchange(text, opts);
  const first = all[0]!;
  if (all.length > 1) first.warnings.push({ message: `the interchange holds ${all.length} messages; only the first is read here` });
  return first;
}

interface InterchangeInfo {
  sender: string;
  recipient: string;
  preparedAt: string | undefined;
  ref: string;
  airline: string | undefined;
}

function readMessage(msg: Segment[], ix: InterchangeInfo, warnings: Warning[], opts: PaxlstOptions): Manifest {
  const unh = msg[0]!;
  const unt = msg[msg.length - 1]!;
  const where = (s: Segment, element?: string) => ({ ...(opts.file ? { file: opts.file } : {}), segment: s.n, ...(element ? { element } : {}) });
  const warn = (s: Segment, element: string | undefined, message: string) => warnings.push({ segment: s.n, tag: s.tag, ...(element ? { element } : {}), message });
  if (el(unh, 1) !== 'PAXLST') throw new InputError(`message type is "${el(unh, 1)}", not PAXLST`, where(unh, '2 (message type)'));
  const version = `${el(unh, 1, 1)}:${el(unh, 1, 2)}`;
  if (version !== 'D:02B' && version !== 'D:05B') warn(unh, '2', `message version ${version} is not D:02B or D:05B; read as D:05B`);
  const today = opts.today ?? new Date();

  const m: Manifest = {
    version,
    messageRef: el(unh, 0),
    interchangeRef: ix.ref,
    sender: ix.sender,
    recipient: ix.recipient,
    ...(ix.preparedAt ? { preparedAt: ix.preparedAt } : {}),
    kind: 'passengers',
    documentCode: '',
    ...(ix.airline ? { airline: ix.airline } : {}),
    flight: '',
    legs: [],
    travellers: [],
    warnings,
  };
  let leg: Leg | undefined;
  let legLocs = 0;
  let trav: Traveller | undefined;
  let doc: TravelDocument | undefined;
  let party: 'reporting' | 'traveller' | null = null;
  let lastLoc: string | null = null;
  let crewCount: number | undefined;
  let paxCount: number | undefined;
  let mainLeg: Leg | undefined;

  for (const s of msg.slice(1, -1)) {
    switch (s.tag) {
      case 'BGM': {
        m.documentCode = el(s, 0);
        if (m.documentCode === '250') m.kind = 'crew';
        else if (m.documentCode !== '745') warn(s, '1', `document code ${m.documentCode || '(empty)'} is neither 745 (passengers) nor 250 (crew); read as passengers`);
        break;
      }
      case 'RFF': {
        const q = el(s, 0);
        const v = el(s, 0, 1);
        if (trav) {
          trav.references.push({ qualifier: q, value: v });
          if (q === 'AVF' && !trav.reservationRef) trav.reservationRef = v;
        } else if (q === 'TN') m.transactionRef = v;
        break;
      }
      case 'NAD': {
        const q = el(s, 0);
        doc = undefined;
        lastLoc = null;
        if (q === 'MS') {
          party = 'reporting';
          m.reportingParty = { name: (s.elements[3] ?? []).filter(Boolean).join(' ') || el(s, 1) };
          break;
        }
        if (!TRAVELLER_PARTIES.has(q)) {
          warn(s, '1', `NAD party qualifier "${q}" is unknown; read as a passenger`);
        }
        const nameParts = s.elements[3] ?? [];
        const lastName = (nameParts[0] ?? '').trim();
        const firstNames = nameParts.slice(1).map((x) => x.trim()).filter(Boolean).join(' ');
        if (!lastName && !firstNames) throw new InputError('traveller has no name', where(s, '4 (party name)'));
        party = 'traveller';
        trav = {
          index: m.travellers.length + 1,
          party: q,
          role: CREW_PARTIES.has(q) || (m.kind === 'crew' && q !== 'FL') ? 'crew' : 'passenger',
          lastName,
          firstNames,
          sex: null,
          documents: [],
          references: [],
          segment: s.n,
        };
        m.travellers.push(trav);
        break;
      }
      case 'COM': {
        if (party === 'reporting' && m.reportingParty) {
          for (const e of s.elements) {
            if (e[1] === 'TE') m.reportingParty.phone = e[0]!;
            if (e[1] === 'FX') m.reportingParty.fax = e[0]!;
          }
        }
        break;
      }
      case 'TDT': {
        if (el(s, 0) !== '20') warn(s, '1', `transport stage qualifier ${el(s, 0)} is not 20 (main carriage)`);
        const flight = el(s, 1);
        if (!flight) throw new InputError('TDT without a flight number', where(s, '2 (journey identifier)'));
        leg = { flight, ...(el(s, 4) ? { carrier: el(s, 4) } : {}) };
        m.legs.push(leg);
        legLocs = 0;
        trav = undefined;
        party = null;
        break;
      }
      case 'LOC': {
        const q = el(s, 0);
        const place = el(s, 1) || (s.elements[1] ?? []).filter(Boolean).join(' ').trim();
        lastLoc = q;
        if (trav) {
          if (q === '178') trav.embarkation = place;
          else if (q === '179') trav.debarkation = place;
          else if (q === '174') {
            trav.residence = place;
            trav.residenceCountry = countryOf(place);
          } else if (q === '180') trav.birthPlace = place;
          else if (q === '91' && doc) {
            doc.issuingState = place;
            doc.issuingCountry = countryOf(place);
          } else if (q !== '22') warn(s, '1', `traveller location qualifier ${q} is unknown`);
        } else if (leg) {
          // 125 last foreign departure, 87 first arrival; 92 routing: first is from, second is to
          if (q === '125' || (q === '92' && legLocs === 0)) leg.from = place;
          else if (q === '87' || q === '92') leg.to = place;
          else warn(s, '1', `flight location qualifier ${q} is unknown`);
          if (q === '125' || q === '87') mainLeg = leg;
          legLocs++;
        } else warn(s, undefined, 'LOC before any TDT or NAD');
        break;
      }
      case 'DTM': {
        const q = el(s, 0);
        const v = el(s, 0, 1);
        const fmt = el(s, 0, 2) || undefined;
        if (trav && q === '329') {
          const d = parseMrzDate(v.length === 8 ? v.slice(2) : v, 'birth', today);
          if (d.iso) trav.birthDate = v.length === 8 ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` : d.iso;
          else warn(s, '1:2', `birth date "${v}": ${d.error}`);
        } else if (trav && doc && (q === '36' || q === '182')) {
          const d = v.length === 8 ? { iso: `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}` } : parseMrzDate(v, q === '36' ? 'expiry' : 'birth', today);
          if (d.iso) {
            if (q === '36') doc.expiryDate = d.iso;
            else doc.issueDate = d.iso;
          } else warn(s, '1:2', `document date "${v}": ${'error' in d ? d.error : 'unreadable'}`);
        } else if (leg && !trav && (q === '189' || q === '232')) {
          const t = ediDateTime(v, fmt);
          if (!t) warn(s, '1:2', `date-time "${v}" does not read (format ${fmt ?? 'unstated'})`);
          else if (q === '189') leg.departure = t;
          else leg.arrival = t;
        } else if (!trav || q !== '329') {
          warn(s, '1', `DTM qualifier ${q} is not expected here${lastLoc ? ` (after LOC ${lastLoc})` : ''}`);
        }
        break;
      }
      case 'ATT': {
        if (!trav) break;
        const v = el(s, 2);
        if (el(s, 0) === '2') {
          trav.sex = v === 'M' ? 'male' : v === 'F' ? 'female' : v === 'U' || v === 'X' ? 'unspecified' : null;
          if (!trav.sex) warn(s, '3', `sex "${v}" is not M, F, U or X`);
        }
        break;
      }
      case 'NAT': {
        if (!trav) break;
        trav.nationality = el(s, 1);
        trav.nationalityCountry = countryOf(el(s, 1));
        if (trav.nationality && !trav.nationalityCountry) warn(s, '2', `nationality "${trav.nationality}" is not an ICAO country code`);
        break;
      }
      case 'DOC': {
        if (!trav) {
          warn(s, undefined, 'DOC before any traveller');
          break;
        }
        const number = el(s, 1);
        if (!number) throw new InputError('DOC without a document number', where(s, '2 (document number)'));
        doc = { type: el(s, 0), number };
        trav.documents.push(doc);
        break;
      }
      case 'CNT': {
        // CNT+42:n passengers, CNT+41:n crew; some senders write CNT+41+n
        const q = el(s, 0);
        const raw = el(s, 0, 1) || el(s, 1);
        if (!el(s, 0, 1) && el(s, 1)) warn(s, '1', `CNT count written as a separate element ("${raw}"), not as component 2`);
        const n = Number(raw);
        if (!/^\d+$/.test(raw)) warn(s, '1:2', `CNT count "${raw}" is not a number`);
        else if (q === '41') crewCount = n;
        else if (q === '42') paxCount = n;
        else warn(s, '1', `CNT qualifier ${q} is unknown`);
        break;
      }
      case 'UNS':
      case 'GEI':
      case 'FTX':
      case 'EMP':
      case 'QTY':
      case 'FTI':
      case 'CPI':
      case 'TSR':
      case 'ERP':
      case 'MEA':
        break; // optional segments that do not change the manifest
      default:
        warn(s, undefined, `segment ${s.tag} is not part of PAXLST; ignored`);
    }
  }
  // Trailer: UNT counts the message's segments, UNH and UNT included.
  const declared = el(unt, 0);
  if (!/^\d+$/.test(declared)) warn(unt, '1', `UNT segment count "${declared}" is not a number`);
  else if (Number(declared) !== msg.length) warn(unt, '1', `UNT counts ${Number(declared)} segments; the message has ${msg.length}`);
  if (el(unt, 1) !== m.messageRef) warn(unt, '2', `UNT reference "${el(unt, 1)}" differs from UNH's "${m.messageRef}"`);
  const declaredCount = m.kind === 'crew' ? (crewCount ?? paxCount) : (paxCount ?? crewCount);
  if (declaredCount != null) {
    m.declaredCount = declaredCount;
    if (declaredCount !== m.travellers.length) {
      warnings.push({ tag: 'CNT', message: `CNT declares ${declaredCount} traveller(s); the message lists ${m.travellers.length}` });
    }
  }
  if (m.legs.length === 0) throw new InputError('the message has no TDT (flight)', where(unt, 'TDT'));
  const flightLeg = mainLeg ?? m.legs[m.legs.length - 1]!;
  m.flight = flightLeg.flight;
  // A traveller without LOC 178/179 boards and leaves where the flight does.
  for (const t of m.travellers) {
    t.embarkation ??= flightLeg.from;
    t.debarkation ??= flightLeg.to;
    if (t.embarkation === undefined) delete t.embarkation;
    if (t.debarkation === undefined) delete t.debarkation;
  }
  return m;
}

/** EDIFACT date-times: 201 YYMMDDHHMM, 203 CCYYMMDDHHMM, 101 YYMMDD, 102 CCYYMMDD (by length if unstated). */
export function ediDateTime(v: string, format: string | undefined): string | undefined {
  const digits = v.replace(/\s/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  let full: string;
  const f = format ?? ({ 6: '101', 8: '102', 10: '201', 12: '203' } as Record<number, string>)[digits.length];
  if (f === '201' && digits.length === 10) full = `20${digits}`;
  else if (f === '203' && digits.length === 12) full = digits;
  else if (f === '101' && digits.length === 6) full = `20${digits}0000`;
  else if (f === '102' && digits.length === 8) full = `${digits}0000`;
  else return undefined;
  const [y, mo, d, h, mi] = [full.slice(0, 4), full.slice(4, 6), full.slice(6, 8), full.slice(8, 10), full.slice(10, 12)];
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:00Z`);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d) || Number(h) > 23) return undefined;
  return f === '101' || f === '102' ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}`;
}
