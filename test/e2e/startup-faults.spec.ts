// Start-up faults get one clear line and a distinct exit code, and leave the database intact.
// Read-only and full disks are real tmpfs mounts (the suite runs as root in CI; skipped elsewhere).
import { test, expect } from './support/test';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

function serve(dbFile: string, timeoutMs = 30_000) {
	const r = spawnSync(process.execPath, ['src/bin/serve.js'], {
		env: { ...process.env, PORT: '0', DATABASE_URL: `file:${dbFile}`, LOG_LEVEL: 'warn' },
		encoding: 'utf8',
		timeout: timeoutMs
	});
	return { code: r.status, output: r.stdout + r.stderr };
}

function tryMount(dir: string, options: string) {
	try {
		execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

test('a database locked by another process: a clear message, exit code 75, and no damage', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-lock-'));
	const file = path.join(dir, 'samspil.db');
	const holder = spawn(
		process.execPath,
		[
			'-e',
			`const D=require('better-sqlite3');const d=new D(${JSON.stringify(file)});d.pragma('journal_mode=WAL');d.exec('create table if not exists held(a)');d.exec('BEGIN EXCLUSIVE');d.exec('insert into held values(1)');console.log('locked');setTimeout(()=>{},20000)`
		],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise((resolve) => holder.stdout!.once('data', resolve));
	const r = serve(file);
	holder.kill('SIGKILL');
	expect(r.code).toBe(75);
	expect(r.output).toContain('is locked by another process');
	const db = new Database(file);
	expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
	db.close();
});

test('a read-only disk: a clear message and exit code 73', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-ro-'));
	test.skip(!tryMount(dir, 'size=4m'), 'needs root to mount a tmpfs');
	try {
		const seed = new Database(path.join(dir, 'samspil.db'));
		seed.exec('create table kept(a)');
		seed.close();
		execFileSync('mount', ['-o', 'remount,ro', dir]);
		const r = serve(path.join(dir, 'samspil.db'));
		expect(r.code).toBe(73);
		expect(r.output).toContain('read-only');
	} finally {
		execFileSync('umount', [dir]);
	}
});

test('a full disk: a clear message, exit code 74, and the app starts once there is room', async () => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-full-'));
	test.skip(!tryMount(dir, 'size=40k'), 'needs root to mount a tmpfs');
	try {
		const file = path.join(dir, 'samspil.db');
		const r = serve(file);
		expect(r.code).toBe(74);
		expect(r.output).toContain('is full');
		const db = new Database(file);
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		db.close();
		execFileSync('mount', ['-o', 'remount,size=64m', dir]);
		const child = spawn(process.execPath, ['src/bin/serve.js'], {
			env: { ...process.env, PORT: '0', DATABASE_URL: `file:${file}`, LOG_LEVEL: 'info' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const listening = await new Promise<boolean>((resolve) => {
			const timer = setTimeout(() => resolve(false), 20_000);
			child.stdout!.on('data', (d) => String(d).includes('"listening"') && (clearTimeout(timer), resolve(true)));
			child.on('exit', () => resolve(false));
		});
		child.kill('SIGTERM');
		await new Promise((r) => child.once('exit', r));
		expect(listening).toBe(true);
	} finally {
		spawnSync('umount', [dir]);
	}
});
