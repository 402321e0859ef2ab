/**
 * OpenSanctions FollowTheMoney JSON lines: one entity per line, read with `fromFtmJson` (the
 * model's own FtM reader). Ids are kept as published, prefixed with the list id like every list.
 */
import readline from 'node:readline';
import { Readable } from 'node:stream';
import type { Entity } from '../../model/entity.js';
import { fromFtmJson } from '../../model/entity.js';
import { readUtf8 } from '../common/decode.js';
import type { ReadContext } from '../common/reading.js';

export async function* readFtm(ctx: ReadContext): AsyncGenerator<Entity> {
  const lines = readline.createInterface({ input: Readable.from(readUtf8(ctx.file)), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (!text.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (e) {
      throw ctx.error(`not JSON (${(e as Error).message}); FtM files hold one JSON entity per line`, line);
    }
    let e: Entity;
    try {
      e = fromFtmJson(obj, ctx.list);
    } catch (err) {
      throw ctx.error(`not an FtM entity: ${(err as Error).message}`, line);
    }
    ctx.record();
    const sourceId = e.id;
    e.id = ctx.id(sourceId);
    // Links between entities (holder, entity, owner...) point at the published ids: prefix them too.
    for (const prop of LINK_PROPS) {
      const vals = e.properties[prop];
      if (vals) e.properties[prop] = vals.map((v) => ctx.id(v));
    }
    yield e;
  }
}

/** FtM properties whose values are entity ids (the ones our schemata use). */
const LINK_PROPS = ['holder', 'entity', 'owner', 'asset', 'director', 'organization', 'person', 'relative', 'associate', 'member', 'employee', 'employer', 'agent', 'client', 'parent', 'subsidiary', 'proof', 'issuer', 'subject', 'object'];
