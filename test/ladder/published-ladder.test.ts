import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../helpers/read-content.ts';

const siteDir = inject('siteDir');
const content = readContent('content');

describe('the published ladder', () => {
  it('has a page for every level, skill set and skill of the document', () => {
    const paths = [
      ...content.levels.map((l) => `levels/${l.id}`),
      ...content.skillSets.map((s) => `skill-sets/${s.id}`),
      ...content.skills.map((s) => `skills/${s.id}`),
    ];
    expect(paths).toHaveLength(10 + 30 + 235);
    expect(paths.filter((path) => !existsSync(join(siteDir, path, 'index.html')))).toEqual([]);
  });

  it('has the ladder, A–Z, about and 404 pages', () => {
    for (const file of ['index.html', 'skills/index.html', 'about/index.html', '404.html'])
      expect(existsSync(join(siteDir, file))).toBe(true);
    expect(readdirSync(join(siteDir, 'skills'))).toHaveLength(235 + 1);
  });
});
