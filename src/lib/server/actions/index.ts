// The actions module: catalogue, recommendations, team action plans, follow-up and the manager overview.
export {
	listCatalogue,
	getCatalogueAction,
	createCustomAction,
	updateCustomAction,
	archiveCustomAction,
	isCustomId
} from './catalogue';
export {
	getPlan,
	planAccess,
	getItem,
	addFromCatalogue,
	createOwnAction,
	createActionFromBoard,
	updateItem,
	moveItem,
	removeItem,
	refreshLivePlan,
	toCard,
	type PlanItem
} from './plans';
export {
	recordReview,
	listReviews,
	nudgeOwner,
	listMyFollowUps,
	dimensionBeforeAfter,
	planBeforeAfter,
	type FollowUp,
	type ReviewEntry
} from './follow-up';
export { recommendForTeam, recommendForScores, recommendForDecisions, type TeamRecommendations } from './recommendations';
export { getOverview, listPlans, type Overview, type TeamSummary, type FactorCount, type PlanSummary } from './overview';
export { useSurveyResults, type SurveyResultsSource, type RoundScores, type DimensionScores } from './survey-results';
export { registerActionPlanDocs, publishPlan } from './live';
export { actionNudges, ACTION_NUDGE_KINDS } from './nudges';
export { pendingBoardDecisions, type BoardDecision } from './boards';
export { makeActionItems, listBoardActionItems, type BoardActionItem } from './board-items';
export * as schemas from './schemas';
