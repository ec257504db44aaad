import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { planTexts } from '../../lib/plan/plan-ladder.ts';
import { builtSiteIndex } from '../../lib/routes/built-site-index.ts';
import { planPaths } from '../../lib/routes/plan-route.ts';

/** Each skill's whole text, which a growth plan keeps when it is made; fetched by the plan page only then. */
export async function getStaticPaths() {
  return planPaths(await builtSiteIndex());
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(planTexts(props.ladder.index)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
