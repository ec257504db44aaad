// A growth plan as files the reader keeps or takes to a conversation: a Markdown worksheet, a CSV for spreadsheets,
// and the rows of the printed worksheet (its evidence column left empty, for writing on paper); the JSON file is
// planJson at the end. Everything reads the plan against its requirement set, so skills come in the ladder's order.
import { csvField } from '../export/csv-field.ts';
import { schemeOf } from '../markdown/url.ts';
import { standingLabel } from './plan-format.ts';
import type { Evidence, Plan } from './plan-schema.ts';
import { skillHasEvidence } from './plan-state.ts';
import type { RequirementGroup, RequirementSet } from './requirements.ts';

/** Where a skill's page is, for links in the Markdown; without it the worksheet names skills without links. */
export type SkillUrl = (skillId: string) => string;

/** The heading of a group: a skill set with its level ("Design (Senior Engineer)"), or a competency. */
export const groupHeading = (group: RequirementGroup): string =>
  group.level ? `${group.title} (${group.level.title})` : group.title;

/** The plan's skills in the requirement set's groups, then those kept under "no longer in the ladder". */
function planGroups(plan: Plan, set: RequirementSet) {
  const groups = set.required.map((group) => ({
    heading: groupHeading(group),
    skills: group.skills.flatMap((skill) => {
      const planned = plan.skills[skill.id];
      return planned ? [{ id: skill.id, summary: skill.summary ?? '', ...planned }] : [];
    }),
  }));
  const retired = Object.entries(plan.retired).map(([id, skill]) => ({ id, summary: '', ...skill }));
  return [...groups, ...(retired.length > 0 ? [{ heading: noLongerInTheLadder, skills: retired }] : [])];
}

/** The heading of the skills a migration kept for their evidence. */
export const noLongerInTheLadder = 'No longer in the ladder';

const indentLines = (text: string, indent: string) => text.replace(/\r\n?/g, '\n').replace(/\n/g, `\n${indent}`);

function evidenceMarkdown(entry: Evidence): string {
  const note = entry.note ? ` ${indentLines(entry.note, '  ')}` : '';
  // An autolink needs a scheme; a site-relative link is written as an ordinary one.
  const link = entry.link ? (schemeOf(entry.link) ? ` <${entry.link}>` : ` [${entry.link}](${entry.link})`) : '';
  return `- ${entry.date}:${note}${link}`;
}

/**
 * The plan as a readable Markdown worksheet: its levels and dates, then per skill set each skill with its standing
 * in words, its notes and its evidence, dated, with links; skills without evidence say so.
 */
export function planMarkdown(plan: Plan, set: RequirementSet, skillUrl?: SkillUrl): string {
  const lines = [
    `# ${plan.name}`,
    '',
    `From ${set.from.title} to ${set.to.title}${plan.release ? `, against release ${plan.release}` : ''}. Started ${plan.created}, updated ${plan.updated}.`,
  ];
  for (const group of planGroups(plan, set)) {
    const withEvidence = group.skills.filter(skillHasEvidence).length;
    lines.push('', `## ${group.heading}`, '', `${withEvidence} of ${group.skills.length} with evidence.`);
    for (const skill of group.skills) {
      const title =
        skillUrl && group.heading !== noLongerInTheLadder ? `[${skill.title}](${skillUrl(skill.id)})` : skill.title;
      lines.push('', `### ${title}`, '');
      if (skill.summary) lines.push(skill.summary, '');
      lines.push(`Standing: ${standingLabel(skill.standing)}.`, '');
      if (skill.notes.trim()) lines.push(skill.notes.trim().replace(/\r\n?/g, '\n'), '');
      if (skill.evidence.length > 0) lines.push(...skill.evidence.map(evidenceMarkdown));
      else if (!skill.notes.trim()) lines.push('No evidence yet.');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The columns of a plan's CSV, in order. */
export const planCsvColumns = ['Group', 'Skill', 'Id', 'Standing', 'Date', 'Note', 'Link'] as const;

/**
 * The plan for spreadsheets: one row per evidence entry, one (undated) for a skill's notes, and one for a skill with
 * neither. UTF-8 with a
 * byte-order mark and CRLF line ends, each field made safe by the site's one CSV rule (no formulas run).
 */
export function planCsv(plan: Plan, set: RequirementSet): string {
  const rows: string[][] = [[...planCsvColumns]];
  for (const group of planGroups(plan, set)) {
    for (const skill of group.skills) {
      const start = [group.heading, skill.title, skill.id, standingLabel(skill.standing)];
      if (skill.notes.trim()) rows.push([...start, '', skill.notes.trim(), '']);
      else if (skill.evidence.length === 0) rows.push([...start, '', '', '']);
      for (const entry of skill.evidence) rows.push([...start, entry.date, entry.note ?? '', entry.link ?? '']);
    }
  }
  return `\uFEFF${rows.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** One row of the printed worksheet: the evidence column is printed empty, to be filled in on paper. */
export interface WorksheetRow {
  id: string;
  title: string;
  summary: string;
  standing: string;
}

/** The printed worksheet: each group's skills with their summary and standing in words, no evidence. */
export function worksheet(plan: Plan, set: RequirementSet): { heading: string; rows: WorksheetRow[] }[] {
  return planGroups(plan, set)
    .filter((group) => group.heading !== noLongerInTheLadder)
    .map((group) => ({
      heading: group.heading,
      rows: group.skills.map((skill) => ({
        id: skill.id,
        title: skill.title,
        summary: skill.summary,
        standing: standingLabel(skill.standing),
      })),
    }));
}

/** The file “Export JSON” saves (name it `<plan.id>.json`): the plan as it is stored, readable by people as well. */
export function planJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
