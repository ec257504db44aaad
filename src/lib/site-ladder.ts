import { getCollection } from 'astro:content';
import { crosswalk, type CrosswalkItem, type Similar } from './crosswalk.ts';
import type { Entry, LadderContent } from './ladder.ts';
import { buildLadderIndex, type LadderIndex } from './ladder-index.ts';
import { formatProblem, validateLadder, type Validation } from './validate-ladder.ts';

/** A reference ladder: another document published beside the main ladder, with the same content model. */
export interface ReferenceLadder {
  id: string;
  index: LadderIndex;
}

type Loaded<T> = { id: string; filePath?: string; data: T; body?: string };
const entry = <T>(e: Loaded<T>, id = e.id): Entry<T> => ({ id, file: e.filePath ?? e.id, data: e.data });

async function loadContent(): Promise<LadderContent> {
  const [ladders, levels, skillSets, skills] = await Promise.all([
    getCollection('ladder'),
    getCollection('levels'),
    getCollection('skillSets'),
    getCollection('skills'),
  ]);
  if (ladders.length !== 1) throw new Error(`Expected one content/ladder.yaml, found ${ladders.length}.`);
  return {
    ladder: entry(ladders[0]),
    levels: levels.map((e) => entry(e)),
    skillSets: skillSets.map((e) => entry(e)),
    skills: skills.map((s) => ({ ...entry(s), body: s.body ?? '' })),
  };
}

/** Each reference ladder's entries, with ids local to it ("staff-plus/x" becomes "x"), as its own LadderContent. */
async function loadReferenceContent(): Promise<{ id: string; content: LadderContent }[]> {
  const [ladders, levels, skillSets, skills] = await Promise.all([
    getCollection('referenceLadders'),
    getCollection('referenceLevels'),
    getCollection('referenceSkillSets'),
    getCollection('referenceSkills'),
  ]);
  const local = (id: string) => id.slice(id.indexOf('/') + 1);
  const of = <T extends { id: string }>(items: T[], ladder: string) => items.filter((item) => item.id.startsWith(`${ladder}/`));
  return ladders
    .map((ladder) => ({
      id: ladder.id,
      content: {
        ladder: entry(ladder),
        levels: of(levels, ladder.id).map((e) => entry(e, local(e.id))),
        skillSets: of(skillSets, ladder.id).map((e) => entry(e, local(e.id))),
        skills: of(skills, ladder.id).map((s) => ({ ...entry(s, local(s.id)), body: s.body ?? '' })),
      },
    }))
    .sort((a, b) => a.content.ladder.data.title.localeCompare(b.content.ladder.data.title));
}

function checked(validations: Validation[]): void {
  for (const warning of validations.flatMap((v) => v.warnings)) console.warn(`[rungs] warning: ${formatProblem(warning)}`);
  const errors = validations.flatMap((v) => v.errors);
  if (errors.length > 0) {
    const list = errors.map((e) => `  - ${formatProblem(e)}`).join('\n');
    throw new Error(`The ladder's content has ${errors.length} problem(s):\n${list}`);
  }
}

interface Site {
  main: LadderIndex;
  references: ReferenceLadder[];
  similar: (ladder: string, skillId: string) => Similar[];
}

/** The main ladder's id in the crosswalk, where reference ladders use their folder names. */
export const mainLadderId = '';

async function build(): Promise<Site> {
  const [content, referenceContent] = await Promise.all([loadContent(), loadReferenceContent()]);
  checked([validateLadder(content), ...referenceContent.map((r) => validateLadder(r.content))]);
  const main = buildLadderIndex(content);
  const references = referenceContent.map((r) => ({ id: r.id, index: buildLadderIndex(r.content) }));
  const items: CrosswalkItem[] = [
    ...content.skills.map((s) => ({ ladder: mainLadderId, id: s.id, title: s.data.title, text: s.body })),
    ...references.flatMap((r) => r.index.content.skills.filter((s) => !s.data.placeholder).map((s) => ({ ladder: r.id, id: s.id, title: s.data.title, text: s.body }))),
  ];
  const byKey = new Map([...crosswalk(items)].map(([item, similar]) => [`${item.ladder}/${item.id}`, similar]));
  return { main, references, similar: (ladder, skillId) => byKey.get(`${ladder}/${skillId}`) ?? [] };
}

let built: Promise<Site> | undefined;
const site = () => (built ??= build());

/** The validated ladder and its indexes, built once per build and shared by every page. */
export async function siteLadder(): Promise<LadderIndex> {
  return (await site()).main;
}

/** The reference ladders, validated and indexed once per build. */
export async function referenceLadders(): Promise<ReferenceLadder[]> {
  return (await site()).references;
}

/** The items of other ladders most like a skill (text similarity computed once per build). */
export async function similarInOtherLadders(ladder: string, skillId: string): Promise<Similar[]> {
  return (await site()).similar(ladder, skillId);
}
