import { primaryLadderId } from '../content/content-layout.ts';
import type { LadderIndex } from './ladder-index.ts';
import type { ReleaseInfo } from '../releases/snapshot.ts';
import { ladderUrls, otherLadderScope, releaseScope, type LadderUrls } from '../links/urls.ts';

/**
 * A ladder as the site publishes it: every ladder (the primary one at the root of content/, each other one from
 * content/ladders/<id>/) is rendered by the same page templates, under its own URL scope.
 */
export interface PublishedLadder {
  /** The primary ladder's id is '' (`primaryLadderId`); another ladder's is its folder name under content/ladders/. */
  id: string;
  /** The site's own ladder, at the root of the URLs: the packet, the graph and the exports are about it. */
  primary: boolean;
  title: string;
  index: LadderIndex;
  urls: LadderUrls;
  /** Set on a past release's frozen pages (/releases/<release-id>/…): the release they show. */
  release?: ReleaseInfo;
  /** The release the primary ladder still is, when nothing changed since its latest release: citations name it. */
  currentRelease?: ReleaseInfo;
}

// The primary ladder's id belongs to the content layout; re-exported for the code that tells published ladders apart.
export { primaryLadderId };

export function publishedLadder(id: string, index: LadderIndex): PublishedLadder {
  const primary = id === primaryLadderId;
  return {
    id,
    primary,
    title: index.content.ladder.data.title,
    index,
    urls: ladderUrls(primary ? '' : otherLadderScope(id)),
  };
}

/**
 * A past release of the primary ladder, rendered by the same templates under /releases/<release-id>/. It is not the
 * primary ladder: packets, the graph and search hold its current content.
 */
export function releaseLadder(index: LadderIndex, release: ReleaseInfo): PublishedLadder {
  return {
    id: `releases/${release.id}`,
    primary: false,
    title: index.content.ladder.data.title,
    index,
    urls: ladderUrls(releaseScope(release.id)),
    release,
  };
}

/** The `[...ladder]` route parameter of a ladder's pages: its scope without the trailing slash, none for the primary. */
export function ladderRouteParam(ladder: PublishedLadder): string | undefined {
  return ladder.urls.scope === '' ? undefined : ladder.urls.scope.slice(0, -1);
}
