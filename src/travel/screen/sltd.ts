/**
 * The lost and stolen travel documents register in memory: entities of list "sltd" (schema
 * Passport or Identification, with `number` and `country`), keyed by normalised number and
 * country so that a lookup per traveller is one map access.
 */
import type { Entity } from '../../model/entity.js';
import { countryOf } from '../../sources/common/icao-codes.js';
import { docKey } from './subject.js';

export const SLTD_LIST = 'sltd';

export class SltdRegister {
  private byKey = new Map<string, Entity[]>();
  size = 0;

  constructor(entities: Iterable<Entity> = []) {
    for (const e of entities) this.add(e);
  }

  add(e: Entity): void {
    if (e.schema !== 'Passport' && e.schema !== 'Identification') return;
    const countries = (e.properties.country ?? ['']).map((c) => (c.length === 2 ? c.toLowerCase() : (countryOf(c) ?? c.toLowerCase())));
    for (const n of e.properties.number ?? e.properties.passportNumber ?? []) {
      for (const c of countries) {
        const k = docKey(n, c);
        const list = this.byKey.get(k);
        if (list) list.push(e);
        else this.byKey.set(k, [e]);
      }
    }
    this.size++;
  }

  /** Records of this number issued by this country (alpha-2), or with no country recorded. */
  lookup(number: string, country: string | null | undefined): Entity[] {
    const exact = this.byKey.get(docKey(number, country)) ?? [];
    const noCountry = country ? (this.byKey.get(docKey(number, '')) ?? []) : [];
    return [...exact, ...noCountry];
  }
}
