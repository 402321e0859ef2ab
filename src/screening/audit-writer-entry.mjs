// Entry of the audit writer thread: loads TypeScript through tsx (as bin/atalaya.mjs does), then
// the writer itself (see audit-writer.ts for why it exists).
import { register } from 'tsx/esm/api';
register();
await import('./audit-writer-worker.ts');
