import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { contentFiles } from '../../src/lib/content/content-files.ts';
import {
  entryKinds,
  entryPath,
  importedKinds,
  joinFrontmatter,
  ladderFile,
  ladderFolder,
  primaryLadderId,
} from '../../src/lib/content/content-layout.ts';
import { readLadders } from '../../src/lib/content/read-ladders.ts';
import { makeSnapshot } from '../../src/lib/releases/snapshot.ts';
import { formatProblem } from '../../src/lib/content/validate-ladder.ts';

/** A small deterministic generator, so every benchmark run builds the same ladder. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const words = (
  'team code design test review deploy incident customer product plan risk feedback mentor lead facilitate ' +
  'architecture dependency refactor observe measure document pair debug release estimate forecast hire coach ' +
  'process quality simple value slice automate monitor secure learn share decide negotiate explain improve'
).split(' ');

const levels = [
  { id: 'baseline', title: 'Baseline', track: 'engineering', rank: 0, baseline: true },
  ...['Engineer I', 'Engineer II', 'Senior Engineer', 'Staff Engineer', 'Principal Engineer'].map((title, i) => ({
    id: `eng-${i + 1}`,
    title,
    track: 'engineering',
    rank: i + 1,
  })),
  ...['Manager I', 'Manager II', 'Director'].map((title, i) => ({
    id: `mgmt-${i + 1}`,
    title,
    track: 'management',
    rank: i + 1,
  })),
];

/**
 * Writes a valid synthetic ladder of `skillCount` skills into `directory` (a content folder for
 * RUNGS_CONTENT_DIR): the real ladder's shape — levels on two tracks, skill sets of about eight skills,
 * See also and Excluded links — at any size.
 */
export function writeSyntheticLadder(directory: string, skillCount: number, seed = 7): void {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const sentence = () => `You ${Array.from({ length: 8 + Math.floor(next() * 10) }, () => pick(words)).join(' ')}.`;
  for (const kind of importedKinds) mkdirSync(join(directory, entryKinds[kind].folder), { recursive: true });
  writeFileSync(
    join(directory, ladderFile),
    stringify({
      title: `Synthetic ladder of ${skillCount} skills`,
      updated: '2026-01-01',
      introduction: 'A generated ladder for benchmarks.',
      disclaimer: 'Not a real ladder.',
    }),
  );
  for (const level of levels) {
    const { id, ...data } = level;
    writeFileSync(
      join(directory, entryPath(primaryLadderId, 'levels', id)),
      stringify({ ...data, tags: [data.title], intro: `${sentence()} ${sentence()}` }),
    );
  }
  const skillSetCount = Math.max(levels.length, Math.ceil(skillCount / 8));
  const skillSets = Array.from({ length: skillSetCount }, (_, i) => ({
    id: `skill-set-${i + 1}`,
    level: levels[i % levels.length],
  }));
  skillSets.forEach((skillSet, i) => {
    const data = {
      title: `Skill set ${i + 1}`,
      level: skillSet.level.id,
      order: Math.floor(i / levels.length) + 1,
      tag: skillSet.level.title,
      intro: sentence(),
    };
    writeFileSync(join(directory, entryPath(primaryLadderId, 'skillSets', skillSet.id)), stringify(data));
  });
  const orderInSet = new Map<string, number>();
  for (let i = 0; i < skillCount; i++) {
    const skillSet = skillSets[i % skillSets.length];
    const order = (orderInSet.get(skillSet.id) ?? 0) + 1;
    orderInSet.set(skillSet.id, order);
    const others = [...new Set(Array.from({ length: 3 }, () => Math.floor(next() * skillCount)))].filter(
      (other) => other !== i,
    );
    const [excluded, ...seeAlso] = others;
    const data = {
      title: `Skill ${i + 1} ${pick(words)}`,
      level: skillSet.level.id,
      skillSet: skillSet.id,
      order,
      seeAlso: seeAlso.map((other) => ({ skill: `skill-${other + 1}` })),
      ...(excluded !== undefined && next() < 0.3
        ? { excluded: { note: `Skill ${excluded + 1} is a separate skill.`, skills: [`skill-${excluded + 1}`] } }
        : {}),
    };
    const body = Array.from({ length: 2 }, () => Array.from({ length: 4 }, sentence).join(' ')).join('\n\n');
    writeFileSync(
      join(directory, entryPath(primaryLadderId, 'skills', `skill-${i + 1}`)),
      joinFrontmatter(stringify(data), body),
    );
  }
}

/**
 * Writes `count` releases of the synthetic ladder in `directory` into its releases/ folder, a year apart: each earlier
 * release has a twentieth of its skills worded differently, the latest is the content as it stands.
 */
export function writeSyntheticReleases(directory: string, count: number): void {
  const { primary, errors } = readLadders(contentFiles(directory));
  if (!primary)
    throw new Error(`The synthetic ladder in ${directory} could not be read: ${errors.map(formatProblem).join('; ')}`);
  mkdirSync(join(directory, ladderFolder(primaryLadderId), entryKinds.releases.folder), { recursive: true });
  for (let r = 1; r <= count; r++) {
    const latest = r === count;
    const skills = primary.skills.map((skill, i) =>
      latest || i % 20 !== r % 20 ? skill : { ...skill, body: `${skill.body.trim()} As worded in release ${r}.` },
    );
    const info = { id: `release-${r}`, title: `Release ${r}`, date: `${2020 + r}-01-01`, notes: '' };
    writeFileSync(
      join(directory, entryPath(primaryLadderId, 'releases', info.id)),
      JSON.stringify(makeSnapshot({ ...primary, skills }, info)),
    );
  }
}
