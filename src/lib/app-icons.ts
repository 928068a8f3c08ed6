/**
 * The icons of the web app manifest, drawn from the site's favicon (public/favicon.svg) by sharp at build time.
 * A maskable icon has the mark smaller, on a full background, so that a phone can crop it to any shape.
 */
import sharp from 'sharp';

export const BRAND_COLOR = '#0f335c';

export const APP_ICONS = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
] as const;

export type AppIcon = (typeof APP_ICONS)[number];

export async function renderAppIcon(icon: AppIcon, faviconSvg: string): Promise<Buffer> {
  const svg = Buffer.from(faviconSvg);
  if (icon.purpose === 'any') return sharp(svg, { density: 72 * (icon.size / 36) }).resize(icon.size, icon.size).png().toBuffer();
  // The safe zone of a maskable icon is the middle 80%: the mark fills 60%, on the brand colour.
  const inner = Math.round(icon.size * 0.6);
  const mark = await sharp(svg, { density: 72 * (inner / 36) }).resize(inner, inner).png().toBuffer();
  return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: BRAND_COLOR } })
    .composite([{ input: mark, gravity: 'center' }])
    .png()
    .toBuffer();
}
