import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingsOfHtmlTables } from '../../../src/lib/import/grid/read-html-tables.ts';
import type { MatrixReading } from '../../../src/lib/import/matrix/matrix-reading.ts';
import { expectTextKept } from './text-kept.ts';

const html = readFileSync('test/fixtures/import/data/rope-team.html', 'utf8');

const cellsOf = (read: MatrixReading) =>
  read.cells.map(
    (cell) =>
      `${read.competencies[cell.competency].title} @ ${read.levels[cell.level].title} (line ${cell.line}): ${cell.expectations.join(' | ')}`,
  );

describe('an HTML table with levels as rows named by numbers, <pre> headers, spans and empty cells', () => {
  const readings = readingsOfHtmlTables(html, 1);
  const down = readings.find((read) => read.reading === 'levels-as-rows')!;

  it('proposes levels down and levels across, the document heading as the title', () => {
    expect(readings.map((r) => [r.reading, r.describe])).toEqual([
      ['levels-as-columns', 'the table at line 7: levels across (Knots, Belaying, Route finding), 4 competencies down'],
      ['levels-as-rows', 'the table at line 7: levels down (1, 2, 3, 4), 3 competencies across'],
    ]);
    expect(down.title).toEqual({ text: 'Rope team ladder', line: 5 });
  });

  it('trims the padded <pre> headers and names the numbered levels as the source does, with a warning', () => {
    expect(down.competencies).toEqual([
      { title: 'Knots', line: 9 },
      { title: 'Belaying', line: 11 },
      { title: 'Route finding', line: 11 },
    ]);
    expect(down.levels.map((level) => `${level.title} line ${level.line}`)).toEqual([
      '1 line 14',
      '2 line 15',
      '3 line 16',
      '4 line 17',
    ]);
    expect(down.warnings[0].message).toBe(
      'The levels are named only by numbers (1…4): they keep those names, as the source gives them',
    );
  });

  it('expands rowspan and colspan, splits <br> and list items, and keeps emphasis and links as Markdown', () => {
    expect(cellsOf(down)).toEqual([
      'Knots @ 1 (line 14): Ties a **figure eight** with a partner checking | Names each knot on the harness',
      'Belaying @ 1 (line 14): Belays a climber on [top rope](https://example.org/top-rope)',
      'Route finding @ 1 (line 14): Follows the marked path',
      'Knots @ 2 (line 15): Ties the six knots of the course | Unties them when wet',
      'Belaying @ 2 (line 14): Belays a climber on [top rope](https://example.org/top-rope)',
      "Route finding @ 2 (line 15): Reads the guidebook's topo",
      'Belaying @ 3 (line 16): Belays a _lead_ climber and picks the line of the next pitch',
      'Route finding @ 3 (line 16): Belays a _lead_ climber and picks the line of the next pitch',
      'Knots @ 4 (line 17): Teaches knots to a new member',
      'Belaying @ 4 (line 17): Catches a lead fall softly',
      'Route finding @ 4 (line 17): Turns the team back when the weather turns',
    ]);
  });

  it('warns of the empty cell at its line and keeps the text around the table as prose', () => {
    expect(down.warnings.slice(1)).toEqual([
      { message: '"Knots" has no expectation at "3" (line 16 is empty)', line: 16 },
    ]);
    expect(down.prose).toEqual([
      {
        text: 'How a member of the rope team grows, one pitch at a time.',
        where: 'the document around its tables',
        line: 6,
      },
      {
        text: 'A level is reached when the team lead signs the logbook.',
        where: 'the document around its tables',
        line: 20,
      },
    ]);
    for (const read of readings)
      expectTextKept(
        [
          'Rope team ladder',
          'How a member of the rope team grows, one pitch at a time.',
          'Ties a figure eight with a partner checking',
          'Names each knot on the harness',
          'Follows the marked path',
          'Ties the six knots of the course',
          'Unties them when wet',
          "Reads the guidebook's topo",
          'Teaches knots to a new member',
          'Catches a lead fall softly',
          'Turns the team back when the weather turns',
          'A level is reached when the team lead signs the logbook.',
        ],
        read,
      );
  });

  it('never takes the <style> or the <title> of the head as text', () => {
    expect(readings.flatMap((read) => read.prose.map((prose) => prose.text)).join('\n')).not.toMatch(
      /padding|Rope team$/m,
    );
  });
});

describe('HTML blocks inside a Markdown document', () => {
  it('places cells at the document lines of the block, and names each of several tables', () => {
    const block = [
      '<table><tr><th>Skill</th><th>Apprentice</th><th>Journeyman</th></tr>',
      '<tr><td>Sawing</td><td>Saws to a line</td><td>Saws a tenon</td></tr></table>',
      '<table><tr><th>Skill</th><th>Foreman</th></tr>',
      '<tr><td>Scheduling</td><td>Plans the week</td></tr></table>',
    ].join('\n');
    const readings = readingsOfHtmlTables(block, 40);
    expect(readings.map((r) => r.reading)).toEqual([
      'levels-as-columns:table-1',
      'levels-as-rows:table-1',
      'levels-as-columns:table-2',
      'levels-as-rows:table-2',
    ]);
    expect(readings[0].cells.map((cell) => cell.line)).toEqual([41, 41]);
    expect(readings[2].levels).toEqual([{ title: 'Foreman', line: 42 }]);
    expect(readings[0].prose.map((prose) => prose.where)).toEqual(['the table at line 42']);
  });

  it('escapes Markdown in text but not in code', () => {
    const table =
      '<table><tr><th>Skill</th><th>Junior</th><th>Senior</th></tr>\n' +
      '<tr><td>Naming</td><td>Names files in snake_case</td><td>Writes <code>snake_case</code> rules</td></tr></table>';
    expect(readingsOfHtmlTables(table, 1)[0].cells.map((cell) => cell.expectations)).toEqual([
      ['Names files in snake\\_case'],
      ['Writes `snake_case` rules'],
    ]);
  });

  it('offers the <title> as the title when no heading gives one', () => {
    const page =
      '<html><head><title>Forge ladder</title></head><body><table><tr><th>Skill</th><th>Junior</th><th>Senior</th></tr>\n<tr><td>Welding</td><td>Tacks a joint</td><td>Welds a gate</td></tr></table></body></html>';
    expect(readingsOfHtmlTables(page, 1)[0].title).toEqual({ text: 'Forge ladder', line: 1 });
  });

  it('proposes nothing when the HTML has no table', () => {
    expect(readingsOfHtmlTables('<p>Just a paragraph.</p>', 3)).toEqual([]);
  });
});
