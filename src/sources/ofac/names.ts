/** OFAC name conventions shared by the CSV and XML readers. */
import { add, type Entity } from '../../model/entity.js';

/** SDN type -> schema. Everything that is not a person, vessel or aircraft is an Organization. */
export function ofacSchema(sdnType: string): 'Person' | 'Vessel' | 'Airplane' | 'Organization' {
  switch (sdnType.trim().toLowerCase()) {
    case 'individual':
      return 'Person';
    case 'vessel':
      return 'Vessel';
    case 'aircraft':
      return 'Airplane';
    default:
      return 'Organization';
  }
}

/**
 * Individuals are written "LAST, First Middle"; we name them "First Middle LAST" (the order they
 * are read and matched in) and keep the parts as firstName/lastName.
 */
export function addPersonName(e: Entity, prop: string, published: string): void {
  const i = published.indexOf(', ');
  if (i < 0) {
    add(e, prop, published);
    return;
  }
  const last = published.slice(0, i).trim();
  const first = published.slice(i + 2).trim();
  add(e, prop, `${first} ${last}`);
  if (prop === 'name') {
    add(e, 'firstName', first);
    add(e, 'lastName', last);
  }
}
