import { closest } from './closest.ts';
import { competencyProblems } from './validate-competencies.ts';
import { entryFolderBeside, entryPath, primaryLadderId } from './content-layout.ts';
import { skillPageSectionIds } from '../ladder/section-ids.ts';
import type { Entry, LadderContent, Skill } from '../ladder/ladder.ts';
import { headingsOf, parseProse, proseProblems } from '../markdown/prose.ts';

/** One thing wrong with the content, located precisely enough to fix without searching. */
export interface Problem {
  file: string;
  /** The line in the file, when the problem has one. */
  line?: number;
  /** The field, e.g. "seeAlso[2].skill"; empty when the problem is the file itself. */
  field: string;
  value?: string;
  message: string;
  suggestion?: string;
}

/** Ids of entries whose files exist but could not be read: references to them are not reported as dangling too. */
export interface KnownIds {
  levels: Set<string>;
  skillSets: Set<string>;
  skills: Set<string>;
  competencies: Set<string>;
}

/** Above this size a body makes a page too long to read or cite; the build warns (the longest today is about 2 KB). */
export const bodySizeWarning = 16 * 1024;

export interface Validation {
  errors: Problem[];
  /** Not fatal: names the source cites that the ladder doesn't have yet. */
  warnings: Problem[];
}

export function formatProblem(p: Problem): string {
  const hint = p.suggestion ? ` Did you mean "${p.suggestion}"?` : '';
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const what = [p.field, p.value === undefined ? '' : JSON.stringify(p.value), p.message].filter(Boolean).join(' ');
  return `${where}: ${what}.${hint}`;
}

const none: KnownIds = { levels: new Set(), skillSets: new Set(), skills: new Set(), competencies: new Set() };

/** Every rule the schemas can't express, checked over the whole ladder so one run reports every problem. */
export function validateLadder(content: LadderContent, unreadable: KnownIds = none): Validation {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const levelIds = new Set([...content.levels.map((l) => l.id), ...unreadable.levels]);
  const skillSetIds = new Set([...content.skillSets.map((s) => s.id), ...unreadable.skillSets]);
  const skillIds = new Set([...content.skills.map((s) => s.id), ...unreadable.skills]);

  const checkReference = (entry: Entry<unknown>, field: string, value: string, ids: Set<string>, kind: string) => {
    if (!ids.has(value)) {
      errors.push({
        file: entry.file,
        line: entry.lines?.[field],
        field,
        value,
        message: `is not ${kind}`,
        suggestion: closest(value, ids),
      });
    }
  };

  for (const skillSet of content.skillSets) checkReference(skillSet, 'level', skillSet.data.level, levelIds, 'a level');

  const skillSetLevel = new Map(content.skillSets.map((s) => [s.id, s.data.level]));
  for (const skill of content.skills) {
    const { data } = skill;
    checkReference(skill, 'level', data.level, levelIds, 'a level');
    checkReference(skill, 'skillSet', data.skillSet, skillSetIds, 'a skill set');
    const expectedLevel = skillSetLevel.get(data.skillSet);
    if (
      expectedLevel &&
      levelIds.has(expectedLevel) &&
      levelIds.has(data.level) &&
      expectedLevel !== data.level &&
      !unreadable.levels.has(data.level)
    ) {
      errors.push({
        file: skill.file,
        line: skill.lines?.level,
        field: 'level',
        value: data.level,
        message: `differs from the level of its skill set "${data.skillSet}"`,
        suggestion: expectedLevel,
      });
    }
    data.seeAlso.forEach((target, i) => {
      if ('skill' in target) checkReference(skill, `seeAlso[${i}].skill`, target.skill, skillIds, 'a skill');
      if ('skillSet' in target)
        checkReference(skill, `seeAlso[${i}].skillSet`, target.skillSet, skillSetIds, 'a skill set');
      if ('unresolved' in target) {
        warnings.push({
          file: skill.file,
          line: skill.lines?.[`seeAlso[${i}].unresolved`],
          field: `seeAlso[${i}].unresolved`,
          value: target.unresolved,
          message: 'is not yet in the ladder (shown as plain text)',
        });
      }
    });
    (data.excluded?.skills ?? []).forEach((id, i) =>
      checkReference(skill, `excluded.skills[${i}]`, id, skillIds, 'a skill'),
    );
    if (data.raises && 'skillSet' in data.raises)
      checkReference(skill, 'raises.skillSet', data.raises.skillSet, skillSetIds, 'a skill set');
    if (data.raises && 'level' in data.raises)
      checkReference(skill, 'raises.level', data.raises.level, levelIds, 'a level');
    checkLinksOfOneSkill(skill, errors);
    if (!skill.body.trim()) {
      errors.push({
        file: skill.file,
        line: skill.lines?.body,
        field: 'body',
        message: 'is empty: describe the skill below the frontmatter',
      });
    }
    checkBody(skill, errors, warnings);
  }

  checkProseFields(content, errors);
  checkUnique(content, errors);
  checkRanks(content, errors);
  errors.push(...competencyProblems(content, unreadable));
  checkOrders(content.skills, (skill) => skill.data.skillSet, ['skill', 'skill set'], errors);
  checkOrders(content.skillSets, (skillSet) => skillSet.data.level, ['skill set', 'level'], errors);
  if (content.levels.length === 0) {
    errors.push({
      file: entryFolderBeside(content.ladder.file, 'levels'),
      field: 'levels',
      value: '',
      message: `has no level: add at least one ${entryPath(primaryLadderId, 'levels', '<id>')}`,
    });
  }
  return { errors, warnings };
}

/** A body is prose: no raw HTML, images or unsafe links, no heading that takes a section id of the page, not huge. */
function checkBody(skill: Skill, errors: Problem[], warnings: Problem[]) {
  const firstLine = skill.lines?.body ?? 1;
  const tree = parseProse(skill.body);
  for (const problem of proseProblems(tree)) {
    errors.push({ file: skill.file, line: firstLine + problem.line - 1, field: 'body', message: problem.message });
  }
  for (const heading of headingsOf(tree)) {
    if (skillPageSectionIds.includes(heading.id)) {
      errors.push({
        file: skill.file,
        line: firstLine + heading.line - 1,
        field: 'body heading',
        value: heading.text,
        message: `is a section the page adds itself (#${heading.id}): use the frontmatter field for it, or give the heading another name`,
      });
    }
  }
  const size = Buffer.byteLength(skill.body, 'utf8');
  if (size > bodySizeWarning) {
    warnings.push({
      file: skill.file,
      line: firstLine,
      field: 'body',
      message: `is ${Math.round(size / 1024)} KB, more than the ${bodySizeWarning / 1024} KB a skill page should hold: split it into several skills or shorten it`,
    });
  }
}

/** The Markdown fields of the YAML: the same prose rules as bodies, located by field (and its line). */
function checkProseFields(content: LadderContent, errors: Problem[]) {
  const fields: [Entry<unknown>, string, string | undefined][] = [
    [content.ladder, 'introduction', content.ladder.data.introduction],
    [content.ladder, 'disclaimer', content.ladder.data.disclaimer],
    ...content.levels.map((l): [Entry<unknown>, string, string | undefined] => [l, 'intro', l.data.intro]),
    ...content.skillSets.map((s): [Entry<unknown>, string, string | undefined] => [s, 'intro', s.data.intro]),
    ...content.competencies.map((c): [Entry<unknown>, string, string | undefined] => [c, 'intro', c.data.intro]),
    ...content.skills.map((s): [Entry<unknown>, string, string | undefined] => [
      s,
      'excluded.note',
      s.data.excluded?.note,
    ]),
  ];
  for (const [entry, field, text] of fields) {
    if (text === undefined) continue;
    for (const problem of proseProblems(parseProse(text)))
      errors.push({ file: entry.file, line: entry.lines?.[field], field, message: problem.message });
  }
}

/** Two levels at the same rank of a track would make "the next level" ambiguous. */
function checkRanks(content: LadderContent, errors: Problem[]) {
  const byRank = new Map<string, Entry<unknown>>();
  for (const level of content.levels) {
    if (level.data.rank === undefined) continue;
    const key = `${level.data.track} ${level.data.rank}`;
    const owner = byRank.get(key);
    if (owner) {
      errors.push({
        file: level.file,
        line: level.lines?.rank,
        field: 'rank',
        value: String(level.data.rank),
        message: `is also the rank of ${owner.file} in the ${level.data.track} track: give each level of a track its own rank`,
      });
    } else byRank.set(key, level);
  }
}

/** A reference named twice in one list would be listed twice on the page; `keys` say when two items are the same. */
function checkRepeats(skill: Skill, field: string, items: { key: string; shown: string }[], errors: Problem[]) {
  items.forEach(({ key, shown }, i) => {
    const first = items.findIndex((item) => item.key === key);
    if (first < i)
      errors.push({
        file: skill.file,
        line: skill.lines?.[`${field}[${i}]`],
        field: `${field}[${i}]`,
        value: shown,
        message: `is already ${field}[${first}]: name it once`,
      });
  });
}

function checkLinksOfOneSkill(skill: Skill, errors: Problem[]) {
  const seeAlsoItems = skill.data.seeAlso.map((t) =>
    'skill' in t
      ? { key: `skill ${t.skill}`, shown: t.skill }
      : 'skillSet' in t
        ? { key: `skillSet ${t.skillSet}`, shown: t.skillSet }
        : { key: `unresolved ${normalisedTitle(t.unresolved)}`, shown: t.unresolved },
  );
  checkRepeats(skill, 'seeAlso', seeAlsoItems, errors);
  checkRepeats(
    skill,
    'excluded.skills',
    (skill.data.excluded?.skills ?? []).map((id) => ({ key: id, shown: id })),
    errors,
  );
  checkRepeats(
    skill,
    'furtherReading',
    skill.data.furtherReading.map((r) => ({ key: normalisedTitle(r.title), shown: r.title })),
    errors,
  );
  const seeAlso = skill.data.seeAlso.flatMap((t) => ('skill' in t ? [t.skill] : []));
  const excluded = skill.data.excluded?.skills ?? [];
  seeAlso.forEach((id, i) => {
    if (id === skill.id)
      errors.push({
        file: skill.file,
        line: skill.lines?.[`seeAlso[${i}].skill`],
        field: `seeAlso[${i}].skill`,
        value: id,
        message: 'links the skill to itself',
      });
  });
  excluded.forEach((id, i) => {
    if (id === skill.id)
      errors.push({
        file: skill.file,
        line: skill.lines?.[`excluded.skills[${i}]`],
        field: `excluded.skills[${i}]`,
        value: id,
        message: 'links the skill to itself',
      });
    if (seeAlso.includes(id)) {
      errors.push({
        file: skill.file,
        line: skill.lines?.[`excluded.skills[${i}]`],
        field: `excluded.skills[${i}]`,
        value: id,
        message: 'is in both seeAlso and excluded: keep it in one',
      });
    }
  });
}

/**
 * Two entries of one group (skills of a skill set, skill sets of a level) with the same order would be listed in
 * whichever order the files happen to be read: the later one is reported, with the next free order as the fix.
 */
function checkOrders<T extends { order: number }>(
  entries: Entry<T>[],
  groupOf: (entry: Entry<T>) => string,
  [kind, group]: [string, string],
  errors: Problem[],
) {
  const groups = new Map<string, Entry<T>[]>();
  for (const entry of entries) groups.set(groupOf(entry), [...(groups.get(groupOf(entry)) ?? []), entry]);
  for (const [groupId, members] of groups) {
    let free = Math.max(...members.map((entry) => entry.data.order)) + 1;
    const byOrder = new Map<number, Entry<T>>();
    for (const entry of members) {
      const { order } = entry.data;
      const owner = byOrder.get(order);
      if (!owner) {
        byOrder.set(order, entry);
        continue;
      }
      errors.push({
        file: entry.file,
        line: entry.lines?.order,
        field: 'order',
        value: String(order),
        message:
          `is also the order of ${owner.file} in the ${group} "${groupId}", so the two would be listed in no set order: ` +
          `give each ${kind} of a ${group} its own order, such as ${free++} (the next free one)`,
      });
    }
  }
}

/** Why a value claimed as an id or alias can't be claimed again, and what to do about it. */
function clash(kind: string, owner: { entry: Entry<unknown>; field: string }, entry: Entry<unknown>): string {
  const ownerIsId = owner.field === idField;
  if (owner.entry === entry && ownerIsId)
    return `is this ${kind}'s own id (its file name): remove it from aliases, the id already leads here`;
  if (owner.entry === entry) return `is already ${owner.field}: name it once`;
  const where = `the ${kind} in ${owner.entry.file}`;
  if (ownerIsId)
    return `is the id of ${where}, whose page it would take: remove it from aliases, or delete that file if this ${kind} replaces it`;
  return `is also ${owner.field} of ${where}: an old URL can lead to one page only, so keep it in one of the two`;
}

const idField = 'id (file name)';

/** Ids, aliases and titles must each name one thing: an alias that shadows an id would send an old link to the wrong page. */
function checkUnique(content: LadderContent, errors: Problem[]) {
  const groups: [string, Entry<{ title: string; aliases: string[] }>[]][] = [
    ['level', content.levels],
    ['skill set', content.skillSets],
    ['skill', content.skills],
    ['competency', content.competencies],
  ];
  for (const [kind, entries] of groups) {
    const owners = new Map<string, { entry: Entry<unknown>; field: string }>();
    const titles = new Map<string, Entry<{ title: string }>>();
    const claim = (entry: Entry<unknown>, field: string, value: string) => {
      const owner = owners.get(value);
      if (owner)
        errors.push({ file: entry.file, line: entry.lines?.[field], field, value, message: clash(kind, owner, entry) });
      else owners.set(value, { entry, field });
    };
    for (const entry of entries) claim(entry, idField, entry.id);
    for (const entry of entries) entry.data.aliases.forEach((alias, i) => claim(entry, `aliases[${i}]`, alias));
    for (const entry of entries) {
      const key = normalisedTitle(entry.data.title);
      const owner = titles.get(key);
      if (owner)
        errors.push({
          file: entry.file,
          line: entry.lines?.title,
          field: 'title',
          value: entry.data.title,
          message: `is also the title of the ${kind} in ${owner.file}${owner.data.title === entry.data.title ? '' : ` ("${owner.data.title}", differing only in case, spaces or dashes)`}`,
        });
      else titles.set(key, entry);
    }
  }
}

/** A title as a reader compares it: Unicode-normalised (NFKC), case, whitespace and dash variants folded. */
export function normalisedTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Pd}\u2212\u00ad]/gu, '-')
    .replace(/[\s\u200b\u2060\ufeff]+/gu, ' ')
    .trim();
}
