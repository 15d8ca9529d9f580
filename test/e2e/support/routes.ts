// The app's routes as the file tree declares them: each page (GET), each endpoint method and each named
// form action, read from src/routes. Tests walk this list so a new route or action cannot go unchecked.
import fs from 'node:fs';
import path from 'node:path';

export interface RouteEntry {
	/** URL pattern, e.g. /teams/[team] (route groups removed) */
	pattern: string;
	method: string;
	/** the form action's name ('default' for an unnamed one); set only for POSTs to a page */
	action?: string;
}

const METHODS = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE|OPTIONS|fallback)\b/g;

/** Names of the `actions` object's members; the files are Prettier-formatted, one member per tab-indented line. */
export function actionNames(source: string): string[] {
	const start = source.search(/export\s+const\s+actions\b/);
	if (start < 0) return [];
	const names: string[] = [];
	for (const line of source.slice(start).split('\n').slice(1)) {
		if (/^}/.test(line)) break;
		const m = line.match(/^\t(?:async\s+)?([A-Za-z_$][\w$]*)\s*[:(,]/);
		if (m) names.push(m[1]);
	}
	if (!names.length) throw new Error('an actions export whose members could not be read');
	return names;
}

export function routeEntries(root: string): RouteEntry[] {
	const out: RouteEntry[] = [];
	const walk = (dir: string, url: string) => {
		const files = fs.readdirSync(dir, { withFileTypes: true });
		const pattern = url || '/';
		if (files.some((f) => /^\+page\.(svelte|ts|server\.ts)$/.test(f.name) || /^\+page@.*\.svelte$/.test(f.name)))
			out.push({ pattern, method: 'GET' });
		for (const f of files) {
			const file = path.join(dir, f.name);
			if (f.isDirectory()) walk(file, url + (/^\(.*\)$/.test(f.name) ? '' : '/' + f.name));
			else if (f.name === '+page.server.ts')
				for (const action of actionNames(fs.readFileSync(file, 'utf8'))) out.push({ pattern, method: 'POST', action });
			else if (f.name === '+server.ts')
				for (const m of fs.readFileSync(file, 'utf8').matchAll(METHODS)) out.push({ pattern, method: m[1] });
		}
	};
	walk(root, '');
	return out;
}
