import { onPacketChange, onPacketSaved, peekPacket } from './packet-storage.ts';

// The number of skills in the packet, beside the header's Packet link; kept current across tabs.
const count = document.querySelector<HTMLElement>('[data-packet-count]');

function show(): void {
  if (!count) return;
  const skills = peekPacket().items.length;
  count.hidden = skills === 0;
  if (skills === 0) return count.replaceChildren();
  const word = document.createElement('span');
  word.className = 'visually-hidden';
  word.textContent = skills === 1 ? ' skill' : ' skills';
  count.replaceChildren(String(skills), word);
}

if (count) {
  show();
  onPacketChange(show);
  onPacketSaved(show);
}
