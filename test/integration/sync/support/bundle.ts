// Compiles a TypeScript entry (and the app code it imports) into one ES module with Vite, the way the
// production build does, so a child process can run it with plain node.
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { build } from 'vite';

export async function bundle(entry: string): Promise<string> {
	// Inside the project, so the bundle's bare imports (yjs, ws, kysely, …) resolve from node_modules.
	const outDir = path.resolve('node_modules/.cache/samspil-sync-test', randomBytes(6).toString('hex'));
	await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			ssr: entry,
			outDir,
			emptyOutDir: true,
			target: 'node20',
			minify: false,
			rolldownOptions: { output: { entryFileNames: 'server.js', format: 'es' } }
		}
	});
	return path.join(outDir, 'server.js');
}
