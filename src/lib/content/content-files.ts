import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One file of a content folder: its path inside the folder ("skills/x.md"), the path to name in messages, its text. */
export interface ContentFile {
  path: string;
  shownAs: string;
  read(): string;
}

/** A file's path as messages name it: relative to the working directory when the file is inside it, else absolute. */
export function shownPath(path: string, cwd = process.cwd()): string {
  const fromCwd = relative(cwd, path);
  return (fromCwd.startsWith('..') ? path : fromCwd).split(sep).join('/');
}

/**
 * Every file of a content folder, hidden files (".DS_Store", ".gitkeep") aside, so nothing in it can go unread
 * without a word. Paths in messages are relative to the working directory when the folder is inside it.
 */
export function contentFiles(root: string, cwd = process.cwd()): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else
        files.push({
          path,
          shownAs: shownPath(join(root, path), cwd),
          read: () => readFileSync(join(root, path), 'utf8'),
        });
    }
  };
  walk('');
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
