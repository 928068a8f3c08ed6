import type { APIRoute } from 'astro';
import { getChanges } from '../../lib/changes.ts';
import { changesFeed } from '../../lib/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  changesFeed({
    title: 'Werkwijzer Inclusief Mkb: wijzigingen in regelingen',
    description: 'Nieuwe en gewijzigde regelingen voor werkgevers: bedragen, voorwaarden en status.',
    site: site!,
    items: await getChanges(['regelingen']),
  });
