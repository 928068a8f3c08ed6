/** /icons/<name>.png: the app icons of the manifest (src/lib/app-icons.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { APP_ICONS, renderAppIcon, type AppIcon } from '../../lib/app-icons.ts';
// Read at build time by Vite, wherever the build writes its files.
import favicon from '../../../public/favicon.svg?raw';

export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) =>
  new Response(new Uint8Array(await renderAppIcon(props.icon, favicon)), { headers: { 'Content-Type': 'image/png' } });
