// ESLint for the whole tree: `npm run lint` (and so `npm test` and CI) runs it, beside `prettier --check`.
// Formatting is Prettier's job alone: none of the sets below carries a stylistic rule.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // dist/ and .astro/ are generated; test/fixtures/ are deliberately broken inputs for the tests.
    ignores: ['dist/', '.astro/', 'node_modules/', 'test/fixtures/', 'screenshots/', 'test-results/'],
  },
  js.configs.recommended,
  // The non-type-checked set: the type-aware one would type-check the project again (astro check already does),
  // too slow for a lint step on two cores.
  tseslint.configs.recommended,
  // Astro components: astro-eslint-parser with the TypeScript parser for the front matter, and the components'
  // <script> tags linted as browser TypeScript.
  astro.configs.recommended,
  {
    rules: {
      // `const { omitted, ...rest } = object` is how the code drops keys from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Browser code: bundled client modules, and public/*.js served as it is (a classic script, not a module).
    files: ['src/client/**', 'public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    // Node: commands, tests, the Astro config and the build integrations.
    files: ['scripts/**', 'test/**', 'astro.config.mjs', 'src/integrations/**', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
);
