/**
 * Turning what a caller sends into a query entity, and refusing what cannot be screened: an
 * entity with no name and no identifier matches nothing and would look like a clean answer.
 */
import { add, makeEntity, type Entity } from '../model/entity.js';
import { NAME_PROPERTIES } from '../model/schema.js';
import { InputError } from '../errors.js';

const IDENTIFYING = [...NAME_PROPERTIES, 'firstName', 'lastName', 'passportNumber', 'idNumber', 'imoNumber', 'mmsi', 'registrationNumber', 'taxNumber', 'innCode', 'ogrnCode', 'swiftBic', 'callSign'];

export function toQueryEntity(input: { id?: string | undefined; schema: string; properties: Record<string, string[]> }, field = 'entity'): Entity {
  const e = makeEntity(input.id ?? '', input.schema);
  for (const [k, vals] of Object.entries(input.properties)) add(e, k, ...vals);
  // A person given only first and last names is screened under the full name as well.
  if (!e.properties.name?.length && (e.properties.firstName?.length || e.properties.lastName?.length)) {
    add(e, 'name', [e.properties.firstName?.[0], e.properties.middleName?.[0], e.properties.lastName?.[0]].filter(Boolean).join(' '));
  }
  if (!IDENTIFYING.some((p) => e.properties[p]?.length)) {
    throw new InputError('nothing to screen: give at least a name or an identifier (passportNumber, imoNumber...)', { field: `${field}.properties` });
  }
  return e;
}
