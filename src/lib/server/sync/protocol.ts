// The y-websocket wire protocol, as the stock WebsocketProvider speaks it (y-protocols sync + awareness).
// Every client message is decoded and validated here, completely, before a room sees it: a room only ever
// receives well-formed messages, and anything else becomes a ProtocolError that closes one connection.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;

// Sub-types of messageSync (y-protocols/sync).
const syncStep1 = 0;
const syncStep2 = 1;
const syncUpdate = 2;
// Sub-type of messageAuth (y-protocols/auth).
const permissionDenied = 0;

export type ClientMessage =
	| { kind: 'sync-step1'; stateVector: Uint8Array }
	| { kind: 'sync-step2'; update: Uint8Array; inserts: boolean }
	| { kind: 'update'; update: Uint8Array; inserts: boolean }
	| { kind: 'awareness'; update: Uint8Array }
	| { kind: 'query-awareness' }
	| { kind: 'auth' };

/** WebSocket close codes we use; 4400–4499 tell the stock provider not to reconnect. */
export const CloseCode = {
	normal: 1000,
	goingAway: 1001,
	unsupportedData: 1003,
	invalidPayload: 1007,
	policyViolation: 1008,
	messageTooBig: 1009,
	internalError: 1011,
	tryAgainLater: 1013,
	unauthorized: 4401,
	forbidden: 4403,
	/** the document reached its size cap; the change was refused (the client shows why, and stays off) */
	documentFull: 4413
} as const;

export type RejectReason =
	| 'text-frame'
	| 'too-large'
	| 'invalid-frame'
	| 'malformed'
	| 'unknown-type'
	| 'invalid-state-vector'
	| 'invalid-update'
	| 'invalid-awareness'
	| 'rate-limited'
	| 'byte-rate-limited'
	| 'document-full'
	| 'presence-too-large'
	| 'forbidden-update'
	| 'slow-consumer'
	| 'internal';

export class ProtocolError extends Error {
	constructor(
		readonly reason: RejectReason,
		readonly code: number,
		detail?: string
	) {
		super(detail ? `${reason}: ${detail}` : reason);
	}
}

const malformed = (detail: string) => new ProtocolError('malformed', CloseCode.invalidPayload, detail);

/**
 * Decodes one binary WebSocket message. `data` must own its ArrayBuffer exactly (copy frames first):
 * lib0 reads length-prefixed arrays as views without a bounds check, so on a pooled Buffer a lying
 * length prefix would read a neighbour's bytes instead of failing.
 */
export function decodeMessage(data: Uint8Array): ClientMessage {
	const decoder = decoding.createDecoder(data);
	const type = readVarUint(decoder);
	switch (type) {
		case messageSync: {
			const step = readVarUint(decoder);
			const payload = readPayload(decoder);
			expectEnd(decoder);
			if (step === syncStep1) {
				validate(() => Y.decodeStateVector(payload), 'invalid-state-vector');
				return { kind: 'sync-step1', stateVector: payload };
			}
			if (step === syncStep2 || step === syncUpdate) {
				// Decoding reads every struct, its content and the delete set, so truncated or garbled
				// updates fail here, before Y.applyUpdate could integrate half of one into the shared doc.
				let structs = 0;
				validate(() => (structs = Y.decodeUpdate(payload).structs.length), 'invalid-update');
				// Without structs an update only deletes: it never grows a document (see the size cap).
				return { kind: step === syncStep2 ? 'sync-step2' : 'update', update: payload, inserts: structs > 0 };
			}
			throw new ProtocolError('unknown-type', CloseCode.unsupportedData, `sync step ${step}`);
		}
		case messageAwareness: {
			const payload = readPayload(decoder);
			expectEnd(decoder);
			validate(() => validateAwarenessUpdate(payload), 'invalid-awareness');
			return { kind: 'awareness', update: payload };
		}
		case messageQueryAwareness:
			expectEnd(decoder);
			return { kind: 'query-awareness' };
		case messageAuth:
			return { kind: 'auth' };
		default:
			throw new ProtocolError('unknown-type', CloseCode.unsupportedData, `message type ${type}`);
	}
}

/** True for the state vector of an empty document (a client that has nothing yet). */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
	return stateVector.length === 1 && stateVector[0] === 0;
}

/** True for the update that changes nothing (no structs, empty delete set): what an in-sync peer sends. */
export function isEmptyUpdate(update: Uint8Array): boolean {
	return update.length === 2 && update[0] === 0 && update[1] === 0;
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
	return encodeSync(syncStep1, Y.encodeStateVector(doc));
}

export function encodeSyncStep2(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
	return encodeSync(syncStep2, Y.encodeStateAsUpdate(doc, stateVector));
}

/** Sync step 2 carrying an update as it is (e.g. a stored snapshot). */
export function encodeSyncStep2Raw(update: Uint8Array): Uint8Array {
	return encodeSync(syncStep2, update);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
	return encodeSync(syncUpdate, update);
}

export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, messageAwareness);
	encoding.writeVarUint8Array(encoder, awarenessUpdate);
	return encoding.toUint8Array(encoder);
}

/** The stock provider logs this; we send it when a read-only connection tries to write. */
export function encodePermissionDenied(reason: string): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, messageAuth);
	encoding.writeVarUint(encoder, permissionDenied);
	encoding.writeVarString(encoder, reason);
	return encoding.toUint8Array(encoder);
}

function encodeSync(step: number, payload: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, messageSync);
	encoding.writeVarUint(encoder, step);
	encoding.writeVarUint8Array(encoder, payload);
	return encoding.toUint8Array(encoder);
}

/** Walks an awareness update the way applyAwarenessUpdate will, so applying it cannot throw halfway. */
function validateAwarenessUpdate(update: Uint8Array) {
	const decoder = decoding.createDecoder(update);
	const count = readVarUint(decoder);
	for (let i = 0; i < count; i++) {
		readVarUint(decoder); // client id
		readVarUint(decoder); // clock
		JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(readPayload(decoder)));
	}
	expectEnd(decoder);
}

function readVarUint(decoder: decoding.Decoder): number {
	try {
		return decoding.readVarUint(decoder);
	} catch {
		throw malformed('bad varint');
	}
}

function readPayload(decoder: decoding.Decoder): Uint8Array {
	const length = readVarUint(decoder);
	if (length > decoder.arr.length - decoder.pos) throw malformed('length prefix beyond end of message');
	return decoding.readUint8Array(decoder, length);
}

function expectEnd(decoder: decoding.Decoder) {
	if (decoding.hasContent(decoder)) throw malformed('trailing bytes');
}

function validate(check: () => unknown, reason: 'invalid-state-vector' | 'invalid-update' | 'invalid-awareness') {
	try {
		check();
	} catch (error) {
		if (error instanceof ProtocolError) throw new ProtocolError(reason, CloseCode.invalidPayload, error.message);
		throw new ProtocolError(reason, CloseCode.invalidPayload, error instanceof Error ? error.message : String(error));
	}
}
