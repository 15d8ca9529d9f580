// Recommendations: from the team's latest survey round (lowest dimensions first, each with the actions
// that serve it) and from a board's decisions (the catalogue actions whose words they share).
import { authorize } from '../policy';
import { getTeam } from '../orgs/index';
import type { Actor } from '../actor';
import { ENTRIES, LOCALES, TEXTS, type CatalogueAction, type Locale } from '$lib/actions/catalogue/index';
import {
	buildTextIndex,
	matchText,
	recommendFromScores,
	type DimensionGroup,
	type DimensionScores,
	type RecommendationFilters,
	type RoundScores
} from '$lib/actions/ranking';
import { listCatalogue } from './catalogue';
import { getPlan } from './plans';
import { latestRound } from './survey-results';

export interface TeamRecommendations {
	round: Pick<RoundScores, 'roundId' | 'label' | 'closedAt' | 'scale'> | null;
	groups: DimensionGroup<CatalogueAction & { inPlan: boolean }>[];
}

/** Ranks the catalogue against a set of dimension scores (the organisation's own actions included). */
export async function recommendForScores(
	actor: Actor,
	scores: DimensionScores,
	locale: Locale,
	filters: RecommendationFilters = {},
	inPlan: Set<string> = new Set()
) {
	const catalogue = (await listCatalogue(actor, locale)).map((a) => ({ ...a, inPlan: inPlan.has(a.id) }));
	return recommendFromScores(scores, catalogue, filters);
}

/** From the team's latest survey round; no round yet gives no groups. */
export async function recommendForTeam(
	actor: Actor,
	teamId: string,
	locale: Locale,
	filters: RecommendationFilters = {}
): Promise<TeamRecommendations> {
	await getTeam(actor, teamId);
	authorize(actor, 'action.plan.view', { orgId: actor.orgId, teamId });
	const round = await latestRound(actor, teamId);
	if (!round) return { round: null, groups: [] };
	const plan = await getPlan(actor, teamId, locale);
	const inPlan = new Set(plan.filter((i) => i.status !== 'dropped' && i.catalogueId).map((i) => i.catalogueId!));
	const groups = await recommendForScores(actor, round.scores, locale, filters, inPlan);
	return {
		round: { roundId: round.roundId, label: round.label, closedAt: round.closedAt, scale: round.scale },
		groups
	};
}

// The built-in catalogue's words in all four languages: a decision written in any of them finds its actions.
let builtinIndex: ReturnType<typeof buildTextIndex> | undefined;
function textIndex() {
	return (builtinIndex ??= buildTextIndex(
		ENTRIES.flatMap((e) =>
			LOCALES.map((l) => {
				const t = TEXTS[l][e.id];
				return { id: e.id, title: t.title, body: [t.why, t.indicator, ...t.how].join(' ') };
			})
		)
	));
}

export interface DecisionSuggestion {
	text: string;
	actions: (CatalogueAction & { score: number })[];
}

/** For each of a board's decisions, the catalogue actions that fit it best, filtered as asked. */
export async function recommendForDecisions(
	actor: Actor,
	decisions: string[],
	locale: Locale,
	filters: RecommendationFilters = {}
): Promise<DecisionSuggestion[]> {
	authorize(actor, 'action.catalogue.view', { orgId: actor.orgId });
	const catalogue = new Map((await listCatalogue(actor, locale, filters)).map((a) => [a.id, a]));
	return decisions
		.map((text) => text.trim())
		.filter(Boolean)
		.map((text) => ({
			text,
			actions: matchText(textIndex(), text, 10)
				.filter((m) => catalogue.has(m.id))
				.slice(0, 3)
				.map((m) => ({ ...catalogue.get(m.id)!, score: m.score }))
		}));
}
