/**
 * Prints the nginx server block with the site's headers (src/lib/security-headers.ts), for the base path in
 * BASE_PATH (default /) and the folder in NGINX_ROOT. docs/hosting.md shows the block for the root.
 *   BASE_PATH=/werkwijzer/ NGINX_ROOT=/var/www/html node_modules/.bin/node scripts/nginx-config.ts
 */
import { nginxConfig } from '../src/lib/security-headers.ts';

process.stdout.write(nginxConfig(process.env.BASE_PATH ?? '/', process.env.NGINX_ROOT ? { root: process.env.NGINX_ROOT } : {}));
