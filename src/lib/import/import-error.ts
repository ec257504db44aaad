/** An import stopped by its input: names the file and, where there is one, the line. */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, problem: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
  }
}
