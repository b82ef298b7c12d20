import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Builds the extension before the real-browser tests, so they always test this tree.
 * ROLELENS_SKIP_BUILD=1 skips it when iterating on tests against a build you just made.
 */
export default function buildExtension(): void {
  if (process.env.ROLELENS_SKIP_BUILD) return;
  const root = resolve(import.meta.dirname, '..', '..', '..');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
