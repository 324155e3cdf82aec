// Facts about the site used in metadata and citations.
export const SITE_NAME = 'nnops';
export const AUTHOR = 'nnops contributors';

/** The absolute URL of a path on the public site. */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'https://nnops.dev').toString();
}
