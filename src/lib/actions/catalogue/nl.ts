// De catalogus in het Nederlands. Dezelfde id's als entries.ts.
import type { CatalogueTexts } from './types';

export const nl: CatalogueTexts = {
	'weekly-learning-minutes': {
		title: 'Tien minuten "wat hebben we geleerd?" in het weekoverleg',
		why: 'Wat nooit hardop gezegd wordt, blijft bij één persoon. Een vast, kort agendapunt maakt reflectie tot een gewoonte in plaats van een extra taak.',
		how: [
			'Zet "Wat hebben we deze week geleerd?" als vast punt van tien minuten op de agenda van het weekoverleg.',
			'Begin om de beurt: een collega vertelt over iets wat goed of mis ging en wat het hem of haar leerde.',
			'Vraag "wie kan dit nog meer gebruiken?" en noteer het antwoord in het leerlogboek van het team.',
			'Kijk eens per maand terug op de aantekeningen en kies één les om mee aan de slag te gaan.'
		],
		indicator:
			'De vraag staat op de agenda van minstens drie van de vier weekoverleggen, en er wordt elke keer minstens één les genoteerd.'
	},
	'buddy-for-newcomers': {
		title: 'Een vaste buddy voor elke nieuwe collega',
		why: 'Nieuwe collega\'s leren het meest van collega\'s dicht bij het werk, en een vaste buddy maakt het veilig om vanaf dag één "domme" vragen te stellen.',
		how: [
			'Kies vóór de eerste werkdag een buddy met vergelijkbaar werk en geef daar tijd voor in het rooster.',
			'De buddy verwelkomt de nieuwe collega op dag één en spreekt af wanneer ze elkaar de eerste weken zien.',
			'Laat de nieuwe collega meelopen met de buddy bij echte taken en draai daarna de rollen om: de buddy kijkt mee en geeft feedback.',
			'Na vier weken bespreken leidinggevende, buddy en nieuwe collega wat nog onduidelijk is.'
		],
		indicator: 'Elke nieuwe collega heeft in week 1 een vaste buddy met naam.'
	},
	'after-action-review': {
		title: 'Een korte evaluatie na elk project',
		why: 'Projecten eindigen en het volgende begint voordat iemand vraagt wat beter kon. Een korte, gestructureerde evaluatie maakt van ervaring gedeelde kennis.',
		how: [
			'Plan 45 minuten binnen twee weken na het einde van elk project of elke grote klus.',
			'Stel vier vragen: Wat hadden we gepland? Wat gebeurde er? Waarom was er verschil? Wat doen we de volgende keer?',
			'Houd het bij het werk, niet bij schuld; de gespreksleider zorgt dat iedereen aan het woord komt.',
			'Spreek één of twee veranderingen af, elk met een eigenaar, en controleer ze bij de start van het volgende project.'
		],
		indicator:
			'Binnen twee weken na elk project wordt een evaluatie gehouden, en minstens één verandering wordt afgesproken en opgevolgd.'
	},
	'task-rotation': {
		title: 'Taakroulatie',
		why: 'Wie jarenlang dezelfde taken doet, leert steeds minder, en het team wordt kwetsbaar als iemand afwezig is. Roulatie verspreidt vaardigheden en brengt een frisse blik op routines.',
		how: [
			'Maak een lijst van de taken van het team en markeer welke maar één of twee mensen kunnen.',
			'Vraag iedereen welke taak hij of zij graag zou proberen en plan roulaties van één tot drie maanden.',
			'Koppel degene die instroomt de eerste weken aan degene die de taak kent.',
			'Vraag na elke roulatie aan beiden wat ze hebben geleerd en wat ze aan de taak zouden veranderen.'
		],
		indicator:
			'Elke collega heeft binnen zes maanden minstens één nieuw taakgebied geprobeerd, en geen enkele kritieke taak hangt af van één persoon.'
	},
	'leaders-share-learning': {
		title: 'Leidinggevenden vertellen wat zij leren',
		why: 'Als de leidinggevende vertelt wat hij of zij aan het leren is, ook als er iets misging, wordt het voor iedereen normaal om te leren.',
		how: [
			'De leidinggevende vertelt elke maand in een teamoverleg over iets wat hij of zij nu aan het leren is.',
			'Neem ook een fout of iets wat niet werkte mee, en wat de leidinggevende nu anders doet.',
			'Vraag het team om ideeën of ervaringen met hetzelfde.',
			'Kom er de maand erna op terug: wat is ervan gekomen?'
		],
		indicator:
			'De leidinggevende deelt elke maand in een teamoverleg iets wat hij of zij heeft geleerd, met minstens één fout per kwartaal.'
	},
	'shared-learning-log': {
		title: 'Een gedeeld leerlogboek',
		why: 'Goede oplossingen en lessen verdwijnen in mailboxen en hoofden. Een gedeeld logboek waarin je makkelijk schrijft, maakt het leren van het team zichtbaar en doorzoekbaar.',
		how: [
			'Maak één plek voor het logboek: een gedeeld document, een kanaal of een bord dat het team al gebruikt.',
			'Spreek een kort format af: wat gebeurde er, wat leerden we, wie kan er meer over vertellen.',
			'Schrijf de eerste bijdragen samen tijdens een teamoverleg, zodat iedereen het heeft geprobeerd.',
			'Blader het logboek eens per maand door en wijs bijdragen aan die anderen moeten lezen.'
		],
		indicator: 'Elke week minstens twee nieuwe bijdragen in het leerlogboek van het team.'
	},
	'user-session-quarterly': {
		title: 'Elk kwartaal een kort gesprek met cliënten of klanten',
		why: 'De mensen voor wie we werken zien dingen die wij van binnenuit niet zien. Door ze regelmatig te spreken komen er nieuwe vragen en ideeën in het team.',
		how: [
			'Nodig elk kwartaal drie tot vijf gebruikers, inwoners of klanten uit voor een gesprek van een uur.',
			'Bereid twee of drie open vragen voor over hoe zij de dienstverlening ervaren.',
			"Laat collega's die gebruikers zelden spreken meedoen en aantekeningen maken.",
			'Kies daarna één idee om uit te proberen en laat de gebruikers weten wat ermee is gedaan.'
		],
		indicator: 'Elk kwartaal één gesprek met gebruikers of klanten, waarna minstens één idee wordt uitgeprobeerd.'
	},
	'mentoring-scheme': {
		title: 'Een mentorprogramma',
		why: 'Een mentor buiten de dagelijkse lijn geeft ruimte voor vragen over vakmanschap, loopbaan en afwegingen die elders lastig te stellen zijn.',
		how: [
			'Vraag wie graag een mentor wil en wie mentor wil zijn; koppel op wat ze willen leren en kunnen bieden.',
			'Spreek een kader af: hoe vaak ze elkaar zien (bijvoorbeeld maandelijks), hoe lang, en dat de gesprekken vertrouwelijk zijn.',
			'Geef mentoren een korte introductie in luisteren en open vragen stellen.',
			'Vraag de koppels na zes maanden wat het ze heeft opgeleverd en of ze door willen gaan.'
		],
		indicator: 'Elke collega die om een mentor vroeg, heeft er een en spreekt die minstens eens per maand.'
	},
	'peer-feedback-pairs': {
		title: "Gestructureerde collegiale feedback in duo's",
		why: "Collega's zien elkaars werk elke dag, maar zeggen zelden wat ze zien. Een eenvoudige structuur maakt feedback concreet, vriendelijk en bruikbaar.",
		how: [
			"Vorm duo's die aan verwante taken werken en wissel elk kwartaal van duo.",
			'Gebruik een eenvoudig model: wat ik zag, wat het deed, wat ik voorstel.',
			'Ieder vraagt feedback op één ding waarin hij of zij beter wil worden.',
			'Zie elkaar elke maand twintig minuten en noteer wat ieder van jullie gaat proberen.'
		],
		indicator: 'Elke collega geeft en krijgt minstens eens per kwartaal gestructureerde feedback.'
	},
	'good-mistake-of-the-month': {
		title: 'De leerzame fout van de maand',
		why: 'Waar fouten verborgen blijven, worden ze herhaald. Een fout delen en vertellen wat die leerde, laat zien dat openheid veilig is en behoedt anderen voor dezelfde fout.',
		how: [
			'Eens per maand deelt iemand in vijf minuten een fout en wat die hem of haar leerde.',
			'De leidinggevende gaat voor en laat zien dat het veilig is.',
			'Het team bedankt de persoon en vraagt alleen "wat kunnen we leren?", nooit "wiens schuld was het?".',
			'Noteer de les in het leerlogboek en pas zo nodig een werkwijze aan.'
		],
		indicator: 'Minstens eens per maand wordt in het team een fout gedeeld met wat die ons leerde.'
	},
	'small-experiments': {
		title: 'Kleine experimenten met een vraag en een besluit',
		why: 'Veel goede ideeën sneuvelen in de discussie. Een klein experiment met een vaste looptijd laat het team leren door te proberen in plaats van te gissen.',
		how: [
			'Schrijf op welke vraag het experiment moet beantwoorden en hoe je dat gaat zien.',
			'Houd het klein: twee tot vier weken, binnen wat het team zelf mag beslissen.',
			'Voer het uit, verzamel wat je ziet en kom bij elkaar om te besluiten: doorgaan, bijstellen of stoppen.',
			'Deel de uitkomst, ook als het antwoord was "het werkte niet".'
		],
		indicator: 'Minstens één klein experiment per maand, elk met een geschreven vraag en een besluit aan het eind.'
	},
	'skills-map': {
		title: 'Een vaardighedenkaart van het team',
		why: 'Als niemand weet wie wat kan, wordt het wiel steeds opnieuw uitgevonden en hangt het team af van enkelen. Een kaart van vaardigheden laat zien wie wie iets kan leren.',
		how: [
			'Maak een lijst van de vaardigheden en taken die het belangrijkst zijn in het werk van het team.',
			'Ieder geeft aan wat hij of zij kan overdragen, wat hij of zij kan en wat hij of zij wil leren.',
			'Gebruik de kaart om leerkoppels te vormen en taken te vinden die maar één persoon kan.',
			'Werk de kaart elk kwartaal bij, en wanneer iemand komt of gaat.'
		],
		indicator:
			'De vaardighedenkaart wordt elk kwartaal bijgewerkt, en elke kritieke taak kan door minstens twee mensen worden gedaan.'
	},
	'learning-in-one-to-ones': {
		title: 'Leren in elk één-op-ééngesprek',
		why: 'Leerdoelen die eens per jaar worden gesteld, raken vergeten. Praten over leren in het regelmatige één-op-ééngesprek houdt het dicht bij het werk.',
		how: [
			'Voeg een vaste vraag toe aan elk één-op-ééngesprek: "Wat leer je nu, en wat heb je nodig?"',
			'Spreek één concreet leerdoel af voor de komende periode, gekoppeld aan een echte taak.',
			'Begin het volgende gesprek met het opvolgen van het vorige doel.',
			'Noteer de doelen kort, zodat jullie allebei de voortgang over het jaar zien.'
		],
		indicator: 'Elk één-op-ééngesprek bevat één leerdoel voor de komende periode en de opvolging van het vorige.'
	},
	'show-and-tell': {
		title: 'Elke maand een "laat zien en vertel"',
		why: "Collega's ontwikkelen slimme werkwijzen die anderen nooit zien. Ze kort laten zien verspreidt goede praktijk en geeft erkenning.",
		how: [
			'Reserveer elke maand vijftien minuten in een bestaand overleg.',
			'Een collega laat een methode, hulpmiddel of handigheid uit het eigen werk zien, het liefst in de praktijk.',
			'De anderen proberen het of vragen hoe het bij hen zou kunnen werken.',
			'Laat elke keer een andere collega presenteren en houd een lijst bij van onderwerpen die mensen graag zien.'
		],
		indicator: 'Elke maand één "laat zien en vertel", telkens door een andere collega.'
	},
	'job-shadowing': {
		title: 'Een dag meelopen met een ander team',
		why: 'Zien hoe anderen vergelijkbare taken aanpakken, zet gewoonten ter discussie en levert de contacten op die samenwerken later makkelijker maken.',
		how: [
			"Spreek met een ander team of een andere afdeling af dat collega's een dag kunnen meelopen.",
			'Schrijf vooraf twee vragen op waarop je een antwoord wilt.',
			'Loop mee, stel vragen en bied aan hen ook eens te ontvangen.',
			'Deel binnen een week één inzicht met je eigen team.'
		],
		indicator: 'Elke collega loopt minstens één dag per jaar mee met een ander team en deelt daarna één inzicht.'
	},
	'questions-welcome': {
		title: 'Een plek waar elke vraag welkom is',
		why: 'Wie bang is om incompetent over te komen, stopt met vragen, en dan volgen de fouten. Een zichtbare plek voor vragen laat zien dat vragen stellen bij het werk hoort.',
		how: [
			'Maak een kanaal, bord of schrift waar iedereen een vakinhoudelijke vraag kan stellen.',
			'Spreek af dat vragen binnen één werkdag worden beantwoord door wie het weet.',
			"De leidinggevende en ervaren collega's stellen daar zelf ook vragen.",
			'Verzamel goede antwoorden in de gedeelde werkinstructies, zodat de volgende ze vindt.'
		],
		indicator:
			"Vragen worden binnen een werkdag beantwoord, en het aantal collega's dat minstens één vraag per maand stelt, stijgt."
	},
	'protected-learning-time': {
		title: 'Beschermde leertijd in het rooster',
		why: 'Leren verliest het van urgente taken als het geen eigen tijd heeft. Een geplande en beschermde leertijd laat zien dat leren bij het werk hoort.',
		how: [
			'Reserveer voor iedereen een vast uur per week (of twee uur per twee weken) in het rooster of de agenda.',
			'Spreek af waar de tijd voor is: een leerhapje, lezen, een vaardigheid oefenen, meelopen met een collega.',
			'De leidinggevende beschermt de tijd als het druk wordt en gebruikt hem zelf ook.',
			'In het maandoverleg vertellen een paar mensen waarvoor ze de tijd hebben gebruikt.'
		],
		indicator: "Het leeruur staat in het rooster, en minstens 80% van de collega's gebruikt het in een maand."
	},
	'case-reflection': {
		title: 'Intervisie op casussen',
		why: 'Juist in lastige casussen groeit het professionele oordeel. Er samen op reflecteren met een vaste structuur geeft meer perspectieven en minder eenzaamheid.',
		how: [
			'Kom elke twee weken 45 minuten bij elkaar in groepen van vier tot zes.',
			'Eén persoon brengt een casus en een vraag in, de anderen stellen verhelderende vragen.',
			'De groep reflecteert terwijl de inbrenger luistert; daarna zegt de inbrenger wat hij of zij meeneemt.',
			'Wissel de rollen en houd de casussen vertrouwelijk.'
		],
		indicator: 'Elke twee weken intervisie met een vaste structuur; deelnemers beoordelen het als nuttig.'
	},
	'onboarding-checklist': {
		title: 'Een inwerkplan met een leerchecklist',
		why: "Zonder plan leren nieuwe collega's wat toevallig langskomt en missen ze de rest. Een checklist zorgt dat het belangrijke wordt geleerd en afgetekend.",
		how: [
			'Schrijf op wat een nieuwe collega in de eerste acht weken moet weten en kunnen.',
			'Geef per punt aan wie het leert en hoe: meekijken, doen met begeleiding of zelfstandig.',
			'De nieuwe collega en de buddy vinken gaandeweg af; de leidinggevende checkt elke twee weken.',
			'Vraag elke nieuwe collega wat er ontbrak en werk de checklist bij.'
		],
		indicator: 'De checklist van elke nieuwe collega is binnen acht weken volledig en afgetekend.'
	},
	'teach-back': {
		title: 'Terugleren na een cursus',
		why: 'Als één persoon een cursus volgt, heeft het team er weinig aan tenzij die kennis wordt gedeeld. Wie het terugleert, onthoudt bovendien meer.',
		how: [
			'Spreek vóór de cursus af waarover het team graag wil horen.',
			'Binnen twee weken deelt de cursist in tien minuten de drie nuttigste punten.',
			'Kies samen één ding om uit te proberen in het werk van het team.',
			'Zet het materiaal bij de gedeelde werkinstructies.'
		],
		indicator: 'Iedereen die een cursus of congres bezoekt, deelt binnen twee weken de kernpunten met het team.'
	},
	'pair-work': {
		title: 'Samen werken aan complexe taken',
		why: 'Zij aan zij werken aan een lastige taak geeft de stille kennis door die nooit wordt opgeschreven.',
		how: [
			"Kies elke week één of twee complexe taken die in duo's worden gedaan.",
			'Koppel een ervaren collega aan iemand die aan het leren is, en soms twee gelijken.',
			'Neem om de beurt de leiding en denk hardop.',
			'Sluit af met twee minuten: wat heeft ieder van ons geleerd?'
		],
		indicator:
			"Elke week wordt minstens één complexe taak in een duo gedaan, en de duo's wisselen in de loop van de maand."
	},
	'user-feedback-review': {
		title: 'Feedback van gebruikers elke maand op de agenda',
		why: 'Klachten en complimenten van gebruikers zijn een bron van leren die vaak per geval wordt afgehandeld en vergeten.',
		how: [
			'Verzamel feedback van gebruikers, inwoners of klanten op één plek.',
			'Bekijk die eens per maand twintig minuten samen: welke patronen zien we?',
			'Kies één ding om te veranderen en bepaal hoe je weet of het hielp.',
			'Laat gebruikers weten wat je dankzij hun feedback hebt veranderd.'
		],
		indicator:
			'Feedback van gebruikers staat elke maand op de agenda en leidt tot minstens één verandering per kwartaal.'
	},
	'leader-asks-for-feedback': {
		title: 'De leidinggevende vraagt feedback op het eigen leiderschap',
		why: 'Een leidinggevende die om feedback vraagt en er iets mee doet, laat zien dat leren voor iedereen geldt, en maakt het veiliger om je uit te spreken.',
		how: [
			'Twee keer per jaar vraagt de leidinggevende het team: waarmee moet ik doorgaan, beginnen en stoppen?',
			'Gebruik anonieme briefjes als het team dit niet gewend is.',
			'De leidinggevende bedankt, zegt wat hij of zij gaat veranderen en gaat niet in de verdediging.',
			'Kom er na drie maanden op terug: is het veranderd?'
		],
		indicator:
			'De leidinggevende vraagt twee keer per jaar om feedback en vertelt het team wat hij of zij gaat veranderen.'
	},
	'learning-conversations': {
		title: 'Korte leergesprekken met elke collega',
		why: 'Leidinggevenden praten vaak over taken en zelden over wat mensen leren. Een kort, terugkerend gesprek toont belangstelling en brengt behoeften vroeg in beeld.',
		how: [
			'Elk kwartaal voert de leidinggevende een gesprek van een kwartier met elke collega, dicht bij het werk.',
			'Vraag: Wat heb je onlangs geleerd? Wat zou je graag leren? Wie kan je daarbij helpen?',
			'Breng mensen met elkaar in contact: stel een collega voor om van te leren.',
			"Noteer thema's die in het hele team spelen en neem ze mee naar het teamoverleg."
		],
		indicator: 'De leidinggevende voert elk kwartaal een kort leergesprek met elke collega.'
	},
	'shared-guides': {
		title: 'Gedeelde werkinstructies voor de meest voorkomende taken',
		why: 'Kennis die in één hoofd zit, verdwijnt bij vakantie of vertrek. Korte gedeelde werkinstructies maken het makkelijk om te leren en elkaar te helpen.',
		how: [
			'Maak een lijst van de tien taken waarover het vaakst vragen komen.',
			'Per taak schrijft wie hem het best kent een korte instructie met stappen en valkuilen.',
			'Een collega die de taak niet kent, test de instructie en verbetert hem.',
			'Geef elke instructie een eigenaar die hem elk halfjaar nakijkt.'
		],
		indicator: 'De tien meest voorkomende taken hebben een actuele werkinstructie die elk halfjaar wordt nagekeken.'
	},
	'expert-hour': {
		title: 'Een wekelijks "vraag het de expert"-uur',
		why: "Ervaren collega's hebben het vaak te druk om gevraagd te worden. Een vast uur maakt hun kennis beschikbaar zonder het werk te onderbreken.",
		how: [
			'Een ervaren collega houdt elke week een open uur, op locatie of online.',
			'Iedereen kan een vraag of casus meenemen; voorbereiding is niet nodig.',
			'Wissel de expert af, zodat verschillende soorten kennis aan bod komen.',
			'Goede vragen en antwoorden komen in de gedeelde werkinstructies.'
		],
		indicator: "Het expertuur wordt elke week gehouden en door minstens drie collega's per maand gebruikt."
	},
	'exchange-with-peers-elsewhere': {
		title: 'Uitwisseling met een team bij een andere organisatie',
		why: 'Teams die elders hetzelfde werk doen, hebben problemen opgelost waar wij nog mee worstelen. Een uitwisseling brengt ideeën en vragen die onze eigen routines verbergen.',
		how: [
			'Zoek een team bij een andere organisatie met vergelijkbaar werk (een andere gemeente, een ander ziekenhuis of bedrijf).',
			'Bezoek elkaar een halve dag, of ontmoet elkaar online, rond één gedeeld thema.',
			'Elke kant laat één werkwijze zien waar ze trots op is en één probleem dat nog niet is opgelost.',
			'Neem één idee mee naar huis en probeer het binnen een maand uit.'
		],
		indicator:
			'Twee uitwisselingen per jaar met een team van een andere organisatie, elk gevolgd door één uitgeprobeerd idee.'
	},
	'reverse-mentoring': {
		title: 'Omgekeerd mentorschap',
		why: "Nieuwere of jongere collega's kennen vaak hulpmiddelen, gebruikers of trends die ervaren collega's niet kennen. Omgekeerd mentorschap waardeert wat iedereen kan leren aan een ander.",
		how: [
			'Koppel een nieuwere collega als mentor aan een ervaren collega of leidinggevende.',
			'Spreek een thema af, bijvoorbeeld digitale hulpmiddelen, sociale media of een nieuwe doelgroep.',
			'Zie elkaar een kwartaal lang elke maand; de mentor bepaalt de agenda.',
			'Vertel het team daarna allebei wat jullie van elkaar hebben geleerd.'
		],
		indicator: 'Minstens drie koppels in omgekeerd mentorschap zien elkaar een kwartaal lang elke maand.'
	},
	'monthly-retrospective': {
		title: 'Een maandelijkse teamretrospectief',
		why: 'Teams die regelmatig kijken naar hoe ze werken, worden gestaag beter; teams die dat nooit doen, herhalen dezelfde frustraties.',
		how: [
			'Plan elke maand 45 minuten met het hele team.',
			'Vraag: Wat werkte? Wat was lastig? Wat willen we proberen?',
			'Laat iedereen eerst schrijven en dan praten, zodat ook stille stemmen worden gehoord.',
			'Spreek één verandering af en begin de volgende retrospectief met de opvolging ervan.'
		],
		indicator: 'Elke maand een retrospectief, en minstens één afgesproken verandering wordt de volgende keer opgevolgd.'
	},
	'team-learning-goal': {
		title: 'Een gezamenlijk leerdoel van het team voor het komende halfjaar',
		why: 'Als leren alleen ieders eigen ontwikkeling is, groeit het team niet samen. Een gezamenlijk doel maakt leren tot een gedeelde zaak.',
		how: [
			'Kies samen één ding waarin het team de komende zes maanden beter wil worden.',
			'Schrijf het doel op in één zin en zeg hoe je vooruitgang gaat merken.',
			'Plan een paar concrete activiteiten: een leerhapje, een "laat zien en vertel", samen werken.',
			'Kijk bij elk maandoverleg naar het doel en stel bij.'
		],
		indicator: 'Het team heeft één geschreven leerdoel dat in elk maandoverleg wordt besproken.'
	},
	'celebrate-learning': {
		title: 'Vier leren, niet alleen resultaten',
		why: 'Wat wordt opgemerkt, wordt herhaald. Erkennen wat mensen hebben geleerd, maakt leren tot iets om trots op te zijn.',
		how: [
			'Noem in het teamoverleg wat iemand heeft geleerd of anderen heeft geleerd, niet alleen wat er is opgeleverd.',
			'Laat collega\'s elkaar voordragen voor "iets wat ik van jou heb geleerd".',
			'Vier afgeronde cursussen, nieuwe vaardigheden en goede vragen.',
			'Vertel de rest van de organisatie over het leren van het team, in nieuwsbrieven of bijeenkomsten.'
		],
		indicator: 'Leren wordt minstens twee keer per maand in het team erkend.'
	},
	'buddy-training-plan': {
		title: "Een plan voor inwerken door collega's, met tijd ervoor",
		why: 'Leren van een collega naast je gebeurt vaak "als er tijd is", dus zelden. Een plan met tijd in het rooster zorgt dat het gebeurt.',
		how: [
			'Bepaal welke vaardigheden zij aan zij worden geleerd en wie ze overdraagt.',
			'Zet de momenten in het rooster, met tijd voor zowel de begeleider als de lerende.',
			'Noteer na elke keer kort: wat is geoefend, wat is de volgende stap.',
			'Bekijk het plan elke maand en verplaats afgezegde momenten in plaats van ze te schrappen.'
		],
		indicator:
			"De momenten van inwerken door collega's zijn gepland en vastgelegd, en minder dan één op de tien wordt afgezegd."
	},
	'feedback-training': {
		title: 'Een korte training in feedback geven en ontvangen',
		why: 'Veel mensen willen feedback, maar hebben nooit geleerd die goed te geven. Een korte, praktische training verlaagt de drempel.',
		how: [
			"Houd een sessie van twee uur met een eenvoudig model en veel oefenen in duo's.",
			'Oefen ook het ontvangen van feedback: luisteren, doorvragen, bedanken.',
			'Spreek een kleine uitdaging af: iedereen geeft in de komende week één keer feedback.',
			'Kom er een maand later op terug: wat gebeurde er, wat was lastig?'
		],
		indicator: 'Iedereen heeft de training gevolgd, en het aandeel dat de afgelopen maand feedback gaf, stijgt.'
	},
	'learning-bites': {
		title: 'Leerhapjes van vijf minuten bij de dagelijkse taken',
		why: 'Korte, gerichte eenheden passen tussen de taken door en worden over tijd herhaald, zodat meer van wat je leert blijft hangen.',
		how: [
			'Kies onderwerpen uit echte situaties: nieuwe regels, veelgemaakte fouten, een hulpmiddel.',
			'Maak of zoek leerhapjes van twee tot tien minuten: een video, een quiz, een korte tekst.',
			'Stel elke week een leerhapje voor, bijvoorbeeld aan het begin van een overleg.',
			'Vraag wat nuttig was en maak daar meer van.'
		],
		indicator: 'Elke collega doet minstens twee leerhapjes per maand.'
	},
	'fresh-eyes': {
		title: "Een frisse blik: nieuwe collega's vertellen wat hen verbaast",
		why: "Nieuwe collega's zien wat het team allang niet meer opvalt. Het hun vragen bevordert openheid en verbetert werkwijzen.",
		how: [
			'Vraag elke nieuwe collega om in de eerste maand op te schrijven wat hem of haar verrast of verbaast.',
			'Rond dag 30 deelt de nieuwe collega die waarnemingen in een teamoverleg.',
			'Het team luistert zonder zich te verdedigen en stelt vragen.',
			'Kies minstens één waarneming om mee aan de slag te gaan.'
		],
		indicator:
			'Elke nieuwe collega presenteert rond dag 30 een frisse blik, en het team doet iets met minstens één waarneming.'
	},
	'partner-visit': {
		title: 'Een samenwerkingspartner vertelt hoe zij werken',
		why: 'Veel van ons werk hangt af van partners: andere afdelingen, beroepsgroepen, leveranciers. Begrijpen hoe zij werken, voorkomt misverstanden en levert ideeën op.',
		how: [
			'Nodig twee keer per jaar een samenwerkingspartner uit in het teamoverleg.',
			'Vraag hen te laten zien hoe zij werken en waar de samenwerking met ons lastig is.',
			'Vertel hetzelfde over jullie kant.',
			'Spreek één verandering af die de samenwerking makkelijker maakt.'
		],
		indicator: 'Elk halfjaar een bezoek van een samenwerkingspartner, telkens met één verandering in de samenwerking.'
	},
	'learning-at-handover': {
		title: 'Eén les bij elke overdracht',
		why: 'De dienstoverdracht is al een routine. Er één les aan toevoegen maakt reflectie onderdeel van de dag, zonder extra overleg.',
		how: [
			'Voeg een vraag toe aan de overdracht: "Wat hebben we deze dienst geleerd?"',
			'Houd het bij één of twee zinnen over een situatie, een cliënt of een methode.',
			'Wie de overdracht leidt, noteert het in het leerlogboek.',
			'Zoek eens per maand naar patronen in wat er is genoteerd.'
		],
		indicator: 'Vier weken achter elkaar wordt bij elke overdracht minstens één les gedeeld.'
	},
	'study-circle': {
		title: 'Een leesclub',
		why: 'Dezelfde korte tekst lezen en bespreken geeft een gedeelde taal en ruimte om samen op de praktijk te reflecteren.',
		how: [
			'Kies een korte tekst, podcast of video die over het werk van het team gaat.',
			'Kom elke maand 45 minuten bij elkaar; iedereen heeft vooraf gelezen of geluisterd.',
			'Bespreek: Wat herkennen we? Wat daagt ons uit? Wat zouden we kunnen proberen?',
			'Kies om de beurt het materiaal.'
		],
		indicator: 'De leesclub komt elke maand bijeen met minstens de helft van het team.'
	},
	'improvement-huddle': {
		title: 'Een wekelijkse verbeterhuddle',
		why: 'Kleine problemen die snel worden benoemd en opgelost, worden leren; problemen waar omheen wordt gewerkt, worden frustratie.',
		how: [
			'Sta elke week een kwartier samen bij een bord met problemen en ideeën.',
			'Iedereen kan een probleem toevoegen; het team kiest waaraan wordt gewerkt.',
			'Elk probleem krijgt een eigenaar en een kleine volgende stap.',
			'Als een probleem is opgelost, noteer dan wat er is geleerd.'
		],
		indicator: 'Elke week worden problemen bij de huddle ingebracht, en 70% wordt afgesloten met een genoteerde les.'
	},
	'learning-on-management-agenda': {
		title: 'Leren op de agenda van het managementteam',
		why: 'Als leidinggevenden alleen over bedrijfsvoering en budget praten, lijkt leren vrijblijvend. Door het op hun agenda te zetten, wordt het een gedeelde prioriteit.',
		how: [
			'Zet de leeromgeving elk kwartaal op de agenda van het managementoverleg.',
			'Bekijk de resultaten van metingen, de actieplannen en wat de teams hebben geprobeerd.',
			'Elke leidinggevende deelt één ding dat in het eigen team werkt.',
			'Besluit welke ondersteuning de teams nodig hebben en leg dat vast.'
		],
		indicator: 'De leeromgeving staat elk kwartaal op de managementagenda, en besluiten worden vastgelegd.'
	},
	'team-competence-plan': {
		title: 'Een teamontwikkelplan gekoppeld aan de komende taken',
		why: 'Cursussen die los van elkaar worden gekozen, vormen zelden een geheel. Een plan dat uitgaat van de taken van volgend jaar laat zien wat het team moet leren, en hoe.',
		how: [
			'Zet de belangrijkste taken en veranderingen op een rij waar het team het komende jaar voor staat.',
			'Vraag per onderdeel wat het team moet weten en wie dat al weet.',
			"Kies vooral informele wegen: leren van collega's, mentorschap, samen werken; cursussen waar nodig.",
			'Bekijk het plan elk halfjaar opnieuw.'
		],
		indicator:
			'Het ontwikkelplan van het team dekt de belangrijkste taken van volgend jaar en wordt elk halfjaar bijgewerkt.'
	},
	'peer-observation': {
		title: 'Collegiale observatie',
		why: 'Een collega aan het werk zien, en zelf gezien worden, toont details die geen beschrijving kan geven. Met zorg gedaan bouwt het vertrouwen op.',
		how: [
			'Spreek per duo af waar de observator op let.',
			'Observeer elkaar een uur tijdens het gewone werk.',
			'Praat daarna twintig minuten: wat zag je, wat werkte goed, wat zou je kunnen proberen?',
			'Wie is geobserveerd, bepaalt zelf wat hij of zij met de feedback doet.'
		],
		indicator:
			'Elke collega heeft eens per kwartaal geobserveerd en is geobserveerd, met een feedbackgesprek na afloop.'
	},
	'personal-learning-diary': {
		title: 'Elke vrijdag vijf minuten reflectie',
		why: 'Opschrijven wat je hebt geleerd, helpt je het te onthouden en je eigen vooruitgang te zien.',
		how: [
			'Zet elke vrijdag een herinnering van vijf minuten.',
			'Schrijf drie regels: wat ik leerde, wat me verraste, wat ik volgende week ga proberen.',
			'Lees eens per maand terug en kies één ding om met het team te delen.',
			'Neem het dagboek gerust mee naar je één-op-ééngesprek.'
		],
		indicator: 'Zes weken lang elke vrijdag vijf minuten geschreven reflectie.'
	},
	'ask-for-help-norm': {
		title: 'Een teamafspraak: om hulp vragen hoort erbij',
		why: 'Mensen worstelen vaak te lang alleen. Een uitgesproken afspraak maakt om hulp vragen tot een teken van professionaliteit, niet van zwakte.',
		how: [
			'Spreek een vuistregel af, bijvoorbeeld: "Zit je 30 minuten vast? Vraag een collega."',
			'Schrijf hem op waar iedereen hem ziet.',
			"De leidinggevende en ervaren collega's vragen zelf openlijk om hulp.",
			'Deel bij de retrospectief voorbeelden van hulp die het verschil maakte.'
		],
		indicator:
			"De afspraak staat op papier, en in de volgende meting zeggen meer collega's dat ze makkelijk om hulp vragen."
	},
	'knowledge-transfer-before-leaving': {
		title: 'Kennisoverdracht voordat iemand vertrekt',
		why: 'Als een ervaren collega met pensioen gaat of van baan wisselt, kan jarenlange kennis de deur uit lopen. Geplande tijd zij aan zij geeft die kennis door.',
		how: [
			'Zodra een vertrek bekend is, schrijf je op wat alleen die persoon weet.',
			"Koppel hem of haar aan één of twee collega's die het overnemen.",
			'Plan samen werken en korte werkinstructies voor de meest kritieke taken.',
			'Controleer vóór de laatste werkdag of de opvolgers de taken zelfstandig kunnen doen.'
		],
		indicator: 'Elk gepland vertrek heeft minstens drie maanden voor de laatste werkdag een plan voor kennisoverdracht.'
	},
	'mentor-for-new-leaders': {
		title: 'Een mentor voor elke nieuwe leidinggevende',
		why: 'Nieuwe leidinggevenden leren leidinggeven vooral door het te doen, vaak alleen. Een ervaren leidinggevende als mentor geeft steun en reflectie in het eerste jaar.',
		how: [
			'Als iemand leidinggevende wordt, koppel hem of haar aan een ervaren leidinggevende van een andere afdeling.',
			'Zie elkaar het eerste jaar elke maand; de nieuwe leidinggevende bepaalt de agenda.',
			'Bespreek echte situaties: een lastig gesprek, een prioriteit, een fout.',
			'Na een jaar vertelt de nieuwe leidinggevende wat het meest heeft geholpen.'
		],
		indicator:
			'Elke nieuwe leidinggevende heeft binnen een maand na de start een mentor en spreekt die minstens maandelijks.'
	}
};
