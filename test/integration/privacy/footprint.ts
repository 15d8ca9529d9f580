// Makes one person leave a trace in every module, through the modules' own functions: what the demo
// seeders did not already give them (they made boards, surveys and modules as the demo's admin).
import * as Y from 'yjs';
import { generate } from 'otplib';
import { db } from '../../../src/lib/server/db/current';
import {
	createInvitation,
	createOperatorResetLink,
	createSession,
	loadActor,
	startEnrolment,
	twofactorPage,
	confirmEnrolment
} from '../../../src/lib/server/auth/index';
import { createChallenge } from '../../../src/lib/server/auth/twofactor-challenge';
import { addToTeam } from '../../../src/lib/server/orgs/index';
import * as boards from '../../../src/lib/server/boards/index';
import * as surveys from '../../../src/lib/server/surveys/index';
import * as actions from '../../../src/lib/server/actions/index';
import * as learning from '../../../src/lib/server/learning/index';
import * as bites from '../../../src/lib/server/bites/index';
import * as people from '../../../src/lib/server/people/index';
import * as api from '../../../src/lib/server/api/index';
import * as webhooks from '../../../src/lib/server/webhooks/index';
import * as chat from '../../../src/lib/server/chat/index';
import * as xapi from '../../../src/lib/server/xapi/index';
import { config } from '../../../src/lib/server/config';
import { runNudges, setNudgePrefs } from '../../../src/lib/server/notify/index';
import { queueEmail } from '../../../src/lib/server/mail/index';
import { addNote, boardDoc, boardDocName } from '../../../src/lib/boards/doc';
import type { AppSync } from '../../../src/lib/server/sync-wiring';
import type { Actor } from '../../../src/lib/server/actor';

const ORIGIN = 'https://samspil.test';
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export async function leaveFootprint(sync: AppSync, subject: Actor, other: Actor, third: Actor, teamId: string) {
	const orgId = subject.orgId;
	await createSession(subject.userId, orgId);
	await createOperatorResetLink(subject.email);
	// An email to them waiting in the outbox (tests run without SMTP, so the modules queue none themselves).
	await queueEmail(db(), {
		orgId,
		userId: subject.userId,
		to: subject.email,
		kind: 'survey_reminder',
		locale: 'en',
		subject: 'Reminder',
		text: 'text',
		html: '<p>html</p>'
	});
	await createInvitation(subject, { email: 'newcomer@example.test', role: 'member' }, ORIGIN);
	// Two-factor sign-in: an enrolled secret, its recovery codes, and a sign-in waiting for its code.
	await startEnrolment(subject);
	const pending = (await twofactorPage(subject)).pending!;
	await confirmEnrolment(subject, { code: await generate({ secret: pending.secret }) });
	await createChallenge(subject.userId);
	await addToTeam(orgId, teamId, subject.userId, 'member');
	// People import and SCIM: a pending import they uploaded, the provisioning token they made.
	await people.uploadImport(subject, new File(['name,email\nNy Kollega,ny.kollega@example.test\n'], 'people.csv'));
	await people.rotateScimToken(subject);
	// API tokens (personal and the organisation's) and a webhook they registered (to a port that refuses at once)
	await api.createPersonalToken(subject, { name: 'mine', scopes: ['teams:read'] });
	await api.createOrganisationToken(subject, { name: 'hr', scopes: ['people:read'] });
	config.webhooksAllowPrivate = true;
	await webhooks.registerWebhook(subject, { url: 'http://127.0.0.1:9/hook', events: ['survey.round.closed'] });
	config.webhooksAllowPrivate = false;
	// Their own chat webhook (its URL a secret; nothing is posted to it here)
	await chat.setPersonalChat(subject, {
		target: 'own',
		vendor: 'slack',
		url: 'https://hooks.slack.com/services/T0/B0/f'
	});
	// A statement about them for the organisation's LRS (by email; the LRS refuses at once, so it waits)
	config.webhooksAllowPrivate = true;
	await xapi.saveXapiSettings(subject, {
		endpoint: 'http://127.0.0.1:9/xapi',
		key: 'samspil',
		secret: 'lrs-secret',
		identify: 'mbox',
		enabled: true
	});
	config.webhooksAllowPrivate = false;
	await xapi.recordLearning(
		orgId,
		{ id: subject.userId, email: subject.email },
		{ kind: 'bite.attempted', moduleId: 'footprint', at: new Date() }
	);
	await xapi.statementsSettled();
	subject = (await loadActor(subject.userId, orgId))!;

	// Boards: a note of theirs in the document, a workshop they opened, an action from their note, a template.
	const [board] = await boards.listBoards(subject, { status: 'active' });
	let noteId = '';
	await sync.writeDoc(boardDocName(board.id), (doc: Y.Doc) => {
		noteId = addNote(boardDoc(doc), {
			text: 'More time to learn on the job',
			zoneId: 'z',
			authorId: subject.userId,
			authorName: subject.name
		});
	});
	await boards.recordParticipant({ id: board.id, org_id: orgId }, subject.userId, subject.name, 'user');
	await sync.writeDoc(`board/${board.id}/mine/${subject.userId}`, (doc: Y.Doc) =>
		doc.getMap('notes').set('draft', new Y.Map())
	);
	await boards.openSession(subject, board.id);
	await boards.makeActions(subject, board.id, [noteId]);
	await boards.saveAsTemplate(subject, board.id, { title: 'Our template' });

	// Surveys: answering one round (participation), being reminded in another.
	const [survey] = await db().selectFrom('surveys').select('id').where('org_id', '=', orgId).execute();
	const answered = await surveys.openRound(subject, survey.id, {
		name: 'Privacy round',
		teamIds: [teamId],
		opensOn: today(),
		closesOn: inDays(7)
	});
	const questions = await surveys.roundQuestions(subject, answered.id);
	const form = new FormData();
	for (const q of questions) {
		if (q.kind === 'text') form.set(surveys.fieldName(q.id), 'Free text from the subject');
		else if (q.kind === 'likert') form.set(surveys.fieldName(q.id), '4');
	}
	const parsed = surveys.parseAnswers(questions, form);
	if (!parsed.ok) throw new Error(`answers refused: ${JSON.stringify(parsed.failure.errors)}`);
	await surveys.submitResponse(subject, answered.id, parsed.value);
	const reminded = await surveys.openRound(subject, survey.id, {
		name: 'Reminded round',
		teamIds: [teamId],
		opensOn: today(),
		closesOn: inDays(7)
	});
	await surveys.remindRound(subject, reminded.id);

	// Actions: a review and a nudge on the team's plan.
	const item = await db()
		.selectFrom('action_items')
		.select(['id', 'team_id'])
		.where('org_id', '=', orgId)
		.where('owner_id', 'is not', null)
		.executeTakeFirstOrThrow();
	await actions.recordReview(subject, item.id, { didIt: 'yes', helped: 'yes', comment: 'It helped' });
	await actions.nudgeOwner(subject, item.id);

	// Learning: a programme they guide in and one they learn in, logs both ways, sign-offs, feedback, a feed.
	const guideIn = await learning.createProgramme(subject, {
		teamId,
		kind: 'buddy',
		name: 'Buddy (privacy)',
		goals: null,
		cadence: 'weekly',
		startDate: today(),
		endDate: null,
		sessionCount: 6,
		sessionMinutes: 30,
		startTime: '09:00',
		timeZone: 'Europe/Copenhagen'
	} as never);
	const learnIn = await learning.createProgramme(subject, {
		teamId,
		kind: 'buddy',
		name: 'Buddy 2 (privacy)',
		goals: null,
		cadence: 'weekly',
		startDate: today(),
		endDate: null,
		sessionCount: 6,
		sessionMinutes: 30,
		startTime: '09:00',
		timeZone: 'Europe/Copenhagen'
	} as never);
	await learning.joinProgramme(subject, guideIn.id, 'guide');
	await learning.addExclusion(subject, guideIn.id, { userA: subject.userId, userB: third.userId });
	await learning.addExclusion(subject, guideIn.id, { userA: third.userId, userB: subject.userId });
	const guiding = await learning.createPair(subject, guideIn.id, { guideId: subject.userId, learnerId: other.userId });
	const learningPair = await learning.createPair(subject, learnIn.id, {
		guideId: third.userId,
		learnerId: subject.userId
	});
	const [occurrence] = await learning.listPairOccurrences(
		subject,
		guiding.id,
		new Date(),
		new Date(Date.now() + 30 * 86_400_000)
	);
	await learning.skipOccurrence(subject, guiding.id, occurrence.date);
	const log = {
		heldOn: today(),
		occurrenceDate: null,
		minutes: 30,
		practised: 'Handover routine',
		skills: '',
		nextStep: ''
	};
	await learning.writeLog(subject, guiding.id, log);
	await learning.writeLog(other, guiding.id, log);
	const guideItem = await learning.addChecklistItem(subject, guideIn.id, { title: 'Keys and badge' });
	const learnItem = await learning.addChecklistItem(subject, learnIn.id, { title: 'Fire drill' });
	await learning.signOff(subject, guiding.id, (guideItem as { id: string }).id);
	await learning.signOff(third, learningPair.id, (learnItem as { id: string }).id);
	const sbi = {
		pairId: null,
		situation: 'At handover',
		behaviour: 'You listed open tasks',
		impact: 'Nothing was missed',
		feedForward: 'Keep it up'
	};
	await learning.giveFeedback(subject, { receiverId: other.userId, ...sbi });
	await learning.giveFeedback(other, { receiverId: subject.userId, ...sbi });
	const shared = await learning.giveFeedback(third, { receiverId: other.userId, ...sbi });
	await learning.shareFeedback(other, (shared as { id: string }).id, subject.userId);
	await learning.createCalendarFeed(subject);

	// Notify: a preference and a notification.
	await setNudgePrefs(subject, [{ kind: 'learning_upcoming', inApp: true, email: false }]);
	await runNudges([
		async () => [
			{
				orgId,
				userId: subject.userId,
				kind: 'learning_upcoming',
				key: 'privacy-test',
				messageKey: 'learning_nudge_upcoming',
				params: { name: other.name },
				link: '/learning'
			}
		]
	]);

	// Bites: assigned to them personally (a module and a path), challenged by a colleague, nudged to review.
	const module = await db()
		.selectFrom('bite_modules')
		.select('id')
		.where('org_id', '=', orgId)
		.where('published', '=', 1)
		.executeTakeFirstOrThrow();
	await bites.assignModule(subject, module.id, { target: `user:${subject.userId}`, dueOn: '' });
	// A learning path the subject wrote, assigned to them personally.
	const path = await bites.createPath(subject, { title: 'Their path', description: '' });
	await bites.addStep(subject, path.id, { moduleId: module.id });
	await bites.assignPath(subject, path.id, { target: `user:${subject.userId}`, dueOn: '' });
	await bites.createChallenge(other, { moduleId: module.id, buddyId: subject.userId });
	// They opened the demo's cmi5 package module: its launch session is theirs.
	const cmi5 = await db()
		.selectFrom('bite_packages')
		.select('module_id')
		.where('org_id', '=', orgId)
		.where('standard', '=', 'cmi5')
		.executeTakeFirstOrThrow();
	await bites.play(subject, cmi5.module_id, { origin: 'https://samspil.test' });
	// Noon in Copenhagen a year on: every review is due and it is outside quiet hours.
	await bites.sendReviewNudges(new Date(`${new Date().getUTCFullYear() + 1}-06-15T10:00:00Z`));
}
