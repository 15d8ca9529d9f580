// What the modules get from the composition root (./index.ts): the database, the sync server, the mailer, the
// rate-limit store, the data folder, and the two links between modules that would otherwise import each other.
//
// Why a registry and not parameters: every module function (a few hundred of them) reaches the database, and
// the route → module → module chains are deep. Passing an `app` argument through all of them would touch every
// signature for no gain in clarity, so the parts live in one object that one place builds (createApp) and the
// modules read (`app().db`). Nothing else sets it: production builds it once at start (runtime.ts), each
// integration test file builds its own with its own database (test/integration/support/db.ts), and a test that
// fakes a part (a recording mailer, its own sync server) replaces that part on the app it built.
//
// This file imports types from leaves only, so every module may import it without an import cycle.
import type * as Y from 'yjs';
import type { DB } from '../db/index';
import type { Actor } from '../actor';
import type { RateLimitStore } from '../auth/ratelimit';
import type { RoundScores } from '$lib/actions/ranking';
import type { PlanCard } from '$lib/actions/live';

/** The sync server as the modules see it: server-authored writes, re-checks of open connections, deletion. */
export interface LiveSync {
	writeDoc(docName: string, change: (doc: Y.Doc) => void): Promise<void>;
	/** re-applies permissions to open connections (a board locked, a member removed) */
	revalidate?(predicate?: (connection: { docName: string }) => boolean): Promise<void>;
	/** forgets a document and those under it: closes their connections, drops loaded rooms unsaved, deletes storage */
	dropDocs?(prefix: string): Promise<void>;
	/** Prometheus text for /metrics */
	metrics?(): string;
}

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
	/** the same message as HTML (mail/compose.ts) */
	html?: string;
	locale: string;
	/** extra headers, e.g. List-Unsubscribe */
	headers?: Record<string, string>;
}

export interface Mailer {
	send(message: MailMessage): Promise<void>;
	close?(): void;
}

/** What the actions module needs from surveys: a team's closed rounds with a score per dimension. */
export interface SurveyResultsSource {
	/**
	 * The team's closed rounds, any order, with the scores this actor may see (null where a result is
	 * hidden, e.g. below the minimum group size). An actor who may see no results gets an empty list.
	 */
	teamRounds(actor: Actor, teamId: string): Promise<RoundScores[]>;
}

export interface AppContext {
	db: DB;
	dbKind: 'sqlite' | 'postgres';
	/** absent in scripts and tests without live views: live projections are then skipped (SQL stays the truth) */
	sync?: LiveSync;
	/** absent without SMTP_URL: nudges stay in the app */
	mailer?: Mailer;
	/** the background job runner (startApp): its counters go to /metrics */
	jobs?: { readonly looks: number };
	/** counters for rate limits: per process, or shared through Redis when scaled out */
	rateLimits: RateLimitStore;
	/** where uploaded media live (bites/storage.ts) */
	dataDir: string;
	/** the surveys module's results as the actions module reads them */
	surveyResults: SurveyResultsSource;
	/** a team's action-plan cards from SQL, for its live document (actions/live.ts ← actions/plans.ts) */
	planCards?: (actor: Actor, teamId: string) => Promise<PlanCard[]>;
}

let current: AppContext | undefined;

/** The running app's parts. */
export function app(): AppContext {
	if (!current) throw new Error('the app is not started (createApp in src/lib/server/app/index.ts)');
	return current;
}

/** Only the composition root calls this (createApp). */
export function installApp(context: AppContext): AppContext {
	current = context;
	return context;
}
