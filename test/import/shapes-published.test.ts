import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importLadderDocument } from '../../src/lib/import/import-ladder-document.ts';
import { readImportDocument } from '../../scripts/import-ladder-files.ts';
import { buildSite, contentFolder, type BuildResult } from '../helpers/build-site.ts';
import { sourceSentences } from '../helpers/source-sentences.ts';

// Every fixture shape imported with no config as another ladder of one site, built once: what a reader of the
// published pages finds, not only what the importer wrote.
const shapes = 'test/fixtures/import/shapes';
const cases = readdirSync(shapes)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.replace(/\.md$/, ''));
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

describe('documents of every shape, published as other ladders', () => {
  let build: BuildResult;
  beforeAll(() => {
    const content = contentFolder('test/fixtures/ladder');
    for (const name of cases) {
      const { files } = importLadderDocument(
        readImportDocument(`${shapes}/${name}.md`),
        baseUrls[name] ? { baseUrl: baseUrls[name] } : {},
      );
      for (const [path, text] of files) {
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

  it.each(cases)('%s: every sentence of the document reaches its pages, and no markup is shown as text', (name) => {
    const pages = pagesOf(join(build.outDir, 'ladders', name));
    expect(pages.length).toBeGreaterThan(3);
    const text = pages.map(pageText).join(' \n ');
    expect(sourceSentences(`${shapes}/${name}.md`).filter((sentence) => !text.includes(sentence))).toEqual([]);
    expect(text.match(/\*\*|__|<\/?[a-z]+[ >]|\|\s*---|\\[*_[\]]/g)).toBeNull();
  });
});
