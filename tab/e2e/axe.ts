import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");

/** One WCAG 2.1 A/AA violation axe-core found: its rule, and where (the first few nodes). */
export interface Violation { id: string; impact: string | null; help: string; nodes: string[] }

/**
 * Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now (the rules the Norwegian regulation on universal
 * design of ICT refers to) and returns what it found.
 *
 * Left out: Fluent UI's focus sentinels (`data-tabster-dummy`), empty `<i tabindex="0" aria-hidden="true">` elements
 * that tabster puts around focus groups and dialogs. They hand focus on to the real control the moment they receive
 * it, so no one ever rests on them; axe cannot know that and reports `aria-hidden-focus` for each.
 */
export async function wcagViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] } as unknown as Document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
}
