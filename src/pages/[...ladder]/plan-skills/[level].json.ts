import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { builtSiteIndex } from '../../../lib/routes/built-site-index.ts';
import { planSkillsPaths } from '../../../lib/routes/plan-route.ts';

/** A level's skills' summaries and fingerprints, which the plan page fetches for the levels a plan requires. */
export async function getStaticPaths() {
  return planSkillsPaths(await builtSiteIndex());
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.skills), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
