import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');

// Pages live in the top-level content/ folder rather than Starlight's default src/content/docs.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({
      extend: z.object({
        /** First publication; with it the page gets citation metadata and a citation block. */
        published: isoDate.optional(),
        /** Last change to the page's content. */
        modified: isoDate.optional(),
        /** The module a page documents (src/estimator/<module>/): its components read it from here. */
        module: z.string().optional(),
      }),
    }),
  }),
};
