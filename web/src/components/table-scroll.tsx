// A wide table scrolls inside its own box on a narrow screen rather than pushing the page sideways; the box is a
// named region that takes keyboard focus, so it can be scrolled without a mouse.
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
