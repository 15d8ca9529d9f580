// The xAPI 1.0.3 statements the app makes, one builder for every kind, so the test that validates them
// (test/integration/xapi) covers everything that can leave. What may leave is this closed list: bite attempts and
// completions (with the score), review answers, buddy sessions logged and confirmed, credentials earned. Survey
// answers and private feedback have no kind here, by design: they never become a statement.
import { createHmac, randomUUID } from 'node:crypto';

export type XapiEvent =
	| { kind: 'bite.attempted'; moduleId: string; at: Date }
	| { kind: 'bite.completed'; moduleId: string; title: string; scorePercent: number | null; at: Date }
	| { kind: 'review.answered'; cardId: string; moduleId: string; correct: boolean; at: Date }
	| { kind: 'session.logged'; logId: string; programmeId: string; minutes: number; at: Date }
	| { kind: 'session.confirmed'; logId: string; programmeId: string; at: Date }
	| { kind: 'credential.earned'; credentialId: string; definitionId: string; title: string; at: Date };

export type XapiKind = XapiEvent['kind'];

/** The person, as the organisation allows: an opaque account under the app's origin, or their email. */
export interface XapiPerson {
	id: string;
	email: string;
}

export type Identify = 'account' | 'mbox';

const VERBS = {
	attempted: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-US': 'attempted' } },
	completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
	answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
	attended: { id: 'http://adlnet.gov/expapi/verbs/attended', display: { 'en-US': 'attended' } },
	confirmed: { id: 'http://activitystrea.ms/schema/1.0/confirm', display: { 'en-US': 'confirmed' } },
	earned: { id: 'http://id.tincanapi.com/verb/earned', display: { 'en-US': 'earned' } }
} as const;

const TYPES = {
	module: 'http://adlnet.gov/expapi/activities/module',
	question: 'http://adlnet.gov/expapi/activities/question',
	meeting: 'http://adlnet.gov/expapi/activities/meeting',
	badge: 'http://activitystrea.ms/schema/1.0/badge'
};

/**
 * A stable id for a person that says nothing about them: an HMAC of their id under a key of the organisation,
 * so the same person has the same name in one organisation's LRS and unrelated names in another's.
 */
export function opaqueName(key: Buffer, personId: string): string {
	return createHmac('sha256', key).update(personId).digest('base64url').slice(0, 32);
}

function agent(origin: string, key: Buffer, identify: Identify, person: XapiPerson) {
	if (identify === 'mbox' && person.email) return { objectType: 'Agent', mbox: `mailto:${person.email}` };
	return { objectType: 'Agent', account: { homePage: origin, name: opaqueName(key, person.id) } };
}

const activity = (origin: string, path: string, type: string, name?: string) => ({
	objectType: 'Activity',
	id: new URL(`/xapi/activities/${path}`, origin).toString(),
	definition: { type, ...(name ? { name: { und: name } } : {}) }
});

/** The verb, object and result of an event; what no statement may carry is simply not read. */
function parts(origin: string, event: XapiEvent) {
	switch (event.kind) {
		case 'bite.attempted':
			return { verb: VERBS.attempted, object: activity(origin, `bite/${event.moduleId}`, TYPES.module) };
		case 'bite.completed':
			return {
				verb: VERBS.completed,
				object: activity(origin, `bite/${event.moduleId}`, TYPES.module, event.title),
				result: {
					completion: true,
					...(event.scorePercent === null
						? {}
						: { score: { scaled: event.scorePercent / 100, raw: event.scorePercent, min: 0, max: 100 } })
				}
			};
		case 'review.answered':
			return {
				verb: VERBS.answered,
				object: activity(origin, `question/${event.cardId}`, TYPES.question),
				result: { success: event.correct },
				context: {
					contextActivities: { parent: [activity(origin, `bite/${event.moduleId}`, TYPES.module)] }
				}
			};
		case 'session.logged':
			return {
				verb: VERBS.attended,
				object: activity(origin, `session/${event.logId}`, TYPES.meeting),
				result: { duration: `PT${Math.max(0, Math.round(event.minutes))}M` },
				context: { contextActivities: { grouping: [activity(origin, `programme/${event.programmeId}`, TYPES.module)] } }
			};
		case 'session.confirmed':
			return {
				verb: VERBS.confirmed,
				object: activity(origin, `session/${event.logId}`, TYPES.meeting),
				context: { contextActivities: { grouping: [activity(origin, `programme/${event.programmeId}`, TYPES.module)] } }
			};
		case 'credential.earned':
			return {
				verb: VERBS.earned,
				object: activity(origin, `credential/${event.definitionId}`, TYPES.badge, event.title)
			};
	}
}

/** One complete statement with a fresh uuid: the id under which the LRS stores it once. */
export function buildStatement(origin: string, key: Buffer, identify: Identify, person: XapiPerson, event: XapiEvent) {
	const { verb, object, result, context } = parts(origin, event) as ReturnType<typeof parts> & {
		result?: object;
		context?: object;
	};
	return {
		id: randomUUID(),
		actor: agent(origin, key, identify, person),
		verb,
		object,
		...(result ? { result } : {}),
		context: { platform: 'Samspil', ...(context ?? {}) },
		timestamp: event.at.toISOString(),
		version: '1.0.3'
	};
}

export type Statement = ReturnType<typeof buildStatement>;
