import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndexedBlock } from '../../entrypoints/content/scanner/page-index';
import { PageScanner } from '../../entrypoints/content/scanner/page-scanner';
import { getRoleMatcher } from '../../lib/matching/role-matcher';

/** A scanner on the test document with a listener that keeps the current set of mentions by block. */
function scanPage(html: string) {
  document.body.innerHTML = html;
  const controller = new AbortController();
  const live = new Map<IndexedBlock, string[]>();
  const stale: string[] = [];
  const scanner = new PageScanner(
    document,
    getRoleMatcher(),
    {
      onBlocks(changed, removed) {
        for (const b of removed) live.delete(b);
        for (const b of changed)
          live.set(
            b,
            b.scan.titles.map((t) => `${t.surface}=${t.roleId}`),
          );
      },
      onStale(blocks) {
        for (const b of blocks) stale.push(b.block.text);
      },
    },
    controller.signal,
  );
  const mentions = () => [...live.values()].flat().sort();
  return { scanner, mentions, stale, stop: () => controller.abort(), ready: scanner.start() };
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

describe('page scanner', () => {
  it('reads the whole page on start', async () => {
    const page = scanPage('<h1>Senior Product Manager</h1><ul><li>Scrum Master</li><li>Chef</li></ul>');
    stop = page.stop;
    await page.ready;
    expect(page.mentions()).toEqual(['Scrum Master=scrum-master', 'Senior Product Manager=product-manager']);
  });

  it('re-reads text changed in place (as React updates text), unpainting the old text at once', async () => {
    const page = scanPage('<p id="live">Product Owner</p>');
    stop = page.stop;
    await page.ready;
    const text = document.querySelector('#live')?.firstChild as Text;
    text.data = 'Scrum Master today';
    await vi.waitFor(() => expect(page.mentions()).toEqual(['Scrum Master=scrum-master']));
    expect(page.stale).toEqual(['Product Owner']);
    expect(text.data).toBe('Scrum Master today'); // The page's own text is intact.
  });

  it('reads subtrees appended later, and only those', async () => {
    const page = scanPage('<ul id="list"><li>Product Owner</li></ul>');
    stop = page.stop;
    await page.ready;
    const list = document.querySelector('#list') as HTMLElement;
    const spy = vi.spyOn(getRoleMatcher(), 'scanBlock');
    for (const title of ['Project Manager', 'Business Analyst']) {
      const li = document.createElement('li');
      li.textContent = title;
      list.append(li);
    }
    await vi.waitFor(() =>
      expect(page.mentions()).toEqual([
        'Business Analyst=business-analyst',
        'Product Owner=product-owner',
        'Project Manager=project-manager',
      ]),
    );
    expect(spy.mock.calls.map((c) => c[0]).sort()).toEqual(['Business Analyst', 'Project Manager']);
    spy.mockRestore();
  });

  it('forgets removed subtrees', async () => {
    const page = scanPage('<div id="gone"><p>Product Owner</p><p>Scrum Master</p></div><p>Head of Product</p>');
    stop = page.stop;
    await page.ready;
    document.querySelector('#gone')?.remove();
    await vi.waitFor(() => expect(page.mentions()).toEqual(['Head of Product=head-of-product']));
    expect(page.scanner.index.size).toBe(1);
  });

  it('keeps a moved subtree', async () => {
    const page = scanPage('<div id="a"><p id="moving">Product Owner</p></div><div id="b"></div>');
    stop = page.stop;
    await page.ready;
    document.querySelector('#b')?.append(document.querySelector('#moving') as Element);
    await new Promise((r) => setTimeout(r, 120));
    expect(page.mentions()).toEqual(['Product Owner=product-owner']);
  });

  it('re-reads the surrounding block when inline text is inserted into it', async () => {
    const page = scanPage('<p id="p">Our <b>Product</b></p>');
    stop = page.stop;
    await page.ready;
    expect(page.mentions()).toEqual([]);
    document.querySelector('#p')?.append(' Manager');
    await vi.waitFor(() => expect(page.mentions()).toEqual(['Product Manager=product-manager']));
  });

  it('places blocks inserted mid-page in document order', async () => {
    const page = scanPage('<p>first Product Owner</p><p>filler</p><p id="third">third Scrum Master</p>');
    stop = page.stop;
    await page.ready;
    const second = document.createElement('p');
    second.textContent = 'second Business Analyst';
    document.querySelector('#third')?.before(second);
    await vi.waitFor(() => expect(page.scanner.index.size).toBe(3)); // blocks without titles are not kept
    const keys = ['first', 'second', 'third'].map((t) => {
      const el = [...document.querySelectorAll('p')].find((p) => p.textContent?.startsWith(t)) as Element;
      return page.scanner.index.blocksOf(el)[0]?.key ?? Number.NaN;
    });
    expect(keys[0]).toBeLessThan(keys[1] as number);
    expect(keys[1]).toBeLessThan(keys[2] as number);
  });

  it('ignores changes inside editable regions', async () => {
    const page = scanPage('<div contenteditable="true"><p id="e">draft</p></div>');
    stop = page.stop;
    await page.ready;
    const spy = vi.spyOn(getRoleMatcher(), 'scanBlock');
    (document.querySelector('#e')?.firstChild as Text).data = 'Product Owner draft';
    document.querySelector('#e')?.append(document.createElement('span'));
    await new Promise((r) => setTimeout(r, 120));
    expect(spy).not.toHaveBeenCalled();
    expect(page.mentions()).toEqual([]);
    spy.mockRestore();
  });

  it('stops watching when its signal aborts', async () => {
    const page = scanPage('<p id="p">nothing</p>');
    await page.ready;
    page.stop();
    (document.querySelector('#p')?.firstChild as Text).data = 'Product Owner';
    await new Promise((r) => setTimeout(r, 120));
    expect(page.mentions()).toEqual([]);
  });
});
