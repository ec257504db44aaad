// Imports a ladder document or a file of ladder data: npm run import -- <file> (--ladder <id> | --primary | --out <folder>)
// [options]; npm run import -- --help lists every option and the shapes and sources it reads.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { shownPath } from '../src/lib/content/content-files.ts';
import { checkWithBuild } from '../src/lib/import/check-with-build.ts';
import { placeOfWarning } from '../src/lib/import/markdown/publishable-source.ts';
import { decodeDocument } from '../src/lib/import/decode-document.ts';
import { formatSummary, formatWarnings, importLadderDocument } from '../src/lib/import/import-ladder-document.ts';
import { changesOnReimport } from '../src/lib/import/changes-on-reimport.ts';
import { dataFileText, importLadderData, isDataFile } from '../src/lib/import/data/import-ladder-data.ts';
import { dataExtensions } from '../src/lib/import/data/readings-of-data.ts';
import { ImportError } from '../src/lib/import/import-error.ts';
import { describeChange } from '../src/lib/releases/describe.ts';
import { planWrite } from '../src/lib/import/write-content.ts';
import { readContentFolder, readImportDocument, writeContent } from './import-ladder-files.ts';
import {
  defaultContentFolder,
  entryKinds,
  isId,
  ladderFile,
  otherLaddersFolder,
  urlManifestFile,
} from '../src/lib/content/content-layout.ts';
import { pagesFolder } from '../src/lib/content/content-layout.ts';

/** Every option, with what it does and an example: parseArgs reads them and --help lists them. */
const options = {
  ladder: {
    type: 'string',
    argument: '<id>',
    help: 'import as another ladder, into content/ladders/<id>/',
    example: 'ladder.md --ladder acme-engineering',
  },
  primary: {
    type: 'boolean',
    help: "make it the site's primary ladder, at the root of content/ (retires the one there, after asking)",
    example: 'ladder.md --primary --yes',
  },
  out: {
    type: 'string',
    argument: '<folder>',
    help: 'the content folder to write into, instead of content/',
    example: 'ladder.md --out /tmp/preview --ladder acme',
  },
  title: {
    type: 'string',
    argument: '"<title>"',
    help: "the ladder's title, instead of the document's (or, when it has none, its file name's)",
    example: 'ladder.md --ladder acme --title "Acme engineering ladder"',
  },
  'base-url': {
    type: 'string',
    argument: '<url>',
    help: "link the document's relative links against this URL (its folder in its repository); without it they publish as text",
    example: 'docs/ladder.md --ladder acme --base-url https://github.com/acme/ladder/blob/main/docs/',
  },
  reading: {
    type: 'string',
    argument: '<name>',
    help: 'take this reading of the source (one the importer lists when it is unsure), instead of weighing them',
    example: 'roles.md --ladder acme --reading levels-as-columns',
  },
  replace: {
    type: 'boolean',
    help: 'replace ladder content already in the folder (otherwise the import stops before changing it)',
    example: 'ladder.md --ladder acme --replace',
  },
  'dry-run': {
    type: 'boolean',
    help: 'print what the import found and would write, and write nothing',
    example: 'ladder.md --ladder acme --dry-run',
  },
  yes: { type: 'boolean', help: 'answer yes to the question --primary asks', example: 'ladder.md --primary --yes' },
  help: { type: 'boolean', short: 'h', help: 'print this help', example: '--help' },
} as const satisfies Record<
  string,
  { type: 'string' | 'boolean'; short?: string; argument?: string; help: string; example: string }
>;

/** A shape or source the importer reads, as --help lists it: what it looks like, and the readings that take it. */
interface Shape {
  name: string;
  what: string;
  example: string;
  /** The --reading names that take it, when the importer weighs it among others. */
  readings?: string;
}

/** The shapes of document the importer reads (Markdown, or an HTML page for its tables). */
const shapes: Shape[] = [
  {
    name: 'levels as headings',
    what: 'one heading per level, its expectations as list items or paragraphs, grouped by sub-headings or bold labels',
    example: '## Senior engineer ⏎ ### Craft ⏎ - Reviews designs before they are built.',
    readings: 'levels',
  },
  {
    name: 'levels in a table',
    what: 'a Markdown or HTML table of competencies × levels, the levels across or down (a group column kept)',
    example: '| Competency | Junior | Senior | ⏎ | Craft | Writes tests. | Designs the test plan. |',
    readings: 'levels-as-columns, levels-as-rows, level-table',
  },
  {
    name: 'one row per cell',
    what: 'a table with a competency, a level and an expectation in each row',
    example: '| Competency | Level | Expectation | ⏎ | Craft | Junior | Writes tests. |',
    readings: 'one-row-per-cell',
  },
  {
    name: 'competency-first',
    what: 'one heading per competency, its levels beneath as bold list items or sub-headings',
    example: '### Tooling ⏎ - **Engineer I** ⏎   - Runs the build and the tests on their own machine.',
    readings: 'competency-first',
  },
  {
    name: 'levels of categories',
    what: 'one heading per level, each holding its categories: a Category | Criteria table, bold leads or sub-headings',
    example: '## P1 ⏎ | Category | Criteria | ⏎ | Delivery | Finishes small tasks someone else scoped. |',
    readings: 'level-sections',
  },
  {
    name: 'two tracks',
    what: 'individual-contributor and management levels, in one shape or two (headings and a table); "All levels" is the baseline',
    example: '## All levels … ## Engineer 1 … ## Management levels ⏎ | Competency | Manager 1 | Manager 2 |',
  },
  {
    name: 'front-matter data',
    what: 'a ladder kept as YAML in the front matter (see data files below); the prose under it is the introduction',
    example: '--- ⏎ topics: ⏎   Code: ⏎     1: [Writes code that passes review.] ⏎ ---',
    readings: 'competencies-then-levels, levels-then-competencies',
  },
  {
    name: 'HTML page (.html)',
    what: 'its tables, rowspan/colspan expanded, padded or <pre> headers tidied, levels named by numbers kept',
    example: '<tr><th><pre> Level </pre></th><th>Code</th></tr> ⏎ <tr><td>1</td><td>Writes tests.</td></tr>',
    readings: 'levels-as-rows, levels-as-columns',
  },
  {
    name: 'not the ladder',
    what: 'tables that are no ladder (a time split, a legend) and other prose are kept as prose, never read as levels',
    example: '| Management | ~10-15% |',
  },
  {
    name: 'level sections',
    what: 'level sections named in a <document>.import.yaml beside it (shape: level-sections)',
    example: '## Software Engineers ⏎ ## Craft (SE) ⏎ ### Code review ⏎ You review every change.',
  },
  {
    name: 'outline',
    what: 'one role as nested headings and lists, with a config beside it (shape: outline)',
    example: '- **Strategy** ⏎   - Finds a third option when goals conflict.',
  },
];

/** The files the importer reads as data, by extension. */
const sources: Shape[] = [
  {
    name: '.csv .tsv',
    what: 'a spreadsheet export: a grid (levels across, competencies down, a group column if any) or one row per cell',
    example: 'Area,Competency,Keeper I,Keeper II ⏎ Craft,Lens care,Cleans the lens,Replaces a prism',
    readings: 'levels-as-columns, levels-as-rows, one-row-per-cell',
  },
  {
    name: '.xlsx',
    what: 'a workbook: every sheet read as a CSV is, a sheet of notes kept as prose',
    example: 'npm run import -- ladder.xlsx --ladder acme',
    readings: 'as CSV, suffixed ":<sheet>" when several sheets hold a ladder',
  },
  {
    name: '.yaml .yml .json',
    what: 'competencies holding levels holding criteria (or levels holding competencies, groups above), or records',
    example: 'topics: ⏎   Code: ⏎     1: [Writes code that passes review.] ⏎     2: [Designs a module others extend.]',
    readings: 'competencies-then-levels, levels-then-competencies, groups-then-…, one-row-per-cell',
  },
];

const usage =
  'Usage: npm run import -- <file> (--ladder <id> | --primary | --out <folder>) [options]\nRun npm run import -- --help for every option.';

function listed(entries: Shape[]): string[] {
  const width = Math.max(...entries.map((e) => e.name.length)) + 2;
  return entries.flatMap(({ name, what, example, readings }) => [
    `  ${name.padEnd(width)}${what}`,
    `  ${''.padEnd(width)}e.g. ${example}`,
    ...(readings ? [`  ${''.padEnd(width)}--reading ${readings}`] : []),
  ]);
}

function help(): string {
  const width = Math.max(
    ...Object.entries(options).map(([name, o]) => `--${name}${'argument' in o ? ` ${o.argument}` : ''}`.length),
  );
  const lines = [
    'npm run import -- <file> (--ladder <id> | --primary | --out <folder>) [options]',
    '',
    'Reads a ladder (a Markdown or HTML document, or a file of data) into content files: levels, competencies, skill',
    'sets and skills. It weighs the readings it can make, prints the one it takes as a grid next to the runner-up, and',
    'stops, listing them, when none is clearly best: --reading (or "reading:" in the config) takes one. The config',
    'used is written beside the file, to review and edit.',
    '',
    'Options:',
    ...Object.entries(options).flatMap(([name, o]) => [
      `  ${`${'short' in o ? `-${o.short}, ` : ''}--${name}${'argument' in o ? ` ${o.argument}` : ''}`.padEnd(width + 6)}${o.help}`,
      `  ${''.padEnd(width + 6)}e.g. npm run import -- ${o.example}`,
    ]),
    '',
    'Shapes it reads (⏎ is a new line):',
    ...listed(shapes),
    '',
    `Data files it reads (${dataExtensions.join(' ')}):`,
    ...listed(sources),
    '',
    "Links the site can't publish (javascript:, relative ones without --base-url) keep their text, with a warning.",
    "Before writing, the result is read by the build's own checks: content the build would refuse is never written.",
  ];
  return lines.join('\n');
}
/** A ladder's releases (npm run release) live beside its content; they go with it when it is retired. */
const releases = entryKinds.releases.folder;
/** What retiring the primary ladder removes besides the files an import owns. */
const retiredPaths = [urlManifestFile, releases, pagesFolder];

/** The document the ladder in `folder` was imported from, if any. */
function sourceOf(folder: string): string | undefined {
  const file = join(folder, ladderFile);
  if (!existsSync(file)) return undefined;
  const source = (parseYaml(readFileSync(file, 'utf8')) as { source?: unknown } | null)?.source;
  return typeof source === 'string' ? source : '';
}

async function confirmed(question: string, yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`${question} [y/N] `);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: options as ParseArgsOptionsConfig });
  } catch (error) {
    throw new ImportError('import-ladder', undefined, `${(error as Error).message.split(/\.(?: |$)/)[0]}.\n${usage}`);
  }
  const values = parsed.values as {
    [K in keyof typeof options]?: (typeof options)[K]['type'] extends 'string' ? string : boolean;
  };
  const { positionals } = parsed;
  if (values.help) {
    console.log(help());
    return;
  }
  if (positionals.length !== 1)
    throw new ImportError('import-ladder', undefined, `needs exactly one document.\n${usage}`);
  const document = positionals[0];
  const file = relative(process.cwd(), resolve(document));
  if (values.ladder !== undefined && !isId(values.ladder)) {
    throw new ImportError(
      '--ladder',
      undefined,
      `"${values.ladder}" is not a ladder id: use a lowercase slug such as "acme-engineering"`,
    );
  }
  if (values.ladder !== undefined && values.primary)
    throw new ImportError(
      'import-ladder',
      undefined,
      `--ladder and --primary exclude each other: the primary ladder lives at the root of content/.\n${usage}`,
    );
  const contentFolder = values.out ?? defaultContentFolder;
  const out =
    values.ladder !== undefined
      ? join(contentFolder, otherLaddersFolder, values.ladder)
      : values.primary
        ? contentFolder
        : (values.out ?? (sourceOf(defaultContentFolder) === file ? defaultContentFolder : undefined));
  if (out === undefined)
    throw new ImportError(
      'import-ladder',
      undefined,
      `needs to know where the ladder goes: --ladder <id> for content/ladders/<id>/, or --primary to make it the site's primary ladder.\n${usage}`,
    );
  const existing = readContentFolder(out);

  // Making another document primary retires the shipped ladder's files and its URL manifest, after one confirmation;
  // the retired ladder's aliases are not carried over to skills of the new one that happen to share an id.
  const previous = values.primary ? sourceOf(out) : undefined;
  const retiring = previous !== undefined && previous !== file;
  const input = readImportDocument(document);
  const importOptions = {
    ...(retiring ? {} : { over: { folder: out, files: existing } }),
    ...(values.reading ? { reading: values.reading } : {}),
    ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
    ...(values.title ? { title: values.title } : {}),
  };
  const data = isDataFile(document);
  const {
    imported,
    files,
    config,
    choice,
    warnings: changed,
  } = data ? await importLadderData(input, importOptions) : importLadderDocument(input, importOptions);
  if (choice) console.log(choice.join('\n'));
  console.log(formatSummary(imported, file));
  if (imported.summary.titleFrom && !values.title)
    console.log(
      `  title:           "${imported.ladder.title}", from ${imported.summary.titleFrom} (the document has none): --title "…" changes it`,
    );
  const warnings = formatWarnings(imported, file);
  if (warnings.length > 0)
    console.warn(
      `Warning: ${warnings.length} part(s) of the document are not published (the site publishes prose, not markup):\n${warnings.map((w) => `  ${w}`).join('\n')}`,
    );
  if (changed.length > 0)
    console.warn(
      `Warning: ${changed.length} part(s) of the document were changed so they publish:\n${changed.map((w) => `  ${file}${placeOfWarning(w)}: ${w.message}`).join('\n')}`,
    );

  const plan = planWrite(out, existing, files);
  // The build's own reader checks the content folder as the import would leave it, before anything is written.
  const root = values.ladder !== undefined ? contentFolder : out;
  checkWithBuild(
    {
      root: root === out ? existing : readContentFolder(root),
      folder: relative(root, out).split('\\').join('/'),
      shownAs: (path) => shownPath(join(root, path)),
      ...(retiring
        ? { retired: (path: string) => retiredPaths.some((p) => path === p || path.startsWith(`${p}/`)) }
        : {}),
    },
    files,
    { file, text: data ? dataFileText(input) : decodeDocument(input.bytes, file) },
  );
  // Re-importing a revised document shows what it changes for readers, as the change log will, before anything is written.
  const changes = retiring ? undefined : changesOnReimport(existing, files);
  if (changes) {
    console.log(
      changes.length === 0
        ? `  no change to the ladder in ${out}/`
        : `  changes to the ladder in ${out}/ (${changes.length}):`,
    );
    for (const change of changes) console.log(`    ${describeChange(change)}`);
  }
  if (retiring) {
    const manifestNote = existsSync(join(out, urlManifestFile))
      ? ` and its URL manifest ${join(out, urlManifestFile)} (every URL it promised is retired; run \`npm run urls\` after the build to start a new one)`
      : '';
    const releasesNote = existsSync(join(out, releases))
      ? `, its releases in ${join(out, releases)}/ (their frozen pages and change log belong to the retired ladder)`
      : '';
    const pagesNote = existsSync(join(out, pagesFolder))
      ? `, its pages in ${join(out, pagesFolder)}/ (the About page and guides, written about it)`
      : '';
    const question = `This makes ${file} the primary ladder, retiring the ladder imported from ${previous || 'an unknown document'}: ${plan.removed.length} of its files${releasesNote}${pagesNote}${manifestNote}.`;
    console.log(question);
    if (!values['dry-run'] && !(await confirmed('Retire it?', values.yes === true))) {
      throw new ImportError(
        out,
        undefined,
        'holds the primary ladder and nothing was written: confirm with --yes (or answer y) to retire it',
      );
    }
  }
  if (values['dry-run']) {
    if (config.detected) console.log(`  shape detected; the config would be written to ${config.path}`);
    console.log(
      `  would write ${files.size} files to ${out}/: ${plan.added.length} added, ${plan.changed.length} changed, ${plan.removed.length} removed, ${plan.unchanged.length} unchanged`,
    );
    for (const path of [
      ...plan.added.map((p) => `+ ${p}`),
      ...plan.changed.map((p) => `~ ${p}`),
      ...plan.removed.map((p) => `- ${p}`),
    ])
      console.log(`    ${path}`);
    return;
  }
  const written = writeContent(out, files, { replace: values.replace === true || retiring });
  if (retiring) {
    for (const path of retiredPaths) rmSync(join(out, path), { recursive: true, force: true });
  }
  if (config.detected) {
    writeFileSync(config.path, config.text);
    console.log(
      `  shape detected; wrote the config used to ${config.path}: review it, and import again after editing it`,
    );
  }
  console.log(
    `  wrote ${files.size} files to ${out}/: ${written.added.length} added, ${written.changed.length} changed, ${written.removed.length} removed, ${written.unchanged.length} unchanged`,
  );
}

try {
  await main();
} catch (error) {
  if (!(error instanceof ImportError) && !(error instanceof TypeError)) throw error;
  console.error(`Import failed: ${error.message}`);
  process.exit(1);
}
