// Builds the Teams app package: fills manifest.template.json from environment variables, validates the manifest and
// its nb-NO localization offline against the schemas @microsoft/app-manifest bundles, checks the icons (192×192
// colour; 32×32 outline, white on transparent), and writes the zip Teams takes.
//
//   TEAMS_APP_ID=… BOT_ID=… TAB_CLIENT_ID=… HOST_NAME=teamsmentor.azurewebsites.net node manifest/package.mjs
//
// Options: --out <file> (default artifacts/teamsmentor-teams-app.zip), --check (validate only, write nothing).
// Exit code 0 only when there are no errors; every error is printed with what to fix.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync, crc32 } from "node:zlib";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const require = createRequire(here("../package.json"));
const { AppManifestUtils } = require("@microsoft/app-manifest");
const { PNG } = require("pngjs");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const settings = {
  TEAMS_APP_ID: { help: "the Teams app's own id (a new GUID, e.g. from uuidgen; keep it for every later version)", valid: (v) => GUID.test(v) },
  BOT_ID: { help: "the bot's Microsoft App ID: the user-assigned managed identity's client id (infra output botAppId)", valid: (v) => GUID.test(v) },
  TAB_CLIENT_ID: { help: "the tab's Entra app registration (client) id, for Teams SSO", valid: (v) => GUID.test(v) },
  HOST_NAME: { help: "the web app's host name only, e.g. teamsmentor-abc.azurewebsites.net (no https://, no path)", valid: (v) => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(v) },
  APP_VERSION: { help: "the package version, x.y.z; raise it for every upload", valid: (v) => /^\d+\.\d+\.\d+$/.test(v), fallback: "1.0.0" },
  PUBLISHER_NAME: { help: "who publishes the app (shown in Teams)", valid: (v) => v.length > 0 && v.length <= 32, fallback: "KS / Jobbvinner" },
};

const args = process.argv.slice(2);
const checkOnly = args.includes("--check");
const outIndex = args.indexOf("--out");
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : here("../artifacts/teamsmentor-teams-app.zip"));
const errors = [];

const values = {};
for (const [name, rule] of Object.entries(settings)) {
  const value = (process.env[name] ?? "").trim() || rule.fallback;
  if (!value) errors.push(`${name} is not set: ${rule.help}.`);
  else if (!rule.valid(value)) errors.push(`${name}="${value}" is not valid: ${rule.help}.`);
  else values[name] = value;
}

if (errors.length === 0) {
  const filled = readFileSync(here("manifest.template.json"), "utf8").replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => values[name] ?? `{{${name}}}`);
  const left = [...filled.matchAll(/\{\{([A-Z_]+)\}\}/g)].map((m) => m[1]);
  if (left.length > 0) errors.push(`The template names settings this script does not know: ${[...new Set(left)].join(", ")}.`);
  const manifest = JSON.parse(filled);
  const localization = JSON.parse(readFileSync(here("nb-NO.json"), "utf8"));
  errors.push(...(await validate("manifest.json", manifest)), ...(await validate("nb-NO.json", localization)));
  errors.push(...localizationKeys(manifest, localization), ...commandTitles(manifest));
  const color = icon("color.png", 192, errors);
  const outline = icon("outline.png", 32, errors);
  if (outline) errors.push(...whiteOnTransparent(outline));
  if (color && !color.data.some((_, i) => i % 4 === 3 && color.data[i] === 255)) errors.push("color.png is fully transparent.");

  if (errors.length === 0 && !checkOnly) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zip([
      ["manifest.json", Buffer.from(JSON.stringify(manifest, null, 2))],
      ["nb-NO.json", readFileSync(here("nb-NO.json"))],
      ["color.png", readFileSync(here("color.png"))],
      ["outline.png", readFileSync(here("outline.png"))],
    ]));
  }

  if (errors.length === 0) {
    console.log(`manifest: schema v${manifest.manifestVersion}, 0 errors; nb-NO localization: 0 errors; icons 192×192 and 32×32 ok`);
    console.log(checkOnly ? "check only: nothing written" : `wrote ${out} (manifest.json, nb-NO.json, color.png, outline.png)`);
  }
}

if (errors.length > 0) {
  for (const e of errors) console.error(`error: ${e}`);
  console.error(`${errors.length} error(s); no package written.`);
  process.exit(1);
}

/** Against the bundled schema its $schema names (never fetched: the package carries them). */
async function validate(name, json) {
  const suffix = new URL(json.$schema).pathname.replace(/^\//, "");
  const schema = JSON.parse(readFileSync(require.resolve("@microsoft/app-manifest/package.json").replace(/package\.json$/, `build/${suffix}`), "utf8"));
  // The localization schemas' activity-type patterns end in an unescaped "]", which the validator (Ajv, unicode
  // regular expressions) cannot compile; escape it, as every other bracket in those patterns is.
  if (schema.patternProperties) {
    schema.patternProperties = Object.fromEntries(Object.entries(schema.patternProperties).map(([k, v]) => [k.replaceAll("\\b]", "\\b\\]"), v]));
  }

  return (await AppManifestUtils.validateAgainstSchema(json, schema)).map((e) => `${name}: ${e}`);
}

/** Every localized command and tab must exist in the manifest (Teams rejects a key pointing at nothing). */
function localizationKeys(manifest, localization) {
  const issues = [];
  for (const key of Object.keys(localization).filter((k) => k.includes("["))) {
    const path = key.replace(/\[(\d+)\]/g, ".$1").split(".").slice(0, -1);
    let node = manifest;
    for (const part of path) node = node?.[part];
    if (node === undefined) issues.push(`nb-NO.json: "${key}" points at nothing in the manifest.`);
  }

  return issues;
}

/** Teams shows command titles up to 32 characters (the schema allows more). */
function commandTitles(manifest) {
  return (manifest.bots ?? []).flatMap((b) => b.commandLists ?? []).flatMap((l) => l.commands)
    .filter((c) => c.title.length > 32).map((c) => `Command title "${c.title}" is longer than 32 characters.`);
}

function icon(file, size, issues) {
  const png = PNG.sync.read(readFileSync(here(file)));
  if (png.width !== size || png.height !== size) {
    issues.push(`${file} is ${png.width}×${png.height}; Teams needs ${size}×${size}.`);
    return null;
  }

  return png;
}

/** The outline icon: every pixel white, or fully transparent (alpha may shade the edges). */
function whiteOnTransparent(png) {
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = png.data.subarray(i, i + 4);
    if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) {
      return [`outline.png has a pixel that is neither white nor transparent at (${(i / 4) % png.width}, ${Math.floor(i / 4 / png.width)}).`];
    }
  }

  return png.data.some((_, i) => i % 4 === 3 && png.data[i] > 0) ? [] : ["outline.png is empty."];
}

/** A zip (deflate), enough for Teams: local headers, the central directory, its end record. */
function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, so the same input gives the same zip
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(fileName.length, 26);
    locals.push(header, fileName, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    header.copy(entry, 8, 6, 26);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName);
    offset += header.length + fileName.length + packed.length;
  }

  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
