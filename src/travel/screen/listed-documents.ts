/**
 * Document numbers that the lists give for listed persons (passportNumber, idNumber), as an exact
 * lookup. The watchlist search is asked about names, birth dates and nationality only: an exact
 * number is better answered here in one map access (and said in words) than by making the
 * engine compare every name candidate in full because the query carries an identifier.
 */
import type { Entity } from '../../model/entity.js';
import { docKey } from './subject.js';

const PROPS = ['passportNumber', 'idNumber'];

export class ListedDocuments {
  private byNumber = new Map<string, Entity[]>();
  size = 0;

  constructor(entities: Iterable<Entity> = []) {
    for (const e of entities) this.add(e);
  }

  add(e: Entity): void {
    if (e.schema === 'Passport' || e.schema === 'Identification') return; // document records are the SLTD register's business
    let added = false;
    for (const p of PROPS) {
      for (const n of e.properties[p] ?? []) {
        const k = docKey(n, '');
        if (k.length < 6) continue; // "|" plus at least five characters: shorter numbers match by chance
        const list = this.byNumber.get(k);
        if (list) {
          if (!list.includes(e)) list.push(e);
        } else this.byNumber.set(k, [e]);
        added = true;
      }
    }
    if (added) this.size++;
  }

  /** Listed subjects that carry this document number (countries are rarely given for them). */
  lookup(number: string): Entity[] {
    return this.byNumber.get(docKey(number, '')) ?? [];
  }
}
