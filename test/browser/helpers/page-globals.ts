// What the browser-side callbacks (page.evaluate, waitForFunction) use of the page. The server's tsconfig has no
// DOM library, and adding it would leak browser globals into server code, so the few we need are typed here;
// callbacks write `globalThis as unknown as PageGlobals` (a type-only cast: nothing is imported at run time).
export interface PageRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

export interface PageElement {
  tagName: string;
  id: string;
  innerText: string;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): PageRect;
  closest(selector: string): PageElement | null;
}

export interface PageGlobals {
  document: {
    activeElement: PageElement | null;
    body: PageElement;
    documentElement: { scrollWidth: number; scrollHeight: number };
    querySelector(selector: string): PageElement | null;
  };
  innerWidth: number;
  innerHeight: number;
  getComputedStyle(element: PageElement): { outlineStyle: string; outlineWidth: string; boxShadow: string };
}
