import type { Similar } from '../ladder/crosswalk.ts';
import type { LadderIndex } from '../ladder/ladder-index.ts';
import { ladderUrls, otherLadderScope } from '../links/urls.ts';

export interface ReferenceItem {
  id: string;
  title: string;
  url: string;
  placeholder?: true;
  /** Main-ladder skills whose text is much like the item's (see crosswalk.ts), most similar first. */
  similar: string[];
}

export interface ReferenceArea {
  id: string;
  title: string;
  url: string;
  items: ReferenceItem[];
}

/** Another ladder beside the main one: its areas (skill sets) and items in its order, each with the main-ladder skills most like it. */
export interface ReferenceLadderLinks {
  id: string;
  title: string;
  url: string;
  areas: ReferenceArea[];
}

export interface ReferenceInput {
  id: string;
  index: LadderIndex;
}

/**
 * The other ladders with their similar main-ladder skills, in each ladder's order. `similar` gives an item's most similar
 * items of other ladders; only skills of the main ladder (ladder `mainLadder`) in `skills` are kept.
 */
export function referenceLinks(skills: Set<string>, references: ReferenceInput[], similar: (ladder: string, id: string) => Similar[], mainLadder = ''): ReferenceLadderLinks[] {
  return references.map(({ id: ladder, index }) => ({
    id: ladder,
    title: index.content.ladder.data.title,
    url: ladderUrls(otherLadderScope(ladder)).home(),
    areas: index.levels
      .flatMap((level) => index.skillSetsOf(level))
      .map((skillSet) => ({
        id: skillSet.id,
        title: skillSet.data.title,
        url: ladderUrls(otherLadderScope(ladder)).skillSet(skillSet.id),
        items: index.skillsOf(skillSet).map((item) => ({
          id: item.id,
          title: item.data.title,
          url: ladderUrls(otherLadderScope(ladder)).skill(item.id),
          ...(item.data.placeholder ? { placeholder: true as const } : {}),
          similar: similar(ladder, item.id)
            .filter((s) => s.item.ladder === mainLadder && skills.has(s.item.id))
            .map((s) => s.item.id),
        })),
      })),
  }));
}
