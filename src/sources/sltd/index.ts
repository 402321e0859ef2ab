import type { Entity } from '../../model/entity.js';
import type { ReadContext } from '../common/reading.js';

// eslint-disable-next-line require-yield
export async function* readSltd(ctx: ReadContext): AsyncGenerator<Entity> {
  throw ctx.error('this list format is not supported yet');
}
