import { describe, expect, it } from 'vitest';
import { frameHostnames } from '../../entrypoints/content/frame-sites';

/** A window as frameHostnames sees it: its location, and its top window (or what touching it does). */
function view(hostname: string, options: { top?: 'self' | string | 'cross-origin'; ancestors?: string[] } = {}) {
  const self = { location: { hostname, ancestorOrigins: options.ancestors } } as unknown as Window & {
    top: Window;
  };
  const top = options.top ?? 'self';
  Object.defineProperty(self, 'top', {
    get: () =>
      top === 'self'
        ? self
        : top === 'cross-origin'
          ? {
              get location(): Location {
                throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
              },
            }
          : { location: { hostname: top } },
  });
  return self;
}

describe('frameHostnames', () => {
  it.each([
    ['the top page', view('jobs.example.com'), ['jobs.example.com']],
    ['the top page (Chromium)', view('jobs.example.com', { ancestors: [] }), ['jobs.example.com']],
    [
      'a frame, from ancestorOrigins (Chromium)',
      view('boards.greenhouse.io', { top: 'cross-origin', ancestors: ['https://www.acme.com'] }),
      ['boards.greenhouse.io', 'www.acme.com'],
    ],
    [
      'a frame in a frame: the outermost page counts',
      view('c.test', { top: 'cross-origin', ancestors: ['https://b.test', 'https://a.test'] }),
      ['c.test', 'a.test'],
    ],
    ['a same-origin frame without ancestorOrigins (Firefox)', view('acme.com', { top: 'acme.com' }), ['acme.com']],
    [
      'a frame of another site, same-origin access (Firefox)',
      view('boards.greenhouse.io', { top: 'www.acme.com' }),
      ['boards.greenhouse.io', 'www.acme.com'],
    ],
    [
      'a cross-origin frame without ancestorOrigins: only its own site',
      view('boards.greenhouse.io', { top: 'cross-origin' }),
      ['boards.greenhouse.io'],
    ],
    [
      'an opaque ancestor origin ("null", a sandboxed page)',
      view('boards.greenhouse.io', { top: 'cross-origin', ancestors: ['null'] }),
      ['boards.greenhouse.io'],
    ],
  ])('%s', (_name, frame, expected) => {
    expect(frameHostnames(frame)).toEqual(expected);
  });
});
