import { addSkill, hasSkill, removeSkill } from '../../lib/packet/packet-state.ts';
import { announce } from '../citation/clipboard.ts';
import { onPacketChange, readPacket, writePacket } from './packet-storage.ts';

// "Add to packet" on a skill's page: the packet itself lives in localStorage and is edited on /packet/.

const tool = document.querySelector<HTMLElement>('[data-packet-tool]');
const toggle = tool?.querySelector<HTMLButtonElement>('[data-packet-toggle]');
const count = tool?.querySelector<HTMLAnchorElement>('[data-packet-count]');
const status = tool?.querySelector('[data-packet-status]');

if (tool && toggle && count && status) {
  const id = tool.dataset.skillId!;
  const title = tool.dataset.skillTitle!;
  const show = () => {
    const { packet } = readPacket();
    toggle.textContent = hasSkill(packet, id) ? 'Remove from packet' : 'Add to packet';
    const n = packet.items.length;
    count.textContent = n === 0 ? 'Open your packet' : `Open your packet (${n} ${n === 1 ? 'skill' : 'skills'})`;
  };
  const { problem } = readPacket();
  if (problem) announce(status, problem);
  show();
  onPacketChange(show);
  toggle.addEventListener('click', () => {
    const { packet } = readPacket();
    const adding = !hasSkill(packet, id);
    const next = adding ? addSkill(packet, id) : removeSkill(packet, id);
    const problem = writePacket(next);
    show();
    announce(status, problem ?? (adding ? `Added ${title} to your packet.` : `Removed ${title} from your packet.`));
  });
}
