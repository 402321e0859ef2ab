/**
 * The server's background job runner: one batch job at a time per process (a job already uses
 * every core), in submission order; jobs left unfinished by a previous process are resumed at
 * start-up.
 */
import type { AppContext } from '../../app/context.js';
import { pendingJobs, runJob } from './jobs.js';

const chains = new WeakMap<AppContext, Promise<void>>();

export function enqueueJob(ctx: AppContext, id: string): Promise<void> {
  const prev = chains.get(ctx) ?? Promise.resolve();
  const next = prev.then(async () => {
    try {
      await runJob(ctx.db, id);
    } catch (err) {
      // runJob has recorded the failure on the job; the log gets one line, not the data.
      process.stderr.write(`atalaya: batch job ${id} failed: ${(err as Error).message}\n`);
    }
  });
  chains.set(ctx, next);
  return next;
}

/** Resumes every job a previous process left queued or running. */
export async function resumePendingJobs(ctx: AppContext): Promise<string[]> {
  const ids = await pendingJobs(ctx.db);
  for (const id of ids) void enqueueJob(ctx, id);
  return ids;
}

/** Resolves when every job queued so far has finished (tests, shutdown). */
export function jobsIdle(ctx: AppContext): Promise<void> {
  return chains.get(ctx) ?? Promise.resolve();
}
