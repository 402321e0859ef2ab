/**
 * Atalaya's plain CSV for national watchlists (docs/sources.md): UTF-8, comma-separated, one
 * header line; multi-valued cells separate values with ";".
 */
export const CSV_REQUIRED = ['id', 'schema', 'name'] as const;

/** Column -> entity property, for the columns that copy straight across. */
export const CSV_PROPERTIES: Record<string, string> = {
  name: 'name',
  aliases: 'alias',
  weak_aliases: 'weakAlias',
  previous_names: 'previousName',
  first_name: 'firstName',
  last_name: 'lastName',
  birth_place: 'birthPlace',
  gender: 'gender',
  position: 'position',
  id_number: 'idNumber',
  tax_number: 'taxNumber',
  registration_number: 'registrationNumber',
  address: 'address',
  imo_number: 'imoNumber',
  mmsi: 'mmsi',
  call_sign: 'callSign',
  program: 'program',
  notes: 'notes',
  source_url: 'sourceUrl',
  email: 'email',
  phone: 'phone',
};

/** Columns whose values are countries (ISO alpha-2/alpha-3 or names). */
export const CSV_COUNTRIES: Record<string, string> = {
  nationality: 'nationality',
  citizenship: 'citizenship',
  country: 'country',
  birth_country: 'birthCountry',
  flag: 'flag',
};

/** Columns whose values are dates (ISO prefixes, or EDTF "1965~" / "1960/1965" for births). */
export const CSV_DATES: Record<string, string> = {
  birth_date: 'birthDate',
  listing_date: 'listingDate',
};

export const CSV_DOCUMENT_COLUMNS = ['passport_number', 'passport_country'] as const;

export const CSV_KNOWN = [
  'id', 'schema',
  ...Object.keys(CSV_PROPERTIES), ...Object.keys(CSV_COUNTRIES), ...Object.keys(CSV_DATES), ...CSV_DOCUMENT_COLUMNS,
];

/** The schemata a national watchlist row may have. */
export const CSV_SCHEMATA = ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Airplane'] as const;
