/**
 * What an editor's content file may contain besides text: the site's own components, a few HTML elements, and links
 * to https pages or pages of this site. MDX can run code, so everything else is refused by the content check
 * (src/checks/mdx-safety.ts) and removed by the build (src/lib/rehype-content-safety.ts), which both read these lists.
 */
import type { MdxCollection } from '../schemas/content.ts';

/** Components a page may use, with their attributes (literal text only) and the collections whose pages render them. */
export const CONTENT_COMPONENTS: Record<string, { attributes: readonly string[]; collections: readonly MdxCollection[] }> = {
  Bedrag: { attributes: ['id'], collections: ['regelingen'] },
  ModelDiagram: { attributes: [], collections: ['model'] },
};

/** HTML elements an editor may write, with the attributes each may carry. */
export const CONTENT_HTML: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  sub: [],
  sup: [],
  kbd: [],
  details: ['open'],
  summary: [],
};

/** Elements that change what a page does rather than what it says; named in the check's message. */
export const FORBIDDEN_HTML: Record<string, string> = {
  script: 'een script',
  style: 'opmaakcode',
  iframe: 'een ingebedde pagina van een andere site',
  frame: 'een ingebedde pagina',
  object: 'een ingebed object',
  embed: 'een ingebed object',
  form: 'een formulier',
  input: 'een invoerveld',
  button: 'een knop',
  textarea: 'een invoerveld',
  select: 'een keuzelijst',
  meta: 'een meta-tag (die kan de lezer naar een andere site sturen)',
  link: 'een link-tag in de kop van de pagina',
  base: 'een base-tag (die verandert waar alle links heen gaan)',
  svg: 'een tekening in code',
  math: 'formulecode',
  template: 'een sjabloon',
  noscript: 'noscript-code',
};

/**
 * A link target an editor may write: a full https address, a page of this site (/regelingen/…/), an anchor on the
 * page (#…), or mailto:/tel:. Not javascript:, data:, http: or //host (another site without a scheme), and no
 * backslashes, which browsers treat as slashes (/\evil.example).
 */
export function isSafeLink(url: string): boolean {
  if (/[\s\\]/.test(url)) return false;
  return /^https:\/\/[^/]/i.test(url) || /^\/(?!\/)/.test(url) || url.startsWith('#') || /^(mailto|tel):[^/]/i.test(url);
}
