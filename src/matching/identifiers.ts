/**
 * Identifiers as evidence: document, registration and tax numbers, vessel IMO numbers (with
 * their check digit), MMSI and call signs. Equal identifiers are strong evidence for; different
 * values of an identifier that a subject has only one of (IMO, INN, OGRN) are strong evidence against.
 */

/** Upper-case letters and digits only: "AB 123-456" → "AB123456". */
export function normalizeIdentifier(v: string): string {
  return v.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** A valid 7-digit IMO number from "IMO 9123456", "9123456" and the like; undefined otherwise. */
export function imoNumber(v: string): string | undefined {
  const digits = v.toUpperCase().replace(/^\s*IMO[\s:.-]*/, '').replace(/\D/g, '');
  if (digits.length !== 7) return undefined;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
  return sum % 10 === Number(digits[6]) ? digits : undefined;
}

/** IMO numbers of ships carry a check digit; company and owner IMO numbers do not follow it. */
function anyImoNumber(v: string): string | undefined {
  const digits = v.toUpperCase().replace(/^\s*IMO[\s:.-]*/, '').replace(/\D/g, '');
  return digits.length === 7 ? digits : undefined;
}

interface IdKind {
  props: readonly string[];
  label: string;
  /** Weight when a value is shared. */
  same: number;
  /** Weight when both sides have values and none is shared (0: says nothing). */
  differ: number;
  /**
   * Weight instead of `differ` when a value on each side has one form (see numberForm): two numbers
   * of one kind (two 10-digit INNs, two 13-digit OGRNs) that differ name two subjects, where a
   * company's numbers of other kinds (its INN against its OGRN) differ as a matter of course.
   */
  differSameForm?: number;
  norm: (v: string) => string | undefined;
}

const plain = (v: string) => {
  const n = normalizeIdentifier(v);
  return n.length >= 4 ? n : undefined;
};

/** Codes of one fixed length (LEI 20, unified social credit code 18): anything else is not the code. */
const ofLength = (len: number) => (v: string) => {
  const n = normalizeIdentifier(v);
  return n.length === len ? n : undefined;
};

/** Identifier families; documents are compared across their properties (a passport number given as an ID number still counts). */
export const ID_KINDS: readonly IdKind[] = [
  { props: ['imoNumber'], label: 'IMO number', same: 0.8, differ: -0.45, norm: anyImoNumber },
  { props: ['mmsi'], label: 'MMSI', same: 0.3, differ: -0.1, norm: (v) => (/^\d{9}$/.test(v.replace(/\D/g, '')) ? v.replace(/\D/g, '') : undefined) },
  { props: ['callSign'], label: 'call sign', same: 0.15, differ: -0.03, norm: (v) => { const n = normalizeIdentifier(v); return n.length >= 3 ? n : undefined; } },
  { props: ['passportNumber', 'idNumber'], label: 'document number', same: 0.4, differ: -0.05, norm: plain },
  { props: ['innCode'], label: 'INN', same: 0.4, differ: -0.3, norm: plain },
  { props: ['ogrnCode'], label: 'OGRN', same: 0.4, differ: -0.3, norm: plain },
  { props: ['registrationNumber', 'taxNumber'], label: 'registration number', same: 0.35, differ: -0.05, differSameForm: -0.3, norm: plain },
  { props: ['swiftBic'], label: 'SWIFT/BIC', same: 0.35, differ: -0.1, norm: (v) => { const n = normalizeIdentifier(v); return n.length >= 8 ? n.slice(0, 8) : undefined; } },
  { props: ['registrationNumberAircraft', 'serialNumber'], label: 'aircraft registration', same: 0.35, differ: -0.1, norm: plain },
  // Codes one subject has only one of, given by FtM data (OpenSanctions and the like): a
  // different value is another subject, as for INN and OGRN.
  { props: ['leiCode'], label: 'LEI', same: 0.45, differ: -0.3, norm: ofLength(20) },
  { props: ['okpoCode'], label: 'OKPO', same: 0.4, differ: -0.2, norm: plain },
  { props: ['uscCode'], label: 'unified social credit code', same: 0.4, differ: -0.3, norm: ofLength(18) },
  { props: ['wikidataId'], label: 'Wikidata item', same: 0.5, differ: -0.3, norm: (v) => (/^Q\d+$/i.test(v.trim()) ? v.trim().toUpperCase() : undefined) },
  { props: ['vatCode', 'dunsCode', 'permId', 'bikCode'], label: 'tax or company code', same: 0.35, differ: -0.05, norm: plain },
  // Contact details are shared by the staff of one office and reused: weak evidence for, none against.
  { props: ['email'], label: 'e-mail address', same: 0.15, differ: 0, norm: (v) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.trim()) ? v.trim().toLowerCase() : undefined) },
  { props: ['website'], label: 'website', same: 0.15, differ: 0, norm: (v) => { const n = v.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, ''); return n.includes('.') ? n : undefined; } },
];

export interface IdEvidence {
  feature: string;
  label: string;
  weight: number;
  query: string;
  candidate: string;
  same: boolean;
  /** For a difference: a value on each side had one form (differSameForm). */
  sameForm?: boolean;
}

/** A number's form: letters as A, digits as 9 ("7701234567" → "9999999999", "HRB 12345" → "AAA99999"). */
function numberForm(n: string): string {
  return n.replace(/[A-Z]/g, 'A').replace(/[0-9]/g, '9');
}

/** Whether a value on each side has one form, six characters or more. */
function shareForm(q: Iterable<string>, c: Iterable<string>): boolean {
  const forms = new Set<string>();
  for (const v of q) if (v.length >= 6) forms.add(numberForm(v));
  for (const v of c) if (v.length >= 6 && forms.has(numberForm(v))) return true;
  return false;
}

/** Values of an identifier family, normalised, from an entity's properties. */
export function identifierValues(props: Record<string, string[] | undefined>, kind: IdKind): ReadonlyMap<string, string> {
  let out: Map<string, string> | undefined;
  for (const p of kind.props) {
    const values = props[p];
    if (values) for (const v of values) {
      const n = kind.norm(v);
      if (n) (out ??= new Map()).set(n, v);
    }
  }
  // (Most entities state few identifiers: a Map per family asked, made for nothing, was a tenth of
  // what a batch query allocated.)
  return out ?? NO_VALUES;
}
const NO_VALUES: ReadonlyMap<string, string> = new Map();

/**
 * Between two vehicles (aircraft, vessels, vehicles) a registration number is the machine's own
 * (an aircraft's tail number, as OFAC's "Aircraft Tail Number" gives it, a ship's registry number)
 * and a serial number (an aircraft's MSN, a vehicle's VIN) never changes: both name one machine,
 * as an IMO number does, where a company's registration number weighs 0.35. Listed aircraft are
 * often named by their model ("BOEING 747-2J9F"), so two of one model differ only by these. A
 * tail number changes when the aircraft is sold abroad (EP-ABC, then UP-ABC): a different one
 * says less than a different serial number.
 */
const VEHICLE_PROPS = new Set(['registrationNumber', 'registrationNumberAircraft', 'serialNumber']);
const VEHICLE_ID_KINDS: readonly IdKind[] = [
  ...ID_KINDS.map((k) => ({ ...k, props: k.props.filter((p) => !VEHICLE_PROPS.has(p)) })).filter((k) => k.props.length),
  { props: ['registrationNumber', 'registrationNumberAircraft'], label: 'registration number', same: 0.7, differ: -0.15, norm: plain },
  { props: ['serialNumber'], label: 'serial number', same: 0.7, differ: -0.4, norm: plain },
];

/**
 * For each identifier family both sides carry: shared (for) or all different (against).
 * `vehicles`: both sides are vehicles (VEHICLE_ID_KINDS).
 */
export function compareIdentifiers(q: Record<string, string[] | undefined>, c: Record<string, string[] | undefined>, vehicles = false): IdEvidence[] {
  const out: IdEvidence[] = [];
  for (const kind of vehicles ? VEHICLE_ID_KINDS : ID_KINDS) {
    const qv = identifierValues(q, kind);
    if (!qv.size) continue;
    const cv = identifierValues(c, kind);
    if (!cv.size) continue;
    const shared = [...qv.keys()].find((k) => cv.has(k));
    if (shared) {
      out.push({ feature: kind.props[0]!, label: kind.label, weight: kind.same, query: qv.get(shared)!, candidate: cv.get(shared)!, same: true });
    } else if (kind.differ) {
      const sameForm = kind.differSameForm !== undefined && shareForm(qv.keys(), cv.keys());
      out.push({ feature: kind.props[0]!, label: kind.label, weight: sameForm ? kind.differSameForm! : kind.differ, query: [...qv.values()].join(', '), candidate: [...cv.values()].join(', '), same: false, sameForm });
    }
  }
  return out;
}
