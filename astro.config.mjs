// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeSections from './src/lib/rehypeSections.ts';
import rehypeMathPunctuation from './src/lib/rehypeMathPunctuation.ts';
import rehypeDisplayMath from './src/lib/rehypeDisplayMath.ts';
import rehypeTableScroll from './src/lib/rehypeTableScroll.ts';
import rehypeCodeWords from './src/lib/rehypeCodeWords.ts';
import { clientChunks } from './src/lib/clientChunks.ts';
import { REPOSITORY } from './src/lib/site.ts';
import { moduleGroups } from './src/lib/sidebar.ts';

// Astro 7's default Markdown processor skips remark/rehype plugins: math needs the unified one.
export default defineConfig({
  site: process.env.NNOPS_SITE ?? 'https://nnops.dev',
  // Separate caches let two builds run side by side (e.g. parallel test runs).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Browsers that support Speculation Rules prefetch on hover (src/components/starlight/Head.astro);
  // Astro's prefetch script would cost every page 1.1 KB of JavaScript for the same thing.
  prefetch: false,
  vite: {
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: clientChunks } } } } },
    plugins: [
      {
        // A chunk group that takes only its own files (the estimator folders, src/lib/clientChunks.ts)
        // needs island entries that may export more than they declare; Astro asks for exactly their exports.
        name: 'nnops:client-entry-signatures',
        configEnvironment(name, config) {
          if (name === 'client' && config.build?.rolldownOptions) config.build.rolldownOptions.preserveEntrySignatures = 'allow-extension';
        },
      },
    ],
  },
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [[rehypeKatex, { throwOnError: true }], rehypeMathPunctuation, rehypeDisplayMath, rehypeTableScroll, rehypeCodeWords, rehypeSections] }),
    // Code is highlighted at build time, with no script: both themes' colours are written as CSS
    // variables that src/styles/site.css picks by Starlight's data-theme. The "-default" GitHub
    // themes, because github-light's parameters (3.5:1) and github-dark's comments (3.1:1) fail
    // axe's 4.5:1 contrast. Lines wrap at spaces only (src/lib/rehypeCodeWords.ts keeps each
    // word whole), so Shiki's word-wrap goes; a word wider than the block scrolls inside it,
    // so the block is a named tab stop (src/components/CodeBlock.astro names it by its title).
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      wrap: true,
      transformers: [
        {
          pre(node) {
            node.properties.style = String(node.properties.style ?? '').replace(/\s*word-wrap:\s*break-word;?/, '');
            Object.assign(node.properties, { role: 'region', tabindex: '0', 'aria-label': `Code (${this.options.lang})` });
          },
        },
      ],
    },
  },
  integrations: [
    starlight({
      title: 'nnops',
      disable404Route: true, // content/docs/404.md is the not-found page
      social: [{ icon: 'github', label: 'Source code', href: REPOSITORY }],
      editLink: { baseUrl: `${REPOSITORY}/edit/main/` },
      description: 'How many arithmetic operations a torch.nn module performs: derivations, exact counts and live calculators.',
      customCss: ['katex/dist/katex.min.css', './src/styles/site.css', './src/styles/fit.css'],
      // Expressive Code cost the module page a script and a stylesheet; code blocks are Astro's
      // Shiki (markdown.shikiConfig) in src/components/CodeBlock.astro instead.
      expressiveCode: false,
      components: {
        Head: './src/components/starlight/Head.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
        Search: './src/components/starlight/Search.astro',
      },
      sidebar: [
        { label: 'Start here', items: [{ label: 'What is counted', link: '/' }, { label: 'Profile a whole model', link: '/profile/' }] },
        // One group per family of modules, generated from the registry (src/lib/sidebar.ts).
        { label: 'Modules', items: moduleGroups() },
        { label: 'About', items: [{ label: 'Changelog', link: '/changelog/' }] },
      ],
    }),
    preact(),
    // client:layer: islands that show only the calculator's layer hydrate when it first changes.
    {
      name: 'nnops-client-layer',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) =>
          addClientDirective({ name: 'layer', entrypoint: fileURLToPath(new URL('./src/lib/directives/layer.ts', import.meta.url)) }),
      },
    },
  ],
});
