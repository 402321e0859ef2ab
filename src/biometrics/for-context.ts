/**
 * One biometrics service per application context: its in-memory 1:N index is loaded once per
 * process and kept current by the enrolments made through it. A change of data key (an operator
 * setting it after a refusal) gets a fresh service.
 */
import type { AppContext } from '../app/context.js';
import { Biometrics } from './service.js';

const services = new WeakMap<AppContext, { key: string | undefined; bio: Biometrics }>();

export function biometricsFor(ctx: AppContext): Biometrics {
  let s = services.get(ctx);
  if (!s || s.key !== ctx.config.dataKey) {
    void s?.bio.close();
    s = { key: ctx.config.dataKey, bio: new Biometrics(ctx.db, { dataKey: ctx.config.dataKey }) };
    services.set(ctx, s);
  }
  return s.bio;
}
