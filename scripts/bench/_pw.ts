import { pageWeight } from '/work/wt/search/scripts/bench/page-weight.ts';
for (const p of ['/skills/basic-test-driven-development/', '/search/?q=x', '/ladders/director-of-engineering/search/']) console.log(p, pageWeight(process.argv[2] ?? 'dist', p));
