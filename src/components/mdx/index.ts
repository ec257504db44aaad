import type { PageComponentName } from '../../lib/pages/page-components.ts';
import Comparison from './Comparison.astro';
import LadderDisclaimer from './LadderDisclaimer.astro';
import LadderDownloads from './LadderDownloads.astro';
import LadderIntroduction from './LadderIntroduction.astro';
import LevelSummary from './LevelSummary.astro';
import SkillLink from './SkillLink.astro';

/** The components an authored page can use without importing them: the ones src/lib/pages/ checks, by the same names. */
export const pageComponents = {
  SkillLink,
  LevelSummary,
  Comparison,
  LadderIntroduction,
  LadderDisclaimer,
  LadderDownloads,
} satisfies Record<PageComponentName, unknown>;
