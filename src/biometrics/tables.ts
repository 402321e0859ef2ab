/** The biometrics tables (migration 400_biometrics) as Kysely types. */
declare module '../store/schema.js' {
  interface Database {
    bio_identities: BioIdentityTable;
    bio_encounters: BioEncounterTable;
    bio_images: BioImageTable;
    bio_templates: BioTemplateTable;
    bio_link_reviews: BioLinkReviewTable;
    bio_watchlist: BioWatchlistTable;
    bio_shares: BioShareTable;
  }
}

/** One person as the system believes them to be: the encounters linked to it share its id. */
export interface BioIdentityTable {
  id: string;
  created_at: string;
  updated_at: string;
  /** "watchlist" when one of its encounters hit the biometric watchlist; null otherwise */
  alert_state: string | null;
  /** the alert id or watchlist entry that put it under alert */
  alert_ref: string | null;
}

export interface BioEncounterTable {
  id: string;
  identity_id: string | null;
  /** the name used at this encounter, as given or as read from the MRZ */
  full_name: string;
  surname: string | null;
  given_names: string | null;
  birth_date: string | null;
  sex: string | null;
  nationality: string | null;
  document_type: string | null;
  document_number: string | null;
  document_country: string | null;
  mrz: string | null;
  post: string;
  place: string | null;
  latitude: number | null;
  longitude: number | null;
  occurred_at: string;
  officer: string;
  agency: string;
  /** border-crossing | migrant-reception | arrest */
  circumstance: string;
  legal_basis: string;
  /** "local", or "import:<partner>" for an encounter received from a partner */
  origin: string;
  /** after this instant the encounter is purged (retention per circumstance) */
  retain_until: string;
  created_at: string;
}

export interface BioImageTable {
  id: string;
  encounter_id: string;
  /** live (taken at the encounter) | document (the photo of the travel document) */
  kind: string;
  format: string;
  width: number;
  height: number;
  /** of the original bytes: lets a partner check a shared image */
  sha256: string;
  quality_json: string;
  /** AES-256-GCM sealed image bytes (AAD "bio_images:<id>") */
  sealed: string;
  created_at: string;
}

export interface BioTemplateTable {
  id: string;
  image_id: string;
  encounter_id: string;
  /** the face model's name: templates of different models are never compared */
  model: string;
  /** AES-256-GCM sealed float32 template (AAD "bio_templates:<id>") */
  sealed: string;
  created_at: string;
}

export interface BioLinkReviewTable {
  id: string;
  encounter_id: string;
  identity_id: string;
  score: number;
  /** pending | confirmed | rejected */
  status: string;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
}

export interface BioWatchlistTable {
  id: string;
  name: string;
  /** the listed person as an entity (frozen into alerts) */
  listed_json: string;
  agency: string;
  reason: string;
  model: string;
  sealed_template: string;
  created_at: string;
}

export interface BioShareTable {
  id: string;
  encounter_id: string;
  /** export | import */
  direction: string;
  partner: string;
  /** json | ansi-nist */
  format: string;
  sha256: string;
  actor: string;
  agency: string;
  at: string;
}
