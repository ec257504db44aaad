import { describe, expect, it } from 'vitest';
import { cellExpectations } from '../../../src/lib/import/grid/cell-expectations.ts';
import { cellAddress, columnLetters, type Grid } from '../../../src/lib/import/grid/grid.ts';
import { readingsOfGrid } from '../../../src/lib/import/grid/readings-of-grid.ts';
import type { MatrixReading } from '../../../src/lib/import/matrix/matrix-reading.ts';
import { expectTextKept } from './text-kept.ts';

/** A grid as a Markdown table would hand it over: each row on its own line, from line 10. */
function grid(rows: string[][]): Grid {
  return {
    where: 'the table at line 10',
    rows: rows.map((cells, row) => cells.map((text) => ({ text, line: 10 + row }))),
  };
}

const reading = (readings: MatrixReading[], name: string) => {
  const found = readings.find((candidate) => candidate.reading === name);
  expect(found, `a reading named ${name} among ${readings.map((r) => r.reading).join(', ')}`).toBeDefined();
  return found!;
};

/** Each cell as "competency @ level: expectations", for assertions that read like the table. */
const cellsOf = (read: MatrixReading) =>
  read.cells.map(
    (cell) =>
      `${read.competencies[cell.competency].title} @ ${read.levels[cell.level].title}: ${cell.expectations.join(' | ')}`,
  );

describe('a grid with levels across and competencies down', () => {
  const rows = [
    ['Canal boat crew ladder'],
    ['Area', 'Competency', 'Deckhand', 'Mate', 'Skipper'],
    ['Boat handling', 'Locks', 'Works a paddle with the skipper watching', 'Takes the boat through a lock', ''],
    ['', 'Mooring', 'Ties a centre line\nCoils ropes on the roof', 'Moors in a cross wind', 'Chooses safe moorings'],
    [
      'People',
      'Passengers',
      'Greets passengers; shows the life jackets; points out the exits',
      'Briefs passengers',
      'Handles a complaint',
    ],
    ['Legend: a blank cell means nothing new is expected at that level.'],
  ];
  const readings = readingsOfGrid(grid(rows));

  it('reads levels across, competencies down, and the area column as their groups', () => {
    const read = reading(readings, 'levels-as-columns');
    expect(read.levels.map((level) => level.title)).toEqual(['Deckhand', 'Mate', 'Skipper']);
    expect(read.competencies.map((c) => [c.group, c.title])).toEqual([
      ['Boat handling', 'Locks'],
      ['Boat handling', 'Mooring'],
      ['People', 'Passengers'],
    ]);
    expect(cellsOf(read)).toEqual([
      'Locks @ Deckhand: Works a paddle with the skipper watching',
      'Locks @ Mate: Takes the boat through a lock',
      'Mooring @ Deckhand: Ties a centre line | Coils ropes on the roof',
      'Mooring @ Mate: Moors in a cross wind',
      'Mooring @ Skipper: Chooses safe moorings',
      'Passengers @ Deckhand: Greets passengers | shows the life jackets | points out the exits',
      'Passengers @ Mate: Briefs passengers',
      'Passengers @ Skipper: Handles a complaint',
    ]);
  });

  it('places levels, competencies and cells at their lines, and offers the row above as the title', () => {
    const read = reading(readings, 'levels-as-columns');
    expect(read.title).toEqual({ text: 'Canal boat crew ladder', line: 10 });
    expect(read.levels[0].line).toBe(11);
    expect(read.competencies.map((c) => c.line)).toEqual([12, 13, 14]);
    expect(read.cells.find((cell) => cell.competency === 2 && cell.level === 1)?.line).toBe(14);
  });

  it('warns of an empty cell with its place, and keeps the legend as prose', () => {
    const read = reading(readings, 'levels-as-columns');
    expect(read.warnings).toEqual([
      { message: '"Locks" has no expectation at "Skipper" (line 12 is empty)', line: 12 },
    ]);
    expect(read.prose).toEqual([
      {
        text: 'Legend: a blank cell means nothing new is expected at that level.',
        where: 'below the table at line 10',
        line: 15,
      },
    ]);
    expectTextKept(
      rows.flat().filter((text) => !['Area', 'Competency'].includes(text)),
      read,
    );
  });

  it('does not read the table down when a column of groups stands beside the competencies', () => {
    expect(readings.map((r) => r.reading)).toEqual(['levels-as-columns']);
  });
});

describe('a corner reading "Area" or "Category" over a plain competencies × levels table', () => {
  it.each(['Area', 'Category'])('%s: reads the corner column as the competencies, both ways', (corner) => {
    const readings = readingsOfGrid(
      grid([
        [corner, 'Junior (L1)', 'Mid (L2)', 'Senior (L3)'],
        ['Tooling', 'Uses the editor the team set up.', 'Configures their own tools.', 'Improves the shared tools.'],
        ['Quality', 'Fixes the defects in their code.', 'Writes the tests first.', 'Reviews code for design.'],
      ]),
    );
    const across = reading(readings, 'levels-as-columns');
    expect(across.levels.map((level) => level.title)).toEqual(['Junior (L1)', 'Mid (L2)', 'Senior (L3)']);
    expect(across.competencies).toEqual([
      { title: 'Tooling', line: 11 },
      { title: 'Quality', line: 12 },
    ]);
    expect(cellsOf(across)[0]).toBe('Tooling @ Junior (L1): Uses the editor the team set up.');
    expect(reading(readings, 'levels-as-rows').levels.map((level) => level.title)).toEqual(['Tooling', 'Quality']);
  });
});

describe('a column describing each competency', () => {
  it("becomes the competency's intro, not a level", () => {
    const read = reading(
      readingsOfGrid(
        grid([
          ['Competency', 'Description', 'Junior', 'Senior'],
          ['Estimating', 'Saying how long work will take', 'Estimates a day of work', 'Estimates a quarter'],
          ['Reviewing', 'Reading the work of others', 'Reviews a small change', 'Reviews a design'],
        ]),
      ),
      'levels-as-columns',
    );
    expect(read.levels.map((level) => level.title)).toEqual(['Junior', 'Senior']);
    expect(read.competencies.map((c) => [c.title, c.intro])).toEqual([
      ['Estimating', 'Saying how long work will take'],
      ['Reviewing', 'Reading the work of others'],
    ]);
  });
});

describe('a second header row', () => {
  it('names each level by both rows, as the source does', () => {
    const read = reading(
      readingsOfGrid(
        grid([
          ['Level', 'L1', 'L2', 'L3'],
          ['Title', 'Apprentice', 'Journeyman', 'Master'],
          ['Carving', 'Carves a spoon', 'Carves a chair leg', 'Carves a lintel'],
          ['Finishing', 'Sands a board', 'Oils a table', 'French polishes a cabinet'],
        ]),
      ),
      'levels-as-columns',
    );
    expect(read.levels.map((level) => level.title)).toEqual(['L1 (Apprentice)', 'L2 (Journeyman)', 'L3 (Master)']);
    expect(read.competencies.map((c) => c.title)).toEqual(['Carving', 'Finishing']);
  });
});

describe('a grid that could be read either way', () => {
  const rows = [
    ['  Level  ', '  Splicing  ', '\tNavigation\t'],
    ['1', 'Splices an eye with help', 'Plots a course on a paper chart'],
    ['2', 'Splices a rope to a chain', 'Navigates by night'],
    ['3', 'Teaches splicing', ''],
  ];
  const readings = readingsOfGrid(grid(rows));

  it('proposes both readings, each with its own name and description', () => {
    expect(readings.map((r) => [r.reading, r.describe])).toEqual([
      ['levels-as-columns', 'the table at line 10: levels across (Splicing, Navigation), 3 competencies down'],
      ['levels-as-rows', 'the table at line 10: levels down (1, 2, 3), 2 competencies across'],
    ]);
  });

  it('reads levels named only by numbers as the source names them, with a warning, and trims padded headers', () => {
    const read = reading(readings, 'levels-as-rows');
    expect(read.levels.map((level) => level.title)).toEqual(['1', '2', '3']);
    expect(read.competencies.map((c) => c.title)).toEqual(['Splicing', 'Navigation']);
    expect(read.warnings.map((w) => w.message)).toEqual([
      'The levels are named only by numbers (1…3): they keep those names, as the source gives them',
      '"Navigation" has no expectation at "3" (line 13 is empty)',
    ]);
    expect(cellsOf(read)).toContain('Navigation @ 2: Navigates by night');
    expectTextKept(rows.flat().slice(1), read);
  });
});

describe('a grid with one row per cell', () => {
  it('finds the columns by their headers, gathers several rows of one cell, and orders numbered levels', () => {
    const rows = [
      ['Category', 'Skill', 'Level', 'Expectation'],
      ['Kitchen', 'Knife work', '2', 'Dices an onion evenly'],
      ['Kitchen', 'Knife work', '1', 'Holds the knife safely'],
      ['Kitchen', 'Knife work', '1', 'Keeps the board steady'],
      ['Service', 'Plating', '1', 'Wipes the rim of every plate'],
      ['Service', 'Plating', '2', ''],
    ];
    const readings = readingsOfGrid(grid(rows));
    expect(readings.map((r) => r.reading)).toEqual(['one-row-per-cell']);
    const [read] = readings;
    expect(read.levels.map((level) => level.title)).toEqual(['1', '2']);
    expect(read.competencies).toEqual([
      { title: 'Knife work', group: 'Kitchen', line: 11 },
      { title: 'Plating', group: 'Service', line: 14 },
    ]);
    expect(cellsOf(read)).toEqual([
      'Knife work @ 2: Dices an onion evenly',
      'Knife work @ 1: Holds the knife safely | Keeps the board steady',
      'Plating @ 1: Wipes the rim of every plate',
    ]);
    expect(read.warnings.map((w) => w.message)).toContain('"Plating" has no expectation at "2" (line 15 is empty)');
    expectTextKept(rows.slice(1).flat(), read);
  });

  it('finds the columns by which repeat when the headers do not name them, and says so', () => {
    const rows = [
      ['Who', 'When', 'What'],
      ['Gardening', 'Novice', 'Waters the beds in the morning'],
      ['Gardening', 'Expert', 'Plans the planting for the year ahead'],
      ['Compost', 'Novice', 'Turns the compost heap every week'],
      ['Compost', 'Expert', 'Balances greens and browns by eye'],
      ['Seeds', 'Novice', 'Labels every seed tray'],
      ['Seeds', 'Expert', 'Saves seed from the best plants'],
    ];
    const readings = readingsOfGrid(grid(rows));
    const read = reading(readings, 'one-row-per-cell');
    expect(read.describe).toContain('columns told by which repeat');
    expect(read.levels.map((level) => level.title)).toEqual(['Novice', 'Expert']);
    expect(read.competencies.map((c) => c.title)).toEqual(['Gardening', 'Compost', 'Seeds']);
    expect(read.cells).toHaveLength(6);
  });
});

describe('rows that are not the matrix', () => {
  it('takes a row spanning the table as the group of the rows below it', () => {
    const readings = readingsOfGrid(
      grid([
        ['Competency', 'Junior', 'Senior'],
        ['Technique', 'Technique', 'Technique'],
        ['Brushwork', 'Paints a flat wash', 'Paints a graded wash'],
        ['Colour', 'Mixes the primaries', 'Mixes a palette for a scene'],
        ['Studio', '', ''],
        ['Framing', 'Cuts a mount', 'Frames for an exhibition'],
      ]),
    );
    const read = reading(readings, 'levels-as-columns');
    expect(read.competencies.map((c) => `${c.group}/${c.title}`)).toEqual([
      'Technique/Brushwork',
      'Technique/Colour',
      'Studio/Framing',
    ]);
  });

  it('keeps the rows below a notes row as prose, never as competencies', () => {
    const rows = [
      ['Competency', 'Junior', 'Senior'],
      ['Brushwork', 'Paints a flat wash', 'Paints a graded wash'],
      ['Colour', 'Mixes the primaries', 'Mixes a palette for a scene'],
      ['Notes', 'Reviewed each spring', 'by the studio lead'],
    ];
    const read = reading(readingsOfGrid(grid(rows)), 'levels-as-columns');
    expect(read.competencies.map((c) => c.title)).toEqual(['Brushwork', 'Colour']);
    expect(read.prose.map((p) => p.text)).toEqual(['Notes — Reviewed each spring — by the studio lead']);
  });

  it('reads a competency whose name starts like a notes row as a competency', () => {
    const read = reading(
      readingsOfGrid(
        grid([
          ['Competency', 'Junior', 'Senior'],
          ['Brushwork', 'Paints a flat wash', 'Paints a graded wash'],
          ['Key lines', 'Draws a key line', 'Draws key lines for others'],
        ]),
      ),
      'levels-as-columns',
    );
    expect(read.competencies.map((c) => c.title)).toEqual(['Brushwork', 'Key lines']);
    expect(read.prose).toEqual([]);
  });

  it('reads a competency whose name spans several rows as one, its rows adding expectations', () => {
    const read = reading(
      readingsOfGrid(
        grid([
          ['Competency', 'Junior', 'Senior'],
          ['Glazing', 'Dips a pot evenly', 'Mixes a glaze from a recipe'],
          ['Glazing', 'Wipes the foot clean', ''],
          ['', '', 'Tests a glaze on a tile'],
          ['Throwing', 'Centres the clay', 'Throws a set of six bowls'],
        ]),
      ),
      'levels-as-columns',
    );
    expect(cellsOf(read)).toEqual([
      'Glazing @ Junior: Dips a pot evenly | Wipes the foot clean',
      'Glazing @ Senior: Mixes a glaze from a recipe | Tests a glaze on a tile',
      'Throwing @ Junior: Centres the clay',
      'Throwing @ Senior: Throws a set of six bowls',
    ]);
  });

  it('proposes no reading of a table with one row', () => {
    expect(readingsOfGrid(grid([['Competency', 'Junior', 'Senior']]))).toEqual([]);
  });
});

describe('the expectations of one cell', () => {
  it('splits lines, list items and a clear list of short phrases', () => {
    expect(cellExpectations('Sweeps the deck\nPaints the rail')).toEqual(['Sweeps the deck', 'Paints the rail']);
    expect(cellExpectations('- Sweeps the deck\n* Paints the rail\n• Oils the winch')).toEqual([
      'Sweeps the deck',
      'Paints the rail',
      'Oils the winch',
    ]);
    expect(cellExpectations('Sweeps; paints; oils the winch')).toEqual(['Sweeps', 'paints', 'oils the winch']);
  });

  it('keeps prose whole: two clauses joined by ";", and a line that continues the one before', () => {
    expect(cellExpectations('Sweeps the deck; the skipper checks it.')).toEqual([
      'Sweeps the deck; the skipper checks it.',
    ]);
    expect(cellExpectations('Sweeps the deck before the\npassengers come aboard')).toEqual([
      'Sweeps the deck before the passengers come aboard',
    ]);
  });
});

describe('places', () => {
  it('names cells as a spreadsheet does', () => {
    expect([columnLetters(0), columnLetters(25), columnLetters(26), columnLetters(701)]).toEqual([
      'A',
      'Z',
      'AA',
      'ZZ',
    ]);
    expect(cellAddress(3, 2, 'Levels')).toBe('Levels!C4');
    expect(cellAddress(0, 0, "Crew's ladder")).toBe("'Crew''s ladder'!A1");
  });
});
