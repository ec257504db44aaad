/**
 * A short fingerprint of a skill's Markdown (FNV-1a, 32 bits, 8 hex digits), insensitive to whitespace as the word
 * diff is: the plan page embeds one per skill to notice rewording without shipping every skill's whole text.
 */
export function textFingerprint(markdown: string): string {
  const text = markdown.trim().replace(/\s+/g, ' ');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
