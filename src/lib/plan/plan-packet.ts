// From plan to promotion packet in one step: the skills with evidence, each with its notes and entries as the packet's note.
import { withRelease, type Packet, type PacketItem } from '../packet/packet-state.ts';
import type { Evidence, Plan } from './plan-schema.ts';

/** One evidence entry as a line of a packet note: its date, its note, its link. */
const evidenceLine = (entry: Evidence) => [entry.date, entry.note, entry.link].filter(Boolean).join(' — ');

/**
 * The packet with the plan's skills that have evidence added after those it holds, in the plan's order, each note
 * the skill's notes then its dated entries, a paragraph each; a skill already in the packet gets the evidence after its note. The
 * packet records the plan's release when it had none. Save it with the packet's own `serializePacket`.
 */
export function packetFromPlan(plan: Plan, existing: Packet = { items: [] }): Packet {
  const items: PacketItem[] = existing.items.map((item) => ({ ...item }));
  for (const [id, skill] of Object.entries(plan.skills)) {
    const paragraphs = [skill.notes.trim(), ...skill.evidence.map(evidenceLine)].filter(Boolean);
    if (paragraphs.length === 0) continue;
    const note = paragraphs.join('\n\n');
    const kept = items.find((item) => item.id === id);
    if (!kept) items.push({ id, note });
    else if (!kept.note.includes(note)) kept.note = kept.note.trim() ? `${kept.note}\n\n${note}` : note;
  }
  return withRelease({ ...existing, items }, plan.release ?? undefined);
}
