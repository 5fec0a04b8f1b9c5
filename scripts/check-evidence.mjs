#!/usr/bin/env node
/**
 * Maintainers' check, never run by the app or `npm test` (a user's clone has no ../shared):
 * every `evidence` quote in seed/documents must appear verbatim in its source document, once
 * whitespace runs are collapsed, and have at most 12 words.
 *   node scripts/check-evidence.mjs [path/to/shared/seeds]
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const seedsDir = path.resolve(process.argv[2] ?? path.join(root, '../shared/seeds'));
// Which stored copy each document Source id was taken from.
const documents = {
  'doc-coe-capacity-building': '000_6bb936211de284a3.txt',
  'doc-coe-cooperation-projects': '001_8c274375d0b02cea.txt',
  'doc-coe-annual-meeting-2021': '002_f34fd0b51870d29b.txt',
  'doc-coe-south-med-2021': '003_f4138845c640a91f.txt',
  'doc-un-sg-report-2010': '004_7be76d5ccd1a307f.txt',
};
const collapse = (text) => text.replace(/\s+/g, ' ').trim();
const texts = Object.fromEntries(Object.entries(documents).map(([id, file]) => [id, collapse(readFileSync(path.join(seedsDir, file), 'utf8'))]));

let checked = 0;
const failures = [];
const dir = path.join(root, 'seed/documents');
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const { relationships = [] } = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  relationships.forEach((rel, index) => {
    if (!rel.evidence) return;
    checked++;
    const text = texts[rel.source];
    const quote = collapse(rel.evidence);
    if (!text) failures.push(`${file} relationships[${index}]: unknown document source ${rel.source}`);
    else if (!text.includes(quote)) failures.push(`${file} relationships[${index}] (${rel.from} ${rel.type} ${rel.to}): not found: "${quote}"`);
    else if (quote.split(' ').length > 12) failures.push(`${file} relationships[${index}]: more than 12 words`);
  });
}
console.log(`${checked} evidence quotes checked against ${Object.keys(texts).length} documents, ${failures.length} failures`);
for (const failure of failures) console.log(`  ${failure}`);
process.exitCode = failures.length ? 1 : 0;
