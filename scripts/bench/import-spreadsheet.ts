// What reading and importing a big spreadsheet costs: npm run bench:import [-- --competencies 500 --levels 10 --runs 5]
// Writes a workbook (and the same grid as CSV) of competencies × levels into a temp folder, then reads each, and
// imports the workbook to content files, each in a fresh process, so the peak memory
// (process.resourceUsage().maxRSS) is that work's own and not the generator's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { importLadderData } from '../../src/lib/import/data/import-ladder-data.ts';
import { readingsOfData } from '../../src/lib/import/data/readings-of-data.ts';
import { readImportDocument, writeContent } from '../import-ladder-files.ts';

const { values } = parseArgs({
  options: {
    competencies: { type: 'string', default: '500' },
    levels: { type: 'string', default: '10' },
    runs: { type: 'string', default: '5' },
    /** Internal: read this file and print what it cost, as JSON. */
    read: { type: 'string' },
    /** Internal: import this file into the folder --out and print what it cost, as JSON. */
    import: { type: 'string' },
    out: { type: 'string' },
  },
});

interface ReadCost {
  milliseconds: number[];
  maxRssMegabytes: number;
  /** The process's resident memory before the first read, with the reader's modules loaded: what the read adds is above it. */
  baselineRssMegabytes: number;
  readings: string[];
  cells: number;
}

async function readAndMeasure(file: string, runs: number): Promise<ReadCost> {
  const bytes = new Uint8Array(readFileSync(file));
  const baselineRssMegabytes = process.memoryUsage().rss / 1024 / 1024;
  const milliseconds: number[] = [];
  let readings: Awaited<ReturnType<typeof readingsOfData>> = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    readings = await readingsOfData(file, bytes);
    milliseconds.push(performance.now() - start);
  }
  return {
    milliseconds,
    maxRssMegabytes: process.resourceUsage().maxRSS / 1024,
    baselineRssMegabytes,
    readings: readings.map((reading) => reading.reading),
    cells: readings[0]?.cells.length ?? 0,
  };
}

interface ImportCost {
  importMilliseconds: number;
  writeMilliseconds: number;
  files: number;
  maxRssMegabytes: number;
  baselineRssMegabytes: number;
  choice: string;
}

/** The whole import as the command runs it: read, weigh, build the content, write its files. */
async function importAndMeasure(file: string, out: string): Promise<ImportCost> {
  const baselineRssMegabytes = process.memoryUsage().rss / 1024 / 1024;
  const start = performance.now();
  const { files, choice } = await importLadderData(readImportDocument(file));
  const built = performance.now();
  writeContent(out, files, { replace: true });
  return {
    importMilliseconds: built - start,
    writeMilliseconds: performance.now() - built,
    files: files.size,
    maxRssMegabytes: process.resourceUsage().maxRSS / 1024,
    baselineRssMegabytes,
    choice: choice?.[1]?.trim() ?? '',
  };
}

/**
 * A competency's name, different for each, in letters: "Competency 12" would read like a level (a number), and the
 * importer rightly refuses a reading whose competencies read like levels. No i, v or x, which read as roman numerals.
 */
function competencyName(competency: number): string {
  const letters = 'abcdefghjklmnopqrstuwyz';
  let name = '';
  for (let n = competency + 1; n > 0; n = Math.floor((n - 1) / letters.length))
    name = letters[(n - 1) % letters.length] + name;
  return `Competency ${name}`;
}

/** Text of a cell, different in every cell, as long as a ladder's expectations run. */
const expectation = (competency: number, level: number) =>
  `${competencyName(competency)} at level ${level + 1}: handles work of scope ${level + 1} with the care the team expects`;

async function writeWorkbook(
  folder: string,
  competencies: number,
  levels: number,
): Promise<{ xlsx: string; csv: string }> {
  const header = ['Group', 'Competency', ...Array.from({ length: levels }, (_, level) => `L${level + 1}`)];
  const rows = Array.from({ length: competencies }, (_, competency) => [
    `Group ${Math.floor(competency / 25) + 1}`,
    competencyName(competency),
    ...Array.from({ length: levels }, (_, level) => expectation(competency, level)),
  ]);
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Ladder').addRows([header, ...rows]);
  workbook.addWorksheet('Notes').addRows([['Generated for the benchmark.']]);
  const xlsx = join(folder, 'ladder.xlsx');
  await workbook.xlsx.writeFile(xlsx);
  const csv = join(folder, 'ladder.csv');
  const quoted = (field: string) => (/[",\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
  writeFileSync(csv, [header, ...rows].map((row) => row.map(quoted).join(',')).join('\n'));
  return { xlsx, csv };
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

/** Runs this script again on one file in a fresh process, and returns what it printed as JSON. */
function measuredApart<T>(args: string[]): T {
  const child = spawnSync(process.execPath, [process.argv[1], ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as T;
}

if (values.read) {
  console.log(JSON.stringify(await readAndMeasure(values.read, Number(values.runs))));
} else if (values.import && values.out) {
  console.log(JSON.stringify(await importAndMeasure(values.import, values.out)));
} else {
  const [competencies, levels] = [Number(values.competencies), Number(values.levels)];
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-import-'));
  try {
    const files = await writeWorkbook(folder, competencies, levels);
    console.log(`${competencies} competencies × ${levels} levels = ${competencies * levels} cells, in ${folder}`);
    for (const [kind, file] of Object.entries(files)) {
      const cost = measuredApart<ReadCost>(['--read', file, '--runs', values.runs]);
      console.log(
        `${kind.padEnd(4)}  read: first ${cost.milliseconds[0].toFixed(0)} ms, median of ${cost.milliseconds.length} ` +
          `${median(cost.milliseconds).toFixed(0)} ms; peak memory (maxRSS) ${cost.maxRssMegabytes.toFixed(0)} MB ` +
          `(${cost.baselineRssMegabytes.toFixed(0)} MB before reading); ` +
          `${cost.cells} cells in the first of ${cost.readings.length} readings (${cost.readings.join(', ')})`,
      );
    }
    const imported = measuredApart<ImportCost>(['--import', files.xlsx, '--out', join(folder, 'content')]);
    console.log(
      `xlsx  whole import to files: read, weigh and build ${imported.importMilliseconds.toFixed(0)} ms, ` +
        `write ${imported.files} files ${imported.writeMilliseconds.toFixed(0)} ms; peak memory (maxRSS) ` +
        `${imported.maxRssMegabytes.toFixed(0)} MB (${imported.baselineRssMegabytes.toFixed(0)} MB before); ${imported.choice}`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
