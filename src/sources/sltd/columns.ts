/** The header of the lost and stolen travel documents register CSV (docs/sources.md). */
export const SLTD_REQUIRED = ['document_number', 'document_type', 'issuing_country'] as const;
