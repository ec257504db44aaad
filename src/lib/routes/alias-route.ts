import { aliasRedirects } from '../links/alias-redirects.ts';
import { publishedLadders } from '../ladder/site-ladders.ts';
import { pathWithoutBase } from '../links/urls.ts';
import type { SiteIndex } from './site-index.ts';

/** The old URL of every renamed skill, skill set, level or comparison of a published ladder, with where it went. */
export function aliasPaths({ ladders }: SiteIndex) {
  return publishedLadders(ladders).flatMap((ladder) =>
    aliasRedirects(ladder).map((redirect) => ({
      params: { alias: pathWithoutBase(redirect.from)!.slice(1, -1) },
      props: { ladder, redirect },
    })),
  );
}
