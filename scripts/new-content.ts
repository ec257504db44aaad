// `npm run new -- skill "<title>" --skill-set <id>` and `npm run new -- skill-set "<title>" --level <id>`: writes a
// valid content file with the next order number, never over an existing one. `--content <folder>` picks another
// ladder's folder (default: content/, or RUNGS_CONTENT_DIR).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentDirectory } from '../src/lib/content/content-directory.ts';
import { entryKinds, ladderFile, splitFrontmatter, type EntryKind } from '../src/lib/content/content-layout.ts';
import { NewContentError, newSkill, newSkillSet, type ExistingContent } from '../src/lib/content/new-content.ts';

const usage =
  'Usage: npm run new -- skill "<title>" --skill-set <id>\n       npm run new -- skill-set "<title>" --level <id>';

/** Each entry of a ladder's folder by id, with the fields a new file depends on. */
function readContent(folder: string): ExistingContent {
  const entries = <T>(kind: EntryKind, read: (text: string) => T) => {
    const { folder: name, extension } = entryKinds[kind];
    const directory = join(folder, name);
    if (!existsSync(directory)) return new Map<string, T>();
    const files = readdirSync(directory).filter((file) => file.endsWith(extension));
    return new Map(
      files.map((file) => [file.slice(0, -extension.length), read(readFileSync(join(directory, file), 'utf8'))]),
    );
  };
  const withAliases = <T extends object>(data: T) => ({ aliases: [], ...data });
  const frontmatter = (text: string) => withAliases(parse(splitFrontmatter(text)?.yaml ?? '') ?? {});
  return {
    levels: entries('levels', (text) => withAliases(parse(text))),
    skillSets: entries('skillSets', (text) => withAliases(parse(text))),
    skills: entries('skills', frontmatter),
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
