// `npm start`: build the app when no build exists (or the sources are newer), then serve it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const built = path.join(root, 'build', 'handler.js');

/** @param {string} dir @returns {number} */
function newestMtime(dir) {
	let newest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'paraglide') newest = Math.max(newest, newestMtime(p));
		} else newest = Math.max(newest, fs.statSync(p).mtimeMs);
	}
	return newest;
}

const stale =
	!fs.existsSync(built) ||
	['src', 'messages', 'migrations', 'static'].some(
		(d) => fs.existsSync(path.join(root, d)) && newestMtime(path.join(root, d)) > fs.statSync(built).mtimeMs
	);

if (stale) {
	console.log('Building Samspil (first start or changed sources)…');
	const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

await import('./serve.js');
