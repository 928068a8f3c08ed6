import type { APIRoute } from 'astro';
import { getChanges } from '../../lib/changes.ts';
import { changesFeed } from '../../lib/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  changesFeed({
    title: 'Werkwijzer Inclusief Mkb: wijzigingen',
    description: 'Nieuwe en gewijzigde pagina’s: regelingen, handboek, doelgroepen en meer.',
    site: site!,
    items: await getChanges(),
  });
