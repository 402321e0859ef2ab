/**
 * The FollowTheMoney (FtM) schemata and properties Atalaya understands.
 *
 * We follow OpenSanctions' FtM names so that any FtM dataset loads unchanged and what we export
 * others can read. Only the subset that screening needs is described here; unknown properties
 * are kept as they are (an FtM entity is a bag of multi-valued string properties).
 */

export const SCHEMATA = [
  'Thing',
  'LegalEntity',
  'Person',
  'Organization',
  'Company',
  'PublicBody',
  'Vessel',
  'Airplane',
  'Vehicle',
  'Identification',
  'Passport',
  'Address',
  'Sanction',
  'Ownership',
  'Directorship',
  'Family',
  'Associate',
  'UnknownLink',
  'Membership',
  'Employment',
  'Representation',
  'Security',
] as const;

export type SchemaName = (typeof SCHEMATA)[number];

/** Parent of each schema; used to answer "is a Company a LegalEntity?". */
const PARENT: Partial<Record<SchemaName, SchemaName>> = {
  LegalEntity: 'Thing',
  Person: 'LegalEntity',
  Organization: 'LegalEntity',
  Company: 'Organization',
  PublicBody: 'Organization',
  Vehicle: 'Thing',
  Vessel: 'Vehicle',
  Airplane: 'Vehicle',
  Passport: 'Identification',
  Address: 'Thing',
};

export function isSchema(name: string): name is SchemaName {
  return (SCHEMATA as readonly string[]).includes(name);
}

/** True when `schema` is `ancestor` or descends from it (Company isA LegalEntity). */
export function isA(schema: string, ancestor: SchemaName): boolean {
  let s: SchemaName | undefined = isSchema(schema) ? schema : undefined;
  while (s) {
    if (s === ancestor) return true;
    s = PARENT[s];
  }
  return false;
}

/** Schemata that are screened as subjects (the rest are links, documents, sanctions). */
export const MATCHABLE: readonly SchemaName[] = [
  'LegalEntity',
  'Person',
  'Organization',
  'Company',
  'PublicBody',
  'Vessel',
  'Airplane',
];

/**
 * Properties with a meaning for matching or for an officer. Values are always strings:
 * dates as ISO prefixes ("1970", "1970-03", "1970-03-12"); countries as ISO 3166-1 alpha-2
 * lower-case codes where known ("af", "ir"); everything else as published.
 */
export const PROPERTIES = {
  // names
  name: 'Name',
  alias: 'Other name',
  weakAlias: 'Weak alias',
  previousName: 'Previous name',
  firstName: 'First name',
  middleName: 'Middle name',
  secondName: 'Second name',
  lastName: 'Last name',
  fatherName: 'Patronymic',
  motherName: 'Matronymic',
  title: 'Title',
  // person facts
  birthDate: 'Date of birth',
  birthPlace: 'Place of birth',
  birthCountry: 'Country of birth',
  deathDate: 'Date of death',
  nationality: 'Nationality',
  citizenship: 'Citizenship',
  gender: 'Gender',
  position: 'Position',
  // documents and identifiers
  passportNumber: 'Passport number',
  idNumber: 'ID number',
  taxNumber: 'Tax number',
  registrationNumber: 'Registration number',
  innCode: 'INN',
  ogrnCode: 'OGRN',
  swiftBic: 'SWIFT/BIC',
  email: 'E-mail',
  phone: 'Phone',
  website: 'Website',
  // organisations
  country: 'Country',
  jurisdiction: 'Jurisdiction',
  incorporationDate: 'Date of incorporation',
  legalForm: 'Legal form',
  // vessels and aircraft
  imoNumber: 'IMO number',
  mmsi: 'MMSI',
  callSign: 'Call sign',
  flag: 'Flag',
  pastFlags: 'Past flags',
  type: 'Type',
  owner: 'Owner',
  operator: 'Operator',
  buildDate: 'Build date',
  tonnage: 'Tonnage',
  grossRegisteredTonnage: 'Gross registered tonnage',
  registrationNumberAircraft: 'Aircraft registration',
  serialNumber: 'Serial number',
  model: 'Model',
  // listing
  address: 'Address',
  program: 'Programme',
  programId: 'Programme id',
  listingDate: 'Listing date',
  modifiedAt: 'Last modified',
  sourceUrl: 'Source URL',
  notes: 'Remarks',
  topics: 'Topics',
  // Identification / Passport / Sanction / Address link entities
  holder: 'Holder',
  number: 'Number',
  authority: 'Issuing authority',
  issueDate: 'Issue date',
  startDate: 'Start date',
  endDate: 'End date',
  reason: 'Reason',
  entity: 'Entity',
  full: 'Full address',
  city: 'City',
  street: 'Street',
  postalCode: 'Postal code',
  region: 'Region',
} as const;

export type KnownProperty = keyof typeof PROPERTIES;

/** Name-bearing properties, strongest first. weakAlias is last: it alone should rarely block. */
export const NAME_PROPERTIES = ['name', 'alias', 'previousName', 'weakAlias'] as const;
