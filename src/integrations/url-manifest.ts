import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirectory } from '../lib/content/content-directory.ts';
import {
  formatUnresolved,
  formatUrlManifest,
  parseUrlManifest,
  publicUrls,
  unlistedUrls,
  unresolvedUrls,
} from '../lib/links/url-manifest.ts';
import { urlManifestFile } from '../lib/content/content-layout.ts';
import { buildError } from './build-error.ts';

/**
 * Fails the build when a URL listed in the content folder's urls.txt no longer resolves, so a published link can't
 * break unnoticed. With RUNGS_URL_MANIFEST=update (`npm run urls`) it adds the build's new URLs to the manifest instead
 * of only reporting them; it never removes one.
 */
export function urlManifest(): AstroIntegration {
  return {
    name: 'rungs:url-manifest',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const built = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
        const published = publicUrls(built);
        const file = join(contentDirectory(), urlManifestFile);
        const shown = relative(process.cwd(), file);
        const updating = process.env.RUNGS_URL_MANIFEST === 'update';

        if (!existsSync(file)) {
          if (updating) {
            writeFileSync(file, formatUrlManifest(published));
            logger.info(`Wrote ${shown} with ${published.length} URLs.`);
          } else
            logger.info(`No ${shown}: published URLs are not checked. Run \`npm run urls\` to start the manifest.`);
          return;
        }

        const { paths, problems } = parseUrlManifest(readFileSync(file, 'utf8'));
        if (problems.length > 0) {
          const list = problems.map((p) => `  - ${shown}:${p.line}: "${p.text}" ${p.message}`).join('\n');
          throw buildError(`URL manifest: ${problems.length} line(s) of ${shown} are not site paths:\n${list}`);
        }
        const unresolved = unresolvedUrls(paths, published);
        if (unresolved.length > 0) throw buildError(formatUnresolved(shown, unresolved));

        const unlisted = unlistedUrls(paths, published);
        if (unlisted.length > 0 && updating) {
          writeFileSync(file, formatUrlManifest([...paths, ...unlisted]));
          logger.info(`Added ${unlisted.length} new URL(s) to ${shown}.`);
        } else if (unlisted.length > 0) {
          const sample = unlisted.slice(0, 10).join(', ');
          logger.warn(
            `${unlisted.length} published URL(s) are not in ${shown} yet, so nothing protects them: ${sample}${unlisted.length > 10 ? ', …' : ''}. Run \`npm run urls\` to add them.`,
          );
        }
        logger.info(`All ${paths.length} URLs in ${shown} resolve.`);
      },
    },
  };
}
