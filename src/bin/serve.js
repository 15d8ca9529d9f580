// Production entry: one http.Server for SvelteKit (adapter-node's handler) and the sync WebSockets.
// Importing the handler runs SvelteKit's init hook, which opens the database, migrates and creates
// the sync server (src/hooks.server.ts → src/lib/server/runtime.ts), all compiled by the SvelteKit build.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { explainStartupError } from './startup-errors.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const buildDir = process.env.SAMSPIL_BUILD_DIR ?? path.join(root, 'build');

// adapter-node assumes https when neither ORIGIN nor PROTOCOL_HEADER is set, which breaks the CSRF
// origin check on a plain http://localhost start. Unless configured, tell it the real protocol of
// each connection through a header we set ourselves (any client-sent value is overwritten).
const OWN_PROTO_HEADER = 'x-samspil-connection-proto';
const deriveProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
if (deriveProtocol) process.env.PROTOCOL_HEADER = OWN_PROTO_HEADER;

// adapter-node refuses request bodies over 512 KB by default; learning-bite uploads (BITES_UPLOAD_MAX_MB,
// default 20) need room. An explicit BODY_SIZE_LIMIT wins.
process.env.BODY_SIZE_LIMIT ??= `${Number(process.env.BITES_UPLOAD_MAX_MB ?? 20) + 1}M`;

/** @param {unknown} error */
function fail(error) {
	const { message, code } = explainStartupError(error);
	console.error(JSON.stringify({ t: new Date().toISOString(), level: 'error', msg: message }));
	process.exit(code);
}

/** @type {any} */
let handler;
/** @type {any} */
let runtime;
try {
	({ handler } = await import(pathToFileURL(path.join(buildDir, 'handler.js')).href));
	runtime = await /** @type {any} */ (globalThis)[Symbol.for('samspil.runtime')];
	if (!runtime) throw new Error('the SvelteKit build did not start the Samspil runtime');
} catch (error) {
	fail(error);
}

const server = http.createServer((req, res) => {
	if (deriveProtocol)
		req.headers[OWN_PROTO_HEADER] = /** @type {import('node:tls').TLSSocket} */ (req.socket).encrypted
			? 'https'
			: 'http';
	handler(req, res);
});

server.on('upgrade', (req, socket, head) => {
	if (req.url?.startsWith('/sync/')) runtime.handleUpgrade(req, socket, head);
	else socket.destroy();
});

server.on('error', fail);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => {
	console.log(
		JSON.stringify({ t: new Date().toISOString(), level: 'info', msg: 'listening', url: `http://localhost:${port}` })
	);
});

let closing = false;
/** @param {string} signal */
async function shutdown(signal) {
	if (closing) return;
	closing = true;
	console.log(JSON.stringify({ t: new Date().toISOString(), level: 'info', msg: 'shutting down', signal }));
	const force = setTimeout(() => process.exit(1), 10_000);
	force.unref();
	server.close();
	server.closeIdleConnections?.();
	await runtime.shutdown();
	clearTimeout(force);
	process.exit(0);
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
