// A second organisation in the same database, made the way an operator would: `npm run demo`'s CLI.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function createDemoOrganisation(dataDir: string) {
	const { stdout } = await run(process.execPath, ['src/bin/cli.js', 'demo'], {
		env: { ...process.env, DATABASE_URL: `file:${path.join(dataDir, 'samspil.db')}`, LOG_LEVEL: 'warn' }
	});
	const m = stdout.match(/Demo organisation "(.+)" is ready\. Sign in as (\S+) \/ (\S+)/);
	if (!m) throw new Error(`unexpected demo output: ${stdout}`);
	const colleagues = [...stdout.matchAll(/^ {2}(.+?)\s{2,}(\S+@\S+)$/gm)].map((c) => ({
		name: c[1].trim(),
		email: c[2]
	}));
	return { orgName: m[1], email: m[2], password: m[3], colleagues };
}

/** A demo person's address, made the way src/lib/server/demo/people.ts makes it. */
export const demoAddress = (name: string, domain: string) =>
	`${name
		.toLowerCase()
		.normalize('NFKD')
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'oe')
		.replace(/å/g, 'aa')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z]+/g, '.')
		.replace(/^\.|\.$/g, '')}@${domain}`;
