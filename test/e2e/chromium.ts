/** Where Debian's Chromium is and how to launch it; shared by the browser tests and `bench/web.ts`. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const UI_DIR = join(ROOT, 'dist', 'web');
export const CHROMIUM = process.env.MAILLON_CHROMIUM?.trim() || '/usr/bin/chromium';

// STACK.md: these flags keep Debian's Chromium quiet and offline in a container. The host
// rule sends any *.maillon.test name to loopback, so a test can play a foreign site or a
// DNS-rebinding attacker without a real DNS.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP *.maillon.test 127.0.0.1'];

/** Why a browser cannot be driven here (no Chromium, no built UI), or null when it can. */
export function browserMissing(): string | null {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (apt-get install chromium, or set MAILLON_CHROMIUM)`;
  if (!existsSync(join(UI_DIR, 'index.html'))) return `the built UI is missing (${join(UI_DIR, 'index.html')}): run \`npm run build\``;
  return null;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}
