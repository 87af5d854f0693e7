import { z } from 'zod';

/** The tags in use, most used first (`GET /api/tags`), for suggesting existing tags in filters. */
export const TagList = z.object({ items: z.array(z.object({ tag: z.string(), claims: z.number() })) });
export type TagList = z.infer<typeof TagList>;
