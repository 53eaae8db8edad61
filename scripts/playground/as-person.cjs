// Writes the Agents Playground configuration with one of its people as the current user (the Playground has no user
// switcher): usage `node as-person.cjs <config.yml> "<name>" <out.yml>`. The chosen person and the default user trade
// places; the personal chat gets an id of its own per person, so the app's 1:1 chats with different people stay apart.
"use strict";
const fs = require("node:fs");

const [source, name, target] = process.argv.slice(2);
if (!source || !name || !target) {
  console.error('usage: node as-person.cjs <config.yml> "<name>" <out.yml>');
  process.exit(2);
}

const lines = fs.readFileSync(source, "utf8").split("\n");
const start = (key) => lines.findIndex((l) => l === `${key}:`);
const current = start("currentUser");
const users = start("users");
if (current < 0 || users < 0) throw new Error("the configuration has no currentUser or users section");
const blockEnd = (from) => { let i = from + 1; while (i < lines.length && /^\s/.test(lines[i])) i++; return i; };

// currentUser: its fields at two spaces; users: "  - id: …" entries with their fields at four spaces.
const currentFields = lines.slice(current + 1, blockEnd(current)).map((l) => l.slice(2));
const entries = [];
for (let i = users + 1; i < blockEnd(users);) {
  const end = (() => { let j = i + 1; while (j < lines.length && lines[j].startsWith("    ")) j++; return j; })();
  entries.push([lines[i].replace(/^  - /, ""), ...lines.slice(i + 1, end).map((l) => l.slice(4))]);
  i = end;
}

const field = (fields, key) => (fields.find((f) => f.startsWith(`${key}:`)) ?? "").slice(key.length + 1).trim();
if (field(currentFields, "name").toLowerCase() === name.toLowerCase()) {
  fs.writeFileSync(target, lines.join("\n")); // already the current user
  process.exit(0);
}

const chosen = entries.findIndex((e) => field(e, "name").toLowerCase() === name.toLowerCase());
if (chosen < 0) {
  const known = [field(currentFields, "name"), ...entries.map((e) => field(e, "name"))];
  console.error(`No Playground user is called "${name}". The people are: ${known.join(", ")}.`);
  process.exit(1);
}

const person = entries[chosen];
entries[chosen] = currentFields;
const out = [
  ...lines.slice(0, current + 1),
  ...person.map((f) => `  ${f}`),
  ...lines.slice(blockEnd(current), users + 1),
  ...entries.flatMap((e) => [`  - ${e[0]}`, ...e.slice(1).map((f) => `    ${f}`)]),
  ...lines.slice(blockEnd(users)),
].join("\n").replace(/^personalChat:\n  id: .*$/m, `personalChat:\n  id: personal-chat-${field(person, "id")}`);
fs.writeFileSync(target, out);
