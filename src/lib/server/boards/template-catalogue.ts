// The five built-in board templates, written by us in all four languages: content, kept in code so every
// organisation has them and they are translated with the app (templates.ts picks one language).
import type { Color } from '$lib/boards/doc';
import { CULTURE_ROUTINES, INTERPLAY, SHARED_CONCERN, TALK_OPENLY } from './template-factor-cards';

export type Locale = 'en' | 'da' | 'nl' | 'sv';
export type Text = Record<Locale, string>;

export interface BuiltIn {
	id: string;
	title: Text;
	description: Text;
	/** `questions`: the zone's own deck, drawn in that zone */
	zones: { title: Text; color: Color; questions?: Text[] }[];
	questions: Text[];
}

export const BUILT_IN: BuiltIn[] = [
	{
		id: 'learning-environment',
		title: { en: 'Our learning environment', da: 'Vores læringsmiljø', nl: 'Onze leeromgeving', sv: 'Vår lärmiljö' },
		description: {
			en: 'The four things that promote a good learning environment, one zone each, with dialogue questions.',
			da: 'De fire ting, der fremmer et godt læringsmiljø, en zone hver, med dialogspørgsmål.',
			nl: 'De vier dingen die een goede leeromgeving bevorderen, elk een zone, met dialoogvragen.',
			sv: 'De fyra saker som främjar en god lärmiljö, en zon var, med dialogfrågor.'
		},
		zones: [
			{
				color: 'yellow',
				title: {
					en: 'Learning is a shared concern',
					da: 'Læring er et fælles anliggende',
					nl: 'Leren is een gezamenlijke zaak',
					sv: 'Lärande är en gemensam angelägenhet'
				},
				questions: SHARED_CONCERN
			},
			{
				color: 'green',
				title: {
					en: 'Learning is part of culture and routines',
					da: 'Læring er en del af kultur og rutiner',
					nl: 'Leren hoort bij cultuur en routines',
					sv: 'Lärande är en del av kultur och rutiner'
				},
				questions: CULTURE_ROUTINES
			},
			{
				color: 'blue',
				title: {
					en: 'We talk openly about learning',
					da: 'Vi taler åbent om læring',
					nl: 'We praten open over leren',
					sv: 'Vi pratar öppet om lärande'
				},
				questions: TALK_OPENLY
			},
			{
				color: 'pink',
				title: {
					en: 'Learning in interplay',
					da: 'Læring i samspil',
					nl: 'Leren in samenspel',
					sv: 'Lärande i samspel'
				},
				questions: INTERPLAY
			}
		],
		questions: [
			{
				en: 'When did you last learn something from a colleague? What made it possible?',
				da: 'Hvornår lærte du sidst noget af en kollega? Hvad gjorde det muligt?',
				nl: 'Wanneer leerde je voor het laatst iets van een collega? Wat maakte dat mogelijk?',
				sv: 'När lärde du dig senast något av en kollega? Vad gjorde det möjligt?'
			},
			{
				en: 'Whose job is it that we learn here — each person’s, or all of ours?',
				da: 'Hvis opgave er det, at vi lærer her — den enkeltes eller vores alle sammen?',
				nl: 'Wiens taak is het dat we hier leren — van ieder afzonderlijk of van ons allemaal?',
				sv: 'Vems uppgift är det att vi lär oss här — var och ens eller allas?'
			},
			{
				en: 'Which of our routines already make us learn while we work?',
				da: 'Hvilke af vores rutiner får os allerede til at lære, mens vi arbejder?',
				nl: 'Welke van onze routines laten ons al leren tijdens het werk?',
				sv: 'Vilka av våra rutiner får oss redan att lära oss medan vi arbetar?'
			},
			{
				en: 'How do we talk about mistakes and things we do not know yet?',
				da: 'Hvordan taler vi om fejl og om det, vi endnu ikke kan?',
				nl: 'Hoe praten we over fouten en over wat we nog niet kunnen?',
				sv: 'Hur pratar vi om misstag och om sådant vi ännu inte kan?'
			},
			{
				en: 'What do we learn from users, customers and partners — and how does it reach the rest of us?',
				da: 'Hvad lærer vi af borgere, kunder og samarbejdspartnere — og hvordan når det os andre?',
				nl: 'Wat leren we van gebruikers, klanten en partners — en hoe bereikt dat de rest van ons?',
				sv: 'Vad lär vi oss av brukare, kunder och partner — och hur når det oss andra?'
			},
			{
				en: 'What one small, concrete thing would make learning easier here next month?',
				da: 'Hvilken lille, konkret ting ville gøre det lettere at lære her i næste måned?',
				nl: 'Welk klein, concreet ding zou leren hier volgende maand makkelijker maken?',
				sv: 'Vilken liten, konkret sak skulle göra det lättare att lära sig här nästa månad?'
			}
		]
	},
	{
		id: 'daily-learning',
		title: {
			en: 'Learning in daily work',
			da: 'Læring i det daglige arbejde',
			nl: 'Leren in het dagelijkse werk',
			sv: 'Lärande i det dagliga arbetet'
		},
		description: {
			en: 'Buddy training, mentoring, peer feedback and interplay with users: what works, what could we try?',
			da: 'Sidemandsoplæring, mentorordninger, kollegial feedback og samspil med borgere: hvad virker, hvad kan vi prøve?',
			nl: 'Buddytraining, mentoring, collegiale feedback en samenspel met gebruikers: wat werkt, wat kunnen we proberen?',
			sv: 'Sidoordnad upplärning, mentorskap, kollegial återkoppling och samspel med brukare: vad fungerar, vad kan vi prova?'
		},
		zones: [
			{
				color: 'yellow',
				title: { en: 'Buddy training', da: 'Sidemandsoplæring', nl: 'Buddytraining', sv: 'Sidoordnad upplärning' }
			},
			{ color: 'green', title: { en: 'Mentoring', da: 'Mentorordninger', nl: 'Mentoring', sv: 'Mentorskap' } },
			{
				color: 'blue',
				title: {
					en: 'Peer feedback',
					da: 'Kollegial feedback',
					nl: 'Collegiale feedback',
					sv: 'Kollegial återkoppling'
				}
			},
			{
				color: 'orange',
				title: {
					en: 'Interplay with users and customers',
					da: 'Samspil med borgere og kunder',
					nl: 'Samenspel met gebruikers en klanten',
					sv: 'Samspel med brukare och kunder'
				}
			}
		],
		questions: [
			{
				en: 'Who showed you how things are done here when you were new?',
				da: 'Hvem viste dig, hvordan tingene gøres her, da du var ny?',
				nl: 'Wie liet je zien hoe het hier gaat toen je nieuw was?',
				sv: 'Vem visade dig hur saker görs här när du var ny?'
			},
			{
				en: 'What could a new colleague learn from you in one afternoon?',
				da: 'Hvad kunne en ny kollega lære af dig på en eftermiddag?',
				nl: 'Wat kan een nieuwe collega in één middag van jou leren?',
				sv: 'Vad kunde en ny kollega lära sig av dig på en eftermiddag?'
			},
			{
				en: 'When did feedback from a colleague last change how you work?',
				da: 'Hvornår ændrede feedback fra en kollega sidst den måde, du arbejder på?',
				nl: 'Wanneer veranderde feedback van een collega voor het laatst hoe je werkt?',
				sv: 'När ändrade återkoppling från en kollega senast hur du arbetar?'
			},
			{
				en: 'What did a user or customer teach us this month?',
				da: 'Hvad har en borger eller kunde lært os denne måned?',
				nl: 'Wat heeft een gebruiker of klant ons deze maand geleerd?',
				sv: 'Vad har en brukare eller kund lärt oss den här månaden?'
			}
		]
	},
	{
		id: 'two-challenges',
		title: {
			en: 'Two challenges → concrete actions',
			da: 'To udfordringer → konkrete handlinger',
			nl: 'Twee uitdagingen → concrete acties',
			sv: 'Två utmaningar → konkreta åtgärder'
		},
		description: {
			en: 'Learning environments are hard to steer and hard to pin down. Name both, then choose a few manageable actions.',
			da: 'Læringsmiljøet er svært at styre og svært at sætte fingeren på. Navngiv begge dele, og vælg så nogle få overskuelige handlinger.',
			nl: 'Een leeromgeving is moeilijk te sturen en moeilijk te vatten. Benoem beide en kies dan een paar haalbare acties.',
			sv: 'Lärmiljön är svår att styra och svår att sätta fingret på. Sätt ord på båda och välj sedan några hanterbara åtgärder.'
		},
		zones: [
			{
				color: 'pink',
				title: {
					en: 'Hard to steer: where do we fall back on courses?',
					da: 'Svært at styre: hvor falder vi tilbage på kurser?',
					nl: 'Moeilijk te sturen: waar vallen we terug op cursussen?',
					sv: 'Svårt att styra: var faller vi tillbaka på kurser?'
				}
			},
			{
				color: 'purple',
				title: {
					en: 'Hard to pin down: what influences our learning?',
					da: 'Svært at gribe: hvad påvirker vores læring?',
					nl: 'Moeilijk te vatten: wat beïnvloedt ons leren?',
					sv: 'Svårt att greppa: vad påverkar vårt lärande?'
				}
			},
			{
				color: 'green',
				title: {
					en: 'Concrete, manageable actions',
					da: 'Konkrete, overskuelige handlinger',
					nl: 'Concrete, haalbare acties',
					sv: 'Konkreta, hanterbara åtgärder'
				}
			}
		],
		questions: [
			{
				en: 'Where do we send someone on a course when learning at work would serve better?',
				da: 'Hvor sender vi nogen på kursus, hvor læring i arbejdet ville være bedre?',
				nl: 'Waar sturen we iemand op cursus terwijl leren op het werk beter zou zijn?',
				sv: 'Var skickar vi någon på kurs där lärande i arbetet vore bättre?'
			},
			{
				en: 'What is one thing we could start next week without asking anyone?',
				da: 'Hvad er én ting, vi kunne starte i næste uge uden at spørge nogen?',
				nl: 'Wat is één ding dat we volgende week kunnen beginnen zonder iemand te vragen?',
				sv: 'Vad är en sak vi kunde börja med nästa vecka utan att fråga någon?'
			},
			{
				en: 'How will we know in three months that it made a difference?',
				da: 'Hvordan ved vi om tre måneder, at det gjorde en forskel?',
				nl: 'Hoe weten we over drie maanden dat het verschil maakte?',
				sv: 'Hur vet vi om tre månader att det gjorde skillnad?'
			}
		]
	},
	{
		id: 'start-stop-continue',
		title: {
			en: 'Start / stop / continue',
			da: 'Start / stop / fortsæt',
			nl: 'Start / stop / ga door',
			sv: 'Börja / sluta / fortsätt'
		},
		description: {
			en: 'A quick retrospective on how we learn together.',
			da: 'En hurtig evaluering af, hvordan vi lærer sammen.',
			nl: 'Een korte terugblik op hoe we samen leren.',
			sv: 'En snabb tillbakablick på hur vi lär oss tillsammans.'
		},
		zones: [
			{ color: 'green', title: { en: 'Start', da: 'Start', nl: 'Start', sv: 'Börja' } },
			{ color: 'pink', title: { en: 'Stop', da: 'Stop', nl: 'Stop', sv: 'Sluta' } },
			{ color: 'blue', title: { en: 'Continue', da: 'Fortsæt', nl: 'Ga door', sv: 'Fortsätt' } }
		],
		questions: [
			{
				en: 'What should we start doing to learn more from each other?',
				da: 'Hvad skal vi begynde at gøre for at lære mere af hinanden?',
				nl: 'Waar moeten we mee beginnen om meer van elkaar te leren?',
				sv: 'Vad ska vi börja göra för att lära oss mer av varandra?'
			},
			{
				en: 'What gets in the way and should stop?',
				da: 'Hvad står i vejen og bør stoppe?',
				nl: 'Wat zit in de weg en moet stoppen?',
				sv: 'Vad står i vägen och bör sluta?'
			},
			{
				en: 'What works well and must continue?',
				da: 'Hvad fungerer godt og skal fortsætte?',
				nl: 'Wat werkt goed en moet doorgaan?',
				sv: 'Vad fungerar bra och ska fortsätta?'
			}
		]
	},
	{
		id: 'impact-effort',
		title: { en: 'Impact × effort', da: 'Effekt × indsats', nl: 'Impact × inspanning', sv: 'Effekt × insats' },
		description: {
			en: 'Sort ideas by how much they help and how much they cost, to pick the quick wins.',
			da: 'Sortér idéer efter, hvor meget de hjælper, og hvad de kræver, så I finder de hurtige gevinster.',
			nl: 'Sorteer ideeën op hoeveel ze helpen en wat ze kosten, om de snelle winst te kiezen.',
			sv: 'Sortera idéer efter hur mycket de hjälper och vad de kostar, för att hitta de snabba vinsterna.'
		},
		zones: [
			{
				color: 'green',
				title: {
					en: 'High impact, low effort',
					da: 'Stor effekt, lille indsats',
					nl: 'Veel impact, weinig inspanning',
					sv: 'Stor effekt, liten insats'
				}
			},
			{
				color: 'blue',
				title: {
					en: 'High impact, high effort',
					da: 'Stor effekt, stor indsats',
					nl: 'Veel impact, veel inspanning',
					sv: 'Stor effekt, stor insats'
				}
			},
			{
				color: 'yellow',
				title: {
					en: 'Low impact, low effort',
					da: 'Lille effekt, lille indsats',
					nl: 'Weinig impact, weinig inspanning',
					sv: 'Liten effekt, liten insats'
				}
			},
			{
				color: 'pink',
				title: {
					en: 'Low impact, high effort',
					da: 'Lille effekt, stor indsats',
					nl: 'Weinig impact, veel inspanning',
					sv: 'Liten effekt, stor insats'
				}
			}
		],
		questions: [
			{
				en: 'Which idea would help the most people learn this month?',
				da: 'Hvilken idé ville hjælpe flest til at lære noget denne måned?',
				nl: 'Welk idee helpt deze maand de meeste mensen iets te leren?',
				sv: 'Vilken idé skulle hjälpa flest att lära sig något den här månaden?'
			},
			{
				en: 'What would it take to do it — time, people, permission?',
				da: 'Hvad kræver det — tid, folk, tilladelse?',
				nl: 'Wat is ervoor nodig — tijd, mensen, toestemming?',
				sv: 'Vad krävs — tid, personer, tillstånd?'
			}
		]
	}
];
