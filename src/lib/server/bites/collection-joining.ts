// The public side of a collection: its page for anyone with the link, joining with a name and an email (a
// learner cookie for that collection only), rejoining from another device by a one-time link sent to that email,
// and which modules a learner may take. No account and no access to the organisation.
import { db } from '../db/current';
import { hashToken, newId, newToken, nowIso } from '../ids';
import { Invalid, NotFound } from '../errors';
import { getLocale } from '$lib/paraglide/runtime.js';
import { asLocale, translateIn } from '../i18n';
import { deliverSoon, mailEnabled, queueEmail, renderEmail } from '../mail/index';
import type { Learner } from './learners';
import { moduleView, parseList } from './modules';
import { collectionView } from './collections';

async function publishedCollection(token: string) {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new NotFound('collection');
	const row = await db()
		.selectFrom('bite_collections')
		.selectAll()
		.where('public_token', '=', token)
		.executeTakeFirst();
	if (!row) throw new NotFound('collection');
	return row;
}

/** What anyone with the link sees: the collection and its published modules. */
export async function publicCollection(token: string) {
	const row = await publishedCollection(token);
	const ids = parseList(row.module_ids);
	const modules = ids.length
		? (
				await db()
					.selectFrom('bite_modules')
					.selectAll()
					.where('org_id', '=', row.org_id)
					.where('id', 'in', ids)
					.where('published', '=', 1)
					.execute()
			).map(moduleView)
		: [];
	modules.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
	return { collection: collectionView(row), orgId: row.org_id, modules };
}

/** How long a rejoin link works. */
const REJOIN_MS = 24 * 3600_000;

/**
 * Joins a public collection; the returned secret goes into the learner cookie. An email that already joined this
 * collection gets a one-time link instead (`rejoin`), which finds that learner and their progress: whoever types
 * someone's email must not take over their progress, so only the mailbox's owner can continue it.
 */
export async function joinCollection(
	token: string,
	input: { name: string; email: string },
	opts: { origin: string; locale?: string } = { origin: '' }
): Promise<{ secret: string; learnerId: string; rejoin?: undefined } | { rejoin: true }> {
	const row = await publishedCollection(token);
	const existing = await db()
		.selectFrom('bite_learners')
		.select(['id'])
		.where('collection_id', '=', row.id)
		.where('email', '=', input.email)
		.orderBy('created_at')
		.executeTakeFirst();
	if (existing) {
		// Without email the link cannot reach the mailbox's owner: say so, and change nothing.
		if (!mailEnabled()) throw new Invalid('bites_mc_rejoin_failed', 'email');
		const oneTime = newToken();
		const locale = asLocale(opts.locale ?? getLocale());
		const link = `${opts.origin}/public/bites/${token}/rejoin?t=${oneTime}`;
		const subject = translateIn(locale, 'bites_mc_rejoin_subject', { collection: row.title });
		// The link is a credential: a security email through the outbox (retried, no unsubscribe, body wiped once sent).
		await db()
			.transaction()
			.execute(async (trx) => {
				await trx
					.updateTable('bite_learners')
					.set({ rejoin_hash: hashToken(oneTime), rejoin_expires: new Date(Date.now() + REJOIN_MS).toISOString() })
					.where('id', '=', existing.id)
					.execute();
				await queueEmail(trx, {
					orgId: row.org_id,
					userId: null,
					to: input.email,
					kind: 'learner_rejoin',
					locale,
					subject,
					...renderEmail({
						subject,
						greeting: translateIn(locale, 'notify_email_greeting', { name: input.name }),
						paragraphs: [translateIn(locale, 'bites_mc_rejoin_intro', { collection: row.title })],
						action: { label: translateIn(locale, 'bites_mc_rejoin_continue'), url: link },
						notes: [translateIn(locale, 'bites_mc_rejoin_note')]
					})
				});
			});
		deliverSoon();
		return { rejoin: true };
	}
	const secret = newToken();
	const id = newId();
	await db()
		.insertInto('bite_learners')
		.values({
			id,
			org_id: row.org_id,
			collection_id: row.id,
			name: input.name,
			email: input.email,
			token_hash: hashToken(secret),
			created_at: nowIso()
		})
		.execute();
	return { secret, learnerId: id };
}

/**
 * Opens a rejoin link: once, within its day, for the collection it was sent for. The learner gets a fresh cookie
 * secret (the old one stops working), so a link forwarded after use opens nothing.
 */
export async function confirmRejoin(token: string, oneTime: string) {
	const row = await publishedCollection(token);
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(oneTime)) throw new Invalid('bites_mc_rejoin_invalid');
	const learner = await db()
		.selectFrom('bite_learners')
		.select(['id', 'rejoin_expires'])
		.where('collection_id', '=', row.id)
		.where('rejoin_hash', '=', hashToken(oneTime))
		.executeTakeFirst();
	if (!learner || !learner.rejoin_expires || learner.rejoin_expires < new Date().toISOString())
		throw new Invalid('bites_mc_rejoin_invalid');
	const secret = newToken();
	const done = await db()
		.updateTable('bite_learners')
		.set({ token_hash: hashToken(secret), rejoin_hash: null, rejoin_expires: null })
		.where('id', '=', learner.id)
		.where('rejoin_hash', '=', hashToken(oneTime))
		.executeTakeFirst();
	if (Number(done.numUpdatedRows) !== 1) throw new Invalid('bites_mc_rejoin_invalid');
	return { secret, learnerId: learner.id };
}

/** The external learner behind a cookie, if they joined this collection. */
export async function externalLearner(collectionToken: string, secret: string | undefined): Promise<Learner | null> {
	if (!secret || secret.length > 100) return null;
	const row = await publishedCollection(collectionToken);
	const learner = await db()
		.selectFrom('bite_learners')
		.selectAll()
		.where('token_hash', '=', hashToken(secret))
		.where('collection_id', '=', row.id)
		.executeTakeFirst();
	return learner
		? { id: learner.id, orgId: learner.org_id, kind: 'external', name: learner.name, email: learner.email }
		: null;
}

/**
 * The external learner behind a cookie, whatever state their collection is in: for what is theirs alone (their
 * credentials), which outlives the collection's publication. Never for module content.
 */
export async function learnerBySecret(
	secret: string | undefined
): Promise<(Learner & { collectionTitle: string }) | null> {
	if (!secret || secret.length > 100) return null;
	const learner = await db()
		.selectFrom('bite_learners')
		.innerJoin('bite_collections', 'bite_collections.id', 'bite_learners.collection_id')
		.select([
			'bite_learners.id',
			'bite_learners.org_id',
			'bite_learners.name',
			'bite_learners.email',
			'bite_collections.title'
		])
		.where('bite_learners.token_hash', '=', hashToken(secret))
		.executeTakeFirst();
	return learner
		? {
				id: learner.id,
				orgId: learner.org_id,
				kind: 'external',
				name: learner.name,
				email: learner.email,
				collectionTitle: learner.title
			}
		: null;
}

/** Throws NotFound unless the module is a published module of this collection. */
export async function requireCollectionModule(collectionToken: string, moduleId: string) {
	const { modules } = await publicCollection(collectionToken);
	if (!modules.some((m) => m.id === moduleId)) throw new NotFound('module');
}

/** May this external learner (cookie secret) see files of this module? For the media route. */
export async function learnerMaySeeModule(secret: string | undefined, moduleId: string) {
	if (!secret || secret.length > 100) return false;
	const learner = await db()
		.selectFrom('bite_learners')
		.select(['collection_id'])
		.where('token_hash', '=', hashToken(secret))
		.executeTakeFirst();
	if (!learner) return false;
	const collection = await db()
		.selectFrom('bite_collections')
		.select(['module_ids', 'public_token'])
		.where('id', '=', learner.collection_id)
		.executeTakeFirst();
	return !!collection?.public_token && parseList(collection.module_ids).includes(moduleId);
}
