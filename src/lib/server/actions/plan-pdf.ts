// A team's action plan as a PDF to print or hand round: every action the viewer may see on the plan, grouped by
// status, with owner, dates, indicator and target, its survey dimension with before/after, and the latest review.
// Read through the same functions as the plan page (planAccess, getPlan, planBeforeAfter), so the same people
// are refused.
import { m } from '$lib/paraglide/messages.js';
import { fileNameOf } from '../file-names';
import { currentLocale } from '$lib/actions/locale';
import { STATUSES } from '$lib/actions/live';
import type { BeforeAfter } from '$lib/actions/ranking';
import {
	didItLabel,
	dimensionLabel,
	formatDate,
	formatScore,
	helpedLabel,
	statusLabel,
	todayIn
} from '$lib/actions/labels';
import type { Actor } from '../actor';
import { createPdf, fields, finishPdf, heading, paragraph } from '../pdf/index';
import type { PlanItem } from './plans';
import { getPlan, planAccess } from './plans';
import { planBeforeAfter } from './follow-up';

function beforeAfterText(item: PlanItem, ba: BeforeAfter | undefined, locale: string): string {
	if (!item.dimension) return m.actions_dimension_none();
	const score = (s: { score: number | null; label: string } | null, none: string) =>
		s?.score != null ? `${formatScore(s.score, locale)}${s.label ? ` (${s.label})` : ''}` : none;
	const figures = ba ? ` ${score(ba.before, '–')} -> ${score(ba.after, '…')}` : '';
	return `${dimensionLabel(item.dimension)}${figures}`;
}

function itemFields(item: PlanItem, ba: BeforeAfter | undefined, locale: string) {
	const date = (d: string | null) => (d ? formatDate(d, locale) : '–');
	const rows = [
		{ label: m.actions_owner(), value: item.ownerName ?? '–' },
		{ label: m.actions_start_date(), value: date(item.startDate) },
		{ label: m.actions_due_date(), value: date(item.dueDate) },
		{ label: m.actions_review_date(), value: date(item.reviewDate) }
	];
	if (item.indicator) rows.push({ label: m.actions_indicator(), value: item.indicator });
	if (item.target) rows.push({ label: m.actions_target(), value: item.target });
	rows.push({ label: m.actions_before_after(), value: beforeAfterText(item, ba, locale) });
	const review = item.latestReview;
	rows.push({
		label: m.actions_followup_title(),
		value: review
			? m.actions_review_answer({ didIt: didItLabel(review.didIt), helped: helpedLabel(review.helped) }) +
				(review.comment ? `\n${review.comment}` : '')
			: m.actions_no_review()
	});
	if (item.notes) rows.push({ label: m.actions_notes(), value: item.notes });
	return rows;
}

/** The plan of `teamId` as a PDF, and a file name made from the team's name. */
export async function planPdfFile(actor: Actor, teamId: string) {
	const access = await planAccess(actor, teamId);
	const locale = currentLocale();
	const items = await getPlan(actor, teamId, locale);
	const beforeAfter = await planBeforeAfter(actor, teamId, items);
	const title = m.actions_plan_of({ team: access.team.name });
	const doc = createPdf({ title, lang: locale });
	heading(doc, title, 1);
	paragraph(doc, formatDate(todayIn(), locale), { muted: true });
	if (!items.length) paragraph(doc, m.actions_plan_empty());
	for (const status of STATUSES) {
		const group = items.filter((i) => i.status === status);
		if (!group.length) continue;
		heading(doc, statusLabel(status), 2);
		for (const item of group) {
			heading(doc, item.title, 3);
			fields(doc, itemFields(item, beforeAfter[item.id], locale));
		}
	}
	const bytes = await finishPdf(doc, (page, pages) => m.pdf_page({ page, pages }));
	return { bytes, name: fileNameOf(title, 'action-plan') };
}
