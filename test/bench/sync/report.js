// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a script node runs as it is: JSDoc types would add noise, no safety
// @ts-nocheck -- a plain-JS benchmark script run by node; type-checking it would only add JSDoc noise
// bench:sync's report: the tables, the targets Samspil is held to, and how to read them (Markdown).
import os from 'node:os';

/**
 * `results`: { active?, idle?, cold? }, each { [server]: figures }; `rounds`: { active?, idle? }, each
 * { [server]: figures per run }, in the order the runs interleaved; `duration` in ms; `loadAverages`: the
 * 1-minute load average sampled during the run.
 */
export function renderReport({ results, rounds = {}, servers, duration, repeat, loadAverages }) {
	const cores = os.cpus().length;
	const f = (v, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '–');
	const lines = [];
	const table = (title, rows, data) => {
		lines.push(`### ${title}`, '', `| | ${servers.join(' | ')} |`, `|---|${servers.map(() => '---:').join('|')}|`);
		for (const [label, get] of rows)
			lines.push(`| ${label} | ${servers.map((s) => (data[s] ? get(data[s]) : '–')).join(' | ')} |`);
		lines.push('');
	};
	const loadRows = [
		['clients connected', (r) => String(r.clients)],
		['connect all (s)', (r) => f(r.connectAll / 1000)],
		['connect → synced p50 / p95 (ms)', (r) => `${f(r.connectP50)} / ${f(r.connectP95)}`],
		[repeat > 1 ? 'edits written, all runs' : 'edits written', (r) => String(r.writes)],
		[repeat > 1 ? 'delivered / expected, all runs' : 'delivered / expected', (r) => `${r.delivered} / ${r.expected}`],
		['propagation p50 (ms)', (r) => f(r.p50, 2)],
		['propagation p95 (ms)', (r) => f(r.p95, 2)],
		['propagation p99 (ms)', (r) => f(r.p99, 2)],
		['propagation max (ms)', (r) => f(r.max, 1)],
		[
			'server: arrival → broadcast p50 / p99 (ms, histogram bound)',
			(r) => `${f(r.broadcastDelayP50, 1)} / ${f(r.broadcastDelayP99, 1)}`
		],
		['server CPU (s)', (r) => f(r.cpu, 2)],
		['server CPU per delivered update (µs)', (r) => f(r.cpuPerDelivered, 2)],
		['server RSS peak (MiB)', (r) => f(r.rss, 0)],
		['server RSS before clients → growth (MiB)', (r) => `${f(r.idleRss, 0)} → +${f(r.rss - r.idleRss, 0)}`],
		['server V8 heap / external at end (MiB)', (r) => `${f(r.heapTotal, 0)} / ${f(r.external, 0)}`],
		['client processes CPU, whole run (s)', (r) => f(r.clientCpu, 1)],
		['server event-loop delay p99 / max (ms)', (r) => `${f(r.serverLoopP99)} / ${f(r.serverLoopMax)}`],
		['client event-loop delay max (ms)', (r) => f(r.clientLoopMax)]
	];
	if (results.active)
		table(`Active: 25 boards × 20 clients, 1 edit/client/s, ${duration / 1000} s`, loadRows, results.active);
	if (results.idle)
		table(`Mostly idle: 100 docs × 20 clients, 1 edit/client/20 s, ${duration / 1000} s`, loadRows, results.idle);
	if (results.cold) {
		table(
			'A 5,000-note board',
			[
				['encoded size (KiB)', (r) => f(r.bytes / 1024, 0)],
				['newcomer sync, doc in memory (ms, median of 5)', (r) => f(r.warmSync)],
				['cold load from the database, server side (ms, median)', (r) => f(r.serverLoad)],
				['then building the Y.Doc, deferred until needed (ms, median)', (r) => f(r.serverBuild)],
				['newcomer sync, cold from the database (ms, median of 5)', (r) => f(r.coldSync)]
			],
			results.cold
		);
	}

	// Samspil against the reference, round by round: run i of each ran back to back, under the same load
	// from the rest of the machine, so the ratio of a round is fairer than the ratio of two medians.
	const ratioRows = [
		['CPU per delivered update', (r) => r.cpuPerDelivered],
		['propagation p99', (r) => r.p99],
		['RSS peak', (r) => r.rss]
	];
	/** { label: { rounds: [ratio per round], median } } for one scenario, or null without both servers */
	const ratiosOf = (scenario, samspil = 'samspil', base = 'reference') => {
		const s = rounds[scenario]?.[samspil];
		const ref = rounds[scenario]?.[base];
		if (!s?.length || !ref?.length) return null;
		return Object.fromEntries(
			ratioRows.map(([label, get]) => {
				const each = s.map((run, i) => get(run) / get(ref[i]));
				const sorted = [...each].sort((x, y) => x - y);
				const mid = Math.floor(sorted.length / 2);
				const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
				return [label, { rounds: each, median }];
			})
		);
	};
	const ratios = {};
	for (const [scenario, title] of [
		['active', 'Active'],
		['idle', 'Mostly idle']
	]) {
		// `samspil@N` variants (a coalescing window each) and the others (`relay`, `hocuspocus`) get a table each, and
		// Samspil one against Hocuspocus too
		const pairs = servers.filter((name) => name !== 'reference').map((variant) => [variant, 'reference']);
		if (servers.includes('hocuspocus')) pairs.push(['samspil', 'hocuspocus']);
		for (const [variant, base] of pairs) {
			const r = ratiosOf(scenario, variant, base);
			if (!r) continue;
			if (variant === 'samspil' && base === 'reference') ratios[scenario] = r;
			const n = Object.values(r)[0].rounds.length;
			lines.push(
				`### ${title}: ${variant === 'samspil' ? 'Samspil' : variant} ÷ ${base}, per round`,
				'',
				`| | ${Array.from({ length: n }, (_, i) => `round ${i + 1}`).join(' | ')} | median |`,
				`|---|${'---:|'.repeat(n + 1)}`
			);
			for (const [label, { rounds: each, median }] of Object.entries(r))
				lines.push(`| ${label} | ${each.map((v) => `${f(v, 2)}×`).join(' | ')} | ${f(median, 2)}× |`);
			lines.push('');
		}
	}

	const checks = [];
	const a = results.active;
	if (a?.samspil) {
		checks.push(['active: nothing lost', a.samspil.delivered === a.samspil.expected]);
		const r = ratios.active;
		if (r) {
			// Issue 22: the medians of the per-round ratios.
			const cpu = r['CPU per delivered update'].median;
			const p99 = r['propagation p99'].median;
			const rss = r['RSS peak'].median;
			checks.push([`active: CPU/delivered ≤ 0.8× reference (${f(cpu, 2)}×, median per-round ratio)`, cpu <= 0.8]);
			checks.push([`active: p99 ≤ 1.0× reference (${f(p99, 2)}×)`, p99 <= 1.0]);
			checks.push([`active: RSS ≤ 1.2× reference (${f(rss, 2)}×)`, rss <= 1.2]);
		}
	}
	const i = results.idle?.samspil;
	if (i) {
		checks.push(['idle: nothing lost', i.delivered === i.expected]);
		checks.push(['idle: RSS ≤ 400 MiB', i.rss <= 400]);
		checks.push(['idle: p99 ≤ 50 ms', i.p99 <= 50]);
	}
	const c = results.cold?.samspil;
	if (c) checks.push(['cold: 5,000-note load ≤ 50 ms (server side)', c.serverLoad <= 50]);
	if (checks.length) {
		lines.push('### Targets', '');
		for (const [what, ok] of checks) lines.push(`- ${ok ? 'met' : 'MISSED'}: ${what}`);
		lines.push('');
	}
	const header = [
		`Node ${process.version}, ${cores} CPU cores (${os.cpus()[0]?.model ?? 'unknown'}), loopback only;`,
		`servers and clients in separate processes on the same machine. Samspil persists to ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite (temporary file)'}; the others keep documents in memory.`,
		`${repeat > 1 ? `Load scenarios: median of ${repeat} interleaved runs per server, ${duration / 1000} s each. ` : ''}` +
			`1-minute load average during the run: ${Math.min(...loadAverages).toFixed(1)}–${Math.max(...loadAverages).toFixed(1)} (${cores} cores).`,
		''
	];
	const notes = [
		'### How to read this',
		'',
		"- Each client is a real provider (`y-websocket`'s `WebsocketProvider`; `@hocuspocus/provider` for Hocuspocus) with",
		"  its own WebSocket; a board's clients share one client process, so a writer and its readers read one clock.",
		"- *Propagation*: from the writer's `map.set` to the moment another client in the room observes it. It includes both",
		"  client processes' event loops, so it measures the machine as much as the server.",
		'- *Server CPU per delivered update*: user + system CPU of the server process over the measured window (plus 2 s',
		'  drain) divided by the updates other clients received. Samspil also writes every update to SQLite before sending it.',
		'- *Cold load*: reading a document nobody has open. Samspil serves a newcomer the stored bytes and builds the Y.Doc',
		"  only when a write or a diff needs it (a timer builds it ~20 ms after a writer connects); the newcomer's own",
		'  sync time is mostly its client integrating ~0.9 MB of Yjs.',
		''
	];
	return [...header, ...lines, ...notes].join('\n');
}
