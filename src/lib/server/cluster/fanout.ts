// The sync fan-out over Redis pub/sub: one channel per document (`<prefix>sync:<doc>`), subscribed only
// while this instance holds the document. A message is one Buffer: kind (1 byte), the sender's instance
// id (16 bytes, so an instance ignores its own messages), then the payload (a Yjs or awareness update).
// Deletions go on one channel every instance listens to (`<prefix>sync-drop`), as the deleting instance
// can't know which documents below a board the others hold; the payload there is the deleted prefix.
//
// A gap (Redis restarted, a connection dropped) may lose messages in both directions. When both
// connections are ready again, every channel is subscribed anew and only then is the sync server told to
// resync: from that moment every new message arrives, and everything older is in the database.
import { randomBytes } from 'node:crypto';
import type { Fanout, FanoutHandlers, FanoutKind } from '../sync/index';
import type { RedisLink } from './redis';
import { log } from '../log';

const kinds: FanoutKind[] = ['update', 'awareness', 'query-awareness', 'resync'];
const idBytes = 16;
const empty = new Uint8Array(0);

export function redisFanout(link: RedisLink): Fanout {
	const instance = randomBytes(idBytes);
	const channelPrefix = `${link.prefix}sync:`;
	const dropChannel = `${link.prefix}sync-drop`;
	const docs = new Set<string>();
	let handlers: FanoutHandlers | undefined;
	/** set when a connection dropped; cleared once re-subscribed and resynced */
	let gap = false;
	let recovering = false;

	const onMessage = (channel: Buffer, message: Buffer) => {
		if (message.length < 1 + idBytes || instance.equals(message.subarray(1, 1 + idBytes))) return;
		const name = channel.toString('utf8');
		if (name === dropChannel) return handlers?.dropped(message.subarray(1 + idBytes).toString('utf8'));
		const kind = kinds[message[0]];
		const doc = name.slice(channelPrefix.length);
		if (!kind || !docs.has(doc)) return;
		// A private copy: Yjs keeps references into updates it parks.
		handlers?.message(doc, kind, new Uint8Array(message.subarray(1 + idBytes)));
	};

	async function recover() {
		if (recovering || !link.up) return;
		recovering = true;
		try {
			await link.subscriber.subscribe(dropChannel, ...[...docs].map((d) => channelPrefix + d));
			gap = false;
			handlers?.reconnected();
		} catch (error) {
			log.warn('redis re-subscribe failed', { error: String(error) });
		} finally {
			recovering = false;
		}
	}

	const onClose = () => {
		gap = true;
	};
	const onReady = () => {
		if (gap) void recover();
	};

	function send(channel: string, kind: number, payload: Uint8Array) {
		const message = Buffer.allocUnsafe(1 + idBytes + payload.length);
		message[0] = kind;
		instance.copy(message, 1);
		message.set(payload, 1 + idBytes);
		link.command.publish(channel, message).catch(() => {
			gap = true;
			onReady(); // still connected (a one-off failure): recover now; otherwise when 'ready' comes
		});
	}

	return {
		start(next) {
			handlers = next;
			link.subscriber.on('messageBuffer', onMessage);
			for (const client of [link.command, link.subscriber]) {
				client.on('close', onClose);
				client.on('ready', onReady);
			}
			// Down at start-up counts as a gap: rooms loaded meanwhile resync once Redis answers.
			if (!link.up) gap = true;
			else
				link.subscriber.subscribe(dropChannel).catch(() => {
					gap = true;
					onReady();
				});
		},

		async subscribe(doc) {
			docs.add(doc);
			await link.subscriber.subscribe(channelPrefix + doc);
		},

		unsubscribe(doc) {
			if (!docs.delete(doc)) return;
			link.subscriber.unsubscribe(channelPrefix + doc).catch(() => undefined);
		},

		publish(doc, kind, payload = empty) {
			send(channelPrefix + doc, kinds.indexOf(kind), payload);
		},

		publishDrop(prefix) {
			send(dropChannel, 0xff, Buffer.from(prefix, 'utf8'));
		},

		get connected() {
			return link.up && !gap;
		},

		async close() {
			link.subscriber.off('messageBuffer', onMessage);
			for (const client of [link.command, link.subscriber]) {
				client.off('close', onClose);
				client.off('ready', onReady);
			}
		}
	};
}
