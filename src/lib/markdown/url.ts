// The one rule for every URL a content file gives: in bodies and notes, further reading, reading lists and so in
// every export. Anything a browser could run or that reaches outside the web (javascript:, data:, file:, vbscript:,
// protocol-relative //host) is refused at build time, so the sanitiser behind it is only a second line of defence.

/** The URL schemes content may link to; everything else must be site-relative ("/skills/x/") or a "#fragment". */
const allowedProtocols = ['https', 'http', 'mailto'] as const;

const scheme = /^([a-z][a-z0-9+.-]*):/i;

/** A URL's scheme, lowercase ("https", "mailto"); undefined for a path, a fragment or a relative link. */
export function schemeOf(url: string): string | undefined {
  return scheme.exec(url)?.[1].toLowerCase();
}

/** Whether a content URL may be published: https:, http:, mailto:, a site-relative path or an in-page #fragment. */
export function isAllowedUrl(url: string): boolean {
  // Browsers ignore tabs and newlines inside a URL and strip leading control characters and spaces.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  if (cleaned !== url.trim() || cleaned === '') return false;
  const protocol = schemeOf(cleaned);
  if (protocol)
    return (
      (allowedProtocols as readonly string[]).includes(protocol) &&
      (protocol === 'mailto' || /^https?:\/\/[^/\s]/i.test(cleaned))
    );
  return (cleaned.startsWith('/') && !cleaned.startsWith('//') && !cleaned.startsWith('/\\')) || /^#./.test(cleaned);
}

/** Why a URL is refused, in words an editor can act on. */
export function urlProblem(url: string): string {
  return `is not a link the site publishes: use an https:, http: or mailto: address, a site-relative path such as "/skills/basic-sql/", or a "#section" (${JSON.stringify(url)} was given)`;
}
