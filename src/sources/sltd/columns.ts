/**
 * The lost and stolen travel documents register CSV (docs/sources.md), the border's
 * equivalent of INTERPOL's SLTD: one document per row.
 */
export const SLTD_REQUIRED = ['document_number', 'document_type', 'issuing_country'] as const;
export const SLTD_KNOWN = [...SLTD_REQUIRED, 'date_reported', 'status', 'notes'] as const;
