/**
 * For the 404 page: which guide an unknown address belonged to, and where that guide starts. A stale embed
 * address (/embed/gids/<guide>/…) restarts under /embed/, so that the reader stays in the other site's frame;
 * the site's own pages may not be shown in a frame.
 */
export interface GuideRestart {
  guide: string;
  embed: boolean;
  /** The start of the guide: /gids/<guide>/ or /embed/gids/<guide>/, under the base path. */
  start: string;
}

const GUIDE_PATH = /^(embed\/)?gids\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|$)/;

export function guideRestart(pathname: string, basePath: string): GuideRestart | null {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  if (!pathname.startsWith(base)) return null;
  const match = GUIDE_PATH.exec(pathname.slice(base.length));
  if (!match) return null;
  const embed = Boolean(match[1]);
  const guide = match[2]!;
  return { guide, embed, start: `${base}${embed ? 'embed/' : ''}gids/${guide}/` };
}
