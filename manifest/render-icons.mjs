// Renders icons/color.svg (192×192) and icons/outline.svg (32×32) to the PNGs the app package holds, in Debian's
// chromium through the tab's playwright-core. The outline is made exactly white wherever it is not transparent (Teams
// wants white on transparent; antialiasing keeps its alpha). Run after changing an SVG: node manifest/render-icons.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const require = createRequire(here("../tab/package.json"));
const { chromium } = require("playwright-core");
const { PNG } = createRequire(here("../package.json"))("pngjs");

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
try {
  for (const [name, size] of [["color", 192], ["outline", 32]]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const svg = readFileSync(here(`icons/${name}.svg`), "utf8");
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const png = PNG.sync.read(await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    if (name === "outline") {
      for (let i = 0; i < png.data.length; i += 4) png.data.set(png.data[i + 3] === 0 ? [0, 0, 0, 0] : [255, 255, 255, png.data[i + 3]], i);
    }
    writeFileSync(here(`${name}.png`), PNG.sync.write(png));
    console.log(`${name}.png ${png.width}×${png.height}`);
    await page.close();
  }
} finally {
  await browser.close();
}
