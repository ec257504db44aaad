// What every reader of a ladder's structure produces, whatever the source (a Markdown or HTML document, YAML or JSON
// data, a CSV/TSV export or an .xlsx workbook): levels (the columns), competencies (the rows) and the cells between.
// The importer weighs the readings it can make of one source, prints the chosen one as a grid next to the runner-up,
// and turns it into content files. A reader never writes files and never decides alone: it proposes readings.

/** Where something was read: a document's line, or a spreadsheet's cell ("Levels!C4"). */
export interface SourcePlace {
  line?: number;
  cell?: string;
}

export interface ReadLevel extends SourcePlace {
  title: string;
  track?: 'engineering' | 'management';
  /** An "all levels" section: expected at every level of its track. */
  baseline?: boolean;
  /** Prose the source gives about the level itself, not about one competency (Markdown). */
  intro?: string;
}

export interface ReadCompetency extends SourcePlace {
  title: string;
  /** The category the source groups it under ("Technical skills"), if any. */
  group?: string;
  /** Prose the source gives about the competency itself, not about one level (Markdown). */
  intro?: string;
}

/** One competency's expectations at one level: indexes into `levels` and `competencies`. */
export interface ReadCell extends SourcePlace {
  level: number;
  competency: number;
  /** Each expectation as Markdown prose; a cell with several is published as a list. */
  expectations: string[];
}

export interface MatrixReading {
  /** The reading's name: the value of `--reading` and of the import config's `reading:` key that chooses it. */
  reading: string;
  /** What this reading takes the source to be, in a few words, for the list of candidate readings. */
  describe: string;
  title?: { text: string } & SourcePlace;
  /** Prose about the ladder as a whole (Markdown), published as its introduction. */
  introduction?: string;
  levels: ReadLevel[];
  competencies: ReadCompetency[];
  cells: ReadCell[];
  /** Parts of the source that are not the grid (a time split, a legend, notes), kept as prose, never dropped. */
  prose: ({ text: string; where: string } & SourcePlace)[];
  warnings: ({ message: string } & SourcePlace)[];
  /** Read from data (YAML or JSON front matter, a data file, a spreadsheet) rather than from prose. */
  fromData?: boolean;
}
