import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importLadderData, isDataFile } from '../../../src/lib/import/data/import-ladder-data.ts';

const folder = 'test/fixtures/import/data';

describe('importing a ladder kept as data', () => {
  it('tells data files from documents by their extension', () => {
    expect(['a.csv', 'b.TSV', 'c.xlsx', 'd.yaml', 'e.yml', 'f.json'].every(isDataFile)).toBe(true);
    expect(['ladder.md', 'ladder.html', 'ladder.xls'].some(isDataFile)).toBe(false);
  });

  it('weighs the readings of a CSV grid, takes levels across, and writes competencies and their cells', async () => {
    const { imported, files, config, choice } = await importLadderData(`${folder}/lighthouse-grid.csv`);
    expect(choice?.join('\n')).toContain('reading "levels-as-columns"');
    expect(imported.levels.map((level) => level.data.title)).toEqual(['Keeper I', 'Keeper II', 'Head keeper']);
    expect(imported.competencies.map((c) => [c.data.title, c.data.group])).toEqual([
      ['Lens care', 'Craft'],
      ['Lamp and wick', 'Craft'],
      ['Logbook', 'Watch'],
      ['Signals', 'Watch'],
    ]);
    expect(files.get('skills/signals-at-keeper-ii.md')).toContain(
      "- Answers a ship's signal lamp\n- Raises the fog bell",
    );
    expect(config.detected).toBe(true);
    expect(parseYaml(config.text)).toEqual({ reading: 'levels-as-columns' });
  });

  it('takes the reading a config names, and reads YAML topics with numbered levels', async () => {
    const { imported } = await importLadderData(`${folder}/orchard.yaml`, {
      config: 'reading: competencies-then-levels\n',
    });
    expect(imported.levels.map((level) => level.data.title)).toEqual(['1', '2', '3']);
    expect(imported.competencies.map((c) => c.data.title)).toEqual(['Pruning', 'Grafting', 'harvest']);
  });

  it('refuses a config that chooses a document shape, naming the config and what to write instead', async () => {
    await expect(
      importLadderData(`${folder}/lighthouse-grid.csv`, {
        config: 'levels:\n  - heading: Keeper I\n    track: engineering\n    rank: 1\n    tags: [K1]\n',
      }),
    ).rejects.toThrow(
      /lighthouse-grid\.import\.yaml: chooses the shape "level-sections", which reads Markdown documents: .*lighthouse-grid\.csv is read as data, so name one of its readings with "reading:" instead/,
    );
  });
});
