// A person's own learning settings: their profile with their private calendar feed, and which learning nudges
// they get, in the app and by email.
import { getNudgePrefs, setNudgePrefs } from '../notify/index';
import type { Actor } from '../actor';
import { getLearningProfile } from './profile';
import { calendarFeedStatus } from './calendar';
import { LEARNING_NUDGE_KINDS } from './nudges';
import { viewerOf } from './viewer';

export async function profilePage(actor: Actor) {
	return {
		profile: await getLearningProfile(actor),
		feed: await calendarFeedStatus(actor),
		viewer: await viewerOf(actor)
	};
}

/** Which learning nudges the person gets; the nudges themselves are in the notification centre (/notifications). */
export async function nudgesPage(actor: Actor) {
	return { prefs: await getNudgePrefs(actor, LEARNING_NUDGE_KINDS) };
}

/** `on` holds the ticked boxes (`learning_upcoming:app`, `…:email`); an unticked box is simply absent. */
export async function saveNudgePrefs(actor: Actor, on: string[]) {
	const ticked = new Set(on);
	await setNudgePrefs(
		actor,
		LEARNING_NUDGE_KINDS.map((kind) => ({ kind, inApp: ticked.has(`${kind}:app`), email: ticked.has(`${kind}:email`) }))
	);
}
