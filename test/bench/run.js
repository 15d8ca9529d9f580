// `npm run bench`: every benchmark in turn (never part of `npm test`). Each one prints its own report
// and exits non-zero when it misses its target; this prints a one-line summary per benchmark at the end.
import { spawnSync } from 'node:child_process';

const benches = ['bench:sync', 'bench:cluster', 'bench:surveys', 'bench:boards', 'bench:load'];
const only = process.argv.slice(2);
const results = [];
for (const name of benches.filter((b) => !only.length || only.some((o) => b.includes(o)))) {
	console.log(`\n=== npm run ${name}\n`);
	const started = Date.now();
	const r = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
	results.push({ name, status: r.status, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log('\nSummary');
for (const r of results) console.log(`  ${r.status === 0 ? 'met   ' : 'MISSED'}  ${r.name} (${r.seconds} s)`);
process.exit(results.every((r) => r.status === 0) ? 0 : 1);
