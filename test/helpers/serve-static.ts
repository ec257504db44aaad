// Tests serve the built site with the same server as `npm run preview`, so what is tested is what is deployed.
export { serveStatic, type StaticHostOptions, type StaticSite } from '../../src/lib/hosting/static-host.ts';
