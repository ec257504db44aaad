import { emptyPacket, packetStorageKey, parseStoredPacket, serializePacket, type Packet } from '../lib/packet.ts';

// The packet in localStorage, shared by the packet page and the "Add to packet" buttons.

const blocked = 'This browser doesn’t let the site keep data, so your packet lasts only until you leave this page.';

/** The saved packet; what could not be read of it is left out, saved so, and reported in `problem`. */
export function readPacket(): { packet: Packet; problem?: string } {
  let raw: string | null;
  try {
    raw = localStorage.getItem(packetStorageKey);
  } catch {
    return { packet: emptyPacket(), problem: blocked };
  }
  const read = parseStoredPacket(raw);
  if (read.problem) writePacket(read.packet);
  return read;
}

/** Saves the packet; returns what went wrong, if anything, for the reader. */
export function writePacket(packet: Packet): string | undefined {
  try {
    localStorage.setItem(packetStorageKey, serializePacket(packet));
    return undefined;
  } catch {
    return blocked;
  }
}

/** Calls back when another tab changes the packet. */
export function onPacketChange(callback: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === packetStorageKey || event.key === null) callback();
  });
}
