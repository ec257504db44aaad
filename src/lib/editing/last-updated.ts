import { spawnSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';

/**
 * The date each file's words last changed, from `git log --name-status -M` output made with the format `@%cs %P`
 * (commit date, parents), newest first. A file moved without a change (a rename at 100 % similarity, as when skills
 * became .md files) keeps the date of its last change under its old name. In a shallow clone the oldest commits kept
 * have no parents and list every file as added: their dates say when the clone was cut, not when a file changed, so
 * files known only from them get no date.
 */
export function lastChangedDates(log: string, shallow: boolean): Map<string, string> {
  const dates = new Map<string, string>();
  /** Old path → the newer paths it was renamed to unchanged, which take its date when an older commit gives one. */
  const renamedTo = new Map<string, string[]>();
  const changed = (path: string, date: string) => {
    if (!dates.has(path)) dates.set(path, date);
    for (const newer of renamedTo.get(path) ?? []) changed(newer, date);
    renamedTo.delete(path);
  };
  let date: string | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) {
      const [commitDate, ...parents] = line.slice(1).trim().split(' ');
      date = shallow && parents.length === 0 ? undefined : commitDate;
      continue;
    }
    const [status = '', path, renamed] = line.split('\t');
    if (!path || !date) continue;
    if (status === 'R100') {
      if (!dates.has(renamed)) renamedTo.set(path, [...(renamedTo.get(path) ?? []), renamed]);
    } else if (/^[RC]/.test(status)) changed(renamed, date);
    else if (status !== 'D') changed(path, date);
  }
  return dates;
}

/**
 * When each file under `folder` last changed, by its path relative to `cwd`: one `git log` for all of them. Empty
 * when there is no git or no history (a downloaded archive, a content folder outside the repository): the pages then
 * show no date rather than failing the build.
 */
export function readLastChangedDates(folder: string, cwd = process.cwd()): Map<string, string> {
  const git = (...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const shallow = git('rev-parse', '--is-shallow-repository');
  const log = git('log', '--format=@%cs %P', '--name-status', '-M', '--relative', '--', resolve(cwd, folder));
  if (shallow.status !== 0 || log.status !== 0) return new Map();
  return lastChangedDates(log.stdout, shallow.stdout.trim() === 'true');
}

let cached: Map<string, string> | undefined;

/** The date a content file (a path relative to the project, as content entries give it) last changed, if git knows. */
export function lastUpdated(file: string, contentFolder: string): string | undefined {
  cached ??= readLastChangedDates(contentFolder);
  return cached.get(relative(process.cwd(), resolve(file)).split(sep).join('/'));
}
