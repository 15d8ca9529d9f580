// An in-process stand-in for the Redis fan-out (src/lib/server/cluster/fanout.ts): instances in one test
// process exchange messages through it, and the test can cut it and bring it back like a Redis outage.
import type { Fanout, FanoutHandlers, FanoutKind } from '../../../../src/lib/server/sync/index';

export class MemoryBus {
	private readonly nodes = new Set<{ docs: Set<string>; handlers?: FanoutHandlers; gap: boolean }>();
	private down = false;
	published = 0;

	/** One instance's end of the bus. */
	fanout(): Fanout {
		const node = { docs: new Set<string>(), handlers: undefined as FanoutHandlers | undefined, gap: false };
		this.nodes.add(node);
		// Arrow functions: `this` stays the bus (the getter reads it through `isUp`).
		const isUp = () => !this.down;
		return {
			start: (handlers) => {
				node.handlers = handlers;
			},
			subscribe: async (doc) => {
				node.docs.add(doc);
				if (this.down) throw new Error('bus down');
			},
			unsubscribe: (doc) => {
				node.docs.delete(doc);
			},
			publish: (doc: string, kind: FanoutKind, payload = new Uint8Array(0)) => {
				if (this.down) {
					node.gap = true;
					return;
				}
				this.published++;
				// Delivered a moment later, as over a network.
				setImmediate(() => {
					for (const other of this.nodes)
						if (other !== node && other.docs.has(doc)) other.handlers?.message(doc, kind, payload);
				});
			},
			publishDrop: (prefix: string) => {
				if (this.down) return;
				setImmediate(() => {
					for (const other of this.nodes) if (other !== node) other.handlers?.dropped(prefix);
				});
			},
			get connected() {
				return isUp();
			},
			close: async () => {
				this.nodes.delete(node);
			}
		};
	}

	cut() {
		this.down = true;
		for (const node of this.nodes) node.gap = true;
	}

	restore() {
		this.down = false;
		for (const node of this.nodes) {
			if (!node.gap) continue;
			node.gap = false;
			node.handlers?.reconnected();
		}
	}
}
