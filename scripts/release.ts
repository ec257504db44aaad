// `npm run release -- <release-id> [--title "…"] [--notes <file.md>] [--ladder <id>] [--date YYYY-MM-DD]`: freezes
// the current content of a ladder (default: the primary) as content/[ladders/<id>/]releases/<release-id>.json,
// never over an existing release. The content must build: a release of broken content is refused.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirectory } from '../src/lib/content/content-directory.ts';
import { contentFiles } from '../src/lib/content/content-files.ts';
import { readLadders } from '../src/lib/content/read-ladders.ts';
import { changeLog } from '../src/lib/releases/changes.ts';
import { newRelease, ReleaseError } from '../src/lib/releases/new-release.ts';
import { primaryLadderId, urlManifestFile } from '../src/lib/content/content-layout.ts';
import { formatProblem } from '../src/lib/content/validate-ladder.ts';

const usage =
  'Usage: npm run release -- <release-id> [--title "…"] [--notes <file.md>] [--ladder <id>] [--date YYYY-MM-DD]';

try {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      notes: { type: 'string' },
      ladder: { type: 'string' },
      date: { type: 'string' },
      content: { type: 'string' },
    },
  });
  const [id] = positionals;
  if (!id || positionals.length > 1) throw new ReleaseError(usage);
  const folder = values.content ?? contentDirectory();
  const ladder = values.ladder ?? primaryLadderId;
  const read = readLadders(contentFiles(folder));
  if (read.errors.length > 0) {
    throw new ReleaseError(
      `The content has ${read.errors.length} problem(s); fix them before releasing:\n${read.errors.map(formatProblem).join('\n')}`,
    );
  }
  const content = ladder ? read.others.find((r) => r.id === ladder)?.content : read.primary;
  if (!content)
    throw new ReleaseError(
      `There is no ladder "${ladder}": known ladders are ${read.others.map((r) => r.id).join(', ')}.`,
    );
  // The content read without a problem, so every release file of the ladder is among its releases.
  const previous = read.releases.filter((r) => r.ladder === ladder);
  const existing = previous.map((r) => r.info.id);
  const notes = values.notes === undefined ? undefined : readFileSync(values.notes, 'utf8');
  const release = newRelease(
    { id, title: values.title, date: values.date, notes, ladder },
    content,
    existing,
    new Date().toISOString().slice(0, 10),
  );
  const path = join(folder, release.path);
  mkdirSync(dirname(path), { recursive: true });
  // Checked again at the last moment: never overwrite, whatever the folder listing said.
  writeFileSync(path, release.text, { flag: 'wx' });
  const changes = previous.length > 0 ? changeLog(previous, content)[0] : undefined;
  const summary =
    changes && !changes.release
      ? `${changes.changes.length} change(s) since ${changes.since!.title}`
      : previous.length > 0
        ? `no change since ${previous[0].info.title}`
        : 'the first release';
  console.log(`Wrote ${relative(process.cwd(), path)}: "${release.info.title}", ${release.info.date}, ${summary}.`);
  console.log(`Commit it, then run \`npm run urls\` so its frozen pages join ${join(folder, urlManifestFile)}.`);
} catch (error) {
  if (!(
    error instanceof ReleaseError ||
    (error instanceof TypeError && 'code' in error) ||
    (error as NodeJS.ErrnoException).code === 'ENOENT'
  ))
    throw error;
  console.error((error as Error).message);
  process.exit(1);
}
