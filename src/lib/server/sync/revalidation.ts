// Permissions change while connections stay open (a member leaves a team, a board closes): every open
// connection is asked `authorize` again — on a timer and whenever the app calls `revalidate` — and is
// downgraded to read-only or closed at once.
import { clampPermission } from './access';
import type { Authorization, SyncServerDeps } from './api';
import type { Connection, OpenConnection } from './connection';
import { errorFields, type SyncLogger } from './logger';
import type { SyncMetrics } from './metrics';
import { CloseCode } from './protocol';

/** Concurrent authorize calls during a revalidation sweep. */
const revalidateConcurrency = 16;

export interface RevalidationContext {
	deps: Pick<SyncServerDeps, 'authorize' | 'authKey'>;
	connections: Set<Connection>;
	metrics: SyncMetrics;
	logger: SyncLogger;
	closing(): boolean;
}

export class Revalidation {
	private readonly sweep: ReturnType<typeof setInterval> | undefined;
	private sweeping = false;

	/** `intervalMs`: how often every connection is checked; 0 = only when `revalidate` is called. */
	constructor(
		private readonly ctx: RevalidationContext,
		intervalMs: number
	) {
		if (intervalMs > 0) {
			this.sweep = setInterval(() => {
				if (this.sweeping || ctx.closing() || ctx.connections.size === 0) return;
				this.sweeping = true;
				this.revalidate()
					.catch((error) => ctx.logger.error('sync revalidation sweep failed', errorFields(error)))
					.finally(() => (this.sweeping = false));
			}, intervalMs);
			this.sweep.unref();
		}
	}

	/** Re-authorises open connections (all, or those matching); connections sharing an `authKey` share a call. */
	async revalidate(predicate?: (connection: OpenConnection) => boolean) {
		const targets = [...this.ctx.connections].filter((c) => !predicate || predicate(c));
		const shared = new Map<string, Promise<Authorization>>();
		let next = 0;
		const worker = async () => {
			while (next < targets.length) await this.check(targets[next++], shared);
		};
		await Promise.all(Array.from({ length: Math.min(revalidateConcurrency, targets.length) }, worker));
	}

	stop() {
		if (this.sweep) clearInterval(this.sweep);
	}

	private async check(connection: Connection, shared: Map<string, Promise<Authorization>>) {
		const { deps, metrics, logger } = this.ctx;
		const key = deps.authKey?.(connection.req, connection.docName);
		let pending = key === undefined ? undefined : shared.get(key);
		if (!pending) {
			pending = deps.authorize(connection.req, connection.docName, 'revalidate');
			if (key !== undefined) shared.set(key, pending);
		}
		let auth: Authorization;
		try {
			auth = await pending;
		} catch (error) {
			// A failing check (database hiccup) leaves the connection as it was.
			logger.warn('sync revalidation failed', { doc: connection.docName, ...errorFields(error) });
			return;
		}
		if (connection.isClosed) return;
		connection.principal = auth.principal;
		if (auth.presence) connection.presence = auth.presence;
		const permission = clampPermission(connection.docName, auth.permission);
		if (permission === 'none') {
			metrics.closed('permission-revoked');
			logger.info('sync permission revoked', { doc: connection.docName, ip: connection.ip });
			connection.close(auth.status === 401 ? CloseCode.unauthorized : CloseCode.forbidden, 'permission revoked');
		} else connection.setPermission(permission);
	}
}
