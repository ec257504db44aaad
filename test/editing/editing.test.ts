import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { editLink } from '../../src/lib/editing/edit-link.ts';
import { lastChangedDates, readLastChangedDates } from '../../src/lib/editing/last-updated.ts';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('"Edit this page" links', () => {
  const edit = 'https://github.com/org/repo/edit/main/';

  it('point at the content file in the repository, from the one setting', () => {
    expect(editLink('content/skills/basic-sql.md', edit, '/work/rungs')).toBe(
      'https://github.com/org/repo/edit/main/content/skills/basic-sql.md',
    );
    expect(
      editLink(
        '/work/rungs/content/levels/manager.yaml',
        'https://gitlab.example.com/org/repo/-/edit/main',
        '/work/rungs',
      ),
    ).toBe('https://gitlab.example.com/org/repo/-/edit/main/content/levels/manager.yaml');
  });

  it('are left out when the setting is unset, or for a file outside the project', () => {
    expect(editLink('content/skills/basic-sql.md', undefined, '/work/rungs')).toBeUndefined();
    expect(editLink('content/skills/basic-sql.md', '', '/work/rungs')).toBeUndefined();
    expect(editLink('/tmp/rungs-content-1/skills/basic-sql.md', edit, '/work/rungs')).toBeUndefined();
  });
});

/** A git repository whose content changed on two days (and its README on a third); returns its folder. */
function repositoryWithHistory(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-history-'));
  folders.push(folder);
  const git = (args: string[], date = '') =>
    execFileSync('git', args, {
      cwd: folder,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'A',
        GIT_AUTHOR_EMAIL: 'a@example.org',
        GIT_COMMITTER_NAME: 'A',
        GIT_COMMITTER_EMAIL: 'a@example.org',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
  const commit = (day: string, files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      writeFileSync(join(folder, file), text);
    }
    git(['add', '-A']);
    git(['commit', '-qm', day], `${day}T12:00:00Z`);
  };
  git(['init', '-q']);
  commit('2024-01-10', { 'content/skills/a.md': 'a', 'content/skills/b.md': 'b', 'README.md': 'r' });
  commit('2024-03-05', { 'content/skills/b.md': 'b, revised' });
  commit('2024-04-01', { 'README.md': 'r, revised' });
  // a.md becomes c.md word for word: its words last changed when a.md did.
  git(['mv', 'content/skills/a.md', 'content/skills/c.md']);
  git(['commit', '-qm', 'rename'], '2024-05-02T12:00:00Z');
  return folder;
}

describe('"Last updated" from git', () => {
  it('reads when each content file last changed, in one log', () => {
    const folder = repositoryWithHistory();
    expect(readLastChangedDates('content', folder)).toEqual(
      new Map([
        ['content/skills/b.md', '2024-03-05'],
        ['content/skills/c.md', '2024-01-10'],
        ['content/skills/a.md', '2024-01-10'],
      ]),
    );
  });

  it('gives no date to files a shallow clone only knows from where it was cut', () => {
    const clone = mkdtempSync(join(tmpdir(), 'rungs-shallow-'));
    folders.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repositoryWithHistory()}`, clone]);
    // The two newest commits are kept: a rename, and the README's change, which the clone cut off from its parent.
    expect(readLastChangedDates('content', clone)).toEqual(new Map());
    expect(
      lastChangedDates(
        '@2024-04-01 abc\nM\tREADME.md\n\n@2024-03-05\nM\tcontent/skills/b.md\nA\tcontent/skills/a.md\n',
        true,
      ),
    ).toEqual(new Map([['README.md', '2024-04-01']]));
  });

  it('is empty, not an error, without a repository', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rungs-no-git-'));
    folders.push(folder);
    expect(readLastChangedDates('content', folder)).toEqual(new Map());
  });
});

describe('the built pages', () => {
  const skillPage = (dir: string) => readFileSync(join(dir, 'skills', 'basic-facilitation', 'index.html'), 'utf8');

  it('say when a skill was last updated, as git says, and have no edit link when the setting is unset', () => {
    const html = skillPage(inject('siteDir'));
    // The last commit that changed its words: skills moved from .mdx to .md unchanged, which is no update to a reader.
    const date = execFileSync(
      'git',
      ['log', '-1', '--format=%cs', '--diff-filter=AM', '--follow', '--', 'content/skills/basic-facilitation.md'],
      { encoding: 'utf8' },
    ).trim();
    expect(html).toContain(`Last updated <time datetime="${date}">`);
    expect(html).not.toContain('Edit this page');
  });

  describe('built with RUNGS_EDIT_URL and without git', () => {
    let build: BuildResult;
    beforeAll(() => {
      build = buildSite('test/fixtures/ladder', {
        RUNGS_EDIT_URL: 'https://github.com/org/repo/edit/main/',
        GIT_DIR: join(tmpdir(), 'no-such-repository'),
      });
    }, 180_000);
    afterAll(() => rmSync(dirname(build.outDir), { recursive: true, force: true }));

    it('builds, with no "Last updated"', () => {
      expect(build.ok, build.output).toBe(true);
      expect(skillPage(build.outDir)).not.toContain('Last updated');
    });

    it.each([
      ['skills/basic-facilitation/', 'skills/basic-facilitation.md'],
      ['skill-sets/basic-leadership/', 'skill-sets/basic-leadership.yaml'],
      ['levels/software-engineers/', 'levels/software-engineers.yaml'],
      ['about/', 'ladder.yaml'],
    ])('links %s to its file in the repository', (page, file) => {
      const html = readFileSync(join(build.outDir, page, 'index.html'), 'utf8');
      expect(html).toMatch(
        new RegExp(
          `<a href="https://github.com/org/repo/edit/main/test/fixtures/ladder/${file}" rel="nofollow"[^>]*>Edit this page</a>`,
        ),
      );
    });

    it('has no edit link on pages not made from one content file', () => {
      expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).not.toContain('Edit this page');
      expect(readFileSync(join(build.outDir, 'search', 'index.html'), 'utf8')).not.toContain('Edit this page');
    });
  });
});
