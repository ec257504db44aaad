import { firstSentence, markdownToHtml } from './inline-markdown.ts';
import type { Skill } from './ladder.ts';

/** A skill as a level's rubric shows it: its first sentence, and its whole description when there is more. */
export interface RubricEntry {
  skill: Skill;
  summary: string;
  /** The whole description as HTML; absent when the first sentence is all of it (a fold would only repeat it). */
  description?: string;
}

const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&[#\w]+;/g, '_').replace(/\s+/g, ' ').trim();

export function rubricEntry(skill: Skill): RubricEntry {
  const summary = firstSentence(skill.body);
  const description = markdownToHtml(skill.body);
  return plain(description).length > summary.length + 1 ? { skill, summary, description } : { skill, summary };
}
