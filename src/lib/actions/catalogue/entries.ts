// The built-in catalogue: concrete, manageable actions for a learning environment. The text of each
// action lives per language beside this file (en.ts, da.ts, nl.ts, sv.ts), keyed by the same id.
import type { CatalogueEntry } from './types';

export const ENTRIES: CatalogueEntry[] = [
	{
		id: 'weekly-learning-minutes',
		factors: ['culture_routines', 'open_talk'],
		dimensions: ['reflection', 'experimenting_sharing'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 2
	},
	{
		id: 'buddy-for-newcomers',
		factors: ['shared_concern', 'interplay'],
		dimensions: ['learning_together', 'psychological_safety'],
		driver: 'leader',
		effort: 'S',
		firstEffectWeeks: 4
	},
	{
		id: 'after-action-review',
		factors: ['culture_routines', 'open_talk'],
		dimensions: ['reflection', 'experimenting_sharing'],
		driver: 'team',
		effort: 'M',
		firstEffectWeeks: 6
	},
	{
		id: 'task-rotation',
		factors: ['shared_concern', 'culture_routines'],
		dimensions: ['learning_together', 'experimenting_sharing', 'shared_concern'],
		driver: 'leader',
		effort: 'L',
		firstEffectWeeks: 12
	},
	{
		id: 'leaders-share-learning',
		factors: ['open_talk', 'shared_concern'],
		dimensions: ['leadership', 'psychological_safety'],
		driver: 'leader',
		effort: 'S',
		firstEffectWeeks: 4
	},
	{
		id: 'shared-learning-log',
		factors: ['culture_routines', 'shared_concern'],
		dimensions: ['experimenting_sharing', 'reflection', 'shared_concern'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 4
	},
	{
		id: 'user-session-quarterly',
		factors: ['interplay'],
		dimensions: ['interplay', 'openness'],
		driver: 'team',
		effort: 'M',
		firstEffectWeeks: 12
	},
	{
		id: 'mentoring-scheme',
		factors: ['shared_concern', 'interplay'],
		dimensions: ['learning_together', 'experimenting_sharing'],
		driver: 'leader',
		effort: 'M',
		firstEffectWeeks: 12
	},
	{
		id: 'peer-feedback-pairs',
		factors: ['open_talk', 'interplay'],
		dimensions: ['feedback', 'psychological_safety'],
		driver: 'team',
		effort: 'M',
		firstEffectWeeks: 6
	},
	{
		id: 'good-mistake-of-the-month',
		factors: ['open_talk'],
		dimensions: ['psychological_safety', 'experimenting_sharing'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 4
	},
	{
		id: 'small-experiments',
		factors: ['culture_routines'],
		dimensions: ['experimenting_sharing', 'reflection'],
		driver: 'team',
		effort: 'M',
		firstEffectWeeks: 8
	},
	{
		id: 'skills-map',
		factors: ['shared_concern'],
		dimensions: ['shared_concern', 'experimenting_sharing', 'learning_together'],
		driver: 'leader',
		effort: 'M',
		firstEffectWeeks: 6
	},
	{
		id: 'learning-in-one-to-ones',
		factors: ['shared_concern', 'open_talk'],
		dimensions: ['leadership', 'reflection'],
		driver: 'leader',
		effort: 'S',
		firstEffectWeeks: 8
	},
	{
		id: 'show-and-tell',
		factors: ['open_talk', 'interplay'],
		dimensions: ['experimenting_sharing', 'openness'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 4
	},
	{
		id: 'job-shadowing',
		factors: ['interplay'],
		dimensions: ['interplay', 'experimenting_sharing'],
		driver: 'individual',
		effort: 'M',
		firstEffectWeeks: 8
	},
	{
		id: 'questions-welcome',
		factors: ['open_talk'],
		dimensions: ['psychological_safety', 'openness'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 2
	},
	{
		id: 'protected-learning-time',
		factors: ['culture_routines'],
		dimensions: ['reflection', 'leadership'],
		driver: 'leader',
		effort: 'M',
		firstEffectWeeks: 6
	},
	{
		id: 'case-reflection',
		factors: ['open_talk', 'culture_routines'],
		dimensions: ['reflection', 'feedback'],
		driver: 'team',
		effort: 'M',
		firstEffectWeeks: 6
	},
	{
		id: 'onboarding-checklist',
		factors: ['shared_concern', 'culture_routines'],
		dimensions: ['learning_together', 'leadership'],
		driver: 'leader',
		effort: 'M',
		firstEffectWeeks: 6
	},
	{
		id: 'teach-back',
		factors: ['shared_concern', 'open_talk'],
		dimensions: ['experimenting_sharing', 'shared_concern'],
		driver: 'individual',
		effort: 'S',
		firstEffectWeeks: 4
	},
	{
		id: 'pair-work',
		factors: ['interplay', 'culture_routines'],
		dimensions: ['learning_together', 'experimenting_sharing'],
		driver: 'team',
		effort: 'M',
		firstEffectWeeks: 4
	},
	{
		id: 'user-feedback-review',
		factors: ['interplay'],
		dimensions: ['interplay', 'openness'],
		driver: 'team',
		effort: 'M',
		firstEffectWeeks: 8
	},
	{
		id: 'leader-asks-for-feedback',
		factors: ['open_talk'],
		dimensions: ['leadership', 'psychological_safety'],
		driver: 'leader',
		effort: 'S',
		firstEffectWeeks: 6
	},
	{
		id: 'learning-conversations',
		factors: ['shared_concern', 'open_talk'],
		dimensions: ['leadership', 'openness'],
		driver: 'leader',
		effort: 'S',
		firstEffectWeeks: 4
	},
	{
		id: 'shared-guides',
		factors: ['culture_routines', 'shared_concern'],
		dimensions: ['experimenting_sharing'],
		driver: 'team',
		effort: 'M',
		firstEffectWeeks: 8
	},
	{
		id: 'expert-hour',
		factors: ['interplay', 'shared_concern'],
		dimensions: ['learning_together', 'experimenting_sharing'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 4
	},
	{
		id: 'exchange-with-peers-elsewhere',
		factors: ['interplay'],
		dimensions: ['interplay', 'openness'],
		driver: 'leader',
		effort: 'M',
		firstEffectWeeks: 12
	},
	{
		id: 'reverse-mentoring',
		factors: ['interplay', 'open_talk'],
		dimensions: ['learning_together', 'openness'],
		driver: 'individual',
		effort: 'M',
		firstEffectWeeks: 8
	},
	{
		id: 'monthly-retrospective',
		factors: ['culture_routines', 'open_talk'],
		dimensions: ['reflection', 'psychological_safety'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 4
	},
	{
		id: 'team-learning-goal',
		factors: ['shared_concern'],
		dimensions: ['shared_concern', 'leadership', 'experimenting_sharing'],
		driver: 'team',
		effort: 'M',
		firstEffectWeeks: 8
	},
	{
		id: 'celebrate-learning',
		factors: ['open_talk', 'shared_concern'],
		dimensions: ['openness', 'leadership'],
		driver: 'leader',
		effort: 'S',
		firstEffectWeeks: 2
	},
	{
		id: 'buddy-training-plan',
		factors: ['culture_routines', 'shared_concern'],
		dimensions: ['learning_together', 'reflection', 'shared_concern'],
		driver: 'leader',
		effort: 'M',
		firstEffectWeeks: 6
	},
	{
		id: 'feedback-training',
		factors: ['open_talk'],
		dimensions: ['feedback', 'psychological_safety'],
		driver: 'leader',
		effort: 'M',
		firstEffectWeeks: 8
	},
	{
		id: 'learning-bites',
		factors: ['culture_routines'],
		dimensions: ['experimenting_sharing', 'reflection'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 4
	},
	{
		id: 'fresh-eyes',
		factors: ['open_talk', 'interplay'],
		dimensions: ['openness', 'experimenting_sharing'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 6
	},
	{
		id: 'partner-visit',
		factors: ['interplay'],
		dimensions: ['interplay', 'experimenting_sharing'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 8
	},
	{
		id: 'learning-at-handover',
		factors: ['culture_routines'],
		dimensions: ['reflection', 'experimenting_sharing'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 2
	},
	{
		id: 'study-circle',
		factors: ['open_talk', 'shared_concern'],
		dimensions: ['reflection', 'openness'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 6
	},
	{
		id: 'improvement-huddle',
		factors: ['culture_routines', 'open_talk'],
		dimensions: ['experimenting_sharing', 'psychological_safety'],
		driver: 'team',
		effort: 'M',
		firstEffectWeeks: 4
	},
	{
		id: 'learning-on-management-agenda',
		factors: ['shared_concern'],
		dimensions: ['leadership', 'shared_concern'],
		driver: 'leader',
		effort: 'S',
		firstEffectWeeks: 8
	},
	{
		id: 'team-competence-plan',
		factors: ['shared_concern'],
		dimensions: ['shared_concern', 'leadership', 'experimenting_sharing'],
		driver: 'leader',
		effort: 'L',
		firstEffectWeeks: 12
	},
	{
		id: 'peer-observation',
		factors: ['open_talk', 'interplay'],
		dimensions: ['feedback', 'learning_together'],
		driver: 'individual',
		effort: 'M',
		firstEffectWeeks: 6
	},
	{
		id: 'personal-learning-diary',
		factors: ['culture_routines'],
		dimensions: ['reflection'],
		driver: 'individual',
		effort: 'S',
		firstEffectWeeks: 4
	},
	{
		id: 'ask-for-help-norm',
		factors: ['open_talk', 'shared_concern'],
		dimensions: ['psychological_safety', 'openness'],
		driver: 'team',
		effort: 'S',
		firstEffectWeeks: 2
	},
	{
		id: 'knowledge-transfer-before-leaving',
		factors: ['shared_concern', 'interplay'],
		dimensions: ['learning_together', 'experimenting_sharing', 'shared_concern'],
		driver: 'leader',
		effort: 'M',
		firstEffectWeeks: 8
	},
	{
		id: 'mentor-for-new-leaders',
		factors: ['interplay', 'shared_concern'],
		dimensions: ['learning_together', 'leadership'],
		driver: 'leader',
		effort: 'M',
		firstEffectWeeks: 12
	}
];
