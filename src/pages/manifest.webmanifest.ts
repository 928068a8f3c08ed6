/** The web app manifest: the site can be installed on a phone or computer, and opens in its own window. */
import type { APIRoute } from 'astro';
import { APP_ICONS, BRAND_COLOR } from '../lib/app-icons.ts';
import { href } from '../lib/url.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: 'Werkwijzer Inclusief Mkb',
        short_name: 'Werkwijzer',
        description: 'Praktische hulp voor technische mkb-bedrijven die mensen met een afstand tot de arbeidsmarkt aannemen en houden.',
        lang: 'nl',
        dir: 'ltr',
        id: href('/'),
        start_url: href('/'),
        scope: href('/'),
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: BRAND_COLOR,
        icons: APP_ICONS.map((icon) => ({ src: href(`/icons/${icon.name}.png`), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
