import type { AstroIntegration } from 'astro';

/**
 * Says once per build when no public address is configured: pages then carry no canonical link, and copied, shared
 * and printed links are made in the browser from the address the site is actually served from.
 */
export function siteAddress(): AstroIntegration {
  return {
    name: 'rungs:site-address',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (!config.site) {
          logger.info(
            'RUNGS_SITE is unset: pages carry no canonical link, there is no sitemap, and copied, shared and printed links use the address the site is served from. Set RUNGS_SITE=https://… when you deploy to a known address.',
          );
        }
      },
    },
  };
}
