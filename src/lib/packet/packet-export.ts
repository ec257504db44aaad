import { cite, type CitationSource } from '../citation/citation.ts';
import { escapeHtml } from '../html/escape-html.ts';
import type { LadderExport } from '../export/ladder-export.ts';
import type { Packet, PacketItem } from './packet-state.ts';
import { absoluteUrl, urls } from '../links/urls.ts';

// The packet against the ladder of /ladder.json: finding its skills, and copying it as Markdown, rich or plain text.

/** The packet's public address: its skills in order, not its notes. */
export function packetShareUrl(packet: Packet, site: URL | string): string {
  return absoluteUrl(urls.packet(packet.items.map((item) => item.id)), site);
}

/** A skill as the packet builder shows, finds and cites it. `path` is its URL from /ladder.json: absolute, or a path without RUNGS_SITE. */
export interface PacketSkill extends CitationSource {
  id: string;
  /** The description's first sentence, plain text. */
  summary: string;
  /** The whole description, Markdown: shown as plain paragraphs only when the skill's page can't be fetched. */
  description: string;
  aliases: string[];
}

/** The skills of /ladder.json, citable, in ladder order. */
export function packetSkills(ladder: LadderExport): PacketSkill[] {
  const levels = new Map(ladder.levels.map((level) => [level.id, level.title]));
  const skillSets = new Map(ladder.skillSets.map((skillSet) => [skillSet.id, skillSet.title]));
  return ladder.skills.map((skill) => ({
    id: skill.id,
    title: skill.title,
    path: skill.url,
    context: `${levels.get(skill.level) ?? skill.level} · ${skillSets.get(skill.skillSet) ?? skill.skillSet}`,
    summary: skill.summary,
    description: skill.description,
    aliases: skill.aliases,
  }));
}

/** Finds a skill by its id or by an old id it was renamed from. */
export function skillFinder(skills: PacketSkill[]): (id: string) => PacketSkill | undefined {
  const byId = new Map<string, PacketSkill>();
  for (const skill of skills) for (const alias of skill.aliases) byId.set(alias, skill);
  for (const skill of skills) byId.set(skill.id, skill);
  return (id) => byId.get(id);
}

/**
 * The packet with renamed skills under their current ids (a skill listed twice keeps both notes), and the items
 * whose skill is no longer in the ladder, so the reader can be told and keep their notes.
 */
export function resolvePacket(
  packet: Packet,
  find: (id: string) => PacketSkill | undefined,
): { packet: Packet; missing: PacketItem[] } {
  const items: PacketItem[] = [];
  const missing: PacketItem[] = [];
  for (const item of packet.items) {
    const skill = find(item.id);
    if (!skill) {
      missing.push(item);
      continue;
    }
    const kept = items.find((other) => other.id === skill.id);
    if (!kept) items.push({ id: skill.id, note: item.note });
    else if (item.note.trim()) kept.note = kept.note.trim() ? `${kept.note}\n\n${item.note}` : item.note;
  }
  return { packet: { ...packet, items }, missing };
}

/** A skill of the packet with the reader's note, ready to export. */
export interface PacketEntry {
  skill: PacketSkill;
  note: string;
}

const paragraphs = (note: string) =>
  note
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** A numbered Markdown list: each skill's citation, its note indented beneath it as the item's own paragraphs. */
export function packetMarkdown(entries: PacketEntry[], site: URL | string): string {
  return entries
    .map(({ skill, note }, i) => {
      const marker = `${i + 1}. `;
      const indent = ' '.repeat(marker.length);
      const body = paragraphs(note).map((p) => `\n\n${p.replace(/^/gm, indent)}`);
      return `${marker}${cite(skill, site).markdown}${body.join('')}`;
    })
    .join('\n\n')
    .concat('\n');
}

/** A numbered HTML list for rich-text pasting: each citation as a link, its note as paragraphs. */
export function packetHtml(entries: PacketEntry[], site: URL | string): string {
  const items = entries.map(({ skill, note }) => {
    const notes = paragraphs(note).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
    return `<li><p>${cite(skill, site).html}</p>${notes.join('')}</li>`;
  });
  return `<ol>${items.join('')}</ol>`;
}

/** The packet as plain text, for editors that take no formatting. */
export function packetText(entries: PacketEntry[], site: URL | string): string {
  return entries
    .map(({ skill, note }, i) => {
      const marker = `${i + 1}. `;
      const indent = ' '.repeat(marker.length);
      const body = paragraphs(note).map((p) => `\n${p.replace(/^/gm, indent)}`);
      return `${marker}${cite(skill, site).text}${body.join('\n')}`;
    })
    .join('\n\n')
    .concat('\n');
}
