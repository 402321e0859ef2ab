/**
 * The document itself: expired, check digits that fail, an issuing state that is not the
 * holder's nationality. Pure; the officer reads the words.
 */
import type { Finding } from './findings.js';
import type { TravellerSubject } from './subject.js';
import { icaoCode } from '../../sources/common/icao-codes.js';

export function documentFindings(s: TravellerSubject, today: Date): Finding[] {
  const out: Finding[] = [];
  const d = s.document;
  if (!d || !d.number) {
    out.push({ check: 'document', action: 'refer', strength: 0.5, text: 'No travel document number was given' });
    return out;
  }
  const todayIso = today.toISOString().slice(0, 10);
  if (d.expiryDate && d.expiryDate.length === 10 && d.expiryDate < todayIso) {
    out.push({ check: 'document', action: 'refuse', strength: 0.6, text: `Document ${d.number} expired on ${d.expiryDate}` });
  }
  if (s.mrz) {
    const failed = s.mrz.checks.filter((c) => !c.valid).map((c) => c.field);
    if (failed.length) {
      const hints = s.mrz.problems.filter((p) => p.suggestion).map((p) => p.message);
      out.push({
        check: 'document',
        action: 'refer',
        strength: 0.7,
        text: `Check digits fail for ${failed.join(', ')}: a misread, an altered page or a forged document${hints.length ? ` (${hints[0]})` : ''}`,
      });
    }
    const other = s.mrz.problems.filter((p) => !s.mrz!.checks.some((c) => c.field === p.field));
    if (other.length) out.push({ check: 'document', action: 'refer', strength: 0.5, text: `The machine-readable zone does not read cleanly: ${other.map((p) => p.message).join('; ')}` });
    if (s.mrz.specimen) out.push({ check: 'document', action: 'refuse', strength: 0.9, text: 'The document is an ICAO specimen (Utopia), not a real travel document' });
  }
  const issuer = d.issuingState ? icaoCode(d.issuingState) : null;
  const nat = s.nationalityCode ? icaoCode(s.nationalityCode) : null;
  // Refugee and stateless documents, organisations, and the British classes differ from the
  // issuer by design; only two different states are a question for the officer.
  if (issuer?.kind === 'state' && nat?.kind === 'state' && issuer.country !== nat.country) {
    out.push({ check: 'document', action: 'refer', strength: 0.4, text: `Issued by ${issuer.code} to a ${nat.code} national` });
  }
  return out;
}
