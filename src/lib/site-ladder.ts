import { getCollection } from 'astro:content';
import type { LadderContent } from './ladder.ts';
import { buildLadderIndex, type LadderIndex } from './ladder-index.ts';
import { formatProblem, validateLadder } from './validate-ladder.ts';

let built: Promise<LadderIndex> | undefined;

async function loadContent(): Promise<LadderContent> {
  const [ladders, levels, skillSets, skills] = await Promise.all([
    getCollection('ladder'),
    getCollection('levels'),
    getCollection('skillSets'),
    getCollection('skills'),
  ]);
  const entry = <T>(e: { id: string; filePath?: string; data: T }) => ({ id: e.id, file: e.filePath ?? e.id, data: e.data });
  if (ladders.length !== 1) throw new Error(`Expected one content/ladder.yaml, found ${ladders.length}.`);
  return {
    ladder: entry(ladders[0]),
    levels: levels.map(entry),
    skillSets: skillSets.map(entry),
    skills: skills.map((s) => ({ ...entry(s), body: s.body ?? '' })),
  };
}

async function build(): Promise<LadderIndex> {
  const content = await loadContent();
  const { errors, warnings } = validateLadder(content);
  for (const warning of warnings) console.warn(`[rungs] warning: ${formatProblem(warning)}`);
  if (errors.length > 0) {
    const list = errors.map((e) => `  - ${formatProblem(e)}`).join('\n');
    throw new Error(`The ladder's content has ${errors.length} problem(s):\n${list}`);
  }
  return buildLadderIndex(content);
}

/** The validated ladder and its indexes, built once per build and shared by every page. */
export function siteLadder(): Promise<LadderIndex> {
  built ??= build();
  return built;
}
