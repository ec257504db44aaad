import type { Packet } from '../../lib/packet/packet-state.ts';
import type { ChangesSince } from '../../lib/releases/changes-since.ts';
import { urls } from '../../lib/links/urls.ts';

// On /packet/: a packet made against an older release lists which of its skills changed since, with each change
// (a reword as its word diff, [-removed-] {+added+}).

/** Shows the packet's changed skills in the [data-packet-changes] section; nothing when it is of the latest release. */
export async function showChangesSince(packet: Packet): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-packet-changes]');
  const latest = document.documentElement.dataset.latestRelease;
  if (!section || !packet.release || !latest || packet.release === latest) return;
  let data: ChangesSince;
  try {
    const response = await fetch(urls.changesData());
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    data = await response.json();
  } catch {
    return;
  }
  const since = data.releases[packet.release];
  if (!since || !data.latest) return;
  const changed = packet.items.flatMap((item) => (since.skills[item.id] ? [since.skills[item.id]] : []));
  const text = section.querySelector<HTMLElement>('[data-packet-changes-text]')!;
  const list = section.querySelector<HTMLElement>('[data-packet-changes-list]')!;
  const link = Object.assign(document.createElement('a'), { href: urls.changes(), textContent: 'the change log' });
  text.replaceChildren(
    `Your packet was made against ${since.title}; the ladder is now ${data.latest.title}. `,
    changed.length === 0 ? 'None of its skills changed since. ' : `${changed.length} of its skills changed since. `,
    'See ',
    link,
    '.',
  );
  list.replaceChildren(
    ...changed.map((skill) => {
      const li = document.createElement('li');
      const changes = document.createElement('ul');
      changes.append(
        ...skill.changes.map((change) => Object.assign(document.createElement('li'), { textContent: change })),
      );
      li.append(Object.assign(document.createElement('strong'), { textContent: skill.title }), changes);
      return li;
    }),
  );
  section.hidden = false;
}
