/** UN Security Council Consolidated List XML -> entities. */
import type { Entity } from '../../model/entity.js';
import type { ReadContext } from '../common/reading.js';
import { mapUnRecord } from './mapper.js';
import { readUnRecords, type UnHeader } from './reader.js';

export async function* readUn(ctx: ReadContext): AsyncGenerator<Entity> {
  const header: UnHeader = {};
  for await (const r of readUnRecords(ctx.file, header)) {
    ctx.report.publishedAt ??= header.dateGenerated;
    ctx.record();
    yield* mapUnRecord(ctx, r);
  }
}
