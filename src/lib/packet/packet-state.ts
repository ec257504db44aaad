// The packet builder's state as pure functions: the scripts on /packet/ and on skill pages only read and write the
// browser's storage and the page. What the packet cites and exports is in packet-export.ts, loaded on /packet/ only.
import { isId } from '../content/content-layout.ts';

/** Where the packet is kept in the browser's localStorage. */
export const packetStorageKey = 'rungs:packet';

export interface PacketItem {
  id: string;
  /** The reader's evidence for this skill; stays in the browser, never in a shared URL. */
  note: string;
}

export interface Packet {
  items: PacketItem[];
  /** The id of the ladder's release the packet was made against (its latest when the first skill went in). */
  release?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function emptyPacket(): Packet {
  return { items: [] };
}

/** The packet as stored: versioned, so a future shape can still read this one (version 1 had no release). */
export function serializePacket(packet: Packet): string {
  return JSON.stringify({ version: 2, ...(packet.release ? { release: packet.release } : {}), items: packet.items });
}

/** The packet with the release it is made against: kept once recorded, set when it gets its first skill, gone when empty. */
export function withRelease(packet: Packet, latestRelease: string | undefined): Packet {
  if (packet.items.length === 0) return { items: packet.items };
  return packet.release || !latestRelease ? packet : { ...packet, release: latestRelease };
}

/** Why one stored item can't be read, or undefined when it can. */
function unreadableItem(item: unknown): string | undefined {
  if (!isRecord(item)) return 'it is not in the expected form';
  if (typeof item.id !== 'string' || !isId(item.id))
    return `its skill id ${JSON.stringify(item.id ?? null)} is not a skill id`;
  if (item.note !== undefined && typeof item.note !== 'string') return 'its note is not text';
  return undefined;
}

/**
 * The packet kept in storage. A stored packet that can't be read at all gives an empty packet; an item that can't be
 * read is left out on its own. Either way `problem` tells the reader what was lost, quoting any note so that no
 * evidence disappears without a word.
 */
export function parseStoredPacket(raw: string | null): { packet: Packet; problem?: string } {
  if (raw === null || raw === '') return { packet: emptyPacket() };
  const reset = (why: string) => ({
    packet: emptyPacket(),
    problem: `Your saved packet couldn't be read (${why}), so it was reset.`,
  });
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return reset('it is not valid JSON');
  }
  if (!isRecord(data) || (data.version !== 1 && data.version !== 2) || !Array.isArray(data.items))
    return reset('it is not in the expected form');
  const release =
    data.version === 2 && typeof data.release === 'string' && isId(data.release) ? { release: data.release } : {};
  const items: PacketItem[] = [];
  const dropped: string[] = [];
  data.items.forEach((item: unknown, i: number) => {
    const why = unreadableItem(item);
    if (why) {
      const note =
        isRecord(item) && typeof item.note === 'string' && item.note.trim()
          ? ` Its note was: “${item.note.trim()}”`
          : '';
      dropped.push(`Skill ${i + 1} of your saved packet couldn't be read (${why}), so it was left out.${note}`);
      return;
    }
    const { id, note = '' } = item as { id: string; note?: string };
    if (!items.some((kept) => kept.id === id)) items.push({ id, note });
  });
  return dropped.length > 0
    ? { packet: { ...release, items }, problem: dropped.join(' ') }
    : { packet: { ...release, items } };
}

export const hasSkill = (packet: Packet, id: string) => packet.items.some((item) => item.id === id);

export function addSkill(packet: Packet, id: string): Packet {
  return hasSkill(packet, id) ? packet : { ...packet, items: [...packet.items, { id, note: '' }] };
}

export function removeSkill(packet: Packet, id: string): Packet {
  return { ...packet, items: packet.items.filter((item) => item.id !== id) };
}

/** Moves a skill `offset` places (negative is up), stopping at either end. */
export function moveSkill(packet: Packet, id: string, offset: number): Packet {
  const from = packet.items.findIndex((item) => item.id === id);
  if (from < 0) return packet;
  const to = Math.min(packet.items.length - 1, Math.max(0, from + offset));
  const items = [...packet.items];
  items.splice(to, 0, ...items.splice(from, 1));
  return { ...packet, items };
}

export function setNote(packet: Packet, id: string, note: string): Packet {
  return { ...packet, items: packet.items.map((item) => (item.id === id ? { ...item, note } : item)) };
}

/** The skill ids of a shared packet URL's `?skills=a,b`, or undefined when the URL shares none. */
export function skillIdsFromQuery(search: string): string[] | undefined {
  const value = new URLSearchParams(search).get('skills');
  if (value === null) return undefined;
  return [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter(isId),
    ),
  ];
}

/** A packet made from shared skill ids, keeping the notes this browser already has for any of them. */
export function packetFromIds(ids: string[], notesFrom: Packet = emptyPacket()): Packet {
  return { items: ids.map((id) => ({ id, note: notesFrom.items.find((item) => item.id === id)?.note ?? '' })) };
}

export function sameSkills(packet: Packet, ids: string[]): boolean {
  return packet.items.length === ids.length && packet.items.every((item, i) => item.id === ids[i]);
}
