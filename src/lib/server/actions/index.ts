// The actions module: catalogue, recommendations, team action plans, follow-up and the manager overview.
export {
	listCatalogue,
	getCatalogueAction,
	createCustomAction,
	updateCustomAction,
	archiveCustomAction,
	isCustomId
} from './catalogue';
export { getPlan, planAccess, getItem, refreshLivePlan, type PlanItem } from './plans';
export { planPdfFile } from './plan-pdf';
export {
	addFromCatalogue,
	createOwnAction,
	createActionFromBoard,
	updateItem,
	moveItem,
	removeItem
} from './plan-changes';
export { toCard, planCards } from './plan-rows';
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
export {
	recommendForTeam,
	recommendForScores,
	recommendForDecisions,
	type TeamRecommendations
} from './recommendations';
export {
	getOverview,
	listPlans,
	type Overview,
	type TeamSummary,
	type FactorCount,
	type PlanSummary
} from './overview';
export { type SurveyResultsSource, type RoundScores, type DimensionScores } from './survey-results';
export { surveysModuleResults } from './survey-source';
export { registerActionPlanDocs, publishPlan } from './live';
export { actionNudges, ACTION_NUDGE_KINDS } from './nudges';
export { pendingBoardDecisions, type BoardDecision } from './boards';
export {
	makeActionItems,
	listBoardActionItems,
	boardPageWithActions,
	boardSummaryWithActions,
	type BoardActionItem
} from './board-items';
export * as schemas from './schemas';
export {
	actionsHome,
	cataloguePage,
	customActionPage,
	newCustomActionPage,
	fromBoardPage,
	itemPage,
	planPage,
	moveOnPlan,
	recommendationsPage,
	nudgeItemOwner
} from './pages';
