// A real SMTP server in the test process (smtp-server) that keeps what it receives, decoded: envelope
// recipient, headers, subject and the plain-text and HTML parts. `failing` makes it refuse every message.
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
	to: string;
	subject: string;
	headers: Record<string, string>;
	text: string;
	html: string;
	raw: string;
}

export interface CapturingSmtp {
	url: string;
	inbox: ReceivedMail[];
	/** while true, every message is refused with a 554 */
	failing: boolean;
	close(): Promise<void>;
}

function unfoldHeaders(block: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
		const i = line.indexOf(':');
		if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
	}
	return headers;
}

/** RFC 2047 encoded words (nodemailer encodes non-ASCII subjects). */
export function decodeWords(value: string): string {
	return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
		enc.toLowerCase() === 'b'
			? Buffer.from(text, 'base64').toString('utf8')
			: Buffer.from(
					text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
					'latin1'
				).toString('utf8')
	);
}

function decodeBody(body: string, encoding = ''): string {
	if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	if (/quoted-printable/i.test(encoding))
		return Buffer.from(
			body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
			'latin1'
		).toString('utf8');
	return body;
}

function split(raw: string): [Record<string, string>, string] {
	const at = raw.search(/\r?\n\r?\n/);
	return [unfoldHeaders(raw.slice(0, at)), raw.slice(at).replace(/^\r?\n\r?\n/, '')];
}

export function parseMail(to: string, raw: string): ReceivedMail {
	const [headers, body] = split(raw);
	const mail: ReceivedMail = { to, subject: decodeWords(headers.subject ?? ''), headers, text: '', html: '', raw };
	const boundary = headers['content-type']?.match(/boundary="?([^";]+)"?/)?.[1];
	const parts = boundary
		? body
				.split(`--${boundary}`)
				.slice(1, -1)
				.map((p) => split(p.replace(/^\r?\n/, '')))
		: [[headers, body] as [Record<string, string>, string]];
	for (const [h, b] of parts) {
		const decoded = decodeBody(b, h['content-transfer-encoding']);
		if (h['content-type']?.startsWith('text/html')) mail.html = decoded;
		else if (h['content-type']?.startsWith('text/plain') || !h['content-type']) mail.text = decoded;
	}
	return mail;
}

export async function startSmtp(): Promise<CapturingSmtp> {
	const capture: CapturingSmtp = {
		url: '',
		inbox: [],
		failing: false,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				if (capture.failing) {
					const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 554 });
					return callback(error);
				}
				const to = session.envelope.rcptTo.map((r) => r.address).join(',');
				capture.inbox.push(parseMail(to, Buffer.concat(chunks).toString('utf8')));
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	capture.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
	return capture;
}
