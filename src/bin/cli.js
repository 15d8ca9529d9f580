// `npm run migrate`, `npm run demo` and `npm run reset-password -- <email>`, through the compiled app
// (no TypeScript loader at run time).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const handlerPath = path.join(root, 'build', 'handler.js');
const command = process.argv[2];

if (!['migrate', 'demo', 'reset-password'].includes(command) || (command === 'reset-password' && !process.argv[3])) {
	console.error('usage: cli.js migrate | demo | reset-password <email>');
	process.exit(2);
}
if (!fs.existsSync(handlerPath)) {
	const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
await import(pathToFileURL(handlerPath).href);
const runtime = await /** @type {any} */ (globalThis)[Symbol.for('samspil.runtime')];
try {
	if (command === 'migrate') {
		const applied = await runtime.migrate();
		console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
	} else if (command === 'reset-password') {
		// For an operator without SMTP: the link is printed here, on the server's terminal, and nowhere else.
		const link = await runtime.operatorResetLink(process.argv[3]);
		if (link) {
			console.log(
				`One-time password reset link for ${process.argv[3]} (valid for 2 hours; give it only to that person):\n${link}`
			);
		} else {
			console.error(`No account has the address ${process.argv[3]}.`);
			process.exitCode = 1;
		}
	} else {
		const { email, password, orgName, colleagues } = await runtime.seedDemo();
		console.log(`Demo organisation "${orgName}" is ready. Sign in as ${email} / ${password}`);
		// To see the demo as a colleague would; these accounts exist only in the demo organisation.
		console.log(`Its people sign in with the same password (${password}):`);
		for (const c of colleagues) console.log(`  ${c.name.padEnd(22)}  ${c.email}`);
	}
} finally {
	await runtime.shutdown();
}
