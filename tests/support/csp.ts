import type { Page } from 'playwright-core';

/**
 * Collects everything a page reports about its Content-Security-Policy: `securitypolicyviolation`
 * events (with the directive and what was blocked) and console messages about the policy, plus
 * any other console error. Call before the first navigation; read the array after.
 */
export async function watchPolicy(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.exposeBinding('__reportViolation', (_source, text: string) => void found.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation(text: string): void }).__reportViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy|Permissions.Policy/i.test(message.text())) {
      found.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => void found.push(`page error: ${error.message}`));
  return found;
}
