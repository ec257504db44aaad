import { parsePlanFile, planFromFragment, type PlanReading } from '../../lib/plan/plan-file.ts';
import type { ReadingRequest } from './plan-workers.ts';
import { fetchTexts } from './plan-files.ts';

// Reading a plan from outside this browser's storage (an imported file, a share link, someone else's plan opened
// beside one's own) against the plan's schema, in a bundle of its own with zod, loaded only when such a plan is read.

// The DOM's typings describe `self` as a window; in a worker it posts to the page that started it.
const scope = self as unknown as { postMessage(message: unknown): void };

self.addEventListener('message', async ({ data }: MessageEvent<ReadingRequest & { id: number }>) => {
  try {
    const result: PlanReading =
      'file' in data
        ? parsePlanFile(data.file)
        : await planFromFragment(data.hash, (ids) => fetchTexts(data.ladder, data.files, ids));
    scope.postMessage({ id: data.id, result });
  } catch (error) {
    scope.postMessage({ id: data.id, problem: error instanceof Error ? error.message : String(error) });
  }
});
