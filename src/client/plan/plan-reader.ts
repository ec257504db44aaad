import type { PlanReading } from '../../lib/plan/plan-file.ts';
import type { Plan } from '../../lib/plan/plan-schema.ts';
import type { DiffPart } from '../../lib/releases/word-diff.ts';

// The plan page's way to its worker (plan-reader.worker.ts): started on first use, so a reader who never opens a
// file or a link never downloads the validator.

export type ReaderRequest =
  | { kind: 'file'; text: string }
  | { kind: 'fragment'; hash: string; texts: Record<string, string> }
  | { kind: 'share'; plan: Plan; notes: boolean }
  | { kind: 'diff'; texts: [before: string, after: string][] };

let worker: Worker | undefined;
let asked = 0;
const waiting = new Map<number, (result: unknown) => void>();

function ask<T>(request: ReaderRequest): Promise<T> {
  if (!worker) {
    worker = new Worker(new URL('./plan-reader.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<{ id: number; result: unknown }>) => {
      waiting.get(event.data.id)?.(event.data.result);
      waiting.delete(event.data.id);
    });
  }
  const id = ++asked;
  return new Promise((resolve) => {
    waiting.set(id, resolve as (result: unknown) => void);
    worker!.postMessage({ ...request, id });
  });
}

/** A plan file's text read and validated, or its problems. */
export const readPlanFile = (text: string) => ask<PlanReading>({ kind: 'file', text });

/** The plan a `#plan=…` fragment carries, its skills' texts put back from `texts`, or its problems. */
export const readPlanLink = (hash: string, texts: Record<string, string>) =>
  ask<PlanReading>({ kind: 'fragment', hash, texts });

/** The `#plan=…` fragment of a share link, with or without the reader's notes. */
export const shareLink = (plan: Plan, notes: boolean) => ask<string>({ kind: 'share', plan, notes });

/** Word diffs of texts, before and after. */
export const wordDiffs = (texts: [string, string][]) => ask<DiffPart[][]>({ kind: 'diff', texts });
