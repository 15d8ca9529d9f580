// Demo boards: a finished learning-environment workshop in the citizen service (with votes, decisions
// and action items), a buddy-training board in home care being grouped right now, and an English
// start/stop/continue in IT, so the boards list and the archive look lived-in.
import { loadActor } from '../auth/index';
import { log } from '../log';
import * as boards from '../boards/index';
import { makeActionItems } from '../actions/index';
import { boardSyncAvailable, changeDoc } from '../boards/live';
import {
	addComment,
	addDecision,
	addGroup,
	addNote,
	boardDoc,
	boardDocName,
	controlDoc,
	controlDocName,
	listZones,
	type Color
} from '$lib/boards/doc';
import type { DemoContext } from './context';

interface DemoNote {
	zone: number;
	text: string;
	by: number;
	votes?: number;
	color?: Color;
	comment?: [number, string];
	group?: string;
}

export async function seedBoards(ctx: DemoContext) {
	if (!boardSyncAvailable()) {
		log.info('demo boards skipped: no sync server running');
		return;
	}
	const admin = await loadActor(ctx.adminId, ctx.orgId);
	if (!admin || ctx.teams.length < 3) return;
	const people = (team: number) => ctx.people.filter((p) => p.teams.includes(ctx.teams[team].id));
	const facilitator = ctx.people.find((p) => p.name === 'Anne-Marie Berg');
	const facilitatorActor = facilitator ? await loadActor(facilitator.id, ctx.orgId) : admin;

	// 1. Borgerservice: the learning-environment workshop, ended and archived.
	const citizen = people(0);
	const workshop = await boards.createBoard(
		facilitatorActor ?? admin,
		{ title: 'Vores læringsmiljø – workshop i marts', teamId: ctx.teams[0].id, template: 'learning-environment' },
		'da'
	);
	await fill(workshop.id, citizen, [
		{ zone: 0, by: 0, text: 'Vi deler viden på tavlemødet hver morgen', votes: 4 },
		{
			zone: 0,
			by: 1,
			text: 'Nye kolleger får en fast makker de første uger',
			votes: 6,
			comment: [2, 'Det virkede rigtig godt for mig sidste år']
		},
		{ zone: 0, by: 4, text: 'Learning is often left to each person – we should own it together', votes: 2 },
		{ zone: 1, by: 2, text: 'Vi har ikke tid til at vise hinanden nye systemer', votes: 5, color: 'pink' },
		{ zone: 1, by: 3, text: 'Fejl bliver gennemgået uden skyld på fredagsmødet', votes: 3 },
		{ zone: 2, by: 5, text: 'Det er svært at sige "det ved jeg ikke" ved skranken', votes: 4, color: 'pink' },
		{ zone: 2, by: 0, text: 'Ros for at spørge – også når det er travlt', votes: 2 },
		{
			zone: 3,
			by: 1,
			text: 'Borgernes spørgsmål viser os, hvad vi skal blive bedre til',
			votes: 5,
			comment: [3, 'Kunne vi samle dem i en liste hver uge?']
		},
		{ zone: 3, by: 4, text: 'Invite the library team to show us their self-service kiosks', votes: 1 }
	]);
	// Cards drawn from the factors' own decks: two in the first zone, one in the third.
	const zoneIds = (await boards.boardSnapshot(admin, workshop.id)).zones
		.sort((a, b) => a.order - b.order)
		.map((z) => z.id);
	await changeDoc(controlDocName(workshop.id), (doc) => {
		const c = controlDoc(doc);
		c.meta.set('phase', 'decide');
		c.meta.set('questionsShown', 4);
		c.zoneShown.set(zoneIds[0], 2);
		c.zoneShown.set(zoneIds[2], 1);
	});
	await changeDoc(boardDocName(workshop.id), (doc) => {
		const b = boardDoc(doc);
		addDecision(b, { text: 'Alle nye kolleger får en makker i de første seks uger' });
		addDecision(b, { text: 'Hver fredag tager vi ét borgerspørgsmål op, som vi lærte noget af' });
	});
	const decisions = (await boards.boardSnapshot(admin, workshop.id)).decisions.map((d) => d.id);
	await makeActionItems(facilitatorActor ?? admin, workshop.id, decisions);
	await boards.endWorkshop(facilitatorActor ?? admin, workshop.id);

	// 2. Hjemmeplejen Nord: buddy training board, being grouped now.
	const care = people(1);
	const buddy = await boards.createBoard(
		admin,
		{ title: 'Sidemandsoplæring i Hjemmeplejen', teamId: ctx.teams[1].id, template: 'daily-learning' },
		'da'
	);
	await fill(buddy.id, care, [
		{
			zone: 0,
			by: 0,
			text: 'Nye medarbejdere kører med en erfaren kollega de første ti vagter',
			group: 'Første vagter'
		},
		{ zone: 0, by: 1, text: 'Tjeklisten til første uge er for lang', group: 'Første vagter' },
		{ zone: 0, by: 2, text: 'Vi skal aftale, hvem der er makker – ikke bare "den, der er på arbejde"' },
		{ zone: 1, by: 3, text: 'Mentorordning for nye social- og sundhedshjælpere' },
		{ zone: 1, by: 4, text: 'A mentor outside my own route would help me see other ways of working' },
		{ zone: 2, by: 5, text: 'Kort feedback efter besøg hos borgere med demens' },
		{ zone: 2, by: 6, text: 'Vi giver sjældent feedback til hinanden på forflytninger' },
		{ zone: 3, by: 0, text: 'Pårørende ved ofte mere end journalen' }
	]);
	await changeDoc(controlDocName(buddy.id), (doc) => controlDoc(doc).meta.set('phase', 'group'));
	await boards.mirrorBoard(buddy.id);

	// 3. IT og Digitalisering: an English start/stop/continue after voting.
	const it = people(2);
	const retro = await boards.createBoard(
		admin,
		{ title: 'Start / stop / continue – spring', teamId: ctx.teams[2].id, template: 'start-stop-continue' },
		'en'
	);
	await fill(retro.id, it, [
		{ zone: 0, by: 1, text: 'Pair on every new integration for the first week', votes: 4 },
		{ zone: 0, by: 2, text: 'Short demo of something we learned, every other Friday', votes: 3 },
		{ zone: 1, by: 3, text: 'Stop answering support questions in private chats – share them', votes: 5 },
		{ zone: 2, by: 4, text: 'Continue the code review checklist', votes: 2 },
		{ zone: 2, by: 0, text: 'Continue inviting colleagues from citizen service to user tests', votes: 3 }
	]);
	await changeDoc(controlDocName(retro.id), (doc) => controlDoc(doc).meta.set('phase', 'discuss'));
	await boards.mirrorBoard(retro.id);
}

async function fill(boardId: string, people: DemoContext['people'], notes: DemoNote[]) {
	const votes = new Map<string, number>();
	await changeDoc(boardDocName(boardId), (doc) => {
		const b = boardDoc(doc);
		const zones = listZones(b);
		const groups = new Map<string, string>();
		let order = 1;
		for (const n of notes) {
			const zoneId = zones[n.zone % zones.length].id;
			let groupId = '';
			if (n.group) {
				groupId = groups.get(n.group) ?? addGroup(b, { title: n.group, zoneId });
				groups.set(n.group, groupId);
			}
			const author = people[n.by % Math.max(1, people.length)];
			const id = addNote(b, {
				text: n.text,
				zoneId,
				color: n.color ?? 'yellow',
				authorId: author?.id ?? '',
				authorName: author?.name ?? '',
				order: order++,
				groupId
			});
			if (n.votes) votes.set(id, n.votes);
			if (n.comment) {
				const commenter = people[n.comment[0] % Math.max(1, people.length)];
				addComment(b, { noteId: id, text: n.comment[1], authorName: commenter?.name ?? '' });
			}
		}
	});
	// Vote totals live in the control doc, like the tally the server writes when voting closes.
	if (votes.size)
		await changeDoc(controlDocName(boardId), (doc) => votes.forEach((n, id) => controlDoc(doc).votes.set(id, n)));
	await boards.mirrorBoard(boardId);
}
