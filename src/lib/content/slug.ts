/**
 * A readable lowercase ASCII id from a title: "Pairing/teaming driver" → "pairing-teaming-driver",
 * "“Yes, and...”" → "yes-and", "Your team's codebase" → "your-teams-codebase".
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
