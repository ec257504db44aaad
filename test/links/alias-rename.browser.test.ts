import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browseFixtureSite } from '../helpers/browsed-site.ts';
import { buildSite, contentFolder } from '../helpers/build-site.ts';

// An author renames "Spike solutions" to "Spikes": the file becomes skills/spikes.md, the one skill that linked to
// it now links to the new id, and the old id goes into `aliases`. The fixture's urls.txt lists the old URL.

/** The fixture ladder with its URL manifest, after the rename; `keepAlias: false` is the rename done wrong. */
function renamedLadder({ keepAlias }: { keepAlias: boolean }): string {
  const folder = contentFolder('test/fixtures/ladder', 'test/fixtures/url-manifest', 'test/fixtures/alias-rename');
  rmSync(join(folder, 'skills', 'spike-solutions.md'));
  if (!keepAlias) {
    const file = join(folder, 'skills', 'spikes.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('aliases: [spike-solutions]\n', ''));
  }
  return folder;
}

describe('renaming a skill, keeping its old id as an alias', () => {
  // dist/_headers applied as HTTP headers: the redirect's script (a file, like every script) must pass the header's policy too.
  const site = browseFixtureSite(() =>
    buildSite(renamedLadder({ keepAlias: true }), { RUNGS_SITE: 'https://career.example.com' }),
  );

  it('builds, and every URL in the manifest still resolves', () => {
    expect(site.build.output).toMatch(/All \d+ URLs in .*urls\.txt resolve\./);
    expect(site.build.output).toMatch(
      /published URL\(s\) are not in .*urls\.txt yet, so nothing protects them: .*\/skills\/spikes\//,
    );
  });

  it('takes a reader following the old link to the new page, keeping the #fragment, with no CSP violation', async () => {
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await page.goto(`${site.url}/skills/spike-solutions/#see-also`);
    expect(response?.headers()['content-security-policy']).toMatch(
      /script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/,
    );
    await page.waitForURL(`${site.url}/skills/spikes/#see-also`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Spikes');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('takes a reader without JavaScript there too, through the meta refresh', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/skills/spike-solutions/`);
    await page.waitForURL(`${site.url}/skills/spikes/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Spikes');
    await page.close();
  });

  it('serves the old URL as a page that names the new one and links to it', () => {
    const html = readFileSync(join(site.build.outDir, 'skills', 'spike-solutions', 'index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/skills/spikes/">');
    expect(html).toContain('<link rel="canonical" href="https://career.example.com/skills/spikes/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(
      /<a href="\/skills\/spikes\/" data-redirect-target>Spikes<\/a> \(Software Engineers · Basic Implementation\) now lives at/,
    );
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('keeps an alias the fixture already had working: self-motivation → self-starter', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/skills/self-motivation/`);
    await page.waitForURL(`${site.url}/skills/self-starter/`);
    await page.close();
  });
});

describe('renaming a skill without keeping its old id', () => {
  it('fails the build, naming the URL that would break and how to keep it', () => {
    const build = buildSite(renamedLadder({ keepAlias: false }));
    expect(build.ok).toBe(false);
    expect(build.output).toContain('URL manifest: 1 URL(s) listed in');
    expect(build.output).toContain('  - /skills/spike-solutions/ no longer resolves');
    expect(build.output).toContain('add its old id to the `aliases` of the renamed file');
  }, 120_000);
});

describe('updating the manifest with `npm run urls`', () => {
  it('adds the new page and keeps the old URL', () => {
    const folder = renamedLadder({ keepAlias: true });
    process.env.RUNGS_URL_MANIFEST = 'update';
    try {
      const build = buildSite(folder);
      expect(build.ok, build.output).toBe(true);
    } finally {
      delete process.env.RUNGS_URL_MANIFEST;
    }
    const listed = readFileSync(join(folder, 'urls.txt'), 'utf8').split('\n');
    expect(listed).toContain('/skills/spikes/');
    expect(listed).toContain('/skills/spike-solutions/');
    expect(listed.filter((line) => line.startsWith('/skills/'))).toHaveLength(9);
  }, 120_000);
});
