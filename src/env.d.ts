// The project's own client directive (src/lib/directives/layer.ts), typed for .astro and .tsx use.
declare module 'astro' {
  interface AstroClientDirectives {
    'client:layer'?: boolean;
  }
}
export {};
