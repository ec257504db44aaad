import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/validate-ladder.ts';
import { readLadderFolders } from '../helpers/read-content.ts';

// test/fixtures/hostile holds one file (or field) per class of hostile or careless edit, over the valid fixture ladder.
const hostile = 'test/fixtures/hostile';
const at = (file: string, line?: number) => `${hostile}/${file}${line ? `:${line}` : ''}: `;

/** Every problem the hostile overlay must produce, each naming its file, line (where it has one) and field. */
const expected: [string, RegExp][] = [
  // Code and markup in bodies and prose fields
  [
    at('skills/raw-script.md', 9),
    /^body has raw HTML \(<script…\), which content may not contain: write it in Markdown/,
  ],
  [at('skills/raw-iframe.md', 9), /^body has raw HTML \(<iframe…\)/],
  [at('skills/event-handler.md', 7), /^body has raw HTML \(<span…\)/],
  [at('skills/raw-style.md', 9), /^body has raw HTML \(<style…\)/],
  [at('skills/raw-form.md', 9), /^body has raw HTML \(<form…\)/],
  [at('skills/meta-refresh.md', 9), /^body has raw HTML \(<meta…\)/],
  [at('skills/tracking-image.md', 9), /^body has an image, which the site does not publish/],
  [at('levels/second-software-engineers.yaml', 5), /^intro has raw HTML \(<script…\)/],
  [at('skills/unsafe-excluded-note.md', 7), /^excluded\.note has raw HTML \(<iframe…\)/],
  [at('ladder.yaml', 7), /^disclaimer has raw HTML \(<a…\)/],
  // URLs, wherever they are given
  [
    at('skills/javascript-link.md', 7),
    /^body has a link that is not a link the site publishes: .*"javascript:alert\(1\)" was given/,
  ],
  [at('skills/data-link.md', 7), /^body has a link .*"data:text\/html;base64,/],
  [at('skills/file-link.md', 7), /^body has a link .*"file:\/\/\/etc\/passwd" was given/],
  [at('skills/vbscript-definition.md', 9), /^body has a link .*"vbscript:msgbox\(1\)" was given/],
  [at('skills/protocol-relative-link.md', 7), /^body has a link .*"\/\/evil\.example\/" was given/],
  [
    at('skills/javascript-further-reading.md', 8),
    /^furtherReading\[0\]\.url "javascript:alert\(1\)" is not a link the site publishes/,
  ],
  [at('skill-sets/linked-skill-set.yaml', 5), /^intro has a link .*"javascript:alert\(1\)" was given/],
  [
    at('ladders/outside/ladder.yaml', 4),
    /^readingList\[0\]\.url "data:text\/html,hi" is not a link the site publishes/,
  ],
  [at('ladders/outside/skills/item.md', 7), /^body has a link .*"file:\/\/\/tmp\/x" was given/],
  // Files no collection reads, and file names that are not ids
  [at('skills/extra-skill.mdx'), /^is not read: a skill is a \.md file; rename it to skills\/extra-skill\.md\.$/],
  [
    at('levels/staff-engineers.yml'),
    /^is not read: a level is a \.yaml file; rename it to levels\/staff-engineers\.yaml\.$/,
  ],
  [at('skills/sub/nested.md'), /^is not read: skills\/ has no subfolders; move it to skills\/nested\.md\.$/],
  [
    at('notes.txt'),
    /^is not read: a ladder's folder holds ladder\.yaml, levels\/<id>\.yaml, .*; move it to sources\/ if it is a source document\.$/,
  ],
  [
    at('skills/Spaced Id.md'),
    /^file name "Spaced Id" is not a lowercase slug \(the file name is the id and the URL\): rename the file to "spaced-id\.md"\.$/,
  ],
  [at('skills/BasicSQL.md'), /^file name "BasicSQL" is not a lowercase slug .*"basicsql\.md"/],
  [at('skills/rocket-🚀.md'), /^file name "rocket-🚀" is not a lowercase slug .*"rocket\.md"/],
  // Maintainers' pages: only pages/about.mdx and pages/guides/<id>.mdx are published, and only those may be MDX
  [at('pages/guides/draft.md'), /^is not read: a page is an \.mdx file; rename it to pages\/guides\/draft\.mdx\.$/],
  [
    at('pages/team.mdx'),
    /^is not published: pages\/ holds about\.mdx \(the About page\) and guides\/<id>\.mdx \(a guide at \/guides\/<id>\/\); move it to pages\/guides\/team\.mdx if it is a guide\.$/,
  ],
  [
    at('pages/guides/drafts/nested.mdx'),
    /^is not read: guides\/ has no subfolders; move it to pages\/guides\/nested\.mdx\.$/,
  ],
  [
    at('pages/guides/Promotion Guide.mdx'),
    /^file name "Promotion Guide" is not a lowercase slug \(the file name is the guide's id and URL\): rename the file to "promotion-guide\.mdx"\.$/,
  ],
  // YAML and schema errors, at their line, in words
  [at('ladders/outside/ladder.yaml', 5), /^updated "2024-02-30" must be a real date written YYYY-MM-DD/],
  [
    at('levels/broken-level.yaml', 4),
    /^YAML is not valid: a bracket or quote opened on this line is not closed \(Flow sequence in block collection must be sufficiently indented and end with a \]\)\.$/,
  ],
  [
    at('levels/unclosed-quote.yaml', 1),
    /^YAML is not valid: a bracket or quote opened on this line is not closed \(Missing closing "quote\)\.$/,
  ],
  [at('skill-sets/duplicate-key.yaml', 2), /^YAML is not valid: Map keys must be unique\.$/],
  [at('skills/broken-frontmatter-yaml.md', 6), /^YAML is not valid: /],
  [at('skills/no-frontmatter.md', 1), /^frontmatter is missing: start the file with a line "---"/],
  [at('skills/missing-title.md'), /^title is required\.$/],
  [at('skills/wrong-type.md', 5), /^order must be a number, not string "two"\.$/],
  [at('skills/misspelt-field.md', 6), /^seeAslo is not a field here: remove it or check its spelling\.$/],
  [at('skills/both-targets.md', 8), /^seeAlso\[1\] must give exactly one of skill, skillSet or unresolved\.$/],
  [
    at('skills/bad-id-target.md', 7),
    /^seeAlso\[0\]\.skill "Spike Solutions" must be a lowercase ASCII slug such as "basic-sql"\.$/,
  ],
  // Integrity
  // A duplicate is reported at the file read second, in path order, naming the first: here the fixture ladder's.
  [
    'test/fixtures/ladder/skills/spike-solutions.md:2: ',
    /^title "Spike solutions" is also the title of the skill in test\/fixtures\/hostile\/skills\/double-space-title\.md \("Spike {2}solutions", differing only in case, spaces or dashes\)\.$/,
  ],
  [
    'test/fixtures/ladder/skills/self-starter.md:2: ',
    /^title "Self-starter" is also the title of the skill in test\/fixtures\/hostile\/skills\/non-breaking-hyphen-title\.md \("Self\u2011starter"/,
  ],
  [
    'test/fixtures/ladder/levels/software-engineers.yaml:3: ',
    /^rank "1" is also the rank of test\/fixtures\/hostile\/levels\/second-software-engineers\.yaml in the engineering track/,
  ],
  [at('skills/repeated-see-also.md', 9), /^seeAlso\[2\] "spike-solutions" is already seeAlso\[0\]: name it once\.$/],
  [
    at('skills/repeated-excluded.md', 8),
    /^excluded\.skills\[1\] "self-starter" is already excluded\.skills\[0\]: name it once\.$/,
  ],
  [
    at('skills/repeated-further-reading.md', 8),
    /^furtherReading\[1\] "Explore {2}It!" is already furtherReading\[0\]: name it once\.$/,
  ],
  [at('skills/see-also-heading.md', 9), /^body heading "See also" is a section the page adds itself \(#see-also\)/],
  [
    at('skills/further-reading-heading.md', 9),
    /^body heading "Further Reading" is a section the page adds itself \(#further-reading\)/,
  ],
];

describe('reading hostile and careless content', () => {
  const { errors, primary: main } = readLadderFolders('test/fixtures/ladder', hostile);
  const messages = errors.map(formatProblem);

  it.each(expected)('reports %s…', (where, message) => {
    const matching = messages.filter((m) => m.startsWith(where) && message.test(m.slice(where.length)));
    expect(matching, messages.filter((m) => m.startsWith(where)).join('\n')).toHaveLength(1);
  });

  it('reports every problem of every file in one run, and nothing else', () => {
    expect(expected.length).toBeGreaterThanOrEqual(45);
    expect(messages).toHaveLength(expected.length);
  });

  it('still reads the valid files, so their references are not reported as dangling', () => {
    expect(main?.skills.map((s) => s.id)).toContain('spike-solutions');
    expect(messages.filter((m) => m.includes('is not a skill'))).toEqual([]);
  });
});
