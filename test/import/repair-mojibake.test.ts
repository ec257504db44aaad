import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/lib/import/repair-mojibake.ts';

describe('repairing mojibake', () => {
  it.each([
    ['itâ€™s', 'it’s'],
    ['â€œquotedâ€\u009d and â€œmoreâ€\u009d', '“quoted” and “more”'],
    ['a â€“ dash and an â€” em dash', 'a – dash and an — em dash'],
    ['cafÃ© and naÃ¯ve', 'café and naïve'],
    ['ellipsisâ€¦', 'ellipsis…'],
  ])('%s → %s', (broken, fixed) => {
    expect(repairMojibake(broken).text).toBe(fixed);
  });

  it('leaves genuine accented and typographic text alone', () => {
    const text = 'café, naïve, “quoted”, it’s — fine… 18 Aug 2024 © ½';
    expect(repairMojibake(text)).toEqual({ text, repairedLines: [] });
  });

  it('reports the lines it repaired', () => {
    expect(repairMojibake('fine\nitâ€™s\nfine\nweâ€™re').repairedLines).toEqual([2, 4]);
  });

  it('repairs the skills-matrix document (its copy in content/sources/) without a list of replacements', () => {
    const source = readFileSync('content/sources/org-skills-matrix.md', 'utf8');
    const { text, repairedLines } = repairMojibake(source);
    expect(repairedLines.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/â€|Ã/);
    expect(text).toContain('it’s appropriately broken down');
  });
});
