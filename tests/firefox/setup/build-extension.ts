import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Builds the Firefox extension (`.output/firefox-mv3`) before the Firefox tests, so they always test
 * this tree. ROLELENS_SKIP_BUILD=1 skips it when iterating on tests against a build you just made.
 */
export default function buildFirefoxExtension(): void {
  if (process.env.ROLELENS_SKIP_BUILD) return;
  const root = resolve(import.meta.dirname, '..', '..', '..');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
