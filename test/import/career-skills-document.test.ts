import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLadderDocument } from '../../src/lib/import/import-ladder-document.ts';
import { readImportDocument } from '../../scripts/import-ladder-files.ts';
import { looseName } from '../../src/lib/import/resolve-names.ts';

const documentPath = 'content/sources/engineering-career-skills-2024.md';
const { imported, files } = importLadderDocument(readImportDocument(documentPath));

/** Plain words of a Markdown fragment: no emphasis, link targets, escapes or heading marks. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([{}<>])/g, '$1')
    .replace(/[*_#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every text the generated content carries, as a reader could find it on some page. */
function publishedText(): string {
  const titles = new Map([...imported.skills, ...imported.skillSets].map((e) => [e.id, e.data.title]));
  const parts = [
    imported.ladder.title,
    imported.ladder.introduction,
    imported.ladder.disclaimer,
    `Updated ${new Date(imported.ladder.updated!).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}`,
  ];
  for (const level of imported.levels) parts.push(level.data.title, level.data.intro ?? '');
  for (const skillSet of imported.skillSets)
    parts.push(`${skillSet.data.title} (${skillSet.data.tag})`, skillSet.data.intro ?? '');
  for (const skill of imported.skills) {
    parts.push(skill.data.title, skill.body, skill.data.excluded?.note ?? '');
    for (const reading of skill.data.furtherReading)
      parts.push(reading.author ? `${reading.title} by ${reading.author}` : reading.title);
    for (const target of skill.data.seeAlso)
      parts.push(
        'unresolved' in target ? target.unresolved : titles.get('skill' in target ? target.skill : target.skillSet)!,
      );
    for (const id of skill.data.excluded?.skills ?? []) parts.push(titles.get(id)!);
  }
  return plain(parts.join(' \n '));
}

describe('importing the Engineering Career Skills document', () => {
  it('keeps every sentence of the source somewhere in the content', () => {
    const published = publishedText();
    const source = readFileSync(documentPath, 'utf8');
    const missing: string[] = [];
    const withoutCommas = published.replace(/,/g, '');
    for (const paragraph of source.split(/\n\s*\n/)) {
      const text = plain(paragraph.replace(/^\s*\**(Excluded|Further reading):\**/i, ''));
      if (text === '' || /^-+$/.test(text)) continue;
      if (/^\**See also:/i.test(paragraph.trim())) continue; // checked name by name below
      if (/^\**Further reading:/i.test(paragraph.trim())) {
        // Each work of the list is an entry of its own: "Liftoff, 2nd ed., by …" is titled "Liftoff, 2nd ed." by ….
        for (const work of text.split(/;\s*/)) if (!withoutCommas.includes(work.replace(/,/g, ''))) missing.push(work);
        continue;
      }
      for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/)) {
        if (!published.includes(sentence)) missing.push(sentence);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps every name of every See also list, as a link or as unresolved text', () => {
    const source = readFileSync(documentPath, 'utf8');
    const aliases = ['risk-driven architecture', 'process design mentorship', 'forecasting'];
    const published = looseName(publishedText());
    const names = [...source.matchAll(/\*\*See also:\*\*(.*)/g)].flatMap((m) =>
      m[1].split(/[;,](?! and\.\.\.)/).map((n) => n.trim()),
    );
    const missing = names.filter(
      (name) => !published.includes(looseName(plain(name))) && !aliases.includes(looseName(name)),
    );
    expect(names.length).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });

  it('finds every level, skill set and skill of the document', () => {
    expect(imported.levels.map((l) => l.id)).toEqual([
      'all-engineers',
      'software-engineers',
      'senior-software-engineers',
      'technical-leads',
      'staff-engineers',
      'principal-engineers',
      'associate-manager',
      'manager',
      'senior-manager',
      'specialties',
    ]);
    expect(imported.summary).toMatchObject({ levels: 10, skillSets: 30, skills: 235, seeAlsoByAlias: 3 });
    expect(imported.summary.rejoinedAt).toHaveLength(6);
  });

  it('resolves the names the document cites differently through the alias table', () => {
    const seeAlso = (id: string) => imported.skills.find((s) => s.id === id)!.data.seeAlso;
    expect(seeAlso('campsite-rule')).toContainEqual({ skill: 'risk-driven-codebase-architecture' });
    expect(seeAlso('understand-the-why')).toContainEqual({ skill: 'process-design-mentoring' });
    expect(seeAlso('engineering-partner')).toContainEqual({ skill: 'status-and-forecasting' });
    expect(seeAlso('reflective-codebase-architecture')).toEqual([{ skillSet: 'design-leadership' }]);
  });

  it('keeps the names no title or alias resolves, and reports them', () => {
    expect(imported.summary.unresolved.map((u) => u.name)).toEqual([
      'Incremental design',
      'Incremental codebase architecture',
    ]);
    expect(imported.skills.find((s) => s.id === 'vertical-slices')!.data.seeAlso).toContainEqual({
      unresolved: 'Incremental design',
    });
  });

  it('links "Refactoring and spike solutions are separate skills" to those skills', () => {
    const tdd = imported.skills.find((s) => s.id === 'basic-test-driven-development')!;
    expect(tdd.data.excluded).toEqual({
      note: 'Refactoring and spike solutions are separate skills.',
      skills: ['method-and-variable-refactoring', 'spike-solutions'],
    });
  });

  it('marks each Principal "higher bar" entry with the skill set it raises', () => {
    const raised = imported.skills.filter((s) => s.data.raises).map((s) => s.data.raises);
    expect(raised).toHaveLength(20);
    expect(raised).toContainEqual({ skillSet: 'basic-communication' });
    expect(raised).toContainEqual({ level: 'specialties' });
  });

  it('reads a Further reading line naming two works as two entries, each with its edition', () => {
    expect(imported.skills.find((s) => s.id === 'chartering')!.data.furtherReading).toEqual([
      { title: 'Liftoff, 2nd ed.', author: 'Diana Larsen and Ainsley Nies' },
      { title: 'The Art of Agile Development, 2nd ed., chapter 7', author: 'James Shore' },
    ]);
  });

  it('never writes a placeholder "#" link', () => {
    expect([...files.values()].join('\n')).not.toContain('](#)');
  });
});
