import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { type RunningServer, serveDist } from './static-server.ts';

export interface BuiltSite {
  server: RunningServer;
  browser: Browser;
}

/**
 * Serves apps/site/dist and launches Chromium once for the calling test file, closing both after
 * it. The fields are filled in `beforeAll`: read them inside hooks and tests, not at import time.
 */
export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await serveDist();
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
