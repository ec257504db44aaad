import { parsePlanFile } from '../../lib/plan/plan-file.ts';
import { planFromFragment, shareFragment } from '../../lib/plan/plan-share.ts';
import { wordDiff } from '../../lib/releases/word-diff.ts';
import type { ReaderRequest } from './plan-reader.ts';

// The plan page's heavy, rare work, in a bundle of its own that loads the first time it is needed: reading a plan
// file or link (validated with zod), writing a share link, and word diffs of reworded skills.

const answer = async (request: ReaderRequest): Promise<unknown> => {
  if (request.kind === 'file') return parsePlanFile(request.text);
  if (request.kind === 'fragment') return planFromFragment(request.hash, request.texts);
  if (request.kind === 'share') return shareFragment(request.plan, { notes: request.notes });
  return request.texts.map(([before, after]) => wordDiff(before, after));
};

// The DOM's typings describe `self` as a window; in a worker it posts to the page that started it.
const scope = self as unknown as { postMessage(message: unknown): void };

self.addEventListener('message', async (event: MessageEvent<ReaderRequest & { id: number }>) => {
  scope.postMessage({ id: event.data.id, result: await answer(event.data) });
});
