import { isEmptyReport, migratePlan, textsNeeded } from '../../lib/plan/plan-migrate.ts';
import type { Migration, MigrationRequest } from './plan-workers.ts';
import { fetchTexts } from './plan-files.ts';

// Bringing a plan up to the ladder as it is now, in a bundle of its own (with the word diff it needs), loaded only
// when a plan made against an older ladder is opened.

// The DOM's typings describe `self` as a window; in a worker it posts to the page that started it.
const scope = self as unknown as { postMessage(message: unknown): void };

self.addEventListener('message', async ({ data }: MessageEvent<MigrationRequest & { id: number }>) => {
  try {
    const texts = await fetchTexts(data.ladder, data.files, textsNeeded(data.plan, data.ladder));
    const { plan, report } = migratePlan(data.plan, data.ladder, texts);
    const result: Migration = isEmptyReport(report) ? { plan } : { plan, report };
    scope.postMessage({ id: data.id, result });
  } catch (error) {
    scope.postMessage({ id: data.id, problem: error instanceof Error ? error.message : String(error) });
  }
});
