// What learning analytics (src/lib/server/analytics) read of bites, person by person. Internal: no actor, the
// caller has already decided whom the viewer may see. Only published modules count as assigned, and a module
// assigned more than once (to a team and to the person) counts once with its earliest due date — the same rule
// as the learner's own list (assignments.ts).
import { db } from '../db/current';
import { listHeld } from './credentials';

export interface AssignedModule {
	personId: string;
	moduleId: string;
	title: string;
	/** YYYY-MM-DD or null */
	dueOn: string | null;
	startedAt: string | null;
	completedAt: string | null;
	score: number | null;
}

/** Each person's assigned modules with their progress; `people` carry the teams they are on. */
export async function assignedModules(orgId: string, people: { id: string; teamIds: string[] }[]) {
	const ids = people.map((p) => p.id);
	const teamIds = [...new Set(people.flatMap((p) => p.teamIds))];
	if (ids.length === 0) return [];
	const rows = await db()
		.selectFrom('bite_assignments')
		.innerJoin('bite_modules', 'bite_modules.id', 'bite_assignments.module_id')
		.select([
			'bite_assignments.module_id',
			'bite_assignments.user_id',
			'bite_assignments.team_id',
			'bite_assignments.due_on',
			'bite_modules.title'
		])
		.where('bite_assignments.org_id', '=', orgId)
		.where('bite_modules.published', '=', 1)
		.where((eb) =>
			eb.or([
				eb('bite_assignments.user_id', 'in', ids),
				...(teamIds.length ? [eb('bite_assignments.team_id', 'in', teamIds)] : [])
			])
		)
		.execute();
	const byKey = new Map<string, AssignedModule>();
	for (const person of people) {
		for (const r of rows) {
			const applies = r.user_id === person.id || (!!r.team_id && person.teamIds.includes(r.team_id));
			if (!applies) continue;
			const key = `${person.id}|${r.module_id}`;
			const prev = byKey.get(key);
			if (prev && !(r.due_on && (!prev.dueOn || r.due_on < prev.dueOn))) continue;
			byKey.set(key, {
				personId: person.id,
				moduleId: r.module_id,
				title: r.title,
				dueOn: r.due_on,
				startedAt: null,
				completedAt: null,
				score: null
			});
		}
	}
	const assigned = [...byKey.values()];
	const moduleIds = [...new Set(assigned.map((a) => a.moduleId))];
	if (moduleIds.length) {
		const progress = await db()
			.selectFrom('bite_progress')
			.select(['learner_id', 'module_id', 'started_at', 'completed_at', 'score'])
			.where('org_id', '=', orgId)
			.where('learner_id', 'in', ids)
			.where('module_id', 'in', moduleIds)
			.execute();
		const of = new Map(progress.map((p) => [`${p.learner_id}|${p.module_id}`, p]));
		for (const a of assigned) {
			const p = of.get(`${a.personId}|${a.moduleId}`);
			if (!p) continue;
			a.startedAt = p.started_at;
			a.completedAt = p.completed_at;
			a.score = p.completed_at ? p.score : null;
		}
	}
	return assigned;
}

/** The modules a person completed (assigned or not), latest first, with their scores. */
export async function completedModules(orgId: string, personId: string) {
	const rows = await db()
		.selectFrom('bite_progress')
		.innerJoin('bite_modules', 'bite_modules.id', 'bite_progress.module_id')
		.select(['bite_progress.module_id', 'bite_modules.title', 'bite_progress.completed_at', 'bite_progress.score'])
		.where('bite_progress.org_id', '=', orgId)
		.where('bite_progress.learner_id', '=', personId)
		.where('bite_progress.completed_at', 'is not', null)
		.orderBy('bite_progress.completed_at', 'desc')
		.execute();
	return rows.map((r) => ({ moduleId: r.module_id, title: r.title, completedAt: r.completed_at!, score: r.score }));
}

/** A person's credentials: titles and dates only (no signed token, no share link). */
export async function credentialDates(orgId: string, personId: string) {
	return (await listHeld(orgId, personId)).map((c) => ({
		id: c.id,
		title: c.title,
		issuedAt: c.issuedAt,
		validUntil: c.validUntil,
		revoked: !!c.revokedAt
	}));
}
