import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The "Edit this page" address of a content file: the repository's edit URL for the project's folder
 * (RUNGS_EDIT_URL, e.g. "https://github.com/org/repo/edit/main/") followed by the file's path in it.
 * None when the setting is unset, or for a file outside the project (a fixture copied elsewhere).
 */
export function editLink(file: string, editUrl: string | undefined, projectRoot = process.cwd()): string | undefined {
  if (!editUrl) return undefined;
  const path = relative(projectRoot, resolve(projectRoot, file));
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return undefined;
  return `${editUrl.replace(/\/?$/, '/')}${path.split(sep).map(encodeURIComponent).join('/')}`;
}
