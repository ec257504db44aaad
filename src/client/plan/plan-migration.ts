import type { MigrationReport } from '../../lib/plan/plan-migrate.ts';
import type { Plan } from '../../lib/plan/plan-schema.ts';
import type { PlanLadder } from '../../lib/plan/requirements.ts';
import type { LevelFiles } from './plan-files.ts';

// The page's way to its migration worker (plan-migration.worker.ts), started the first time a plan isn't current.

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

type Answer = { result: Migration } | { problem: string };

let worker: Worker | undefined;
let asked = 0;
const waiting = new Map<number, (answer: Answer) => void>();

/** The plan brought up to the ladder now, with what changed if anything did; rejects with the reason when it can't be. */
export function migrateInWorker(request: MigrationRequest): Promise<Migration> {
  if (!worker) {
    worker = new Worker(new URL('./plan-migration.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', ({ data }: MessageEvent<Answer & { id: number }>) => {
      waiting.get(data.id)?.(data);
      waiting.delete(data.id);
    });
  }
  const id = ++asked;
  return new Promise((resolve, reject) => {
    waiting.set(id, (answer) => ('result' in answer ? resolve(answer.result) : reject(new Error(answer.problem))));
    worker!.postMessage({ ...request, id });
  });
}
