import { z } from 'zod';

export const BADGE_THEMES = ['light', 'dark'] as const;

/** The badge and the embedded scorecard: for a light or a dark page. */
export const BadgeQuery = z.object({ theme: z.enum(BADGE_THEMES).default('light') });
