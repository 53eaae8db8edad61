import type { ReactNode } from "react";

/**
 * A box that scrolls sideways (a wide table on a phone): reachable by keyboard (tab to it, then the arrow keys) and
 * named for screen readers, as WCAG 2.1 asks of a scrollable region.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return <div className={className} tabIndex={0} role="region" aria-label={label}>{children}</div>;
}
