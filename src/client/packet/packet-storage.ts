import {
  emptyPacket,
  packetStorageKey,
  parseStoredPacket,
  serializePacket,
  withRelease,
  type Packet,
} from '../../lib/packet/packet-state.ts';

// The packet in localStorage, shared by the packet page and the "Add to packet" buttons.

// Storage events reach other tabs only; this one tells the rest of the page (the header's count).
const savedEvent = 'rungs:packet-saved';

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

/** The saved packet, read without repairing it: only the packet page reports a corrupted one and resets it. */
export function peekPacket(): Packet {
  try {
    return parseStoredPacket(localStorage.getItem(packetStorageKey)).packet;
  } catch {
    return emptyPacket();
  }
}

/** Saves the packet, recording the ladder's latest release when it gets its first skill; returns what went wrong, if anything. */
export function writePacket(packet: Packet): string | undefined {
  try {
    localStorage.setItem(
      packetStorageKey,
      serializePacket(withRelease(packet, document.documentElement.dataset.latestRelease)),
    );
    window.dispatchEvent(new Event(savedEvent));
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

/** Calls back when this page saves the packet (changes from other tabs arrive through onPacketChange). */
export function onPacketSaved(callback: () => void): void {
  window.addEventListener(savedEvent, callback);
}
