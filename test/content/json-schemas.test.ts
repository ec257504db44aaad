import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  editorSettings,
  editorSettingsFile,
  jsonSchemaFiles,
  jsonSchemaFolder,
} from '../../src/lib/content/json-schemas.ts';

describe('JSON Schemas for editors', () => {
  it.each([...jsonSchemaFiles()])('%s is up to date with the zod schema (run `npm run schemas`)', (file, generated) => {
    expect(
      readFileSync(join(jsonSchemaFolder, file), 'utf8'),
      `${jsonSchemaFolder}/${file} is out of date: run \`npm run schemas\``,
    ).toBe(generated);
  });

  it('are wired into VS Code’s settings (run `npm run schemas`)', () => {
    expect(readFileSync(editorSettingsFile, 'utf8')).toBe(editorSettings());
  });

  it('describe what the build checks: required fields, ids as slugs, no unknown fields, defaults optional', () => {
    const skill = JSON.parse(jsonSchemaFiles().get('skill.schema.json')!);
    expect(skill.required).toEqual(['title', 'level', 'skillSet', 'order']);
    expect(skill.additionalProperties).toBe(false);
    expect(skill.properties.level.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(skill.properties.seeAlso.items.anyOf.map((target: { required: string[] }) => target.required)).toEqual([
      ['skill'],
      ['skillSet'],
      ['unresolved'],
    ]);
    const level = JSON.parse(jsonSchemaFiles().get('level.schema.json')!);
    expect(level.properties.track.enum).toEqual(['engineering', 'management']);
    // One schema for every shape of import config: the level-sections shape names its levels, the outline shape its ladder.
    const config = JSON.parse(jsonSchemaFiles().get('import-config.schema.json')!);
    const shapes = config.anyOf as { required?: string[] }[];
    expect(shapes.some((shape) => shape.required?.includes('levels'))).toBe(true);
    expect(shapes.some((shape) => shape.required?.includes('ladder'))).toBe(true);
  });
});
