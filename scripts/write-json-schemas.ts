// `npm run schemas`: writes the JSON Schemas of the content files (and the import config) from the zod schemas the
// build uses, into .schemas/, and the editor settings that apply them. Run it after changing src/lib/content/schemas.ts or
// the import config's schema; a test fails while the files are out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  editorSettings,
  editorSettingsFile,
  jsonSchemaFiles,
  jsonSchemaFolder,
} from '../src/lib/content/json-schemas.ts';

const files = new Map([
  ...[...jsonSchemaFiles()].map(([file, text]) => [join(jsonSchemaFolder, file), text] as const),
  [editorSettingsFile, editorSettings()],
]);
for (const [file, text] of files) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
console.log(`Wrote ${[...files.keys()].join(', ')}.`);
