// `npm run new -- skill "<title>" --skill-set <id>` and `npm run new -- skill-set "<title>" --level <id>`: writes a
// valid content file with the next order number, never over an existing one. `--content <folder>` picks another
// ladder's folder (default: content/, or RUNGS_CONTENT_DIR).
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirectory } from '../src/lib/content/content-directory.ts';
import { contentFiles } from '../src/lib/content/content-files.ts';
import { ladderFile } from '../src/lib/content/content-layout.ts';
import { NewContentError, newSkill, newSkillSet, type ExistingContent } from '../src/lib/content/new-content.ts';
import { readLadders, unreadFiles } from '../src/lib/content/read-ladders.ts';
import { formatProblem } from '../src/lib/content/validate-ladder.ts';

const usage =
  'Usage: npm run new -- skill "<title>" --skill-set <id>\n       npm run new -- skill-set "<title>" --level <id>';

/**
 * Each entry of a ladder's folder by id, with the fields a new file depends on. Other problems of the content (a
 * broken link, a missing level) don't stop a new file; a file that can't be read does, as its id, aliases and order
 * would be missed.
 */
function readContent(folder: string): ExistingContent {
  const files = contentFiles(folder);
  const read = readLadders(files);
  const unread = unreadFiles(files, read);
  if (unread.length > 0 || !read.primary) {
    const problems = unread.flatMap((file) => file.problems.map(formatProblem));
    throw new NewContentError(
      `${unread.length} file(s) of ${folder} can't be read, so the new file's id and order can't be checked ` +
        `against them; fix them first:\n${problems.join('\n')}`,
    );
  }
  const byId = <T>(entries: { id: string; data: T }[]) => new Map(entries.map((entry) => [entry.id, entry.data]));
  return {
    levels: byId(read.primary.levels),
    skillSets: byId(read.primary.skillSets),
    skills: byId(read.primary.skills),
  };
}

try {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { 'skill-set': { type: 'string' }, level: { type: 'string' }, content: { type: 'string' } },
  });
  const [kind, title] = positionals;
  const folder = values.content ?? contentDirectory();
  if (!existsSync(join(folder, ladderFile)))
    throw new NewContentError(`${folder} is not a content folder: it has no ${ladderFile}.`);
  const content = readContent(folder);
  let file;
  if (kind === 'skill' && title && values['skill-set']) file = newSkill(title, values['skill-set'], content);
  else if (kind === 'skill-set' && title && values.level) file = newSkillSet(title, values.level, content);
  else throw new NewContentError(usage);
  const path = join(folder, file.path);
  // Checked again at the last moment: never overwrite, whatever the folder listing said.
  writeFileSync(path, file.text, { flag: 'wx' });
  console.log(`Wrote ${relative(process.cwd(), path)}. Run \`npm run urls\` after writing it, to protect its new URL.`);
} catch (error) {
  if (!(error instanceof NewContentError || (error instanceof TypeError && 'code' in error))) throw error;
  console.error(error.message);
  process.exit(1);
}
