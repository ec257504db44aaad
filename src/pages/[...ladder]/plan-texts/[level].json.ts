import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { builtSiteIndex } from '../../../lib/routes/built-site-index.ts';
import { planTextsPaths } from '../../../lib/routes/plan-route.ts';

/** The whole texts of one level's skills, which a growth plan keeps when it is made; fetched by the plan page only then. */
export async function getStaticPaths() {
  return planTextsPaths(await builtSiteIndex());
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.texts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
