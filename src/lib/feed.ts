/** An RSS feed of content changes (src/lib/changes.ts), with @astrojs/rss. */
import rss from '@astrojs/rss';
import type { ChangeItem } from './changes.ts';

/** A short, stable number for a text (FNV-1a), so each change keeps the same id in the feed. */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

export function changesFeed(options: { title: string; description: string; site: URL; items: ChangeItem[] }) {
  return rss({
    title: options.title,
    description: options.description,
    // The channel links to the site's home page, under its base path when it lives in a sub-folder.
    site: new URL(import.meta.env.BASE_URL, options.site).href,
    customData: '<language>nl-nl</language>',
    items: options.items.map((item) => ({
      title: `${item.title}: ${item.text}`,
      link: item.href,
      pubDate: item.date,
      description: `${item.section}. ${item.text}`,
      // The same page can change twice on one day; the text keeps the two apart.
      customData: `<guid isPermaLink="false">${new URL(item.href, options.site).href}#${item.date.toISOString().slice(0, 10)}-${textHash(item.text)}</guid>`,
    })),
  });
}
