import { closest } from './closest.ts';
import type { Entry, LadderContent, Skill } from './ladder.ts';

/** One thing wrong with the content, located precisely enough to fix without searching. */
export interface Problem {
  file: string;
  field: string;
  value: string;
  message: string;
  suggestion?: string;
}

export interface Validation {
  errors: Problem[];
  /** Not fatal: names the source cites that the ladder doesn't have yet. */
  warnings: Problem[];
}

export function formatProblem(p: Problem): string {
  const hint = p.suggestion ? ` Did you mean "${p.suggestion}"?` : '';
  return `${p.file}: ${p.field} ${JSON.stringify(p.value)} ${p.message}.${hint}`;
}

/** Every rule the schemas can't express, checked over the whole ladder so one run reports every problem. */
export function validateLadder(content: LadderContent): Validation {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const levelIds = new Set(content.levels.map((l) => l.id));
  const skillSetIds = new Set(content.skillSets.map((s) => s.id));
  const skillIds = new Set(content.skills.map((s) => s.id));

  const checkReference = (entry: Entry<unknown>, field: string, value: string, ids: Set<string>, kind: string) => {
    if (!ids.has(value)) {
      errors.push({ file: entry.file, field, value, message: `is not ${kind}`, suggestion: closest(value, ids) });
    }
  };

  for (const skillSet of content.skillSets) checkReference(skillSet, 'level', skillSet.data.level, levelIds, 'a level');

  const skillSetLevel = new Map(content.skillSets.map((s) => [s.id, s.data.level]));
  for (const skill of content.skills) {
    const { data } = skill;
    checkReference(skill, 'level', data.level, levelIds, 'a level');
    checkReference(skill, 'skillSet', data.skillSet, skillSetIds, 'a skill set');
    const expectedLevel = skillSetLevel.get(data.skillSet);
    if (expectedLevel && levelIds.has(expectedLevel) && levelIds.has(data.level) && expectedLevel !== data.level) {
      errors.push({
        file: skill.file,
        field: 'level',
        value: data.level,
        message: `differs from the level of its skill set "${data.skillSet}"`,
        suggestion: expectedLevel,
      });
    }
    data.seeAlso.forEach((target, i) => {
      if ('skill' in target) checkReference(skill, `seeAlso[${i}].skill`, target.skill, skillIds, 'a skill');
      if ('skillSet' in target) checkReference(skill, `seeAlso[${i}].skillSet`, target.skillSet, skillSetIds, 'a skill set');
      if ('unresolved' in target) {
        warnings.push({ file: skill.file, field: `seeAlso[${i}].unresolved`, value: target.unresolved, message: 'is not yet in the ladder (shown as plain text)' });
      }
    });
    (data.excluded?.skills ?? []).forEach((id, i) => checkReference(skill, `excluded.skills[${i}]`, id, skillIds, 'a skill'));
    if (data.raises && 'skillSet' in data.raises) checkReference(skill, 'raises.skillSet', data.raises.skillSet, skillSetIds, 'a skill set');
    if (data.raises && 'level' in data.raises) checkReference(skill, 'raises.level', data.raises.level, levelIds, 'a level');
    checkLinksOfOneSkill(skill, errors);
    if (!skill.body.trim()) {
      errors.push({ file: skill.file, field: 'body', value: '', message: 'is empty: describe the skill below the frontmatter' });
    }
  }

  checkUnique(content, errors);
  if (content.levels.length === 0) {
    errors.push({ file: 'content/levels/', field: 'levels', value: '', message: 'has no level: add at least one levels/<id>.yaml' });
  }
  return { errors, warnings };
}

function checkLinksOfOneSkill(skill: Skill, errors: Problem[]) {
  const seeAlso = skill.data.seeAlso.flatMap((t) => ('skill' in t ? [t.skill] : []));
  const excluded = skill.data.excluded?.skills ?? [];
  seeAlso.forEach((id, i) => {
    if (id === skill.id) errors.push({ file: skill.file, field: `seeAlso[${i}].skill`, value: id, message: 'links the skill to itself' });
  });
  excluded.forEach((id, i) => {
    if (id === skill.id) errors.push({ file: skill.file, field: `excluded.skills[${i}]`, value: id, message: 'links the skill to itself' });
    if (seeAlso.includes(id)) {
      errors.push({ file: skill.file, field: `excluded.skills[${i}]`, value: id, message: 'is in both seeAlso and excluded: keep it in one' });
    }
  });
}

/** Ids, aliases and titles must each name one thing: an alias that shadows an id would send an old link to the wrong page. */
function checkUnique(content: LadderContent, errors: Problem[]) {
  const groups: [string, Entry<{ title: string; aliases: string[] }>[]][] = [
    ['level', content.levels],
    ['skill set', content.skillSets],
    ['skill', content.skills],
  ];
  for (const [kind, entries] of groups) {
    const owners = new Map<string, Entry<unknown>>();
    const titles = new Map<string, Entry<unknown>>();
    const claim = (entry: Entry<unknown>, field: string, value: string) => {
      const owner = owners.get(value);
      if (owner && owner !== entry) {
        errors.push({ file: entry.file, field, value, message: `is already the id or alias of the ${kind} in ${owner.file}` });
      } else owners.set(value, entry);
    };
    for (const entry of entries) claim(entry, 'id (file name)', entry.id);
    for (const entry of entries) entry.data.aliases.forEach((alias, i) => claim(entry, `aliases[${i}]`, alias));
    for (const entry of entries) {
      const key = entry.data.title.toLowerCase();
      const owner = titles.get(key);
      if (owner) errors.push({ file: entry.file, field: 'title', value: entry.data.title, message: `is also the title of the ${kind} in ${owner.file}` });
      else titles.set(key, entry);
    }
  }
}
