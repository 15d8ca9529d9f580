// A bite module or a learning path out as an LMS package (issue 23): a ZIP with the standard's manifest (imsmanifest.xml for SCORM
// 1.2 and 2004 4th edition, cmi5.xml for cmi5), the self-contained player (package-player.ts) as index.html, and the
// module's uploaded media under media/. A download card's document goes along too; an https link stays a link.
import { zipSync, strToU8 } from 'fflate';
import { db } from '../db/current';
import { authorize } from '../policy';
import type { Actor } from '../actor';
import { translateIn, asLocale } from '../i18n';
import type { PackageStandard } from '$lib/bites/packages';
import type { CardView } from '$lib/bites/types';
import { findModule } from './modules';
import { loadSteps, viewablePath } from './paths';
import { loadCards } from './cards';
import { readStored } from './storage';
import { playerHtml, type ExportCard } from './package-player';
import { packageOfModule } from './package-import';
import { Invalid } from '../errors';

function xml(text: string) {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

function scorm12Manifest(id: string, title: string, files: string[]) {
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="samspil-${id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org"><title>${xml(title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true"><title>${xml(title)}</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

function scorm2004Manifest(id: string, title: string, files: string[]) {
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="samspil-${id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org"><title>${xml(title)}</title>
      <item identifier="item" identifierref="sco"><title>${xml(title)}</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

function cmi5Course(courseId: string, title: string, summary: string, language: string) {
	const lang = xml(language);
	return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(courseId)}">
    <title><langstring lang="${lang}">${xml(title)}</langstring></title>
    <description><langstring lang="${lang}">${xml(summary || title)}</langstring></description>
  </course>
  <au id="${xml(courseId)}/au" moveOn="Completed" launchMethod="AnyWindow">
    <title><langstring lang="${lang}">${xml(title)}</langstring></title>
    <description><langstring lang="${lang}">${xml(summary || title)}</langstring></description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}

function exportCard(card: CardView, media: Map<string, string>): ExportCard {
	const file = (id: string | null) => (id && media.has(id) ? `media/${media.get(id)}` : null);
	return {
		kind: card.kind,
		html: card.html,
		src: file(card.mediaId) ?? card.mediaUrl,
		alt: card.kind === 'download' ? card.body || (card.fileName ?? '') : (card.alt ?? card.body ?? ''),
		quizKind: card.quizKind,
		question: card.kind === 'quiz' ? card.body : '',
		options: card.kind === 'quiz' ? card.options : []
	};
}

/** A file name for the package: the title's letters and digits, then the standard. */
export function packageFileName(title: string, standard: PackageStandard) {
	const base =
		title
			.normalize('NFKD')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || 'module';
	return `${base}-${standard}.zip`;
}

/**
 * The module as a package of the given standard, for those who write and assign modules (they may read every card
 * with its answers; the package carries them, since the player inside marks the quiz without a server).
 */
export async function exportPackage(actor: Actor, moduleId: string, standard: PackageStandard, origin: string) {
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	const module = await findModule(actor.orgId, moduleId);
	if (await packageOfModule(actor.orgId, moduleId)) throw new Invalid('package_error_export_imported');
	return buildPackage(actor.orgId, standard, {
		id: module.id,
		courseId: `${origin}/bites/${module.id}`,
		title: module.title,
		summary: module.summary,
		language: module.language,
		moduleIds: [module.id]
	});
}

/**
 * A learning path as one package: its modules' cards in the path's order, played by one player that reports
 * completion at the end and the score over all of it (an LMS sees one course). A path with an imported package
 * among its steps cannot be made one (that module's content is the package itself), nor an empty one.
 */
export async function exportPathPackage(actor: Actor, pathId: string, standard: PackageStandard, origin: string) {
	const path = await viewablePath(actor, pathId);
	const steps = await loadSteps(actor.orgId, [pathId]);
	if (steps.length === 0) throw new Invalid('package_error_export_path_empty');
	const modules = [];
	for (const step of steps) {
		const module = await findModule(actor.orgId, step.module_id);
		if (await packageOfModule(actor.orgId, module.id))
			throw new Invalid('package_error_export_path_imported', undefined, { title: module.title });
		modules.push(module);
	}
	return buildPackage(actor.orgId, standard, {
		id: path.id,
		courseId: `${origin}/bites/paths/${path.id}`,
		title: path.title,
		summary: path.description,
		language: modules[0].language,
		moduleIds: modules.map((m) => m.id)
	});
}

interface PackageContent {
	id: string;
	courseId: string;
	title: string;
	summary: string;
	language: string;
	/** whose cards, in this order */
	moduleIds: string[];
}

async function buildPackage(orgId: string, standard: PackageStandard, content: PackageContent) {
	const cards = (await Promise.all(content.moduleIds.map((id) => loadCards(orgId, id)))).flat();
	const stored = await db()
		.selectFrom('bite_media')
		.select(['id', 'file_name'])
		.where('module_id', 'in', content.moduleIds)
		.where('org_id', '=', orgId)
		.execute();
	const used = new Set(cards.map((c) => c.mediaId).filter(Boolean));
	const media = new Map(stored.filter((m) => used.has(m.id)).map((m) => [m.id, m.file_name]));
	const locale = asLocale(content.language);
	const t = (key: string, params: Record<string, unknown> = {}) => translateIn(locale, key, params);
	const { courseId } = content;
	const files: Record<string, Uint8Array> = {
		'index.html': strToU8(
			playerHtml({
				title: content.title,
				language: content.language,
				standard,
				activityId: `${courseId}/au`,
				cards: cards.map((c) => exportCard(c, media)),
				words: {
					next: t('package_player_next'),
					back: t('package_player_back'),
					check: t('package_player_check'),
					right: t('package_player_right'),
					wrong: t('package_player_wrong'),
					done: t('package_player_done'),
					// the player puts the learner's score where the placeholder stays
					score: t('package_player_score', { score: '{score}' }),
					trueWord: t('bites_true'),
					falseWord: t('bites_false'),
					noLms: t('package_player_no_lms')
				}
			})
		)
	};
	for (const fileName of media.values()) files[`media/${fileName}`] = await readStored(orgId, fileName);
	const names = Object.keys(files);
	if (standard === 'cmi5')
		files['cmi5.xml'] = strToU8(cmi5Course(courseId, content.title, content.summary, content.language));
	else
		files['imsmanifest.xml'] = strToU8(
			(standard === 'scorm12' ? scorm12Manifest : scorm2004Manifest)(content.id, content.title, names)
		);
	return { fileName: packageFileName(content.title, standard), bytes: zipSync(files, { level: 6 }) };
}
