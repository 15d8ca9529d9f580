// Follows a team's live document (`live/team/<id>`, read-only) with the stock y-websocket provider and
// exposes the learning part as plain $state for the components.
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { readTeamView, teamDocName, type TeamViewData } from './team-view';

export class TeamViewDoc {
	data = $state<TeamViewData | null>(null);
	connected = $state(false);
	#doc = new Y.Doc();
	#provider: WebsocketProvider;

	constructor(teamId: string, initial: TeamViewData) {
		this.data = initial;
		const origin = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
		this.#provider = new WebsocketProvider(origin, teamDocName(teamId), this.#doc);
		this.#provider.on('status', ({ status }: { status: string }) => (this.connected = status === 'connected'));
		this.#doc.getMap('learning').observe(() => {
			const next = readTeamView(this.#doc);
			if (next) this.data = next;
		});
	}

	destroy() {
		this.#provider.destroy();
		this.#doc.destroy();
	}
}
