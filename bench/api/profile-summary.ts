/**
 * `npx tsx bench/api/profile-summary.ts <file.cpuprofile> [--top 30]`: where a V8 CPU profile (from
 * `npm run bench -- --profile`) spent its time, as self time by package or file and by function,
 * with idle and GC apart. Not a test: a reading aid for before/after comparisons.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
if (positionals.length !== 1) {
  console.error('Usage: npx tsx bench/api/profile-summary.ts <file.cpuprofile> [--top 30]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));

/** node_modules/<package> for dependencies, the repository path for our own files, the engine otherwise. */
function origin(url: string): string {
  if (!url) return '(engine)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  if (url.startsWith('node:')) return url;
  return path.relative(process.cwd(), url.replace(/^file:\/\//, ''));
}

const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const byOrigin = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
let idle = 0;
for (const [id, ms] of self) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  total += ms;
  if (functionName === '(idle)') {
    idle += ms;
    continue;
  }
  const where = origin(url);
  byOrigin.set(where, (byOrigin.get(where) ?? 0) + ms);
  const name = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
}
const top = Number(values.top);
const busy = total - idle;
const table = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)} %  ${name}`);
};
console.log(`${positionals[0]}: ${(total / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(2)} s busy (${((100 * busy) / total).toFixed(0)} %)`);
table('Self time by package or file (% of busy time)', byOrigin);
table('Self time by function', byFunction);
