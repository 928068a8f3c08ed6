/** Where the editors' CMS lives, and the address of one entry's form in it ("Bewerk deze pagina"). */

/** The folder under the site's base path. */
export const ADMIN_FOLDER = 'admin';

/** The page a "Bewerk deze pagina" link opens: the entry's form in the CMS. */
export function cmsEntryUrl(base: string, collection: string, id: string): string {
  return `${base.replace(/\/?$/, '/')}${ADMIN_FOLDER}/#/collections/${collection}/entries/${id}`;
}
