/**
 * `npm start`: builds RoleLens and opens Chromium with it on the demo pages (a job posting and an
 * article, in tests/fixtures/pages/). With a display it opens a normal window to try things by hand.
 * Without one it runs headless: it prints, for each demo page, the roles found (title, count, and how
 * each abbreviation was read) and saves screenshots, one with the hover card open, in demo-output/.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROLES } from '../data/roles';
import { readingExplanation } from '../lib/reading';
import { launchChromium } from '../tools/chromium';
import { askPageRoles } from '../tools/extension-driver';
import { ROOT } from '../tools/paths';
import { mentionPoint, readCard, readPainted } from '../tools/page-probes';
import { startServer } from '../tools/test-server';

const DEMO_PAGES = ['job-posting.html', 'article.html'];
const OUTPUT = join(ROOT, 'demo-output');
const title = (id: string) => ROLES.find((r) => r.id === id)?.title ?? id;

async function main() {
  console.log('Building RoleLens…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await startServer();
  const display = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

  if (display) {
    const browser = await launchChromium({ headless: false, viewport: null });
    for (const path of DEMO_PAGES) await (await browser.context.newPage()).goto(server.url(path));
    console.log('Chromium is open with RoleLens on the demo pages. Rest the pointer on an underlined title.');
    console.log('Close the browser window to finish.');
    await new Promise((resolve) => browser.context.on('close', resolve));
    await server.close();
    return;
  }

  await mkdir(OUTPUT, { recursive: true });
  const browser = await launchChromium();
  // Scripts run through tsx, whose compiler names functions with a helper the page does not have.
  await browser.context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  try {
    for (const path of DEMO_PAGES) {
      const page = await browser.context.newPage();
      await page.goto(server.url(path));
      let found = await askPageRoles(browser, page);
      for (let i = 0; i < 200 && !found?.complete; i++) {
        await page.waitForTimeout(50);
        found = await askPageRoles(browser, page);
      }
      const name = path.replace(/\.html$/, '');
      console.log(`\n${name}: ${found?.roles.reduce((n, r) => n + r.count, 0) ?? 0} mentions`);
      for (const { roleId, count } of found?.roles ?? [])
        console.log(`  ${String(count).padStart(3)}  ${title(roleId)}`);
      for (const r of found?.readings ?? []) {
        console.log(`       ${r.count} × ${readingExplanation(r.abbreviation, title(r.roleId), r.via)}`);
      }
      await page.screenshot({ path: join(OUTPUT, `${name}.png`) });
      const painted = await readPainted(page);
      const target = painted.find((p) => /^[A-Z]{2,4}s?$/.test(p.text)) ?? painted[0];
      const point = target ? await mentionPoint(page, target.text.replace(/\s+/g, ' ')) : undefined;
      if (point) {
        await page.mouse.move(point.x, point.y);
        for (let i = 0; i < 100 && !(await readCard(page))?.opaque; i++) await page.waitForTimeout(50);
        await page.screenshot({ path: join(OUTPUT, `${name}-card.png`) });
      }
      await page.close();
    }
    console.log(`\nScreenshots: ${OUTPUT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
