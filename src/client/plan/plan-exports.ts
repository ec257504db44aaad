import { urls, type LadderUrls } from '../../lib/links/urls.ts';
import { planCsv, planJson, planMarkdown } from '../../lib/plan/plan-export.ts';
import { packetFromPlan } from '../../lib/plan/plan-packet.ts';
import type { Plan } from '../../lib/plan/plan-schema.ts';
import type { RequirementSet } from '../../lib/plan/requirements.ts';
import { readPacket, writePacket } from '../packet/packet-storage.ts';
import { download } from './dom.ts';

// The plan's exports, loaded when the reader first asks for one: files made in the browser, and the packet.

/** Runs one export of the plan; returns what to tell the reader. */
export function exportPlan(kind: string, plan: Plan, set: RequirementSet, ladderUrls: LadderUrls): string {
  if (kind === 'json') {
    download(`${plan.id}.json`, 'application/json', planJson(plan));
    return `Saved ${plan.id}.json: import it here, or in another browser, to get this plan back.`;
  }
  if (kind === 'markdown') {
    download(
      `${plan.id}.md`,
      'text/markdown',
      planMarkdown(plan, set, (id) => new URL(ladderUrls.skill(id), location.href).href),
    );
    return `Saved ${plan.id}.md.`;
  }
  if (kind === 'csv') {
    download(`${plan.id}.csv`, 'text/csv', planCsv(plan, set));
    return `Saved ${plan.id}.csv, one row per skill, for a spreadsheet.`;
  }
  const { packet, problem } = readPacket();
  const next = packetFromPlan(plan, packet);
  const failed = writePacket(next);
  if (failed ?? problem) return (failed ?? problem)!;
  location.assign(urls.packet());
  return `Made a packet of ${next.items.length} skills.`;
}
