// Shapes shared by the bites server module, its pages and its tests.
// A download card offers one document (PDF, DOCX, XLSX) at its place in the module: a card, not a module-level
// attachment, so it is ordered, previewed, deleted and frozen into a certified version like every other content.
export const CARD_KINDS = ['text', 'image', 'video', 'audio', 'quiz', 'download'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
/** A choice question has up to this many answers (the editor shows four and adds or removes rows). */
export const MAX_QUIZ_ANSWERS = 10;

export const QUIZ_KINDS = ['single', 'multiple', 'truefalse'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];
export const LANGUAGES = ['da', 'en', 'nl', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface QuizOption {
	id: string;
	/** empty for true/false, where the page names the two options in the reader's language */
	text: string;
	correct: boolean;
	feedback: string;
}

/** A card as the player and the editor see it (text cards carry sanitised HTML). */
export interface CardView {
	id: string;
	position: number;
	kind: CardKind;
	body: string;
	html: string;
	mediaId: string | null;
	mediaUrl: string | null;
	mediaMime: string | null;
	alt: string | null;
	quizKind: QuizKind | null;
	/** video/audio: an uploaded WebVTT captions file and its language (da, en, nl, sv) */
	captionsId?: string | null;
	captionsLang?: string | null;
	/** video/audio: the spoken text written out */
	transcript?: string | null;
	/** an uploaded image's size in pixels, when known: the player reserves its space before it loads */
	mediaWidth?: number | null;
	mediaHeight?: number | null;
	/** download (and any uploaded file): the name it was uploaded with, and its size in bytes */
	fileName?: string | null;
	fileSize?: number | null;
	/** correct flags and feedback only reach the learner once they have answered */
	options: QuizOption[];
}

export interface AnswerResult {
	correct: boolean;
	chosen: string[];
	/** per chosen option: its feedback; plus the ids of the right options */
	feedback: { optionId: string; text: string; correct: boolean }[];
	correctIds: string[];
}
