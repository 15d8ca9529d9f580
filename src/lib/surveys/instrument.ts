// The built-in instrument "Learning environment": Samspil's own wording, in four languages.
//
// Its nine dimensions follow the four factors of a good learning environment in the product brief
// (learning as a shared concern; learning in culture and routines; talking openly about learning;
// interplay with colleagues, leaders and the world outside) and the building blocks of a learning
// organisation in published research: a supportive learning environment (psychological safety,
// openness to new ideas, time for reflection), concrete learning practices (buddy training, mentoring,
// peer feedback, experimentation, sharing knowledge) and leadership that reinforces learning
// (Garvin, Edmondson & Gino 2008; Edmondson 1999; Yang, Watkins & Marsick 2004; Eraut 2004; Billett 2001).
// The "About this survey" page shows the same content and the references (src/lib/surveys/references.ts).
//
// Items are statements answered on 1–5 (strongly disagree … strongly agree) or "don't know".
// Reverse-scored items are worded so that agreeing is unfavourable; their answers count as 6 − value.
import type { Texts } from './texts';

export const INSTRUMENT_KEY = 'learning-environment';

/**
 * The instrument's dimensions, in its order: the one dimension list of the app. The action catalogue,
 * the recommendations, the plans and the discussion boards all speak these keys (a test holds the
 * catalogue to them), so a low survey dimension always meets actions under the same name.
 */
export const DIMENSION_KEYS = [
	'shared_concern',
	'psychological_safety',
	'openness',
	'reflection',
	'learning_together',
	'feedback',
	'experimenting_sharing',
	'leadership',
	'interplay'
] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

/** The four factors of the product brief, 1-based. */
export type Factor = 1 | 2 | 3 | 4;

export interface InstrumentItem {
	key: string;
	text: Required<Texts>;
	reverse?: boolean;
}

export interface InstrumentDimension {
	key: DimensionKey;
	factor: Factor;
	name: Required<Texts>;
	description: Required<Texts>;
	items: InstrumentItem[];
}

export interface InstrumentOpenQuestion {
	key: string;
	text: Required<Texts>;
}

export const INSTRUMENT_TITLE: Required<Texts> = {
	en: 'Learning environment',
	da: 'Læringsmiljø',
	nl: 'Leeromgeving',
	sv: 'Lärmiljö'
};

export const DIMENSIONS: InstrumentDimension[] = [
	{
		key: 'shared_concern',
		factor: 1,
		name: {
			en: 'Learning as a shared concern',
			da: 'Læring som fælles anliggende',
			nl: 'Leren als gezamenlijke zaak',
			sv: 'Lärande som gemensam angelägenhet'
		},
		description: {
			en: 'Whether the team sees learning as something it is responsible for together, not only each person’s own development.',
			da: 'Om teamet ser læring som noget, det har ansvar for sammen – ikke kun den enkeltes egen udvikling.',
			nl: 'Of het team leren ziet als iets waar het samen verantwoordelijk voor is, niet alleen als ieders eigen ontwikkeling.',
			sv: 'Om teamet ser lärande som något det har ansvar för tillsammans, inte bara som var och ens egen utveckling.'
		},
		items: [
			{
				key: 'shared_concern_1',
				text: {
					en: 'In my team we see learning as something we are responsible for together.',
					da: 'I mit team ser vi læring som noget, vi har ansvar for sammen.',
					nl: 'In mijn team zien we leren als iets waar we samen verantwoordelijk voor zijn.',
					sv: 'I mitt team ser vi lärande som något vi har ansvar för tillsammans.'
				}
			},
			{
				key: 'shared_concern_2',
				text: {
					en: 'We plan together which skills the team needs to develop.',
					da: 'Vi planlægger sammen, hvilke kompetencer teamet skal udvikle.',
					nl: 'We plannen samen welke vaardigheden het team moet ontwikkelen.',
					sv: 'Vi planerar tillsammans vilka färdigheter teamet behöver utveckla.'
				}
			},
			{
				key: 'shared_concern_3',
				reverse: true,
				text: {
					en: 'Learning is left to each person to take care of on their own.',
					da: 'Læring er overladt til den enkelte at tage sig af.',
					nl: 'Leren wordt aan ieder afzonderlijk overgelaten.',
					sv: 'Lärande lämnas åt var och en att ta hand om på egen hand.'
				}
			}
		]
	},
	{
		key: 'psychological_safety',
		factor: 3,
		name: {
			en: 'Psychological safety',
			da: 'Psykologisk tryghed',
			nl: 'Psychologische veiligheid',
			sv: 'Psykologisk trygghet'
		},
		description: {
			en: 'Whether people can admit what they do not know, raise problems and make mistakes without being judged for it.',
			da: 'Om man kan indrømme, hvad man ikke ved, tage problemer op og begå fejl uden at blive dømt for det.',
			nl: 'Of mensen kunnen toegeven wat ze niet weten, problemen kunnen aankaarten en fouten kunnen maken zonder erop afgerekend te worden.',
			sv: 'Om man kan erkänna vad man inte vet, ta upp problem och göra misstag utan att bli dömd för det.'
		},
		items: [
			{
				key: 'psychological_safety_1',
				text: {
					en: 'In my team it is safe to say that I don’t know how to do something.',
					da: 'I mit team er det trygt at sige, at jeg ikke ved, hvordan noget skal gøres.',
					nl: 'In mijn team is het veilig om te zeggen dat ik iets niet weet of niet kan.',
					sv: 'I mitt team är det tryggt att säga att jag inte vet hur något ska göras.'
				}
			},
			{
				key: 'psychological_safety_2',
				reverse: true,
				text: {
					en: 'If I make a mistake at work, it is held against me.',
					da: 'Hvis jeg begår en fejl på arbejdet, bliver det holdt imod mig.',
					nl: 'Als ik op het werk een fout maak, wordt dat me kwalijk genomen.',
					sv: 'Om jag gör ett misstag på jobbet hålls det emot mig.'
				}
			},
			{
				key: 'psychological_safety_3',
				text: {
					en: 'I can raise a problem or a difficult question without being looked down on.',
					da: 'Jeg kan tage et problem eller et svært spørgsmål op uden at blive set ned på.',
					nl: 'Ik kan een probleem of een lastige vraag aankaarten zonder dat er op me wordt neergekeken.',
					sv: 'Jag kan ta upp ett problem eller en svår fråga utan att bli nedvärderad.'
				}
			}
		]
	},
	{
		key: 'openness',
		factor: 3,
		name: {
			en: 'Openness to new ideas',
			da: 'Åbenhed over for nye idéer',
			nl: 'Openheid voor nieuwe ideeën',
			sv: 'Öppenhet för nya idéer'
		},
		description: {
			en: 'Whether different views and suggestions for doing things differently are welcomed and talked about.',
			da: 'Om forskellige synspunkter og forslag til at gøre tingene anderledes bliver taget godt imod og drøftet.',
			nl: 'Of verschillende standpunten en voorstellen om het anders te doen welkom zijn en besproken worden.',
			sv: 'Om olika synsätt och förslag på att göra saker annorlunda välkomnas och diskuteras.'
		},
		items: [
			{
				key: 'openness_1',
				text: {
					en: 'New ideas about how we work are welcomed in my team.',
					da: 'Nye idéer til, hvordan vi arbejder, bliver taget godt imod i mit team.',
					nl: 'Nieuwe ideeën over hoe we werken zijn welkom in mijn team.',
					sv: 'Nya idéer om hur vi arbetar välkomnas i mitt team.'
				}
			},
			{
				key: 'openness_2',
				text: {
					en: 'We listen to colleagues who see things differently.',
					da: 'Vi lytter til kolleger, der ser tingene anderledes.',
					nl: 'We luisteren naar collega’s die er anders tegenaan kijken.',
					sv: 'Vi lyssnar på kollegor som ser saker annorlunda.'
				}
			},
			{
				key: 'openness_3',
				reverse: true,
				text: {
					en: 'Suggestions for doing things differently are usually brushed aside.',
					da: 'Forslag til at gøre tingene anderledes bliver som regel fejet af bordet.',
					nl: 'Voorstellen om dingen anders te doen worden meestal weggewuifd.',
					sv: 'Förslag på att göra saker annorlunda viftas oftast bort.'
				}
			}
		]
	},
	{
		key: 'reflection',
		factor: 2,
		name: {
			en: 'Time for reflection',
			da: 'Tid til refleksion',
			nl: 'Tijd voor reflectie',
			sv: 'Tid för reflektion'
		},
		description: {
			en: 'Whether the routines of the day leave room to stop, look back and learn from what happened.',
			da: 'Om hverdagens rutiner giver plads til at stoppe op, se tilbage og lære af det, der skete.',
			nl: 'Of de dagelijkse routines ruimte laten om stil te staan, terug te kijken en te leren van wat er gebeurde.',
			sv: 'Om vardagens rutiner ger utrymme att stanna upp, se tillbaka och lära av det som hänt.'
		},
		items: [
			{
				key: 'reflection_1',
				text: {
					en: 'We take time to talk about how a task went and what we learned from it.',
					da: 'Vi tager os tid til at tale om, hvordan en opgave gik, og hvad vi lærte af den.',
					nl: 'We nemen de tijd om te bespreken hoe een taak ging en wat we ervan leerden.',
					sv: 'Vi tar oss tid att prata om hur en uppgift gick och vad vi lärde oss av den.'
				}
			},
			{
				key: 'reflection_2',
				reverse: true,
				text: {
					en: 'The pace of work leaves no room to stop and think about how we work.',
					da: 'Arbejdstempoet giver ikke plads til at stoppe op og tænke over, hvordan vi arbejder.',
					nl: 'Het werktempo laat geen ruimte om stil te staan bij hoe we werken.',
					sv: 'Arbetstakten lämnar inget utrymme att stanna upp och tänka på hur vi arbetar.'
				}
			},
			{
				key: 'reflection_3',
				text: {
					en: 'Our meetings include time to share what we have learned.',
					da: 'På vores møder er der tid til at dele, hvad vi har lært.',
					nl: 'In onze overleggen is tijd om te delen wat we geleerd hebben.',
					sv: 'På våra möten finns det tid att dela det vi har lärt oss.'
				}
			}
		]
	},
	{
		key: 'learning_together',
		factor: 4,
		name: {
			en: 'Learning from each other',
			da: 'Læring af hinanden',
			nl: 'Van elkaar leren',
			sv: 'Att lära av varandra'
		},
		description: {
			en: 'Buddy training and mentoring: whether colleagues show each other how and experienced people pass on what they know.',
			da: 'Sidemandsoplæring og mentorordninger: om kolleger viser hinanden hvordan, og erfarne giver deres viden videre.',
			nl: 'Inwerken naast een collega en mentoring: of collega’s elkaar dingen voordoen en ervaren mensen hun kennis doorgeven.',
			sv: 'Sidoinlärning och mentorskap: om kollegor visar varandra hur man gör och erfarna för vidare det de kan.'
		},
		items: [
			{
				key: 'learning_together_1',
				text: {
					en: 'When someone is new or takes on a new task, a colleague shows them how.',
					da: 'Når nogen er ny eller får en ny opgave, viser en kollega dem, hvordan den løses.',
					nl: 'Als iemand nieuw is of een nieuwe taak krijgt, laat een collega zien hoe het moet.',
					sv: 'När någon är ny eller får en ny uppgift visar en kollega hur man gör.'
				}
			},
			{
				key: 'learning_together_2',
				text: {
					en: 'I have an experienced colleague or mentor I can go to about my development.',
					da: 'Jeg har en erfaren kollega eller mentor, jeg kan gå til om min udvikling.',
					nl: 'Ik heb een ervaren collega of mentor bij wie ik terechtkan over mijn ontwikkeling.',
					sv: 'Jag har en erfaren kollega eller mentor som jag kan vända mig till om min utveckling.'
				}
			},
			{
				key: 'learning_together_3',
				text: {
					en: 'Helping a colleague learn something is seen as part of the job.',
					da: 'At hjælpe en kollega med at lære noget bliver set som en del af arbejdet.',
					nl: 'Een collega helpen iets te leren wordt gezien als onderdeel van het werk.',
					sv: 'Att hjälpa en kollega att lära sig något ses som en del av jobbet.'
				}
			}
		]
	},
	{
		key: 'feedback',
		factor: 3,
		name: {
			en: 'Feedback among colleagues',
			da: 'Feedback mellem kolleger',
			nl: 'Feedback tussen collega’s',
			sv: 'Återkoppling mellan kollegor'
		},
		description: {
			en: 'Peer (collegial) feedback: whether people tell each other how their work comes across, usefully and respectfully.',
			da: 'Kollegial feedback: om man fortæller hinanden, hvordan ens arbejde virker – brugbart og respektfuldt.',
			nl: 'Collegiale feedback: of mensen elkaar nuttig en respectvol vertellen hoe hun werk overkomt.',
			sv: 'Kollegial återkoppling: om man berättar för varandra hur ens arbete uppfattas – användbart och respektfullt.'
		},
		items: [
			{
				key: 'feedback_1',
				text: {
					en: 'I get useful feedback on my work from colleagues.',
					da: 'Jeg får brugbar feedback på mit arbejde fra kolleger.',
					nl: 'Ik krijg bruikbare feedback op mijn werk van collega’s.',
					sv: 'Jag får användbar återkoppling på mitt arbete från kollegor.'
				}
			},
			{
				key: 'feedback_2',
				text: {
					en: 'Feedback in my team is given in a respectful and constructive way.',
					da: 'Feedback i mit team gives på en respektfuld og konstruktiv måde.',
					nl: 'Feedback in mijn team wordt op een respectvolle en opbouwende manier gegeven.',
					sv: 'Återkoppling i mitt team ges på ett respektfullt och konstruktivt sätt.'
				}
			},
			{
				key: 'feedback_3',
				reverse: true,
				text: {
					en: 'I rarely find out how others experience my work.',
					da: 'Jeg får sjældent at vide, hvordan andre oplever mit arbejde.',
					nl: 'Ik hoor zelden hoe anderen mijn werk ervaren.',
					sv: 'Jag får sällan veta hur andra upplever mitt arbete.'
				}
			}
		]
	},
	{
		key: 'experimenting_sharing',
		factor: 2,
		name: {
			en: 'Experimenting and sharing knowledge',
			da: 'Afprøvning og videndeling',
			nl: 'Experimenteren en kennis delen',
			sv: 'Att pröva nytt och dela kunskap'
		},
		description: {
			en: 'Whether trying new ways of working is allowed and what one person learns reaches the rest of the team.',
			da: 'Om det er tilladt at afprøve nye måder at arbejde på, og om det, én lærer, når ud til resten af teamet.',
			nl: 'Of nieuwe werkwijzen uitproberen mag en of wat één persoon leert de rest van het team bereikt.',
			sv: 'Om det är tillåtet att pröva nya arbetssätt och om det en person lär sig når resten av teamet.'
		},
		items: [
			{
				key: 'experimenting_sharing_1',
				text: {
					en: 'We may try new ways of working, even if they might not succeed.',
					da: 'Vi må afprøve nye måder at arbejde på, også selvom de måske ikke lykkes.',
					nl: 'We mogen nieuwe werkwijzen uitproberen, ook als ze misschien niet slagen.',
					sv: 'Vi får pröva nya arbetssätt, även om de kanske inte lyckas.'
				}
			},
			{
				key: 'experimenting_sharing_2',
				text: {
					en: 'When someone learns something useful, it is shared with the rest of the team.',
					da: 'Når nogen lærer noget brugbart, bliver det delt med resten af teamet.',
					nl: 'Als iemand iets nuttigs leert, wordt dat gedeeld met de rest van het team.',
					sv: 'När någon lär sig något användbart delas det med resten av teamet.'
				}
			},
			{
				key: 'experimenting_sharing_3',
				text: {
					en: 'It is easy to find out what colleagues know and can do.',
					da: 'Det er let at finde ud af, hvad kolleger ved og kan.',
					nl: 'Het is makkelijk om te ontdekken wat collega’s weten en kunnen.',
					sv: 'Det är lätt att ta reda på vad kollegor vet och kan.'
				}
			}
		]
	},
	{
		key: 'leadership',
		factor: 4,
		name: {
			en: 'Leadership that reinforces learning',
			da: 'Ledelse, der understøtter læring',
			nl: 'Leiderschap dat leren versterkt',
			sv: 'Ledarskap som stärker lärande'
		},
		description: {
			en: 'Whether the manager asks, listens, makes time for learning and follows up on it.',
			da: 'Om lederen spørger, lytter, giver tid til læring og følger op på den.',
			nl: 'Of de leidinggevende vragen stelt, luistert, tijd maakt voor leren en erop terugkomt.',
			sv: 'Om chefen frågar, lyssnar, ger tid för lärande och följer upp det.'
		},
		items: [
			{
				key: 'leadership_1',
				text: {
					en: 'My manager asks questions and listens to the team’s views.',
					da: 'Min leder stiller spørgsmål og lytter til teamets synspunkter.',
					nl: 'Mijn leidinggevende stelt vragen en luistert naar de standpunten van het team.',
					sv: 'Min chef ställer frågor och lyssnar på teamets synpunkter.'
				}
			},
			{
				key: 'leadership_2',
				text: {
					en: 'My manager makes time and resources available for learning at work.',
					da: 'Min leder sørger for tid og ressourcer til læring i arbejdet.',
					nl: 'Mijn leidinggevende maakt tijd en middelen vrij om op het werk te leren.',
					sv: 'Min chef ger tid och resurser för lärande i arbetet.'
				}
			},
			{
				key: 'leadership_3',
				reverse: true,
				text: {
					en: 'My manager rarely follows up on what we have learned.',
					da: 'Min leder følger sjældent op på, hvad vi har lært.',
					nl: 'Mijn leidinggevende komt zelden terug op wat we geleerd hebben.',
					sv: 'Min chef följer sällan upp det vi har lärt oss.'
				}
			}
		]
	},
	{
		key: 'interplay',
		factor: 4,
		name: {
			en: 'Interplay with users and customers',
			da: 'Samspil med borgere, brugere og kunder',
			nl: 'Samenspel met gebruikers en klanten',
			sv: 'Samspel med brukare och kunder'
		},
		description: {
			en: 'Whether the team learns from the people it serves, from other teams and from partners outside.',
			da: 'Om teamet lærer af dem, det er til for, af andre teams og af samarbejdspartnere udefra.',
			nl: 'Of het team leert van de mensen voor wie het werkt, van andere teams en van partners buiten de organisatie.',
			sv: 'Om teamet lär av dem det finns till för, av andra team och av samarbetspartner utanför.'
		},
		items: [
			{
				key: 'interplay_1',
				text: {
					en: 'We learn from the people we serve and use what they tell us.',
					da: 'Vi lærer af dem, vi er til for, og bruger det, de fortæller os.',
					nl: 'We leren van de mensen voor wie we werken en gebruiken wat ze ons vertellen.',
					sv: 'Vi lär av dem vi finns till för och använder det de berättar för oss.'
				}
			},
			{
				key: 'interplay_2',
				text: {
					en: 'We work with other teams and partners in ways that help us learn.',
					da: 'Vi samarbejder med andre teams og partnere på måder, der får os til at lære.',
					nl: 'We werken met andere teams en partners samen op manieren waarvan we leren.',
					sv: 'Vi samarbetar med andra team och partner på sätt som gör att vi lär oss.'
				}
			},
			{
				key: 'interplay_3',
				reverse: true,
				text: {
					en: 'What users or customers tell us rarely changes how we work.',
					da: 'Det, borgere, brugere eller kunder fortæller os, ændrer sjældent, hvordan vi arbejder.',
					nl: 'Wat gebruikers of klanten ons vertellen, verandert zelden hoe we werken.',
					sv: 'Det brukare eller kunder berättar för oss ändrar sällan hur vi arbetar.'
				}
			}
		]
	}
];

export const OPEN_QUESTIONS: InstrumentOpenQuestion[] = [
	{
		key: 'open_helps',
		text: {
			en: 'What helps you learn in your daily work?',
			da: 'Hvad hjælper dig til at lære i dit daglige arbejde?',
			nl: 'Wat helpt jou om te leren in je dagelijkse werk?',
			sv: 'Vad hjälper dig att lära i ditt dagliga arbete?'
		}
	},
	{
		key: 'open_improve',
		text: {
			en: 'What one thing would most improve how we learn together?',
			da: 'Hvilken ene ting ville gøre mest for, at vi lærer bedre sammen?',
			nl: 'Welk ene ding zou het meest verbeteren hoe we samen leren?',
			sv: 'Vilken enda sak skulle göra mest för att vi lär oss bättre tillsammans?'
		}
	}
];

export function instrumentItemCount() {
	return DIMENSIONS.reduce((n, d) => n + d.items.length, 0);
}

export function dimensionByKey(key: string | null | undefined) {
	return DIMENSIONS.find((d) => d.key === key);
}
