/**
 * axe-core in the page. The strict CSP (script-src 'self') blocks the inline <script> that
 * page.addScriptTag would insert, so axe's source goes in as an init script instead: Chromium
 * runs those through the DevTools protocol, outside the page's CSP. No context bypasses the
 * CSP, so the page under test is the one users get.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** axe.min.js, to pass as `initScript` to `env.page()`. */
export const AXE_SCRIPT = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe on the whole document (WCAG 2.x A and AA, plus best practices) and returns the serious or critical violations. */
export async function blockingViolations(page: Page): Promise<Result[]> {
  const loaded = await page.evaluate('typeof globalThis.axe === "object"');
  if (loaded !== true) throw new Error('axe is not in the page: open it with env.page(served, { initScript: AXE_SCRIPT }).');
  const results = await page.evaluate<AxeResults>('globalThis.axe.run(document, { resultTypes: ["violations"] })');
  return results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
}

/** One paragraph per violation: rule, impact, help, and each offending element with axe's advice. */
export function describeViolations(where: string, violations: readonly Result[]): string {
  if (violations.length === 0) return `${where}: no serious or critical accessibility violation`;
  const blocks = violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}\n      ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
    const more = v.nodes.length > 5 ? [`    ... and ${v.nodes.length - 5} more`] : [];
    return [`  [${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes, ...more].join('\n');
  });
  return `${where}: ${violations.length} serious or critical accessibility violation(s)\n${blocks.join('\n')}`;
}
