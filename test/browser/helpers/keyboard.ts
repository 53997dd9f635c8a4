// Keyboard helpers: what has focus, whether it shows a visible focus indicator, and tabbing until a target.
import type { Page } from 'playwright-core';
import type { PageGlobals } from './page-globals.js';

export interface FocusInfo {
  tag: string;
  text: string;
  id: string;
  /** The element shows an outline of 2 px or more, or a box-shadow ring. */
  indicator: boolean;
  /** It is on screen with a size (not a hidden or clipped control). */
  visible: boolean;
  /** Where it is, for the failure message. */
  where: string;
}

export async function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const { document, getComputedStyle, innerHeight, innerWidth } = globalThis as unknown as PageGlobals;
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'BODY', text: '', id: '', indicator: false, visible: false, where: '' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = el.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
    return { tag: el.tagName, text: (el.getAttribute('aria-label') || el.innerText || '').trim().slice(0, 80), id: el.id, indicator: outline || ring, visible, where: `top ${Math.round(rect.top)}, bottom ${Math.round(rect.bottom)}, left ${Math.round(rect.left)} in ${innerWidth}x${innerHeight}` };
  });
}

/** Presses Tab until `match` says yes (or gives up after `max` presses); returns the focus then. */
export async function tabTo(page: Page, match: (f: FocusInfo) => boolean, max = 80): Promise<FocusInfo> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error('tabbed past the end without reaching the target');
}

/** Presses Tab up to `count` times and returns every stop, ending early when focus leaves the page. */
export async function tabStops(page: Page, count: number): Promise<FocusInfo[]> {
  const stops: FocusInfo[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    // Past the last control focus goes to the browser's own interface; what follows wraps around.
    if (stop.tag === 'BODY') break;
    stops.push(stop);
  }
  return stops;
}
