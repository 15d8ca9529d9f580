// The boards benchmark's reference: the app as it was at a git ref (BENCH_REF, e.g. `main` or a commit),
// checked out and built once into the system's temp folder, then kept for later runs. The checkout borrows
// this tree's node_modules (a symlink), so the reference runs with the same dependencies as the change.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** The folder of a built checkout of `ref`: its `src/bin/serve.js` serves its own `build/`. */
export function referenceBuild(ref: string): string {
	const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
	const dir = path.join(os.tmpdir(), `samspil-bench-ref-${sha.slice(0, 12)}`);
	if (fs.existsSync(path.join(dir, 'build', 'handler.js'))) return dir;
	fs.rmSync(dir, { recursive: true, force: true });
	// `git archive` rather than a worktree: nothing to clean up in this repository afterwards.
	fs.mkdirSync(dir, { recursive: true });
	execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: root, stdio: 'inherit' });
	fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	const node = (script: string, ...args: string[]) =>
		execFileSync(process.execPath, [path.join(root, 'node_modules', script), ...args], { cwd: dir, stdio: 'inherit' });
	console.log(`[boards bench] building the reference ${ref} (${sha.slice(0, 12)}) in ${dir}`);
	node('@sveltejs/kit/svelte-kit.js', 'sync');
	node(
		'@inlang/paraglide-js/bin/run.js',
		'compile',
		'--project',
		'./project.inlang',
		'--outdir',
		'./src/lib/paraglide'
	);
	node('vite/bin/vite.js', 'build');
	return dir;
}
