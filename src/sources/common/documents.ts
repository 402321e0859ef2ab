/**
 * Identity documents of a listed subject. The subject carries the numbers (passportNumber,
 * idNumber) so that matching needs one entity; each document is also its own FtM
 * Passport/Identification entity (holder = subject) so that an officer sees type and country.
 */
import { add, makeEntity, type Entity } from '../../model/entity.js';

export interface DocumentFacts {
  number: string;
  /** As published: "Passport", "National Identification Number", "Cedula No."... */
  type?: string;
  /** ISO code or the published text. */
  country?: string;
  issueDate?: string;
  endDate?: string;
  authority?: string;
  notes?: string;
  /** True for passports (decides the schema and the subject property). */
  passport: boolean;
}

/** Upper case, letters and digits only: "AB 123-456" -> "AB123456" (ids and exact keys). */
export function normaliseDocumentNumber(n: string): string {
  return n.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function isPassportType(type: string | undefined): boolean {
  return !!type && /pas[s]?ap?orte?|passport|pasaporte|passeport/i.test(type);
}

/**
 * Adds the document to the subject and returns its entity, or undefined when it has no usable
 * number. Ids are `<subject id>-doc-<normalised number>`: stable across versions, unique per subject.
 */
export function documentEntity(subject: Entity, d: DocumentFacts): Entity | undefined {
  const key = normaliseDocumentNumber(d.number);
  if (!key) return undefined;
  add(subject, d.passport ? 'passportNumber' : 'idNumber', d.number);
  const doc = makeEntity(`${subject.id}-doc-${key}`, d.passport ? 'Passport' : 'Identification', subject.provenance);
  add(doc, 'holder', subject.id);
  add(doc, 'number', d.number);
  add(doc, 'type', d.type);
  add(doc, 'country', d.country);
  add(doc, 'issueDate', d.issueDate);
  add(doc, 'endDate', d.endDate);
  add(doc, 'authority', d.authority);
  add(doc, 'notes', d.notes);
  return doc;
}

/** Collects a record's documents, merging two mentions of one number into one entity. */
export class DocumentSet {
  private readonly byId = new Map<string, Entity>();
  add(doc: Entity | undefined): void {
    if (!doc) return;
    const prev = this.byId.get(doc.id);
    if (!prev) {
      this.byId.set(doc.id, doc);
      return;
    }
    for (const [k, vals] of Object.entries(doc.properties)) add(prev, k, ...vals);
  }
  entities(): Entity[] {
    return [...this.byId.values()];
  }
}
