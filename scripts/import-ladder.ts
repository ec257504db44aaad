// Imports a ladder document: npm run import -- <document.md> (--ladder <id> | --primary | --out <folder>) [--replace] [--dry-run] [--yes] [--base-url <url>] [--reading <name>]
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { formatSummary, formatWarnings, importLadderDocument } from '../src/lib/import/import-ladder-document.ts';
import { changesOnReimport } from '../src/lib/import/changes-on-reimport.ts';
import { importLadderData, isDataFile } from '../src/lib/import/data/import-ladder-data.ts';
import { ImportError } from '../src/lib/import/import-error.ts';
import { describeChange } from '../src/lib/releases/describe.ts';
import { checkConfined, planWrite, writeContent } from '../src/lib/import/write-content.ts';
import {
  defaultContentFolder,
  entryKinds,
  isId,
  ladderFile,
  otherLaddersFolder,
  urlManifestFile,
} from '../src/lib/content/content-layout.ts';
import { pagesFolder } from '../src/lib/content/content-layout.ts';

const usage =
  'Usage: npm run import -- <document.md> (--ladder <id> | --primary | --out <folder>) [--replace] [--dry-run] [--yes] [--base-url <url>] [--reading <name>]';
/** A ladder's releases (npm run release) live beside its content; they go with it when it is retired. */
const releases = entryKinds.releases.folder;

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
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      ladder: { type: 'string' },
      primary: { type: 'boolean', default: false },
      out: { type: 'string' },
      replace: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      'base-url': { type: 'string' },
      reading: { type: 'string' },
    },
  });
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
  checkConfined(out, []);

  // Making another document primary retires the shipped ladder's files and its URL manifest, after one confirmation;
  // the retired ladder's aliases are not carried over to skills of the new one that happen to share an id.
  const previous = values.primary ? sourceOf(out) : undefined;
  const retiring = previous !== undefined && previous !== file;
  const options = {
    ...(retiring ? {} : { over: out }),
    ...(values.reading ? { reading: values.reading } : {}),
    ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
  };
  const { imported, files, config, choice } = isDataFile(document)
    ? await importLadderData(document, options)
    : importLadderDocument(document, options);
  if (choice) console.log(choice.join('\n'));
  console.log(formatSummary(imported, file));
  const warnings = formatWarnings(imported, file);
  if (warnings.length > 0)
    console.warn(
      `Warning: ${warnings.length} part(s) of the document are not published (the site publishes prose, not markup):\n${warnings.map((w) => `  ${w}`).join('\n')}`,
    );

  const plan = planWrite(out, files);
  // Re-importing a revised document shows what it changes for readers, as the change log will, before anything is written.
  const changes = retiring ? undefined : changesOnReimport(out, files);
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
    if (!values['dry-run'] && !(await confirmed('Retire it?', values.yes))) {
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
  const written = writeContent(out, files, { replace: values.replace || retiring });
  if (retiring) {
    rmSync(join(out, urlManifestFile), { force: true });
    rmSync(join(out, releases), { recursive: true, force: true });
    rmSync(join(out, pagesFolder), { recursive: true, force: true });
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
