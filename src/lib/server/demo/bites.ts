// Demo learning bites: a few short modules in Danish and English, assignments, progress and reviews,
// buddy challenges (accepted, pending, declined), a micro-credential the admin already holds, and a public customer collection.
import { deflateSync, crc32 } from 'node:zlib';
import { loadActor } from '../auth/index';
import * as bites from '../bites/index';
import { createPdf, finishPdf, heading, list, paragraph } from '../pdf/index';
import type { Actor } from '../actor';
import type { DemoContext } from './context';

const DAY = 86_400_000;

/**
 * A PNG "infographic": five rising bars, one per step of buddy training, drawn on a 250 × 120 grid at four pixels a
 * cell, so it stays sharp on a phone's high-density screen (Lighthouse flagged the 250 px original as too small).
 */
function stepsInfographic(): Buffer {
	const scale = 4;
	const width = 250 * scale;
	const height = 120 * scale;
	const colours = [
		[15, 107, 92],
		[29, 128, 110],
		[52, 150, 128],
		[88, 172, 150],
		[128, 194, 175]
	];
	const rows: Buffer[] = [];
	for (let y = 0; y < height; y++) {
		const row = Buffer.alloc(1 + width * 3, 255);
		row[0] = 0;
		for (let x = 0; x < width; x++) {
			const [gx, gy] = [Math.floor(x / scale), Math.floor(y / scale)];
			const bar = Math.floor(gx / 50);
			const inBar = gx % 50 >= 8 && gx % 50 < 42;
			const top = 120 - 20 - bar * 20;
			if (inBar && gy >= top) colours[bar].forEach((c, i) => (row[1 + x * 3 + i] = c));
		}
		rows.push(row);
	}
	const chunk = (type: string, data: Buffer) => {
		const len = Buffer.alloc(4);
		len.writeUInt32BE(data.length);
		const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body) >>> 0);
		return Buffer.concat([len, body, crc]);
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(width, 0);
	ihdr.writeUInt32BE(height, 4);
	ihdr[8] = 8;
	ihdr[9] = 2;
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(Buffer.concat(rows))),
		chunk('IEND', Buffer.alloc(0))
	]);
}

type Q = {
	body: string;
	kind: 'single' | 'multiple' | 'truefalse';
	options?: [string, boolean, string][];
	truth?: boolean;
	feedback?: [string, string];
};

async function question(author: Actor, moduleId: string, q: Q) {
	const o = q.options ?? [];
	const at = (i: number) => o[i] ?? ['', false, ''];
	return bites.addQuizCard(author, moduleId, {
		body: q.body,
		quizKind: q.kind,
		option1: at(0)[0],
		option2: at(1)[0],
		option3: at(2)[0],
		option4: at(3)[0],
		correct1: at(0)[1],
		correct2: at(1)[1],
		correct3: at(2)[1],
		correct4: at(3)[1],
		feedback1: q.kind === 'truefalse' ? q.feedback![0] : at(0)[2],
		feedback2: q.kind === 'truefalse' ? q.feedback![1] : at(1)[2],
		feedback3: at(2)[2],
		feedback4: at(3)[2],
		truth: q.kind === 'truefalse' ? (q.truth ? 'true' : 'false') : undefined
	});
}

/** Plays a module through the real player; `right[i]` says whether question i is answered right. */
async function take(author: Actor, learner: Actor, moduleId: string, right: boolean[], now: Date, origin: string) {
	const answers = (await bites.getModuleForAuthoring(author, moduleId)).cards;
	const ctx = { origin, now };
	let state = await bites.play(learner, moduleId, ctx);
	let q = 0;
	while (!state.completed && state.card) {
		const card = state.card;
		if (card.kind === 'quiz') {
			const options = answers.find((c) => c.id === card.id)!.options;
			const wantRight = right[q++] ?? true;
			const pick = wantRight
				? options.filter((x) => x.correct).map((x) => x.id)
				: [options.find((x) => !x.correct)!.id];
			await bites.answer(learner, moduleId, card.id, pick, ctx);
		}
		await bites.next(learner, moduleId, card.id, { ...ctx, now: new Date(ctx.now.getTime() + 40_000 * (q + 1)) });
		state = await bites.play(learner, moduleId, ctx);
	}
}

/** Answers the learner's review questions at their due dates up to now, so retention has a history. */
async function reviewUntilNow(author: Actor, learner: Actor, moduleId: string, seed: number) {
	const cards = (await bites.getModuleForAuthoring(author, moduleId)).cards;
	const now = new Date();
	for (let step = 0; step < 12; step++) {
		const [next] = (await bites.dueReviews(learner, new Date(now.getTime() + 365 * DAY))).questions;
		if (!next || new Date(next.due) > now) return;
		const options = cards.find((c) => c.id === next.card.id)?.options ?? [];
		// Mostly remembered, now and then forgotten.
		const right = (seed + step) % 4 !== 0;
		const pick = right ? options.filter((o) => o.correct).map((o) => o.id) : [options.find((o) => !o.correct)!.id];
		await bites.answerReview(learner, next.card.id, pick, new Date(next.due));
	}
}

/** A short WAV: a soft rising chime (three tones) the demo's audio card plays, with captions and a transcript. */
function chime(): Buffer {
	const rate = 8000;
	const samples = rate * 2;
	const b = Buffer.alloc(44 + samples * 2);
	b.write('RIFF', 0, 'ascii');
	b.writeUInt32LE(36 + samples * 2, 4);
	b.write('WAVEfmt ', 8, 'ascii');
	b.writeUInt32LE(16, 16);
	b.writeUInt16LE(1, 20);
	b.writeUInt16LE(1, 22);
	b.writeUInt32LE(rate, 24);
	b.writeUInt32LE(rate * 2, 28);
	b.writeUInt16LE(2, 32);
	b.writeUInt16LE(16, 34);
	b.write('data', 36, 'ascii');
	b.writeUInt32LE(samples * 2, 40);
	for (let i = 0; i < samples; i++) {
		const t = i / rate;
		const tone = [523.25, 659.25, 783.99][Math.min(2, Math.floor(t / 0.6))];
		const fade = Math.max(0, 1 - (t % 0.6) / 0.6);
		b.writeInt16LE(Math.round(Math.sin(2 * Math.PI * tone * t) * 6000 * fade), 44 + i * 2);
	}
	return b;
}

const BUDDY_CAPTIONS =
	'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nVelkommen til sidemandsoplæring.\n\n00:00:01.000 --> 00:00:02.000\nHusk: vis, forklar, prøv sammen, prøv selv, følg op.\n';

/** The buddy module's checklist to print: a one-page PDF made with the app's own PDF blocks. */
function buddyChecklist(): Promise<Uint8Array> {
	const doc = createPdf({ title: 'Tjekliste til sidemandsoplæring', lang: 'da' });
	heading(doc, 'Tjekliste til sidemandsoplæring', 1);
	paragraph(doc, 'Sæt kryds, når I har været igennem trinnet sammen.', { muted: true });
	list(doc, [
		{ text: 'Vis arbejdsgangen i praksis', detail: 'Den nye kollega ser med – ingen forventninger endnu.' },
		{ text: 'Forklar hvorfor I gør sådan', detail: 'Regler, hensyn til borgeren, typiske fejl.' },
		{ text: 'Prøv sammen', detail: 'Den nye gør det, du hjælper undervejs.' },
		{ text: 'Prøv selv', detail: 'Du står ved siden af og griber kun ind ved behov.' },
		{ text: 'Følg op efter en uge', detail: 'Hvad sidder? Hvad mangler? Aftal næste skridt.' }
	]);
	return finishPdf(doc);
}

export async function seedBites(ctx: DemoContext) {
	const origin = process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
	const admin = (await loadActor(ctx.adminId, ctx.orgId))!;
	const [citizen, homecare] = ctx.teams;

	const feedback = await bites.createModule(admin, {
		title: 'Giv feedback, der virker',
		summary: 'Fem minutter om konkret, venlig og brugbar feedback til en kollega.',
		minutes: 5,
		language: 'da',
		tags: 'feedback, kollegial sparring'
	});
	await bites.addTextCard(admin, feedback.id, {
		body: '## Hvorfor feedback?\n\nGod feedback er en af de mest effektive måder at lære på arbejdet. Den virker bedst, når den er:\n\n- **konkret** – om en bestemt situation\n- **rettidig** – så tæt på situationen som muligt\n- **venlig** – om handlingen, ikke personen'
	});
	await bites.addTextCard(admin, feedback.id, {
		body: '## Sådan gør du\n\n1. Beskriv situationen: *“Da du i går tog imod borgeren ved skranken …”*\n2. Beskriv hvad du så og hørte.\n3. Sig hvilken virkning det havde.\n4. Spørg hvordan kollegaen selv oplevede det.'
	});
	await question(admin, feedback.id, {
		body: 'Hvilken feedback er mest konkret?',
		kind: 'single',
		options: [
			['“Du er god til borgerne.”', false, 'Venligt, men for generelt: kollegaen ved ikke, hvad de skal gøre igen.'],
			[
				'“Da du forklarede NemID-brevet trin for trin, slappede borgeren tydeligt af.”',
				true,
				'Præcis: situation, handling og virkning.'
			],
			['“Du skal være mere tydelig.”', false, 'Uden en situation er det svært at vide, hvad der menes.']
		]
	});
	await question(admin, feedback.id, {
		body: 'Feedback virker bedst, hvis man venter til den årlige MUS-samtale.',
		kind: 'truefalse',
		truth: false,
		feedback: [
			'Nej – jo længere tid der går, jo sværere er det at huske situationen.',
			'Rigtigt: giv den så tæt på situationen som muligt.'
		]
	});
	await question(admin, feedback.id, {
		body: 'Hvad hører med til god feedback? Vælg alle rigtige.',
		kind: 'multiple',
		options: [
			['En bestemt situation', true, 'Ja, det gør den konkret.'],
			['En vurdering af personen', false, 'Nej, hold fokus på handlingen.'],
			['Virkningen af handlingen', true, 'Ja, det gør feedbacken brugbar.'],
			['Et spørgsmål til kollegaen', true, 'Ja, så bliver det en dialog.']
		]
	});
	await bites.setPublished(admin, feedback.id, true);

	const buddy = await bites.createModule(admin, {
		title: 'Sidemandsoplæring i fem trin',
		summary: 'Sådan lærer du en ny kollega en arbejdsgang, mens I arbejder.',
		minutes: 6,
		language: 'da',
		tags: 'sidemandsoplæring, onboarding'
	});
	await bites.addMediaCard(admin, buddy.id, {
		kind: 'image',
		body: 'De fem trin: vis, forklar, prøv sammen, prøv selv, følg op.',
		alt: 'Fem søjler der stiger fra venstre mod højre, én for hvert trin i sidemandsoplæring.',
		url: '',
		file: stepsInfographic()
	});
	await bites.addTextCard(admin, buddy.id, {
		body: '**Vis** arbejdsgangen i praksis. **Forklar** hvorfor I gør sådan. **Prøv sammen**, så den nye gør det med din hjælp. **Prøv selv** mens du står ved siden af. **Følg op** efter en uge.'
	});
	await bites.addMediaCard(admin, buddy.id, {
		kind: 'audio',
		body: 'En kort lydhilsen til den nye kollega.',
		alt: '',
		url: '',
		file: chime(),
		captions: Buffer.from(BUDDY_CAPTIONS),
		captionsLang: 'da',
		transcript:
			'Velkommen til sidemandsoplæring.\n\nHusk de fem trin: vis, forklar, prøv sammen, prøv selv og følg op efter en uge.'
	});
	await bites.addDownloadCard(admin, buddy.id, {
		body: 'Print tjeklisten, og sæt kryds undervejs.',
		file: await buddyChecklist(),
		name: 'Tjekliste til sidemandsoplæring.pdf'
	});
	await question(admin, buddy.id, {
		body: 'Hvad er det sidste trin?',
		kind: 'single',
		options: [
			['Prøv selv', false, 'Næsten – der er ét trin mere.'],
			['Følg op', true, 'Ja: efter en uge taler I om, hvad der sidder, og hvad der mangler.'],
			['Vis', false, 'Det er det første trin.']
		]
	});
	await bites.setPublished(admin, buddy.id, true);

	const welcome = await bites.createModule(admin, {
		title: 'Welcome to self-service',
		summary: 'A four-minute tour of our online self-service for partners and customers.',
		minutes: 4,
		language: 'en',
		tags: 'self-service, customers'
	});
	await bites.addTextCard(admin, welcome.id, {
		body: '## Self-service in three steps\n\n1. Sign in with MitID.\n2. Choose the service you need.\n3. Follow the guide — you can save and continue later.\n\nNeed help? Call the citizen service desk on weekdays 9–15.'
	});
	await question(admin, welcome.id, {
		body: 'Can you save a self-service application and continue later?',
		kind: 'truefalse',
		truth: true,
		feedback: ['Yes — your draft is kept for 30 days.', 'Actually you can: drafts are kept for 30 days.']
	});
	await bites.setPublished(admin, welcome.id, true);

	const draft = await bites.createModule(admin, {
		title: 'Digital Post – de vigtigste spørgsmål',
		summary: 'Under udarbejdelse.',
		minutes: 3,
		language: 'da',
		tags: 'digital post'
	});
	await bites.addTextCard(admin, draft.id, { body: 'De fem spørgsmål, borgerne oftest stiller om Digital Post.' });

	const soon = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
	if (citizen) await bites.assignModule(admin, feedback.id, { target: `team:${citizen.id}`, dueOn: soon(7) });
	if (homecare) await bites.assignModule(admin, buddy.id, { target: `team:${homecare.id}`, dueOn: soon(14) });

	await bites.saveSettings(admin, { gamification: true, quietStart: '18:00', quietEnd: '08:00', dailyReview: 5 });

	const practice = await bites.createDefinition(admin, {
		title: 'Feedbackpraksis',
		outcomes: 'Giver konkret, rettidig og venlig feedback til kolleger og inviterer til dialog om den.',
		assessment: 'Quiz med tre spørgsmål efter modulet',
		assessmentType: 'quiz',
		minScore: 60,
		eqfLevel: 4,
		workloadHours: 0.25,
		credits: undefined,
		qualityAssurance: 'Indholdet er gennemgået af HR og Læring og revideres hvert år.',
		qaType: 'internal',
		participation: 'online',
		country: 'DK',
		region: 'Region Hovedstaden',
		validMonths: 36,
		moduleIds: [feedback.id],
		requiresIds: []
	});
	await bites.createDefinition(admin, {
		title: 'Kollegial læring – trin 2',
		outcomes: 'Planlægger og gennemfører sidemandsoplæring og giver feedback undervejs.',
		assessment: 'Quiz efter modulet og et gyldigt bevis i feedbackpraksis',
		assessmentType: 'quiz',
		minScore: 60,
		eqfLevel: 4,
		workloadHours: 0.5,
		credits: 0.1,
		qualityAssurance: 'Godkendt af HR og Læring; stikprøver af en ekstern konsulent hvert andet år.',
		qaType: 'external',
		participation: 'blended',
		country: 'DK',
		region: 'Region Hovedstaden',
		moduleIds: [buddy.id],
		requiresIds: [practice.id]
	});
	await bites.createDefinition(admin, {
		title: 'Self-service guide',
		outcomes: 'Guides a customer through the online self-service.',
		assessment: 'One-question check after the module',
		assessmentType: 'quiz',
		minScore: 100,
		eqfLevel: 2,
		workloadHours: 0.1,
		credits: undefined,
		qualityAssurance: 'Reviewed by the digital service team.',
		qaType: 'internal',
		participation: 'online',
		country: 'DK',
		region: '',
		moduleIds: [welcome.id],
		requiresIds: []
	});
	// Learned at the counter, not in a module: awarded by hand once the buddy checklist is signed off.
	const counter = await bites.createDefinition(admin, {
		title: 'Sidemandsoplæring i borgerservice',
		outcomes:
			'Betjener borgere ved skranken i pas, kørekort og flytning efter kommunens retningslinjer og ved, hvornår sagen skal gives videre.',
		assessment: 'Buddyen observerer og kvitterer for hvert punkt på tjeklisten',
		assessmentType: 'observation',
		minScore: 0,
		eqfLevel: 3,
		workloadHours: 12.5,
		credits: 0.5,
		qualityAssurance: 'Tjeklisten er godkendt af teamleder og HR; stikprøver to gange om året.',
		qaType: 'internal',
		participation: 'work_based',
		country: 'DK',
		region: 'Region Hovedstaden',
		validMonths: 24,
		moduleIds: [buddy.id],
		requiresIds: []
	});

	const collection = await bites.createCollection(admin, {
		title: 'Kundeakademi: selvbetjening',
		description: 'Short modules for partners and customers who use our self-service.',
		moduleIds: [welcome.id]
	});
	await bites.setCollectionPublished(admin, collection.id, true);

	// A lived-in history: colleagues took the feedback module over the last weeks, with their reviews.
	const team = ctx.people.filter((p) => citizen && p.teams.includes(citizen.id));
	const patterns = [
		[true, true, true],
		[true, false, true],
		[false, true, true],
		[true, true, false],
		[false, false, true]
	];
	for (const [i, person] of team.slice(0, 5).entries()) {
		const actor = (await loadActor(person.id, ctx.orgId))!;
		const started = new Date(Date.now() - (20 - i * 3) * DAY);
		await take(admin, actor, feedback.id, patterns[i % patterns.length], started, origin);
		await reviewUntilNow(admin, actor, feedback.id, i);
	}
	await take(admin, admin, feedback.id, [true, true, true], new Date(Date.now() - 10 * DAY), origin);
	// Buddy challenges are invitations: one accepted (both see each other's results), one waiting for the
	// admin's answer, and one a colleague declined (nothing of theirs is shown).
	const person = async (name: string) => {
		const p = ctx.people.find((x) => x.name === name);
		return p ? loadActor(p.id, ctx.orgId) : null;
	};
	const mette = await person('Mette Kjærgaard');
	const jonas = await person('Jonas Vestergaard');
	const emma = await person('Emma Clarke');
	if (mette) {
		const accepted = await bites.createChallenge(admin, { moduleId: buddy.id, buddyId: mette.userId });
		await bites.respondToChallenge(mette, accepted, 'accept');
	}
	if (jonas) await bites.createChallenge(jonas, { moduleId: welcome.id, buddyId: admin.userId });
	if (mette)
		await bites.awardCredential(
			admin,
			{
				definitionId: counter.id,
				userIds: [mette.userId],
				programmeId: '',
				note: 'Hele tjeklisten kvitteret af din buddy – tillykke!'
			},
			origin
		);
	if (emma && jonas) {
		const declined = await bites.createChallenge(emma, { moduleId: buddy.id, buddyId: jonas.userId });
		await bites.respondToChallenge(jonas, declined, 'decline');
	}

	// Deadlines that have passed, so the managers' learning analytics (/learning/analytics) show who is behind:
	// the citizen service's buddy module was due last week (Sofie and Ahmed finished it, others did not), Lars's
	// self-service module ten days ago, and home care's feedback module three days ago (Karen finished it).
	if (citizen) await bites.assignModule(admin, buddy.id, { target: `team:${citizen.id}`, dueOn: soon(-5) });
	if (homecare) await bites.assignModule(admin, feedback.id, { target: `team:${homecare.id}`, dueOn: soon(-3) });
	const lars = await person('Lars Thygesen');
	if (lars) await bites.assignModule(admin, welcome.id, { target: `user:${lars.userId}`, dueOn: soon(-10) });
	for (const [name, daysAgo] of [
		['Sofie Lindholm', 12],
		['Ahmed Hassan', 8],
		['Karen Mikkelsen', 6]
	] as const) {
		const learner = await person(name);
		if (learner)
			await take(
				admin,
				learner,
				name === 'Karen Mikkelsen' ? feedback.id : buddy.id,
				[true, true, true],
				new Date(Date.now() - daysAgo * DAY),
				origin
			);
	}
	// Started and left halfway: in progress, and overdue once the date has passed.
	const ida = await person('Ida Søndergaard');
	if (ida) await bites.play(ida, feedback.id, { origin, now: new Date(Date.now() - 2 * DAY) });
}
