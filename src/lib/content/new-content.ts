import { stringify } from 'yaml';
import { closest } from './closest.ts';
import { entryPath, joinFrontmatter, primaryLadderId, type EntryKind } from './content-layout.ts';
import { skillSchema, skillSetSchema, type LevelData, type SkillData, type SkillSetData } from './schemas.ts';
import { slugify } from './slug.ts';

/** What a new file must fit into: the content folder's entries, by id. */
export interface ExistingContent {
  levels: Map<string, Pick<LevelData, 'title' | 'tags' | 'aliases'>>;
  skillSets: Map<string, Pick<SkillSetData, 'title' | 'level' | 'order' | 'aliases'>>;
  skills: Map<string, Pick<SkillData, 'skillSet' | 'order' | 'aliases'>>;
}

export interface NewFile {
  /** Relative to the content folder, e.g. "skills/basic-sql.md". */
  path: string;
  text: string;
}

/** A request the content can't take, said so the author knows what to do. */
export class NewContentError extends Error {}

const yaml = (data: object) => stringify(data, { lineWidth: 0 });

function unknown(kind: string, id: string, entries: Map<string, unknown>, flag: string): NewContentError {
  const known = [...entries.keys()].sort();
  const suggestion = closest(id, known);
  return new NewContentError(
    `There is no ${kind} "${id}"${suggestion ? `: did you mean --${flag} ${suggestion}?` : `. Known: ${known.join(', ')}.`}`,
  );
}

/** The id a title becomes, refused when a file or an alias already has it (a published URL can't change owner). */
function freshId(title: string, entries: Map<string, { aliases: string[] }>, kind: EntryKind): string {
  const id = slugify(title);
  if (!id) throw new NewContentError(`The title "${title}" has no letters or digits to make an id from.`);
  if (entries.has(id))
    throw new NewContentError(`${entryPath(primaryLadderId, kind, id)} already exists: edit that file, or choose another title.`);
  const owner = [...entries].find(([, entry]) => entry.aliases.includes(id));
  if (owner)
    throw new NewContentError(
      `"${id}" is an old id (alias) of ${entryPath(primaryLadderId, kind, owner[0])}, so its URL already leads there: choose another title.`,
    );
  return id;
}

const nextOrder = (orders: number[]) => Math.max(0, ...orders) + 1;

/** A new skill at the end of its skill set: a placeholder ("to be written") until its description is written. */
export function newSkill(title: string, skillSetId: string, content: ExistingContent): NewFile {
  const skillSet = content.skillSets.get(skillSetId);
  if (!skillSet) throw unknown('skill set', skillSetId, content.skillSets, 'skill-set');
  const id = freshId(title, content.skills, 'skills');
  const order = nextOrder(
    [...content.skills.values()].filter((skill) => skill.skillSet === skillSetId).map((skill) => skill.order),
  );
  const data = { title, level: skillSet.level, skillSet: skillSetId, order, placeholder: true };
  skillSchema.parse(data);
  const body = `Describe ${title} here: what someone with this skill does, and how it shows. Then delete \`placeholder: true\` above.`;
  return { path: entryPath(primaryLadderId, 'skills', id), text: joinFrontmatter(yaml(data), body) };
}

/** A new skill set at the end of its level, tagged as the level's skill sets are. */
export function newSkillSet(title: string, levelId: string, content: ExistingContent): NewFile {
  const level = content.levels.get(levelId);
  if (!level) throw unknown('level', levelId, content.levels, 'level');
  const id = freshId(title, content.skillSets, 'skillSets');
  const order = nextOrder(
    [...content.skillSets.values()].filter((skillSet) => skillSet.level === levelId).map((skillSet) => skillSet.order),
  );
  const data = { title, level: levelId, order, tag: level.tags[0] };
  skillSetSchema.parse(data);
  return { path: entryPath(primaryLadderId, 'skillSets', id), text: yaml(data) };
}
