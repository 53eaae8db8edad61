#!/usr/bin/env node
// Validates Adaptive Cards with the real adaptivecards parser (npm "adaptivecards", the same code Teams' web client renders with).
// Input on stdin: JSON array of {name, card}. Output on stdout: JSON array of {name, bytes, issues: [string]}.
// Besides the parser's own parse and validation events, it adds the checks the parser is lenient about:
// a TextBlock without text, an Action.Execute without verb, a version above 1.5 (Teams' limit for bot cards).
'use strict';
const AC = require('adaptivecards/dist/adaptivecards.js');

function extraChecks(node, path, issues) {
  if (Array.isArray(node)) { node.forEach((n, i) => extraChecks(n, `${path}[${i}]`, issues)); return; }
  if (!node || typeof node !== 'object') return;
  if (node.type === 'TextBlock' && (typeof node.text !== 'string' || node.text.trim() === '')) issues.push(`${path}: TextBlock without text`);
  if (node.type === 'Action.Execute' && (typeof node.verb !== 'string' || node.verb.trim() === '')) issues.push(`${path}: Action.Execute without verb`);
  if ((node.type || '').startsWith('Action.') && (typeof node.title !== 'string' || node.title.trim() === '')) issues.push(`${path}: action without title`);
  for (const [k, v] of Object.entries(node)) extraChecks(v, `${path}.${k}`, issues);
}

function validate(card) {
  const issues = [];
  if (!card || card.type !== 'AdaptiveCard') issues.push('root: not an AdaptiveCard');
  const version = parseFloat(card && card.version);
  if (!(version >= 1.0 && version <= 1.5)) issues.push(`root: version ${card && card.version} is not within 1.0-1.5`);
  const ac = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  try {
    ac.parse(card, context);
  } catch (e) {
    issues.push(`parse threw: ${e.message}`);
  }
  for (let i = 0; i < context.eventCount; i++) {
    const ev = context.getEventAt(i);
    issues.push(`parse: ${ev.message}`);
  }
  for (const ev of ac.validateProperties().validationEvents) issues.push(`validate: ${ev.message}`);
  extraChecks(card, 'card', issues);
  return issues;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', c => { input += c; });
process.stdin.on('end', () => {
  const items = JSON.parse(input);
  const out = items.map(({ name, card }) => ({
    name,
    bytes: Buffer.byteLength(JSON.stringify(card), 'utf8'),
    issues: validate(card),
  }));
  process.stdout.write(JSON.stringify(out));
});
