import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importLadderDocument } from '../../src/lib/import/import-ladder-document.ts';
import { readImportDocument } from '../../scripts/import-ladder-files.ts';
import { buildSite, contentFolder, type BuildResult } from '../helpers/build-site.ts';
import { sourceSentences } from '../helpers/source-sentences.ts';

// Every fixture shape imported with no config as another ladder of one site, built once: what a reader of the
// published pages finds, not only what the importer wrote.
// The levels shapes, and the competency matrices (a matrix fixture the importer stops on, roles-by-levels, aside).
const folders = ['test/fixtures/import/shapes', 'test/fixtures/import/matrix'];
const documents = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file !== 'roles-by-levels.md')
    .map((file) => ({ name: file.replace(/\.md$/, ''), path: join(folder, file) })),
);
const cases = documents.map((d) => d.name);
const pathOf = new Map(documents.map((d) => [d.name, d.path]));
/** Header cells that only label a table's axes ("Criteria", a corner's "Level"), read as the matrix's axes. */
const labels = ['Criteria', 'Level'];
const baseUrls: Record<string, string> = { 'two-tracks': 'https://github.com/northwind/ladder/blob/main/' };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/** The text a reader sees on a built page: tags gone, entities decoded, whitespace collapsed. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => entities[name])
    .replace(/\s+/g, ' ');
}

function pagesOf(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => readFileSync(join(folder, file), 'utf8'));
}

// Imported once, when the tests are collected: which cases are matrices decides which tests there are.
const imports = new Map(
  cases.map((name) => [
    name,
    importLadderDocument(readImportDocument(pathOf.get(name)!), baseUrls[name] ? { baseUrl: baseUrls[name] } : {}),
  ]),
);
const matrixCases = cases.filter((name) => imports.get(name)!.imported.competencies.length > 0);

describe('documents of every shape, published as other ladders', () => {
  let build: BuildResult;
  beforeAll(() => {
    const content = contentFolder('test/fixtures/ladder');
    for (const name of cases) {
      for (const [path, text] of imports.get(name)!.files) {
        const file = join(content, 'ladders', name, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
    }
    build = buildSite(content, { RUNGS_SITE: '' });
  }, 180_000);

  it('build, every link resolving', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toMatch(/pages, every internal link and fragment resolves/);
  });

  it.each(matrixCases)('%s: a page per competency, naming every level of its row', (name) => {
    const { imported } = imports.get(name)!;
    for (const competency of imported.competencies) {
      const page = join(build.outDir, 'ladders', name, 'competencies', competency.id, 'index.html');
      expect(existsSync(page), page).toBe(true);
      const text = pageText(readFileSync(page, 'utf8'));
      const levels = imported.skills.filter((s) => s.data.competency === competency.id).map((s) => s.data.level);
      for (const level of imported.levels.filter((l) => levels.includes(l.id)))
        expect(text).toContain(level.data.title);
    }
  });

  it.each(cases)('%s: every sentence of the document reaches its pages, and no markup is shown as text', (name) => {
    const pages = pagesOf(join(build.outDir, 'ladders', name));
    expect(pages.length).toBeGreaterThan(3);
    const text = pages.map(pageText).join(' \n ');
    const sentences = sourceSentences(pathOf.get(name)!).filter((sentence) => !labels.includes(sentence));
    expect(sentences.filter((sentence) => !text.includes(sentence))).toEqual([]);
    expect(text.match(/\*\*|__|<\/?[a-z]+[ >]|\|\s*---|\\[*_[\]]/g)).toBeNull();
  });
});
