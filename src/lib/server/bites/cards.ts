// A module's cards as they are read: in order, text rendered and sanitised, quiz options parsed.
import { db } from '../db/current';
import type { CardKind, CardView, QuizKind, QuizOption } from '$lib/bites/types';
import { renderMarkdown } from './markdown';

/** Internal: the cards of a module in order, text rendered and sanitised. */
export async function loadCards(orgId: string, moduleId: string): Promise<CardView[]> {
	const rows = await db()
		.selectFrom('bite_cards')
		.leftJoin('bite_media', 'bite_media.id', 'bite_cards.media_id')
		.selectAll('bite_cards')
		.select([
			'bite_media.mime as media_mime',
			'bite_media.original_name',
			'bite_media.size as media_size',
			'bite_media.width as media_width',
			'bite_media.height as media_height'
		])
		.where('bite_cards.module_id', '=', moduleId)
		.where('bite_cards.org_id', '=', orgId)
		.orderBy('bite_cards.position')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		position: r.position,
		kind: r.kind as CardKind,
		body: r.body,
		html: r.kind === 'text' ? renderMarkdown(r.body) : '',
		mediaId: r.media_id,
		mediaUrl: r.media_url,
		mediaMime: r.media_mime ?? null,
		alt: r.alt,
		quizKind: (r.quiz_kind as QuizKind | null) ?? null,
		captionsId: r.captions_id,
		captionsLang: r.captions_lang,
		transcript: r.transcript,
		fileName: r.original_name ?? null,
		fileSize: r.media_size ?? null,
		mediaWidth: r.media_width ?? null,
		mediaHeight: r.media_height ?? null,
		options: parseOptions(r.options)
	}));
}

export function parseOptions(json: string): QuizOption[] {
	try {
		const v = JSON.parse(json);
		return Array.isArray(v) ? v : [];
	} catch {
		return [];
	}
}
