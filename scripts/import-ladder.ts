// Imports a ladder document into content/: npm run import -- <document.md> [--out <dir>] [--replace] [--dry-run]
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatSummary, importLadderDocument } from './import/import-ladder-document.ts';
import { ImportError } from './import/import-error.ts';
import { planWrite, writeContent } from './import/write-content.ts';

const usage = 'Usage: npm run import -- <document.md> [--out content] [--replace] [--dry-run]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', default: 'content' }, replace: { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new ImportError('import-ladder', undefined, `needs exactly one document.\n${usage}`);
  const { imported, files } = importLadderDocument(positionals[0], values.out);
  console.log(formatSummary(imported, relative(process.cwd(), positionals[0])));
  const plan = values['dry-run'] ? planWrite(values.out, files) : writeContent(values.out, files, { replace: values.replace });
  const verb = values['dry-run'] ? 'would write' : 'wrote';
  console.log(`  ${verb} ${files.size} files to ${values.out}/: ${plan.added.length} added, ${plan.changed.length} changed, ${plan.removed.length} removed, ${plan.unchanged.length} unchanged`);
} catch (error) {
  if (!(error instanceof ImportError) && !(error instanceof TypeError)) throw error;
  console.error(`Import failed: ${error.message}`);
  process.exit(1);
}
