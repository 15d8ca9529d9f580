// Inputs for the robustness tests: well-formed y-websocket messages, and ways to break them.
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';

/** Deterministic PRNG (mulberry32), so a failing run can be replayed. */
export function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (n: number) => Math.floor(next() * n),
		bytes(n: number) {
			const out = new Uint8Array(n);
			for (let i = 0; i < n; i++) out[i] = Math.floor(next() * 256);
			return out;
		}
	};
}

export function syncMessage(step: number, payload: Uint8Array): Uint8Array {
	const e = encoding.createEncoder();
	encoding.writeVarUint(e, 0);
	encoding.writeVarUint(e, step);
	encoding.writeVarUint8Array(e, payload);
	return encoding.toUint8Array(e);
}

export function awarenessMessage(payload: Uint8Array): Uint8Array {
	const e = encoding.createEncoder();
	encoding.writeVarUint(e, 1);
	encoding.writeVarUint8Array(e, payload);
	return encoding.toUint8Array(e);
}

/** Valid messages of every kind a provider sends, touching only the map `f` and the text `ft`. */
export function validMessages(): Uint8Array[] {
	const doc = new Y.Doc();
	const updates: Uint8Array[] = [];
	doc.on('update', (u: Uint8Array) => updates.push(u));
	const map = doc.getMap('f');
	const text = doc.getText('ft');
	for (let i = 0; i < 8; i++) map.set(`fuzz${i}`, { n: i, s: 'x'.repeat(i) });
	text.insert(0, 'fuzzing text');
	text.delete(2, 3);
	map.delete('fuzz0');
	const awareness = new Awareness(doc);
	awareness.setLocalState({ user: { name: 'fuzz' }, cursor: { x: 1, y: 2 } });
	const messages = [
		syncMessage(0, Y.encodeStateVector(doc)),
		syncMessage(1, Y.encodeStateAsUpdate(doc)),
		...updates.map((u) => syncMessage(2, u)),
		awarenessMessage(encodeAwarenessUpdate(awareness, [doc.clientID])),
		new Uint8Array([3])
	];
	awareness.destroy();
	doc.destroy();
	return messages;
}

export function mutate(message: Uint8Array, rng: ReturnType<typeof random>): Uint8Array {
	const m = message.slice();
	switch (rng.int(6)) {
		case 0: // flip one bit
			if (m.length) m[rng.int(m.length)] ^= 1 << rng.int(8);
			return m;
		case 1: // overwrite one byte
			if (m.length) m[rng.int(m.length)] = rng.int(256);
			return m;
		case 2: // truncate
			return m.slice(0, rng.int(m.length));
		case 3: {
			// insert random bytes
			const at = rng.int(m.length + 1);
			return concat(m.slice(0, at), rng.bytes(1 + rng.int(4)), m.slice(at));
		}
		case 4: {
			// a varint that never ends
			const at = rng.int(m.length + 1);
			return concat(m.slice(0, at), new Uint8Array(12).fill(0xff), m.slice(at));
		}
		default: {
			// inflate a length prefix (byte 2 of sync and awareness messages)
			if (m.length > 2) m[Math.min(2, m.length - 1)] = 0x7f;
			return m;
		}
	}
}

function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}
