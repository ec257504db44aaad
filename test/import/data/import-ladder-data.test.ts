import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importLadderData, isDataFile } from '../../../src/lib/import/data/import-ladder-data.ts';
import { readImportDocument } from '../../../scripts/import-ladder-files.ts';

const folder = 'test/fixtures/import/data';

describe('importing a ladder kept as data', () => {
  it('tells data files from documents by their extension', () => {
    expect(['a.csv', 'b.TSV', 'c.xlsx', 'd.yaml', 'e.yml', 'f.json'].every(isDataFile)).toBe(true);
    expect(['ladder.md', 'ladder.html', 'ladder.xls'].some(isDataFile)).toBe(false);
  });

  it('weighs the readings of a CSV grid, takes levels across, and writes competencies and their cells', async () => {
    const { imported, files, config, choice } = await importLadderData(
      readImportDocument(`${folder}/lighthouse-grid.csv`),
    );
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
    const { imported } = await importLadderData(readImportDocument(`${folder}/orchard.yaml`), {
      config: 'reading: competencies-then-levels\n',
    });
    expect(imported.levels.map((level) => level.data.title)).toEqual(['1', '2', '3']);
    expect(imported.competencies.map((c) => c.data.title)).toEqual(['Pruning', 'Grafting', 'harvest']);
  });

  it('refuses a config that chooses a document shape, naming the config and what to write instead', async () => {
    await expect(
      importLadderData(readImportDocument(`${folder}/lighthouse-grid.csv`), {
        config: 'levels:\n  - heading: Keeper I\n    track: engineering\n    rank: 1\n    tags: [K1]\n',
      }),
    ).rejects.toThrow(
      /lighthouse-grid\.import\.yaml: chooses the shape "level-sections", which reads Markdown documents: .*lighthouse-grid\.csv is read as data, so name one of its readings with "reading:" instead/,
    );
  });
});

describe('npm run import with a spreadsheet', () => {
  /** A workbook in a folder of its own, so the config the importer writes beside it stays there. */
  async function workbookCopy(): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Crew').addRows([
      ['Competency', 'Junior', 'Mid-level', 'Senior'],
      ['Knots', 'Ties a bowline', 'Ties a bowline one-handed', 'Teaches the knots'],
      ['Charts', 'Reads a chart', 'Plots a course', 'Plans a passage'],
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'rungs-data-')), 'crew.xlsx');
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it('prints the reading it chose as a grid and writes competencies, cells and the config naming the reading', async () => {
    const file = await workbookCopy();
    const out = mkdtempSync(join(tmpdir(), 'rungs-out-'));
    const result = spawnSync(process.execPath, ['scripts/import-ladder.ts', file, '--out', out, '--ladder', 'crew'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Chosen:\n  reading "levels-as-columns": sheet Crew: levels across (Junior, Mid-level, Senior)',
    );
    expect(readdirSync(join(out, 'ladders', 'crew', 'competencies')).sort()).toEqual(['charts.yaml', 'knots.yaml']);
    expect(readFileSync(join(out, 'ladders', 'crew', 'skills', 'knots-at-mid-level.md'), 'utf8')).toContain(
      'Ties a bowline one-handed',
    );
    expect(parseYaml(readFileSync(file.replace(/\.xlsx$/, '.import.yaml'), 'utf8'))).toEqual({
      reading: 'levels-as-columns',
    });
  });
});
