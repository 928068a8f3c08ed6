/** /.well-known/security.txt (RFC 9116) for the address this build is for (SITE_URL, BASE_PATH): src/lib/security-txt.ts. */
import type { APIRoute } from 'astro';
import { readSiteSettings } from '../../lib/reports.ts';
import { securityTxt } from '../../lib/security-txt.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(securityTxt({ site: site!, base: import.meta.env.BASE_URL, now: new Date(), email: readSiteSettings().meldingen.email }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
