/** The header of Atalaya's plain CSV for national watchlists (docs/sources.md). */
export const CSV_REQUIRED = ['id', 'schema', 'name'] as const;
