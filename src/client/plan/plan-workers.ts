import type { PlanReading } from '../../lib/plan/plan-file.ts';
import type { MigrationReport } from '../../lib/plan/plan-migrate.ts';
import type { Plan } from '../../lib/plan/plan-schema.ts';
import type { PlanLadder } from '../../lib/plan/requirements.ts';
import type { LevelFiles } from './plan-files.ts';

// The page's way to its two workers, each started the first time it is needed, so neither weighs on opening the page:
// plan-reading.worker.ts reads plans from outside against the plan's schema (zod); plan-migration.worker.ts brings a
// plan made against an older ladder up to date (with the word diff). Not `import()`, which would put Vite's preload
// helper in a chunk every page with a script loads.

export interface MigrationRequest {
  plan: Plan;
  /** The ladder with the summaries and fingerprints of the plan's levels put in. */
  ladder: PlanLadder;
  files: LevelFiles;
}

/** The migrated plan, and what changed when anything did. */
export interface Migration {
  plan: Plan;
  report?: MigrationReport;
}

/** A plan from outside: an imported file's text, or a share link's fragment (whose skills' texts come from the site). */
export type ReadingRequest = { file: string } | { hash: string; ladder: PlanLadder; files: LevelFiles };

type Answer<Result> = { result: Result } | { problem: string };

/** A function that asks a worker, started on the first call, and resolves with its answer (rejects with its problem). */
function workerCall<Request, Result>(start: () => Worker): (request: Request) => Promise<Result> {
  let worker: Worker | undefined;
  let asked = 0;
  const waiting = new Map<number, (answer: Answer<Result>) => void>();
  return (request) => {
    if (!worker) {
      worker = start();
      worker.addEventListener('message', ({ data }: MessageEvent<Answer<Result> & { id: number }>) => {
        waiting.get(data.id)?.(data);
        waiting.delete(data.id);
      });
    }
    const id = ++asked;
    return new Promise((resolve, reject) => {
      waiting.set(id, (answer) => ('result' in answer ? resolve(answer.result) : reject(new Error(answer.problem))));
      worker!.postMessage({ ...request, id });
    });
  };
}

/** The plan brought up to the ladder now, with what changed if anything did; rejects with the reason when it can't be. */
export const migrateInWorker = workerCall<MigrationRequest, Migration>(
  () => new Worker(new URL('./plan-migration.worker.ts', import.meta.url), { type: 'module' }),
);

/** A plan from outside checked against the plan's schema: the plan, or every problem naming its field. */
const readInWorker = workerCall<ReadingRequest, PlanReading>(
  () => new Worker(new URL('./plan-reading.worker.ts', import.meta.url), { type: 'module' }),
);

/** What reading a plan in the worker found, or the worker's own failure said as a problem with the plan. */
export async function readPlanInWorker(request: ReadingRequest): Promise<PlanReading> {
  try {
    return await readInWorker(request);
  } catch (error) {
    return { problems: [`It couldn’t be read (${error instanceof Error ? error.message : String(error)}).`] };
  }
}
