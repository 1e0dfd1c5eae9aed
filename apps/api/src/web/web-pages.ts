import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { WebConfig } from '@motcua/config';

/**
 * The web app's pages (client-side routes): each answers the app's `index.html`, so a bookmark or a
 * reload lands on its page. Vietnamese paths, apart from every API path by construction.
 */
export const WEB_PAGE_PATHS = [
  '/',
  '/dang-nhap',
  '/ban-lam-viec',
  '/ban-lam-viec/*',
  '/ho-so/*',
  '/giam-sat',
  '/giam-sat/*',
  '/chi-so-766',
  '/chi-so-766/*',
  '/tra-cuu',
  '/tra-cuu/*',
  '/quan-tri/*',
  '/phan-anh-kien-nghi',
  '/phan-anh-kien-nghi/*',
  '/gui-phan-anh',
] as const;

/**
 * What the page may load: only our own origin (no CDN: everything works offline). Styles inline, as the
 * component library writes its styles at run time; files previewed from blob URLs. With OIDC sign-in the
 * page also talks to the identity provider (its discovery document and token endpoint), and nothing else.
 */
export function contentSecurityPolicyOf(signIn: WebConfig['signIn']): string {
  const identityProvider = signIn.mode === 'oidc' ? ` ${new URL(signIn.authority).origin}` : '';
  return [
    "default-src 'self'",
    `connect-src 'self'${identityProvider}`,
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Serves the built web app from `dir`: hashed assets cached for a year (their names change with their
 * content), the pages never cached (so a new build is picked up at once). Without a build, no pages.
 */
export async function serveWebPages(app: NestFastifyApplication, web: WebConfig & { dir: string }): Promise<boolean> {
  const { dir } = web;
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) {
    console.warn(`web app not built (no ${indexFile}): run npm run build`);
    return false;
  }
  const index = readFileSync(indexFile);
  const contentSecurityPolicy = contentSecurityPolicyOf(web.signIn);
  await app.register(fastifyStatic, {
    root: join(dir, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    immutable: true,
    maxAge: '365d',
    wildcard: true,
  });
  const fastify = app.getHttpAdapter().getInstance();
  for (const url of WEB_PAGE_PATHS) {
    fastify.get(url, async (_request, reply) => {
      await reply
        .header('cache-control', 'no-cache')
        .header('content-security-policy', contentSecurityPolicy)
        .header('x-content-type-options', 'nosniff')
        .type('text/html; charset=utf-8')
        .send(index);
    });
  }
  return true;
}
