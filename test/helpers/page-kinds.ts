import type { BuiltSite } from './browsed-site.ts';

/** One representative page of every kind the site publishes; quality gates run over all of them. */
export const pageKinds = {
  home: '/',
  level: '/levels/senior-software-engineers/',
  'skill set': '/skill-sets/basic-implementation/',
  skill: '/skills/basic-test-driven-development/',
  'all skills': '/skills/',
  about: '/about/',
  guide: '/guides/how-promotions-use-this-ladder/',
  search: '/search/?q=facilitation',
  graph: '/graph/',
  compare: '/compare/software-engineers/senior-software-engineers/',
  packet: '/packet/',
  plan: '/plan/?from=software-engineers&to=senior-software-engineers',
  'other ladders': '/ladders/',
  'other ladder': '/ladders/director-of-engineering/',
  'other ladder’s level': '/ladders/director-of-engineering/levels/director-of-engineering/',
  'other ladder’s skill': '/ladders/director-of-engineering/skills/your-hiring-game-is-a/',
  'other ladder’s search': '/ladders/director-of-engineering/search/?q=hiring',
  changes: '/changes/',
  'frozen skill': '/releases/2024-prototype/skills/basic-test-driven-development/',
  'not found': '/no-such-page/',
} as const;

export type PageKind = keyof typeof pageKinds;

/** The pages only a matrix ladder has, or has its own way: in the matrix fixture site the global setup builds. */
export const matrixPageKinds = {
  'matrix home': '/ladders/acme/',
  competencies: '/ladders/acme/competencies/',
  competency: '/ladders/acme/competencies/tooling/',
  'matrix level': '/ladders/acme/levels/senior-engineer/',
  'matrix skill': '/ladders/acme/skills/testing-at-senior-engineer/',
  'matrix compare': '/ladders/acme/compare/engineer-ii/senior-engineer/',
  'matrix plan': '/ladders/acme/plan/',
} as const;

export type MatrixPageKind = keyof typeof matrixPageKinds;

/** Every page kind with the build it is in: the gates run over all of them. */
export const allPageKinds: { kind: PageKind | MatrixPageKind; path: string; site: BuiltSite }[] = [
  ...Object.entries(pageKinds).map(([kind, path]) => ({ kind: kind as PageKind, path, site: 'siteDir' as const })),
  ...Object.entries(matrixPageKinds).map(([kind, path]) => ({
    kind: kind as MatrixPageKind,
    path,
    site: 'matrixSiteDir' as const,
  })),
];
