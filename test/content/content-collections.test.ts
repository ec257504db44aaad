import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'devalue';
import { describe, expect, inject, it } from 'vitest';
import { siteContentOf, type Collections } from '../../src/lib/content/content-collections.ts';
import { contentFiles } from '../../src/lib/content/content-files.ts';
import { entryId, entryPlace, ladderEntryId, placeOf } from '../../src/lib/content/content-layout.ts';
import { readLadders } from '../../src/lib/content/read-ladders.ts';
import type { LadderContent } from '../../src/lib/ladder/ladder.ts';

type StoredEntry = {
  id: string;
  data: Record<string, unknown> & { ladder: { collection: string; id: string } };
  body?: string;
};

// What getCollection() returns is what the build's content layer stored: Astro keeps it in the build's cache folder.
const store = parse(readFileSync(join(dirname(inject('siteDir')), 'cache', 'data-store.json'), 'utf8')) as Map<
  string,
  Map<string, StoredEntry>
>;
const collection = (name: string) => [...(store.get(name)?.values() ?? [])];
const files = contentFiles('content');
const idsOf = (kind: string) =>
  files.flatMap((file) => {
    const place = placeOf(file.path);
    return place && 'kind' in place && place.kind === kind ? [entryId(place.ladder, place.id)] : [];
  });

describe("the content collections of the site's build (content/)", () => {
  it("hold every skill of every ladder, under ids unique across ladders, each with its ladder's", () => {
    const skills = collection('skills');
    expect(skills.map((skill) => skill.id).sort()).toEqual(idsOf('skills').sort());
    const ladders = new Set(skills.map((skill) => entryPlace(skill.id).ladder));
    expect([...ladders].sort()).toEqual([
      '',
      'director-of-engineering',
      'org-skills-matrix',
      'senior-engineer',
      'staff-plus',
    ]);
    for (const skill of skills) {
      expect(skill.data.ladder, skill.id).toEqual({
        collection: 'ladders',
        id: ladderEntryId(entryPlace(skill.id).ladder),
      });
      expect(skill.body, skill.id).toBeTruthy();
    }
    expect(
      skills.find((skill) => skill.id === 'staff-plus/by-working-with-engineers-to-improve-tools-and-processes')?.data,
    ).toMatchObject({
      title: expect.any(String),
      level: { collection: 'levels', id: expect.stringMatching(/^staff-plus\//) },
    });
  });

  it('hold every ladder, level, skill set and release, one entry per file', () => {
    expect(
      collection('ladders')
        .map((ladder) => ladder.id)
        .sort(),
    ).toEqual(idsOf('ladder').sort());
    for (const kind of ['levels', 'skillSets', 'releases'])
      expect(
        collection(kind)
          .map((entry) => entry.id)
          .sort(),
        kind,
      ).toEqual(idsOf(kind).sort());
  });

  it('give every reference as an entry the collections hold', () => {
    const ids = new Set([...store].flatMap(([name, entries]) => [...entries.keys()].map((id) => `${name}:${id}`)));
    const references: string[] = [];
    const visit = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') {
        const { collection: name, id } = value as { collection?: unknown; id?: unknown };
        if (typeof name === 'string' && typeof id === 'string') references.push(`${name}:${id}`);
        else Object.values(value).forEach(visit);
      }
    };
    for (const name of ['levels', 'skillSets', 'skills', 'ladders'])
      collection(name).forEach((entry) => visit(entry.data));
    expect(references.length).toBeGreaterThan(1000);
    expect(references.filter((reference) => !ids.has(reference))).toEqual([]);
  });

  it('give the site exactly the ladders the loader read and checked, with their plain ids', () => {
    const collections = Object.fromEntries(
      ['ladders', 'levels', 'skillSets', 'skills', 'competencies'].map((name) => [name, collection(name)]),
    );
    const ladderReleases = collection('ladders').flatMap((ladder) => ladder.data.releases as { id: string }[]);
    const releases = ladderReleases.map(({ id }) => store.get('releases')!.get(id)!);
    const site = siteContentOf({ ...collections, releases } as unknown as Collections);
    // The loader's model carries each field's line for its messages; the collections need none.
    const withoutLines = (content: LadderContent): LadderContent => {
      const strip = <T extends { lines?: unknown }>({ lines: _lines, ...entry }: T) => entry;
      return {
        ladder: strip(content.ladder),
        levels: content.levels.map(strip),
        skillSets: content.skillSets.map(strip),
        skills: content.skills.map(strip),
        competencies: content.competencies.map(strip),
      };
    };
    const read = readLadders(files);
    expect(site.primary).toEqual(withoutLines(read.primary!));
    expect(site.others.map((other) => other.id)).toEqual(read.others.map((other) => other.id));
    site.others.forEach((other, i) => expect(other.content, other.id).toEqual(withoutLines(read.others[i].content)));
    expect(site.releases).toEqual(read.releases.map(({ snapshot: _snapshot, ...release }) => release));
    expect(site.releases.length).toBeGreaterThan(0);
  });
});
