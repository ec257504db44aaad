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
  changes: '/changes/',
  'frozen skill': '/releases/2024-prototype/skills/basic-test-driven-development/',
  'not found': '/no-such-page/',
} as const;

export type PageKind = keyof typeof pageKinds;
