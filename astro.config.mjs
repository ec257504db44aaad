// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { linkCheck } from './src/integrations/link-check.ts';

// The public base URL is what citations and unfurls point at; set RUNGS_SITE when deploying elsewhere.
export default defineConfig({
  site: process.env.RUNGS_SITE ?? 'https://rungs.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Test builds of fixture ladders keep their own content cache so they can run beside the real build.
  ...(process.env.RUNGS_CACHE_DIR ? { cacheDir: process.env.RUNGS_CACHE_DIR } : {}),
  integrations: [mdx(), linkCheck()],
});
