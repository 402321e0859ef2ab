/** The travel domain's tables (migration src/store/migrations/300_travel.ts). */
export interface CrossingTable {
  id: string;
  direction: 'entry' | 'exit';
  post: string;
  at: string;
  officer_id: string;
  officer_name: string;
  decision: 'admit' | 'refer' | 'refuse';
  verdict: string | null;
  reasons_json: string;
  doc_type: string;
  doc_number: string;
  doc_country: string | null;
  doc_key: string;
  nationality: string | null;
  last_name: string;
  first_names: string;
  birth_date: string | null;
  person_key: string | null;
  allowed_until: string | null;
  entry_id: string | null;
  exit_id: string | null;
  manifest_id: string | null;
  created_at: string;
}

export interface ManifestTable {
  id: string;
  flight: string;
  carrier: string | null;
  kind: string;
  version: string;
  message_ref: string;
  origin: string | null;
  destination: string | null;
  departure: string | null;
  arrival: string | null;
  traveller_count: number;
  refer_count: number;
  refuse_count: number;
  warnings_json: string;
  manifest_json: string;
  received_at: string;
  received_by: string;
}

export interface ManifestTravellerTable {
  manifest_id: string;
  idx: number;
  name: string;
  birth_date: string | null;
  nationality: string | null;
  doc_number: string | null;
  verdict: string;
  strength: number;
  rank: number | null;
  reasons_json: string;
}

export interface RiskRuleTable {
  id: string;
  name: string;
  description: string;
  action: 'refer' | 'refuse';
  nationalities: string | null;
  origins: string | null;
  destinations: string | null;
  enabled: number;
  updated_at: string;
  updated_by: string;
}

declare module '../../store/schema.js' {
  interface Database {
    travel_crossings: CrossingTable;
    travel_manifests: ManifestTable;
    travel_manifest_travellers: ManifestTravellerTable;
    travel_risk_rules: RiskRuleTable;
  }
}
