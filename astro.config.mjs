// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The public base URL is what citations and unfurls point at; set RUNGS_SITE when deploying elsewhere.
export default defineConfig({
  site: process.env.RUNGS_SITE ?? 'https://rungs.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
});
