// The live results document through the real sync server and the app's own authorisation (session
// cookie → actor → the surveys resolver), read by a stock y-websocket client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { metric, startServer, upgradeStatus, waitFor, type TestServer } from '../sync/support/harness';
import { authorizeRequest } from '../../../src/lib/server/sync-wiring';
import { createSession, SESSION_COOKIE } from '../../../src/lib/server/auth/sessions';
import * as surveys from '../../../src/lib/server/surveys/index';
import { liveDocName, readLiveSnapshot, type LiveSnapshot } from '../../../src/lib/surveys/live';
import { answer, instrumentSurvey, makeOrg, openRoundFor, scoring, type Org } from './support';
import type { Actor } from '../../../src/lib/server/actor';
import { app } from '../../../src/lib/server/app/index';

let database: TestDatabase;
let server: TestServer;
let unregister: () => void;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
	database = await createTestDatabase();
	unregister = surveys.registerSurveyLiveDocs();
	server = await startServer({ db: database.db, authorize: authorizeRequest });
	app().sync = server.sync;
});

afterAll(async () => {
	for (const p of providers) p.destroy();
	app().sync = undefined;
	unregister();
	await server.stop();
	await database.close();
});

async function cookieFor(actor: Actor) {
	const { token } = await createSession(actor.userId, actor.orgId);
	return `${SESSION_COOKIE}=${token}`;
}

/** A stock WebsocketProvider that sends the person's session cookie, as a browser would. */
async function follow(actor: Actor, roundId: string) {
	const cookie = await cookieFor(actor);
	class BrowserLike extends WebSocket {
		constructor(url: string, protocols?: string | string[]) {
			super(url, protocols, { headers: { cookie } });
		}
	}
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(server.url, liveDocName(roundId), doc, {
		WebSocketPolyfill: BrowserLike as unknown as typeof globalThis.WebSocket,
		disableBc: true
	});
	providers.push(provider);
	await new Promise<void>((resolve) =>
		provider.synced ? resolve() : provider.on('sync', (s: boolean) => s && resolve())
	);
	return { doc, provider, snapshot: () => readLiveSnapshot(doc) as LiveSnapshot | null };
}

// One round told in order: the first case answers it, the next follow it read-only and see those answers.
describe.sequential('surveys: live results over the sync server', () => {
	let org: Org;
	let team: Awaited<ReturnType<Org['teamOf']>>;
	let roundId: string;

	beforeAll(async () => {
		org = await makeOrg();
		team = await org.teamOf('IT', 5);
		const survey = await instrumentSurvey(org.admin);
		roundId = (await openRoundFor(org.admin, survey.id, [team.id])).id;
	});

	it('shows a follower no numbers until the fifth answer, then the numbers as they arrive', async () => {
		const screen = await follow(org.admin, roundId);
		for (const m of team.members.slice(0, 4)) await answer(m, roundId, scoring(4));
		await surveys.liveIdle();
		await waitFor(() => screen.snapshot() !== null, 2000, 'a first snapshot');
		expect(screen.snapshot()).toMatchObject({ shown: false, responses: null, dimensions: [], items: [] });

		await answer(team.members[4], roundId, scoring(4));
		await waitFor(() => screen.snapshot()?.responses === 5, 2000, 'five responses on the live screen');
		const s = screen.snapshot()!;
		expect(s.shown).toBe(true);
		expect(s.dimensions.length).toBeGreaterThan(0);
		expect(s.dimensions.every((d) => d.mean === 4)).toBe(true);
	});

	it('lets a team member follow read-only, and nobody from another organisation', async () => {
		const member = await follow(team.members[1], roundId);
		expect(member.snapshot()?.responses).toBe(5);
		// A write from the client is dropped: the server's document stays as it was.
		const dropped = metric(server.sync.metrics(), 'samspil_sync_readonly_updates_dropped_total');
		member.doc.getMap('live').set('snapshot', { forged: true });
		await waitFor(() => metric(server.sync.metrics(), 'samspil_sync_readonly_updates_dropped_total') > dropped);
		let stored: unknown;
		await server.sync.writeDoc(liveDocName(roundId), (doc) => (stored = readLiveSnapshot(doc)));
		expect(stored).toMatchObject({ responses: 5 });

		const other = await makeOrg('Elsewhere');
		const stranger = await cookieFor(other.admin);
		expect(await upgradeStatus(server.url, liveDocName(roundId), '', { cookie: stranger })).toBe(403);
		expect(await upgradeStatus(server.url, liveDocName(roundId))).toBe(401);
	});
});

describe('surveys: from results to a dialogue board', () => {
	it('creates a board for the team whose zones are the lowest dimensions, with question cards', async () => {
		const { boardDoc, boardDocName, controlDoc, controlDocName, readZone } =
			await import('../../../src/lib/boards/doc');
		const org = await makeOrg();
		const team = await org.teamOf('Hjemmeplejen', 5);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id]);
		const reflection = survey.dimensions.find((d) => d.key === 'reflection')!.id;
		// Reflection scores lowest, then the rest alike.
		for (const m of team.members)
			await answer(m, roundId, (q) =>
				q.kind !== 'likert' ? null : String(q.dimensionId === reflection ? (q.reverse ? 5 : 1) : q.reverse ? 2 : 4)
			);
		const labels = {
			title: ({ survey: s, round }: { survey: string; round: string }) => `Dialogue: ${s} – ${round}`,
			wholeRound: 'Everyone',
			prompts: [
				({ dimension }: { dimension: string }) => `What explains ${dimension}?`,
				() => 'What works?',
				() => 'What do we try?'
			]
		};
		const { boardId } = await surveys.discussResults(team.manager, roundId, surveys.TOTAL, 'en', labels);
		let zones: string[] = [];
		let questions: string[] = [];
		let title = '';
		await server.sync.writeDoc(boardDocName(boardId), (doc) => {
			const b = boardDoc(doc);
			zones = [...b.zones.entries()]
				.map(([id, y]) => readZone(id, y))
				.sort((x, y) => x.order - y.order)
				.map((z) => z.title);
		});
		// The title and the question deck are facilitation state: the board's server-authored control doc.
		await server.sync.writeDoc(controlDocName(boardId), (doc) => {
			const c = controlDoc(doc);
			questions = c.questions.toArray();
			title = String(c.meta.get('title'));
		});
		expect(title).toBe('Dialogue: Learning environment – Spring');
		expect(zones).toHaveLength(3);
		expect(zones[0]).toBe('Time for reflection');
		expect(questions).toContain('What explains Time for reflection?');
		expect(questions.some((q) => q.startsWith('Time for reflection: “We take time to talk'))).toBe(true);
		// The board belongs to the team, through the boards module.
		const { getBoard } = await import('../../../src/lib/server/boards/index');
		expect((await getBoard(team.members[1], boardId)).team_id).toBe(team.id);
	});

	it('makes no board when the numbers are hidden', async () => {
		const org = await makeOrg();
		const team = await org.teamOf('Small', 3);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id]);
		for (const m of team.members) await answer(m, roundId, scoring(3));
		await expect(
			surveys.discussResults(team.manager, roundId, surveys.TOTAL, 'en', {
				title: () => 't',
				wholeRound: '',
				prompts: []
			})
		).rejects.toMatchObject({
			key: 'error_surveys_nothing_to_discuss'
		});
	});
});
