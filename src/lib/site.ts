// Facts about the site used in metadata, citations and links, each set here once.
export const SITE_NAME = 'nnops';
export const AUTHOR = 'nnops contributors';

/** Where the source lives: the header's link, "Edit page", and reports of a wrong number. */
export const REPOSITORY = 'https://github.com/nnops/nnops';

/** The absolute URL of a path on the public site. */
export function absolute(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'https://nnops.dev').toString();
}

/** A new issue on the repository with its title and body filled in ("report a wrong number"). */
export function reportLink(title: string, body: string): string {
  return `${REPOSITORY}/issues/new?${new URLSearchParams({ title, body })}`;
}
