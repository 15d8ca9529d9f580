// The learning-environment template's question cards per factor: each of the four zones has its own deck,
// drawn in that zone. Content in all four languages, written for a facilitator to read aloud.
// (Text spelled out here, not imported from template-catalogue.ts, which imports this file.)
type Text = Record<'en' | 'da' | 'nl' | 'sv', string>;

const card = (en: string, da: string, nl: string, sv: string): Text => ({ en, da, nl, sv });

/** Learning is a shared concern. */
export const SHARED_CONCERN: Text[] = [
	card(
		'Who do you go to when you need to learn something new here — and who comes to you?',
		'Hvem går du til, når du skal lære noget nyt her — og hvem kommer til dig?',
		'Bij wie ga je langs als je hier iets nieuws moet leren — en wie komt er bij jou?',
		'Vem går du till när du behöver lära dig något nytt här — och vem kommer till dig?'
	),
	card(
		'When a new colleague starts, whose job is it that they learn the work?',
		'Når en ny kollega starter, hvis opgave er det så, at de lærer arbejdet?',
		'Als er een nieuwe collega begint, wiens taak is het dan dat die het werk leert?',
		'När en ny kollega börjar, vems uppgift är det att hen lär sig arbetet?'
	),
	card(
		'What do we do as a team so that knowledge does not sit with one person only?',
		'Hvad gør vi som team for, at viden ikke kun sidder hos én person?',
		'Wat doen we als team zodat kennis niet maar bij één persoon zit?',
		'Vad gör vi som team för att kunskap inte bara ska finnas hos en person?'
	),
	card(
		'How do we share what one of us learned on a course or from a mistake?',
		'Hvordan deler vi det, en af os har lært på et kursus eller af en fejl?',
		'Hoe delen we wat een van ons heeft geleerd op een cursus of van een fout?',
		'Hur delar vi det någon av oss har lärt sig på en kurs eller av ett misstag?'
	),
	card(
		'What would it take for everyone here to feel responsible for each other’s learning?',
		'Hvad skal der til, for at alle her føler ansvar for hinandens læring?',
		'Wat is er nodig zodat iedereen hier zich verantwoordelijk voelt voor elkaars leren?',
		'Vad skulle krävas för att alla här ska känna ansvar för varandras lärande?'
	)
];

/** Learning is part of culture and routines. */
export const CULTURE_ROUTINES: Text[] = [
	card(
		'Which of our meetings or handovers could we use to learn from a real case?',
		'Hvilke af vores møder eller overlap kunne vi bruge til at lære af en konkret sag?',
		'Welke van onze overleggen of overdrachten zouden we kunnen gebruiken om van een casus te leren?',
		'Vilka av våra möten eller överlämningar skulle vi kunna använda för att lära oss av ett konkret fall?'
	),
	card(
		'When do we have time to reflect on our work together — and when is that the first thing to go?',
		'Hvornår har vi tid til at reflektere sammen over vores arbejde — og hvornår er det det første, der ryger?',
		'Wanneer hebben we tijd om samen op ons werk te reflecteren — en wanneer schiet dat er als eerste bij in?',
		'När har vi tid att reflektera tillsammans över vårt arbete — och när är det det första som stryks?'
	),
	card(
		'Which routines help a new colleague learn, and what do they have to work out alone?',
		'Hvilke rutiner hjælper en ny kollega med at lære, og hvad skal de selv finde ud af?',
		'Welke routines helpen een nieuwe collega om te leren, en wat moet die zelf uitzoeken?',
		'Vilka rutiner hjälper en ny kollega att lära sig, och vad måste hen lista ut själv?'
	),
	card(
		'How do we follow up when we have agreed to try something new?',
		'Hvordan følger vi op, når vi har aftalt at prøve noget nyt?',
		'Hoe volgen we het op als we hebben afgesproken iets nieuws te proberen?',
		'Hur följer vi upp när vi har bestämt oss för att prova något nytt?'
	),
	card(
		'What small habit could we add to a routine we already have, to learn more from everyday work?',
		'Hvilken lille vane kunne vi føje til en rutine, vi allerede har, for at lære mere af hverdagen?',
		'Welke kleine gewoonte kunnen we aan een bestaande routine toevoegen om meer van het dagelijkse werk te leren?',
		'Vilken liten vana skulle vi kunna lägga till i en rutin vi redan har för att lära oss mer av vardagen?'
	)
];

/** We talk openly about learning. */
export const TALK_OPENLY: Text[] = [
	card(
		'What happens here when someone says “I don’t know how to do this”?',
		'Hvad sker der her, når nogen siger: »Det ved jeg ikke, hvordan man gør«?',
		'Wat gebeurt er hier als iemand zegt: ‘Ik weet niet hoe dit moet’?',
		'Vad händer här när någon säger: ”Jag vet inte hur man gör det här”?'
	),
	card(
		'When did a mistake last teach us something — and how did we talk about it?',
		'Hvornår lærte en fejl os sidst noget — og hvordan talte vi om den?',
		'Wanneer leerde een fout ons voor het laatst iets — en hoe hebben we erover gepraat?',
		'När lärde ett misstag oss något senast — och hur pratade vi om det?'
	),
	card(
		'How do you ask a colleague for feedback, and how do you like to receive it?',
		'Hvordan beder du en kollega om feedback, og hvordan vil du selv helst have den?',
		'Hoe vraag je een collega om feedback, en hoe krijg je die zelf het liefst?',
		'Hur ber du en kollega om återkoppling, och hur vill du själv helst få den?'
	),
	card(
		'What makes it easier or harder to ask a question while the others are listening?',
		'Hvad gør det lettere eller sværere at stille et spørgsmål, mens de andre hører på?',
		'Wat maakt het makkelijker of moeilijker om een vraag te stellen als de anderen meeluisteren?',
		'Vad gör det lättare eller svårare att ställa en fråga när de andra hör på?'
	),
	card(
		'What could a manager do to show that it is fine not to know everything?',
		'Hvad kunne en leder gøre for at vise, at det er i orden ikke at vide alt?',
		'Wat zou een leidinggevende kunnen doen om te laten zien dat je niet alles hoeft te weten?',
		'Vad skulle en chef kunna göra för att visa att det är okej att inte kunna allt?'
	)
];

/** Learning in interplay — with the people we work for, other teams and professions. */
export const INTERPLAY: Text[] = [
	card(
		'What have we learned from the people we work for (citizens, patients, customers) in recent months?',
		'Hvad har vi lært af dem, vi arbejder for (borgere, patienter, kunder), de seneste måneder?',
		'Wat hebben we de afgelopen maanden geleerd van de mensen voor wie we werken (cliënten, patiënten, klanten)?',
		'Vad har vi lärt oss av dem vi arbetar för (brukare, patienter, kunder) de senaste månaderna?'
	),
	card(
		'Which other team or profession do we learn the most from — and how could we learn more?',
		'Hvilket andet team eller hvilken anden faggruppe lærer vi mest af — og hvordan kunne vi lære mere?',
		'Van welk ander team of welke andere beroepsgroep leren we het meest — en hoe kunnen we meer leren?',
		'Vilket annat team eller vilken annan yrkesgrupp lär vi oss mest av — och hur skulle vi kunna lära oss mer?'
	),
	card(
		'When did working across professions or shifts teach you something new?',
		'Hvornår har samarbejde på tværs af fag eller vagter lært dig noget nyt?',
		'Wanneer heeft samenwerken over vakgrenzen of diensten heen je iets nieuws geleerd?',
		'När har samarbete över yrkesgränser eller arbetspass lärt dig något nytt?'
	),
	card(
		'How does what we learn from partners reach the whole team?',
		'Hvordan når det, vi lærer af samarbejdspartnere, ud til hele teamet?',
		'Hoe bereikt wat we van partners leren het hele team?',
		'Hur når det vi lär oss av samarbetspartner hela teamet?'
	),
	card(
		'Who outside our team could we invite to learn with us?',
		'Hvem uden for teamet kunne vi invitere til at lære sammen med os?',
		'Wie buiten ons team zouden we kunnen uitnodigen om samen met ons te leren?',
		'Vem utanför teamet skulle vi kunna bjuda in att lära sig tillsammans med oss?'
	)
];
