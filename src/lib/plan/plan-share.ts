// A plan carried in a link's fragment (`#plan=…`): browsers never send the fragment to a server, so sharing a plan
// sends it nowhere but to the person who opens the link. The plan is the same versioned document as the JSON file,
// deflated where the browser can (CompressionStream) and written in base64url; opening it validates it the same way
// (plan-file.ts's `planFromFragment`, in the page's reading worker).
import type { Plan } from './plan-schema.ts';

const fragmentKey = 'plan=';
/** The first character of the payload says how it is written: deflated JSON, or plain JSON where no compression. */
const deflated = 'z';
const plain = 'j';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/**
 * The plan as a share link carries it. Each skill's text as planned is left out ("" in the link): the plan was brought
 * up to the ladder when it was opened, so its texts are the ladder's own, and `planFromFragment` puts them back from
 * the ladder's texts; a retired skill, which the ladder no longer has, keeps its text. Without notes, every skill keeps
 * its standing but no notes or evidence, and the retired skills are left out, so nothing the reader wrote travels.
 */
export function sharedPlan(plan: Plan, options: { notes: boolean }): Plan {
  const skills: Plan['skills'] = {};
  for (const [id, skill] of Object.entries(plan.skills))
    skills[id] = options.notes ? { ...skill, text: '' } : { ...skill, text: '', notes: '', evidence: [] };
  return { ...plan, skills, retired: options.notes ? plan.retired : {} };
}

/**
 * The fragment of a link carrying the plan, `#plan=…`, with or without its notes. `compress` is for tests of the
 * plain form; by default the plan is deflated wherever the browser has CompressionStream.
 */
export async function shareFragment(plan: Plan, options: { notes: boolean; compress?: boolean }): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(sharedPlan(plan, options)));
  const compress = options.compress ?? typeof CompressionStream === 'function';
  const payload = compress
    ? deflated + toBase64Url(await transform(json, new CompressionStream('deflate-raw')))
    : plain + toBase64Url(json);
  return `#${fragmentKey}${payload}`;
}

/** Whether a location's hash carries a plan, so the page opens it read-only. */
export const hasSharedPlan = (hash: string): boolean => hash.replace(/^#/, '').startsWith(fragmentKey);

/**
 * The document a `#plan=…` fragment carries, not yet checked as a plan (plan-file.ts's `planFromFragment` does), or
 * what is wrong with the link.
 */
export async function fragmentData(hash: string): Promise<{ data: unknown } | { problems: string[] }> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(fragmentKey)) return { problems: ['This link carries no plan.'] };
  const payload = fragment.slice(fragmentKey.length);
  const broken = {
    problems: ['This plan link is damaged (perhaps cut short when it was copied): ask for the link again.'],
  };
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(payload.slice(1));
    if (payload.startsWith(deflated)) {
      if (typeof DecompressionStream !== 'function')
        return { problems: ['This browser can’t open compressed plan links: open the link in a current browser.'] };
      bytes = await transform(bytes, new DecompressionStream('deflate-raw'));
    } else if (!payload.startsWith(plain)) return broken;
  } catch {
    return broken;
  }
  try {
    return { data: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return broken;
  }
}
