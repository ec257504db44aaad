import { comparableLevels } from '../compare/compare.ts';
import { closest } from '../content/closest.ts';
import { entryKinds } from '../content/content-layout.ts';
import type { LadderIndex } from '../ladder/ladder-index.ts';

/**
 * The project's components an authored page can use (src/components/mdx/), each with the attributes that name
 * something of the ladder, and what they name. Those attributes are checked against the ladder before the page
 * renders, so a wrong id fails the build at its file and line.
 */
export const idAttributesOf = {
  SkillLink: { id: 'skill' },
  LevelSummary: { id: 'level' },
  Comparison: { from: 'level', to: 'level' },
  LadderIntroduction: {},
  LadderDisclaimer: {},
  LadderDownloads: {},
} as const satisfies Record<string, Record<string, 'skill' | 'level'>>;

export type PageComponentName = keyof typeof idAttributesOf;

export const isPageComponent = (name: string): name is PageComponentName => Object.hasOwn(idAttributesOf, name);

/** One use of a project component in a page, as the page plugin finds it: its ids and where it is. */
export interface PageComponentUse {
  component: PageComponentName;
  /** The values of the attributes that name something of the ladder, as written (always quoted strings). */
  ids: Record<string, string>;
  line: number;
  column: number;
}

export interface PageComponentProblem {
  line: number;
  column: number;
  message: string;
}

/** What the ladder calls each kind of id, and where an author finds the ids. */
const kinds = {
  skill: { what: 'skill', folder: `${entryKinds.skills.folder}/` },
  level: { what: 'level', folder: `${entryKinds.levels.folder}/` },
};

/** Every use that names an id the ladder doesn't have, or two levels that can't be compared, with a fix. */
export function pageComponentProblems(uses: readonly PageComponentUse[], ladder: LadderIndex): PageComponentProblem[] {
  const known = { skill: ladder.content.skills.map((s) => s.id), level: ladder.levels.map((l) => l.id) };
  const problems: PageComponentProblem[] = [];
  for (const use of uses) {
    const tag = `<${use.component} ${Object.entries(use.ids)
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ')}>`;
    const report = (message: string) =>
      problems.push({ line: use.line, column: use.column, message: `${tag}: ${message}` });
    const unknown = Object.entries(idAttributesOf[use.component]).filter(
      ([attribute, kind]) => !known[kind].includes(use.ids[attribute]),
    );
    for (const [attribute, kind] of unknown) {
      const { what, folder } = kinds[kind];
      const suggestion = closest(use.ids[attribute], known[kind]);
      const fix = suggestion
        ? `did you mean "${suggestion}"?`
        : `use the id of a ${what}, its file name under ${folder}`;
      report(`${attribute} "${use.ids[attribute]}" names no ${what} of the ladder; ${fix}`);
    }
    if (use.component === 'Comparison' && unknown.length === 0) {
      const [from, to] = [ladder.level(use.ids.from), ladder.level(use.ids.to)];
      if (!comparableLevels(ladder, from).includes(to)) {
        report(
          "these levels can't be compared: name two different rungs (levels with a rank), as the Compare page lists them",
        );
      }
    }
  }
  return problems;
}
