// Demo learning: buddy training at the citizen service counter (with a checklist half signed off),
// mentoring in home care (skills stated, one pair suggested, two mentees still waiting), a
// peer-feedback circle in IT, logs over the past weeks, a moved and a skipped session, and feedback
// given and received by the demo's administrator.
import { loadActor } from '../auth/index';
import type { Actor } from '../actor';
import type { DemoContext } from './context';
import {
	acceptSuggestion,
	addChecklistItem,
	addParticipant,
	confirmLog,
	createPair,
	createProgramme,
	generateRotation,
	giveFeedback,
	listChecklist,
	markHelpful,
	moveOccurrence,
	replyToFeedback,
	saveLearningProfile,
	signOff,
	skipOccurrence,
	suggestForProgramme,
	writeLog
} from '../learning/index';
import { addDays, isoWeekday, localDate, ruleDates } from '../learning/recurrence';
import { runNudges } from '../notify/index';
import { learningNudges } from '../learning/nudges';

const ZONE = 'Europe/Copenhagen';

export async function seedLearning(ctx: DemoContext) {
	const actorOf = async (id: string) => (await loadActor(id, ctx.orgId)) as Actor;
	const person = (name: string) => ctx.people.find((p) => p.name === name)!;
	const as = async (name: string) => actorOf(person(name).id);
	const admin = await actorOf(ctx.adminId);
	const today = localDate(new Date(), ZONE);
	/** The given ISO weekday, `weeksAgo` weeks back from this week. */
	const weekday = (day: number, weeksAgo: number) => addDays(today, day - isoWeekday(today) - 7 * weeksAgo);
	const [borgerservice, hjemmepleje, it] = ctx.teams;

	// ── Buddy training at the counter ──
	const buddy = await createProgramme(admin, {
		teamId: borgerservice.id,
		kind: 'buddy',
		name: 'Sidemandsoplæring ved skranken',
		goals:
			'Nye kolleger kan selvstændigt betjene borgere i pas, kørekort og folkeregister.\nVi lærer i arbejdet, side om side.',
		cadence: 'weekly',
		startDate: weekday(2, 4),
		endDate: null,
		sessionCount: 10,
		sessionMinutes: 60,
		startTime: '10:00',
		timeZone: ZONE
	});
	for (const title of [
		'Pas og kørekort ved skranken',
		'Flytning i folkeregisteret',
		'Sundhedskort og lægevalg',
		'Hjælp til MitID og Digital Post',
		'Journalisering i ESDH'
	]) {
		await addChecklistItem(admin, buddy.id, { title });
	}
	const sofieAhmed = await createPair(
		admin,
		buddy.id,
		{ guideId: person('Sofie Lindholm').id, learnerId: person('Ahmed Hassan').id },
		weekday(1, 4)
	);
	const jonasEmma = await createPair(
		admin,
		buddy.id,
		{ guideId: person('Jonas Vestergaard').id, learnerId: person('Emma Clarke').id },
		weekday(1, 4)
	);
	await addParticipant(admin, buddy.id, { userId: person('Lars Thygesen').id, role: 'learner' });
	const sofie = await as('Sofie Lindholm');
	const ahmed = await as('Ahmed Hassan');
	const jonas = await as('Jonas Vestergaard');
	const emma = await as('Emma Clarke');
	const sessionsSoFar = ruleDates(
		{
			firstDate: sofieAhmed.first_date,
			startTime: '10:00',
			timeZone: ZONE,
			cadence: 'weekly',
			minutes: 60,
			count: 10,
			until: null
		},
		addDays(today, -1)
	);
	const buddyLogs = [
		{
			practised: 'Ahmed fulgte mig ved skranken: pasansøgninger, fotokrav og gebyrer.',
			skills: 'pas',
			next: 'Ahmed tager selv næste pasansøgning, jeg sidder ved siden af.'
		},
		{
			practised: 'Ahmed betjente tre borgere med pas og ét kørekort selv. Vi gennemgik fejl i fingeraftryk.',
			skills: 'pas, kørekort',
			next: 'Flytninger i folkeregisteret.'
		},
		{
			practised: 'Flytninger: CPR-opslag, fraflytning til udlandet, børn med delt bopæl.',
			skills: 'folkeregister',
			next: 'Sundhedskort og lægevalg.'
		},
		{
			practised: 'Sundhedskort, lægevalg og den svære samtale, når lægen har lukket for tilgang.',
			skills: 'sundhedskort',
			next: 'MitID-hjælp.'
		}
	];
	for (const [i, date] of sessionsSoFar.slice(0, buddyLogs.length).entries()) {
		const entry = buddyLogs[i];
		const log = await writeLog(sofie, sofieAhmed.id, {
			heldOn: date,
			occurrenceDate: date,
			minutes: 60,
			practised: entry.practised,
			skills: entry.skills,
			nextStep: entry.next
		});
		if (i < buddyLogs.length - 1) await confirmLog(ahmed, log.id);
	}
	const items = await listChecklist(admin, buddy.id);
	await signOff(sofie, sofieAhmed.id, items[0].id);
	await signOff(sofie, sofieAhmed.id, items[1].id);
	const jonasLog = await writeLog(emma, jonasEmma.id, {
		heldOn: sessionsSoFar[1] ?? today,
		occurrenceDate: sessionsSoFar[1] ?? null,
		minutes: 45,
		practised: 'Emma watched Jonas handle a lost-passport case and then handled the next one herself.',
		skills: 'passports',
		nextStep: 'Driving licence renewals'
	});
	await confirmLog(jonas, jonasLog.id);
	// Jonas and Emma met twice more; Emma logged one of them too (one session however many log it).
	for (const [i, date] of sessionsSoFar.slice(2, 4).entries()) {
		const entry = {
			heldOn: date,
			occurrenceDate: date,
			minutes: 60,
			practised:
				i === 0 ? 'Driving licence renewals and the health check form.' : 'Moving abroad: what the citizen must bring.',
			skills: i === 0 ? 'driving licences' : 'civil registry',
			nextStep: i === 0 ? 'Moving abroad' : 'Emma takes the counter alone for an hour'
		};
		const log = await writeLog(jonas, jonasEmma.id, entry);
		await confirmLog(emma, log.id);
		if (i === 1) await writeLog(emma, jonasEmma.id, { ...entry, minutes: 50, practised: 'Udlandsflytning med Jonas.' });
	}
	// A holiday and a clash: next week's session is skipped for one pair and moved for the other.
	const nextWeek = ruleDates(
		{
			firstDate: jonasEmma.first_date,
			startTime: '10:00',
			timeZone: ZONE,
			cadence: 'weekly',
			minutes: 60,
			count: 10,
			until: null
		},
		addDays(today, 13)
	).filter((d) => d > today);
	if (nextWeek[0]) await skipOccurrence(jonas, jonasEmma.id, nextWeek[0]);
	if (nextWeek[1])
		await moveOccurrence(sofie, sofieAhmed.id, {
			date: nextWeek[1],
			movedDate: addDays(nextWeek[1], 1),
			movedTime: '13:00'
		});

	// ── Mentoring in home care ──
	const profiles: [string, string[], string[], number[], number][] = [
		['Hanne Brøndum', ['Medicinhåndtering', 'Vagtplanlægning'], [], [1, 2, 3, 4, 5], 2],
		['Karen Mikkelsen', ['Medicinhåndtering', 'Demens'], [], [2, 4], 2],
		['Peter Holm', ['Forflytning', 'Sårpleje'], [], [1, 4], 1],
		['Fatima Al-Sayed', [], ['Medicinhåndtering'], [4, 5], 2],
		['Oliver Bennett', [], ['Demens', 'Danish care terminology'], [2, 3], 2],
		['Ida Søndergaard', [], ['Sårpleje', 'Forflytning'], [1, 4], 2]
	];
	for (const [name, offers, wants, days, capacity] of profiles)
		await saveLearningProfile(await as(name), { offers, wants, days, capacity });
	const hanne = await as('Hanne Brøndum');
	const mentoring = await createProgramme(hanne, {
		teamId: hjemmepleje.id,
		kind: 'mentoring',
		name: 'Mentorordning for nye social- og sundhedshjælpere',
		goals: 'Tryghed i medicinhåndtering og demensomsorg inden for det første halve år.',
		cadence: 'biweekly',
		startDate: weekday(4, 2),
		endDate: addDays(today, 120),
		sessionCount: null,
		sessionMinutes: 45,
		startTime: '13:00',
		timeZone: ZONE
	});
	for (const name of ['Hanne Brøndum', 'Karen Mikkelsen', 'Peter Holm'])
		await addParticipant(hanne, mentoring.id, { userId: person(name).id, role: 'guide' });
	for (const name of ['Fatima Al-Sayed', 'Oliver Bennett', 'Ida Søndergaard'])
		await addParticipant(hanne, mentoring.id, { userId: person(name).id, role: 'learner' });
	// Fatima is paired from the suggestion now; Oliver and Ida wait for the manager to look at theirs.
	const suggestion = await suggestForProgramme(hanne, mentoring.id);
	const fatimas = suggestion.pairs.filter((p) => p.learnerId === person('Fatima Al-Sayed').id);
	const [karenFatima] = await acceptSuggestion(hanne, mentoring.id, fatimas, weekday(1, 2));
	if (karenFatima) {
		const karen = await as(karenFatima.guide_id === person('Karen Mikkelsen').id ? 'Karen Mikkelsen' : 'Hanne Brøndum');
		await writeLog(karen, karenFatima.id, {
			heldOn: karenFatima.first_date <= today ? karenFatima.first_date : today,
			occurrenceDate: karenFatima.first_date <= today ? karenFatima.first_date : null,
			minutes: 45,
			practised: 'Gennemgang af dosisdispensering og FMK. Fatima øvede dobbelttjek på en borger med mange præparater.',
			skills: 'medicinhåndtering',
			nextStep: 'PN-medicin og dokumentation'
		});
	}

	// ── A peer-feedback circle in IT ──
	const thomas = await as('Thomas Riis');
	const circle = await createProgramme(thomas, {
		teamId: it.id,
		kind: 'peer',
		name: 'Feedbackcirkel: kodegennemgang og driftsvagter',
		goals: 'Konkret, venlig feedback hver anden uge – situation, adfærd, virkning og et forslag.',
		cadence: 'biweekly',
		startDate: weekday(5, 1),
		endDate: null,
		sessionCount: null,
		sessionMinutes: 30,
		startTime: '14:00',
		timeZone: ZONE
	});
	for (const name of ['Thomas Riis', 'Sarah Mitchell', 'Mads Østergaard', 'Camilla Dahl', 'Nikolaj Friis'])
		await addParticipant(thomas, circle.id, { userId: person(name).id, role: 'peer' });
	await generateRotation(thomas, circle.id, weekday(5, 1));
	const sarah = await as('Sarah Mitchell');
	await giveFeedback(sarah, {
		receiverId: person('Mads Østergaard').id,
		pairId: null,
		situation: 'The on-call handover on Monday morning',
		behaviour: 'You wrote down every open incident with its next step before you left',
		impact: 'I could pick up the printer outage at once instead of asking around',
		feedForward: 'Put the template in the wiki so the whole rota uses it'
	});

	// ── Feedback to and from the administrator who explores the demo ──
	const mette = await as('Mette Kjærgaard');
	const toAdmin = await giveFeedback(mette, {
		receiverId: ctx.adminId,
		pairId: null,
		situation: 'Personalemødet i tirsdags',
		behaviour: 'Du bad hver enkelt om ét eksempel på noget, de havde lært af en kollega',
		impact: 'Alle kom til orde, og to nye fik øje på, hvem de kan spørge',
		feedForward: 'Gentag runden, når vi evaluerer sidemandsoplæringen'
	});
	await markHelpful(admin, toAdmin.id, true);
	await replyToFeedback(admin, toAdmin.id, { reply: 'Tak! Jeg sætter det på dagsordenen i næste måned.' });
	await giveFeedback(admin, {
		receiverId: person('Jonas Vestergaard').id,
		pairId: null,
		situation: 'Emmas første uge ved skranken',
		behaviour: 'Du lod hende tage borgerne selv og greb kun ind, når hun bad om det',
		impact: 'Hun fortalte, at hun følte sig tryg og lærte hurtigt',
		feedForward: 'Del din måde at gøre det på med de andre sidemænd'
	});
	await saveLearningProfile(admin, {
		offers: ['Borgerservice', 'Mødeledelse'],
		wants: ['Vagtplanlægning'],
		days: [1, 2, 3, 4, 5],
		capacity: 1
	});

	// The first nudges, so the demo has something to show.
	await runNudges([learningNudges]);
}
