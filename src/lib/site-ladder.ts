import { getEntry } from 'astro:content';
import type { StoredLadders } from './content/ladder-loader.ts';
import { crosswalk, type CrosswalkItem, type Similar } from './crosswalk.ts';
import { buildLadderIndex, type LadderIndex } from './ladder-index.ts';

/** A reference ladder: another document published beside the main ladder, with the same content model. */
export interface ReferenceLadder {
  id: string;
  index: LadderIndex;
}

interface Site {
  main: LadderIndex;
  references: ReferenceLadder[];
  similar: (ladder: string, skillId: string) => Similar[];
}

/** The main ladder's id in the crosswalk, where reference ladders use their folder names. */
export const mainLadderId = '';

async function build(): Promise<Site> {
  // The loader (src/lib/content/ladder-loader.ts) has read and validated every ladder, or failed the build.
  const { main: content, references: referenceContent } = (await getEntry('ladders', 'site'))!.data as unknown as StoredLadders;
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
