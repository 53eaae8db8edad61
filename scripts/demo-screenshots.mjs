#!/usr/bin/env node
// Screenshots of the running demo (./run.sh) as an organizer sees it first, for notes and reviews:
//   node scripts/demo-screenshots.mjs [http://127.0.0.1:3978] [out-dir]
// Signs in through the Development sign-in as Ragnhild Sørvik (an organizer of the demo network), in bokmål, and saves
// the workspace's first screen (the report matrix and the figures table), the evaluation trend and open screen, at
// desktop and phone width. Needs Debian's chromium (or CHROMIUM_PATH).
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";

const require = createRequire(new URL("../tab/package.json", import.meta.url)); // the tab's browser-test tools
const { chromium } = require("playwright-core");
const base = process.argv[2] ?? "http://127.0.0.1:3978";
const out = resolve(process.argv[3] ?? "artifacts/screenshots/demo");
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  for (const [label, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${base}/tab/?lang=nb-NO`);
    await page.getByRole("button", { name: /Ragnhild Sørvik/ }).click();
    await page.getByRole("tab", { name: "Statusrapporter", selected: true }).waitFor();
    await page.getByRole("table").first().waitFor();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `${out}/organizer-first-screen-${label}.png`, fullPage: true });
    for (const [tab, file] of [["Evaluering", "evaluation"], ["Åpen skjerm", "open-screen"]]) {
      await page.getByRole("tab", { name: tab }).click();
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${out}/${file}-${label}.png`, fullPage: true });
    }
    await page.close();
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
}
