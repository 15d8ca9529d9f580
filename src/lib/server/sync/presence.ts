// Presence (y-protocols awareness) from one connection, screened before the room applies it:
// - a connection speaks only for its own client ids, a few of them (`maxPresenceIds`): the stock provider
//   echoes everyone's states back, so entries for ids another connection holds are dropped quietly — unless
//   that connection is the same person's (a client that reconnected before its old socket timed out);
// - a state may not be larger than `maxPresenceBytes`;
// - who someone is — `user: { id, name, role }` — is written by the server from the authenticated identity,
//   never taken from the client (a guest could otherwise appear as "Name (facilitator)").
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import { CloseCode, ProtocolError } from './protocol';

/** Who a connection is in presence; `role` is the app's word for it (`facilitator`, `member`, `guest`). */
export interface PresenceIdentity {
	id: string;
	name: string;
	role: string;
}

export interface PresenceScreen {
	awareness: Awareness;
	/** client ids this connection already speaks for */
	own: ReadonlySet<number>;
	/** whether it may take over an id another connection holds (the same person, reconnected) */
	mayTakeOver(clientId: number): boolean;
	maxIds: number;
	maxBytes: number;
	identity: PresenceIdentity | undefined;
}

interface Entry {
	clientId: number;
	clock: number;
	state: string;
}

/**
 * The part of an (already validated, see protocol.ts) awareness update this connection may apply, with the
 * server's identity stamped in; null when nothing is left. Throws a ProtocolError for an oversized state.
 */
export function screenAwareness(update: Uint8Array, screen: PresenceScreen): Uint8Array | null {
	const decoder = decoding.createDecoder(update);
	const count = decoding.readVarUint(decoder);
	const kept: Entry[] = [];
	let claims = screen.own.size;
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder);
		const clock = decoding.readVarUint(decoder);
		const state = decoding.readVarString(decoder);
		const own = screen.own.has(clientId) || kept.some((e) => e.clientId === clientId);
		if (!own) {
			// Someone else's (an echo), a removal of a state that isn't ours, or one id too many: not ours to say.
			if (state === 'null' || claims >= screen.maxIds) continue;
			if (screen.awareness.getStates().has(clientId) && !screen.mayTakeOver(clientId)) continue;
			claims++;
		}
		if (state.length > screen.maxBytes || Buffer.byteLength(state) > screen.maxBytes) {
			throw new ProtocolError('presence-too-large', CloseCode.policyViolation);
		}
		kept.push({ clientId, clock, state: stamp(state, screen.identity) });
	}
	if (!kept.length) return null;
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, kept.length);
	for (const { clientId, clock, state } of kept) {
		encoding.writeVarUint(encoder, clientId);
		encoding.writeVarUint(encoder, clock);
		encoding.writeVarString(encoder, state);
	}
	return encoding.toUint8Array(encoder);
}

/** The state with `user` replaced by the server's identity (a removal, `null`, stays one). */
function stamp(state: string, identity: PresenceIdentity | undefined): string {
	if (!identity || state === 'null') return state;
	const parsed: unknown = JSON.parse(state);
	if (parsed === null) return state;
	const fields = typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
	const user = {
		id: identity.id,
		name: identity.name,
		role: identity.role,
		facilitator: identity.role === 'facilitator'
	};
	return JSON.stringify({ ...fields, user });
}
