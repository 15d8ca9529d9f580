// Counters for the sync server, rendered as Prometheus text. Plain fields, so the hot path pays one
// addition per event and nothing else.
import type { RejectReason } from './protocol';

const buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

class Histogram {
	private readonly counts = new Array<number>(buckets.length).fill(0);
	private sum = 0;
	private count = 0;

	observe(seconds: number) {
		this.sum += seconds;
		this.count++;
		for (let i = 0; i < buckets.length; i++) if (seconds <= buckets[i]) this.counts[i]++;
	}

	lines(name: string): string[] {
		return [
			...buckets.map((le, i) => `${name}_bucket{le="${le}"} ${this.counts[i]}`),
			`${name}_bucket{le="+Inf"} ${this.count}`,
			`${name}_sum ${this.sum}`,
			`${name}_count ${this.count}`
		];
	}
}

export class SyncMetrics {
	connections = 0;
	connectionsTotal = 0;
	docsLoaded = 0;
	docLoadsTotal = 0;
	docBuildsTotal = 0;
	updatesIn = 0;
	updatesOut = 0;
	bytesIn = 0;
	bytesOut = 0;
	readOnlyUpdatesDropped = 0;
	compactions = 0;
	persistErrors = 0;
	/** scale-out: updates other instances stored, and catch-ups from the database after a fan-out gap */
	remoteUpdatesIn = 0;
	resyncs = 0;
	/** 1 while the fan-out bus (Redis) works, 0 when it is down; undefined on a single instance */
	fanoutUp: (() => boolean) | undefined;
	readonly rejected = new Map<RejectReason, number>();
	readonly refusedUpgrades = new Map<number, number>();
	readonly closedByServer = new Map<string, number>();
	/** time to commit one batch of updates */
	readonly persistSeconds = new Histogram();
	/** from a client's update arriving to its broadcast: what durability adds to every edit's latency */
	readonly broadcastDelaySeconds = new Histogram();

	reject(reason: RejectReason) {
		this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + 1);
	}

	refuse(status: number) {
		this.refusedUpgrades.set(status, (this.refusedUpgrades.get(status) ?? 0) + 1);
	}

	closed(reason: string) {
		this.closedByServer.set(reason, (this.closedByServer.get(reason) ?? 0) + 1);
	}

	render(): string {
		const out: string[] = [];
		const metric = (name: string, type: string, help: string, lines: string[]) => {
			out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...lines);
		};
		const single = (name: string, type: string, help: string, value: number) =>
			metric(name, type, help, [`${name} ${value}`]);
		const labelled = <K>(name: string, help: string, label: string, values: Map<K, number>) =>
			metric(
				name,
				'counter',
				help,
				[...values].map(([k, v]) => `${name}{${label}="${k}"} ${v}`)
			);

		single('samspil_sync_connections', 'gauge', 'Open sync WebSocket connections.', this.connections);
		single('samspil_sync_connections_total', 'counter', 'Sync connections accepted.', this.connectionsTotal);
		single('samspil_sync_docs_loaded', 'gauge', 'Documents loaded in memory.', this.docsLoaded);
		single('samspil_sync_doc_loads_total', 'counter', 'Documents loaded from the database.', this.docLoadsTotal);
		single(
			'samspil_sync_doc_builds_total',
			'counter',
			'Loaded documents built into a Y.Doc (deferred until a write or a diff needs one).',
			this.docBuildsTotal
		);
		single('samspil_sync_updates_in_total', 'counter', 'Document updates accepted from clients.', this.updatesIn);
		single('samspil_sync_updates_out_total', 'counter', 'Document updates delivered to clients.', this.updatesOut);
		single('samspil_sync_bytes_in_total', 'counter', 'Bytes received in sync messages.', this.bytesIn);
		single('samspil_sync_bytes_out_total', 'counter', 'Bytes sent in sync messages.', this.bytesOut);
		single(
			'samspil_sync_readonly_updates_dropped_total',
			'counter',
			'Updates from read-only connections that were dropped.',
			this.readOnlyUpdatesDropped
		);
		single('samspil_sync_compactions_total', 'counter', 'Update logs merged into snapshots.', this.compactions);
		single(
			'samspil_sync_persist_errors_total',
			'counter',
			'Failed writes of the update log (retried).',
			this.persistErrors
		);
		if (this.fanoutUp) {
			single(
				'samspil_sync_fanout_up',
				'gauge',
				'Whether the cross-instance fan-out (Redis) is connected.',
				this.fanoutUp() ? 1 : 0
			);
			single(
				'samspil_sync_remote_updates_total',
				'counter',
				'Updates received from other instances.',
				this.remoteUpdatesIn
			);
			single(
				'samspil_sync_resyncs_total',
				'counter',
				'Documents re-read from the database after a fan-out gap.',
				this.resyncs
			);
		}
		labelled(
			'samspil_sync_rejected_messages_total',
			'Messages that closed their connection, by reason.',
			'reason',
			this.rejected
		);
		labelled(
			'samspil_sync_refused_upgrades_total',
			'Upgrades refused before the handshake, by HTTP status.',
			'status',
			this.refusedUpgrades
		);
		labelled(
			'samspil_sync_server_closes_total',
			'Connections closed by the server, by reason.',
			'reason',
			this.closedByServer
		);

		metric(
			'samspil_sync_persist_seconds',
			'histogram',
			'Time to commit one batch of updates.',
			this.persistSeconds.lines('samspil_sync_persist_seconds')
		);
		metric(
			'samspil_sync_broadcast_delay_seconds',
			'histogram',
			'From an update arriving to its broadcast (queueing and commit).',
			this.broadcastDelaySeconds.lines('samspil_sync_broadcast_delay_seconds')
		);
		return out.join('\n') + '\n';
	}
}
