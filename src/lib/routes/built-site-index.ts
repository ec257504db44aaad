import { siteContent } from '../content/site-content.ts';
import { guides } from '../pages/authored-pages.ts';
import { buildSiteIndex, type SiteIndex } from './site-index.ts';

let built: Promise<SiteIndex> | undefined;

/** This build's site index, computed once from the content collections: pages hand it to their route's function. */
export function builtSiteIndex(): Promise<SiteIndex> {
  return (built ??= Promise.all([siteContent(), guides()]).then(([content, guideList]) =>
    buildSiteIndex(content, guideList),
  ));
}
