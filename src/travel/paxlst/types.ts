/** A flight manifest as one PAXLST message describes it. */
import type { Warning } from './edifact.js';

export type { Warning };

export interface Leg {
  /** flight number as sent, e.g. "AA123" */
  flight: string;
  carrier?: string;
  /** IATA airport or place code */
  from?: string;
  to?: string;
  /** ISO 8601 local date-time as sent ("2007-02-19T15:40"), no zone: PAXLST times are local */
  departure?: string;
  arrival?: string;
}

export interface TravelDocument {
  /** P passport, V visa, I/A/C identity cards, as coded in DOC 1001 */
  type: string;
  number: string;
  expiryDate?: string;
  issueDate?: string;
  /** issuing state as sent (ICAO code) and as the entity model stores it */
  issuingState?: string;
  issuingCountry?: string | null;
}

export interface Traveller {
  /** 1-based order in the message */
  index: number;
  /** NAD party qualifier: FL passenger, FM crew, DDT/DDU in-transit crew, COT/ZZZ others */
  party: string;
  role: 'passenger' | 'crew';
  lastName: string;
  firstNames: string;
  sex: 'male' | 'female' | 'unspecified' | null;
  birthDate?: string;
  birthPlace?: string;
  /** ICAO/ISO alpha-3 code as sent, and lower-case alpha-2 */
  nationality?: string;
  nationalityCountry?: string | null;
  residence?: string;
  residenceCountry?: string | null;
  documents: TravelDocument[];
  reservationRef?: string;
  /** every RFF the traveller carries: AVF reservation, ABO bag tag, SEA seat... */
  references: { qualifier: string; value: string }[];
  embarkation?: string;
  debarkation?: string;
  /** the NAD segment's number in the interchange, to point back at the source */
  segment: number;
}

export interface Manifest {
  /** message version: D:02B or D:05B */
  version: string;
  messageRef: string;
  interchangeRef: string;
  sender: string;
  recipient: string;
  /** when the interchange was prepared, ISO 8601 */
  preparedAt?: string;
  /** BGM 745 passengers, 250 crew */
  kind: 'passengers' | 'crew';
  documentCode: string;
  airline?: string;
  reportingParty?: { name: string; phone?: string; fax?: string };
  transactionRef?: string;
  /** the flight of the last leg that arrives here (the manifest's flight) */
  flight: string;
  legs: Leg[];
  travellers: Traveller[];
  /** CNT: how many travellers the sender says the message holds */
  declaredCount?: number;
  warnings: Warning[];
}
