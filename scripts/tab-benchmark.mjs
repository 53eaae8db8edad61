// The tab's first load for a member, as a nurse opens it on her phone: JavaScript bytes on the wire and the time until
// her plan is visible, cold cache, on loopback and with Lighthouse's mobile profile (150 ms round trip, 1.6 Mbit/s
// down, 750 kbit/s up, CPU 4× slower), median of N runs each. Started by scripts/tab-benchmark.sh, which runs the host.
//
//   node scripts/tab-benchmark.mjs BASE_URL MEMBER_OBJECT_ID [runs]
import { createRequire } from "node:module";

const require = createRequire(new URL("../tab/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const [base, member, runsArg] = process.argv.slice(2);
if (!base || !member) {
  console.error("usage: node scripts/tab-benchmark.mjs BASE_URL MEMBER_OBJECT_ID [runs]");
  process.exit(2);
}
const runs = Number(runsArg ?? 7);
const heading = process.env.PLAN_HEADING ?? "Tromsø hjemmetjeneste sone 1";

const profiles = {
  loopback: null,
  mobile: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 },
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });

/** One cold load: a fresh context (empty cache), signed in as the member, until her team's name is the page's heading. */
async function load(profile) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  await context.addInitScript((oid) => sessionStorage.setItem("teamsmentor.devUser", oid), member);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (profile) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: profile.latency, downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  }
  const scripts = new Set();
  const bytes = { js: 0, all: 0, requests: 0, jsFiles: 0 };
  cdp.on("Network.responseReceived", (e) => { if (e.type === "Script") scripts.add(e.requestId); });
  cdp.on("Network.loadingFinished", (e) => {
    bytes.all += e.encodedDataLength;
    bytes.requests += 1;
    if (scripts.has(e.requestId)) { bytes.js += e.encodedDataLength; bytes.jsFiles += 1; }
  });
  await page.goto(`${base}/tab/?lang=nb-NO`, { waitUntil: "commit" });
  await page.waitForFunction((name) => document.querySelector("h1")?.textContent === name, heading, { timeout: 60_000, polling: 50 });
  const visible = await page.evaluate(() => performance.now());
  await page.waitForLoadState("networkidle");
  await context.close();
  return { visible, ...bytes };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {};
for (const [name, profile] of Object.entries(profiles)) {
  await load(profile); // warm the host (its caches and JIT), not the browser: every measured run starts cold
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await load(profile));
  results[name] = {
    visible: median(samples.map((s) => s.visible)),
    js: median(samples.map((s) => s.js)),
    jsFiles: median(samples.map((s) => s.jsFiles)),
    all: median(samples.map((s) => s.all)),
    requests: median(samples.map((s) => s.requests)),
  };
}
await browser.close();

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`tab first load for a member (Min plan), cold cache, median of ${runs} runs, Debian chromium`);
console.log("                         loopback      mobile (150 ms RTT, 1.6 Mbit/s, CPU 4×)");
console.log(`JS on the wire           ${kb(results.loopback.js).padEnd(13)} ${kb(results.mobile.js)} (${results.mobile.jsFiles} files)`);
console.log(`everything on the wire   ${kb(results.loopback.all).padEnd(13)} ${kb(results.mobile.all)} (${results.mobile.requests} requests)`);
console.log(`plan visible             ${`${(results.loopback.visible / 1000).toFixed(2)} s`.padEnd(13)} ${(results.mobile.visible / 1000).toFixed(2)} s`);
const met = results.mobile.js <= 120 * 1024 && results.mobile.visible <= 2000;
console.log(`goal <= 120 KB of JavaScript and <= 2.0 s to plan visible (mobile): ${met ? "met" : "NOT met"}`);
