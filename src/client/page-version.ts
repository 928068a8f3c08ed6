/**
 * Whether this page still belongs to the version of the site the service worker serves. When the reader takes a
 * new version in another tab, this page is left over from the old one: src/client/offline.ts then sets
 * data-wim-outdated on <html>. Scripts that would fetch more of the site into the page (the guide, search) then
 * load whole pages instead, so old and new never mix.
 */
export function isOutdated(): boolean {
  return document.documentElement.hasAttribute('data-wim-outdated');
}
