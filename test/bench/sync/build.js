// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a script node runs as it is: JSDoc types would add noise, no safety
// @ts-nocheck -- a plain-JS benchmark script run by node; type-checking it would only add JSDoc noise
// Compiles the sync server (and the database code it needs) with Vite into plain ES modules, the way the
// production build compiles it: the benchmark runs what production runs, with no TypeScript loader.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Builds into node_modules/.cache (so bare imports resolve) and returns the directory. */
export async function buildSyncBundle() {
	const outDir = path.join(root, 'node_modules/.cache/samspil-bench-sync');
	await build({
		root,
		configFile: false,
		logLevel: 'warn',
		build: {
			ssr: true,
			outDir,
			emptyOutDir: true,
			target: 'node20',
			minify: false,
			rolldownOptions: {
				input: {
					sync: path.join(root, 'src/lib/server/sync/index.ts'),
					db: path.join(root, 'src/lib/server/db/index.ts'),
					migrate: path.join(root, 'src/lib/server/db/migrate.ts'),
					// scale-out (bench:cluster): the Redis fan-out the app wires in with REDIS_URL
					fanout: path.join(root, 'src/lib/server/cluster/fanout.ts'),
					redis: path.join(root, 'src/lib/server/cluster/redis.ts')
				},
				output: { format: 'es', entryFileNames: '[name].js' }
			}
		}
	});
	return outDir;
}
