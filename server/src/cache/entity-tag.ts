import { createHash } from 'crypto';

/**
 * An answer's entity tag: a hash of the content version, the request's URL
 * (path and query string, so each list, page, filter and locale has its own
 * tag) and the plugin's version (a new release may shape answers differently
 * on unchanged data). Nothing of the process goes in, so every instance on the
 * database gives the same URL the same tag. The body does not depend on
 * Accept-Language (locales are chosen by the `locale` parameter), so the tag
 * does not either.
 */
export function entityTag(contentVersion: string, url: string, pluginVersion: string): string {
  const hash = createHash('sha256').update(`${pluginVersion}\n${contentVersion}\n${url}`).digest('base64url');
  return `"${hash.slice(0, 32)}"`;
}

/** The opaque tags of an If-None-Match header, weak ones (`W/"…"`) compared as strong, per RFC 9110's weak comparison. */
function listedTags(header: string): string[] {
  return header
    .split(',')
    .map((item) => item.trim())
    .map((item) => (item.startsWith('W/') ? item.slice(2) : item))
    .filter((item) => item !== '');
}

export type TagMatch = 'tag' | 'any' | 'none';

/**
 * How If-None-Match relates to `tag`: 'tag' when it lists it, 'any' for `*`
 * (which matches only a representation that exists: the caller must answer
 * first), 'none' otherwise.
 */
export function matchTag(header: string | undefined, tag: string): TagMatch {
  if (!header) return 'none';
  const tags = listedTags(header);
  if (tags.includes(tag)) return 'tag';
  return tags.includes('*') ? 'any' : 'none';
}
