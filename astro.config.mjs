// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSections from './src/lib/rehypeSections.ts';
import { clientChunks } from './src/lib/clientChunks.ts';

// Astro 7's default Markdown processor skips remark/rehype plugins: math needs the unified one.
export default defineConfig({
  site: process.env.NNOPS_SITE ?? 'https://nnops.dev',
  // Separate caches let two builds run side by side (e.g. parallel test runs).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Browsers that support Speculation Rules prefetch on hover (src/components/starlight/Head.astro);
  // Astro's prefetch script would cost every page 1.1 KB of JavaScript for the same thing.
  prefetch: false,
  vite: { environments: { client: { build: { rolldownOptions: { output: { codeSplitting: clientChunks } } } } } },
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { throwOnError: true }], rehypeSections] }),
    // Code is highlighted at build time, with no script: both themes' colours are written as CSS
    // variables that src/styles/site.css picks by Starlight's data-theme. The "-default" GitHub
    // themes, because github-light's parameters (3.5:1) and github-dark's comments (3.1:1) fail
    // axe's 4.5:1 contrast. Wrapped lines never scroll sideways, so a block need not be a tab stop.
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      wrap: true,
      transformers: [{ pre: (node) => void delete node.properties.tabindex }],
    },
  },
  integrations: [
    starlight({
      title: 'nnops',
      disable404Route: true, // content/docs/404.md is the not-found page
      description: 'How many arithmetic operations a torch.nn module performs: derivations, exact counts and live calculators.',
      customCss: ['katex/dist/katex.min.css', './src/styles/site.css'],
      // Expressive Code cost the module page a script and a stylesheet; code blocks are Astro's
      // Shiki (markdown.shikiConfig) in src/components/CodeBlock.astro instead.
      expressiveCode: false,
      components: {
        Head: './src/components/starlight/Head.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
        Search: './src/components/starlight/Search.astro',
      },
      sidebar: [
        { label: 'Start here', items: [{ label: 'What is counted', link: '/' }] },
        { label: 'Modules', items: [{ label: 'ConvTranspose1d', link: '/modules/convtranspose1d/' }] },
        { label: 'About', items: [{ label: 'Changelog', link: '/changelog/' }] },
      ],
    }),
    preact(),
  ],
});
