import type { Similar } from '../ladder/crosswalk.ts';
import { primaryLadderId, type PublishedLadder } from '../ladder/published-ladder.ts';
import { ladderUrls, otherLadderScope } from '../links/urls.ts';

export interface OtherLadderItem {
  id: string;
  title: string;
  url: string;
  placeholder?: true;
  /** Primary-ladder skills whose text is much like the item's (see crosswalk.ts), most similar first. */
  similar: string[];
}

export interface OtherLadderArea {
  id: string;
  title: string;
  url: string;
  items: OtherLadderItem[];
}

/** Another ladder beside the primary one: its areas (skill sets) and items in its order, each with the primary-ladder skills most like it. */
export interface OtherLadderLinks {
  id: string;
  title: string;
  url: string;
  areas: OtherLadderArea[];
}

/**
 * The other ladders with their similar primary-ladder skills, in each ladder's order. `similar` gives an item's most
 * similar items of other ladders; only skills of the primary ladder (ladder `primaryLadder`) in `skills` are kept.
 */
export function otherLadderLinks(
  skills: Set<string>,
  ladders: Pick<PublishedLadder, 'id' | 'index'>[],
  similar: (ladder: string, id: string) => Similar[],
  primaryLadder = primaryLadderId,
): OtherLadderLinks[] {
  return ladders.map(({ id: ladder, index }) => ({
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
            .filter((s) => s.item.ladder === primaryLadder && skills.has(s.item.id))
            .map((s) => s.item.id),
        })),
      })),
  }));
}
