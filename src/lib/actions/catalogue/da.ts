// Kataloget på dansk. Samme id'er som entries.ts.
import type { CatalogueTexts } from './types';

export const da: CatalogueTexts = {
	'weekly-learning-minutes': {
		title: 'Ti minutter med "hvad har vi lært?" på ugemødet',
		why: 'Læring, der aldrig bliver sagt højt, bliver hos én person. Et fast, kort punkt gør refleksion til en vane i stedet for en ekstra opgave.',
		how: [
			'Sæt "Hvad har vi lært i denne uge?" på ugemødets dagsorden som et fast punkt på ti minutter.',
			'Skiftes til at lægge ud: én kollega fortæller om noget, der gik godt eller skidt, og hvad det lærte dem.',
			'Spørg "hvem andre kan bruge det her?", og skriv svaret i teamets læringslog.',
			'Kig én gang om måneden tilbage på noterne, og vælg én læring at handle på.'
		],
		indicator:
			'Spørgsmålet er på dagsordenen til mindst tre ud af fire ugemøder, og der noteres mindst én læring hver gang.'
	},
	'buddy-for-newcomers': {
		title: 'En navngiven buddy til hver ny kollega',
		why: 'Nye lærer mest af kolleger tæt på arbejdet, og en fast buddy gør det trygt at stille "dumme" spørgsmål fra første dag.',
		how: [
			'Vælg før første arbejdsdag en buddy med lignende opgaver, og giv vedkommende tid til det i vagtplanen.',
			'Buddyen tager imod den nye på første dag og aftaler, hvornår de mødes i de første uger.',
			'Lad den nye følge buddyen i rigtige opgaver, og byt så roller: buddyen ser på og giver feedback.',
			'Efter fire uger taler leder, buddy og den nye om, hvad der stadig er uklart.'
		],
		indicator: 'Alle nye kolleger har en navngiven buddy i uge 1.'
	},
	'after-action-review': {
		title: 'En kort evaluering efter hvert projekt',
		why: 'Projekter slutter, og det næste går i gang, før nogen har spurgt, hvad der kunne gøres bedre. En kort, struktureret evaluering gør erfaring til fælles viden.',
		how: [
			'Book 45 minutter senest to uger efter, at et projekt eller en større opgave er afsluttet.',
			'Stil fire spørgsmål: Hvad havde vi planlagt? Hvad skete der? Hvorfor var der forskel? Hvad gør vi næste gang?',
			'Hold fokus på arbejdet, ikke på skyld; den, der leder mødet, sørger for, at alle kommer til orde.',
			'Aftal en eller to ændringer med hver sin ansvarlige, og tjek dem ved starten af næste projekt.'
		],
		indicator:
			'Der holdes en evaluering senest to uger efter hvert projekts afslutning, og mindst én ændring aftales og følges op.'
	},
	'task-rotation': {
		title: 'Jobrotation',
		why: 'Når man løser de samme opgaver i årevis, bliver der mindre at lære, og teamet bliver sårbart, når nogen er væk. Rotation spreder kompetencer og giver friske øjne på rutinerne.',
		how: [
			'Lav en liste over teamets opgaver, og marker dem, som kun en eller to kan løse.',
			'Spørg alle, hvilken opgave de gerne vil prøve, og planlæg rotationer på en til tre måneder.',
			'Sæt den, der roterer ind, sammen med den, der kender opgaven, de første uger.',
			'Spørg efter hver rotation begge, hvad de har lært, og hvad de vil ændre i opgaven.'
		],
		indicator:
			'Alle kolleger har prøvet mindst ét nyt opgaveområde inden for seks måneder, og ingen kritisk opgave afhænger af én person.'
	},
	'leaders-share-learning': {
		title: 'Ledere fortæller, hvad de selv lærer',
		why: 'Når lederen fortæller, hvad hun eller han er ved at lære, også når noget gik galt, bliver det normalt for alle at være en, der lærer.',
		how: [
			'Lederen fortæller hver måned på et teammøde om noget, hun eller han er ved at lære lige nu.',
			'Tag en fejl med eller noget, der ikke virkede, og hvad lederen gør anderledes nu.',
			'Spørg teamet om idéer eller erfaringer med det samme.',
			'Følg op måneden efter: Hvad kom der ud af det?'
		],
		indicator:
			'Lederen fortæller hver måned på et teammøde om noget, hun eller han har lært, heriblandt mindst én fejl i kvartalet.'
	},
	'shared-learning-log': {
		title: 'En fælles læringslog',
		why: 'Gode løsninger og erfaringer forsvinder i indbakker og hoveder. En fælles log, der er nem at skrive i, gør teamets læring synlig og søgbar.',
		how: [
			'Opret ét sted til loggen: et fælles dokument, en kanal eller en tavle, som teamet allerede bruger.',
			'Aftal et kort format: hvad skete der, hvad lærte vi, hvem kan fortælle mere.',
			'Skriv de første indlæg sammen på et teammøde, så alle har prøvet det.',
			'Kig loggen igennem én gang om måneden, og peg på indlæg, som andre bør læse.'
		],
		indicator: 'Mindst to nye indlæg i teamets læringslog hver uge.'
	},
	'user-session-quarterly': {
		title: 'Et kort møde med borgere eller kunder hvert kvartal',
		why: 'Dem, vi arbejder for, ser ting, vi ikke kan se indefra. Når vi mødes med dem jævnligt, kommer der nye spørgsmål og idéer ind i teamet.',
		how: [
			'Inviter tre til fem brugere, borgere eller kunder til en samtale på en time hvert kvartal.',
			'Forbered to eller tre åbne spørgsmål om, hvordan de oplever ydelsen.',
			'Lad kolleger, der sjældent møder brugerne, deltage og tage noter.',
			'Vælg bagefter én idé at afprøve, og fortæl brugerne, hvad der kom ud af det.'
		],
		indicator: 'Ét møde med brugere eller kunder hvert kvartal, og mindst én idé afprøves bagefter.'
	},
	'mentoring-scheme': {
		title: 'En mentorordning',
		why: 'En mentor uden for den daglige ledelseslinje giver plads til spørgsmål om faglighed, karriere og skøn, som er svære at stille andre steder.',
		how: [
			'Spørg, hvem der gerne vil have en mentor, og hvem der gerne vil være det; match på, hvad de vil lære og kan tilbyde.',
			'Aftal en ramme: hvor ofte de mødes (fx en gang om måneden), hvor længe, og at samtalerne er fortrolige.',
			'Giv mentorerne en kort introduktion til at lytte og stille åbne spørgsmål.',
			'Spørg efter seks måneder parrene, hvad det har givet dem, og om de vil fortsætte.'
		],
		indicator: 'Alle kolleger, der har bedt om en mentor, har en og mødes med vedkommende mindst én gang om måneden.'
	},
	'peer-feedback-pairs': {
		title: 'Struktureret kollegial feedback i par',
		why: 'Kolleger ser hinandens arbejde hver dag, men siger sjældent, hvad de ser. En enkel struktur gør feedback konkret, venlig og brugbar.',
		how: [
			'Dan par, der arbejder med beslægtede opgaver, og skift par hvert kvartal.',
			'Brug en enkel model: hvad jeg så, hvad det gjorde, hvad jeg foreslår.',
			'Hver person beder om feedback på én ting, de gerne vil blive bedre til.',
			'Mød hinanden i tyve minutter hver måned, og skriv ned, hvad I hver især vil prøve.'
		],
		indicator: 'Alle kolleger giver og får struktureret feedback mindst én gang i kvartalet.'
	},
	'good-mistake-of-the-month': {
		title: 'Månedens gode fejl',
		why: 'Hvor fejl skjules, bliver de gentaget. At fortælle om en fejl og hvad den lærte os viser, at det er trygt at være åben, og sparer andre for samme fejl.',
		how: [
			'Én gang om måneden fortæller en kollega på fem minutter om en fejl og hvad den lærte hende eller ham.',
			'Lederen går forrest og viser, at det er trygt.',
			'Teamet takker og spørger kun "hvad kan vi lære?", aldrig "hvis skyld var det?".',
			'Skriv læringen i læringsloggen, og ændr en rutine, hvis det er nødvendigt.'
		],
		indicator: 'En fejl og det, den lærte os, deles i teamet mindst én gang om måneden.'
	},
	'small-experiments': {
		title: 'Små forsøg med et spørgsmål og en beslutning',
		why: 'Mange gode idéer dør i diskussionen. Et lille, tidsafgrænset forsøg lader teamet lære ved at prøve i stedet for at gætte.',
		how: [
			'Skriv ned, hvilket spørgsmål forsøget skal besvare, og hvordan I vil vide det.',
			'Hold det lille: to til fire uger og inden for det, teamet selv kan beslutte.',
			'Gennemfør det, saml det, I ser, og mødes for at beslutte: fortsæt, justér eller stop.',
			'Del resultatet, også når svaret var "det virkede ikke".'
		],
		indicator: 'Mindst ét lille forsøg om måneden, hvert med et skriftligt spørgsmål og en beslutning til sidst.'
	},
	'skills-map': {
		title: 'Et kompetencekort for teamet',
		why: 'Når ingen ved, hvem der kan hvad, opfinder man løsninger igen, og teamet afhænger af nogle få. Et kompetencekort viser, hvem der kan lære fra sig til hvem.',
		how: [
			'Lav en liste over de kompetencer og opgaver, der betyder mest i teamets arbejde.',
			'Hver person markerer, hvad de kan lære fra sig, hvad de kan, og hvad de gerne vil lære.',
			'Brug kortet til at danne sidemandspar og til at finde opgaver, som kun én kan løse.',
			'Opdatér det hvert kvartal, og når nogen starter eller stopper.'
		],
		indicator: 'Kompetencekortet opdateres hvert kvartal, og alle kritiske opgaver kan løses af mindst to personer.'
	},
	'learning-in-one-to-ones': {
		title: 'Læring i alle én-til-én-samtaler',
		why: 'Læringsmål, der sættes én gang om året til MUS, bliver glemt. Når læring er et fast emne i de løbende samtaler, holdes den tæt på arbejdet.',
		how: [
			'Tilføj et fast spørgsmål til hver én-til-én-samtale: "Hvad lærer du lige nu, og hvad har du brug for?"',
			'Aftal ét konkret læringsmål for den næste periode, knyttet til en rigtig opgave.',
			'Start næste samtale med at følge op på det sidste mål.',
			'Skriv målene kort ned, så I begge kan se udviklingen over året.'
		],
		indicator: 'Alle én-til-én-samtaler indeholder ét læringsmål for næste periode og opfølgning på det sidste.'
	},
	'show-and-tell': {
		title: 'Vis og fortæl hver måned',
		why: 'Kolleger udvikler smarte arbejdsgange, som andre aldrig ser. Når de vises kort, spredes god praksis, og der gives anerkendelse.',
		how: [
			'Sæt femten minutter af hver måned på et møde, der allerede findes.',
			'En kollega viser en metode, et værktøj eller et trick fra sit eget arbejde, gerne i praksis.',
			'De andre prøver det eller spørger, hvordan det kunne bruges hos dem.',
			'Lad en ny kollega vise noget hver gang, og hold en liste over emner, folk gerne vil se.'
		],
		indicator: 'Én "vis og fortæl" hver måned, hver gang ved en ny kollega.'
	},
	'job-shadowing': {
		title: 'En dag hos et andet team',
		why: 'At se, hvordan andre løser lignende opgaver, udfordrer vaner og skaber de kontakter, der gør samarbejdet lettere bagefter.',
		how: [
			'Aftal med et andet team eller en anden afdeling, at kolleger kan følge deres arbejde en dag.',
			'Skriv før dagen to spørgsmål ned, som du gerne vil have svar på.',
			'Følg arbejdet, stil spørgsmål, og tilbyd at tage imod dem til gengæld.',
			'Del én indsigt med dit eget team inden for en uge.'
		],
		indicator: 'Alle kolleger er mindst én dag om året hos et andet team og deler én indsigt bagefter.'
	},
	'questions-welcome': {
		title: 'Et sted, hvor alle spørgsmål er velkomne',
		why: 'Den, der er bange for at virke inkompetent, holder op med at spørge, og så kommer fejlene. Et synligt sted til spørgsmål viser, at det at spørge er en del af jobbet.',
		how: [
			'Opret en kanal, en tavle eller en notesbog, hvor alle kan stille et fagligt spørgsmål.',
			'Aftal, at spørgsmål besvares inden for én arbejdsdag af den, der ved det.',
			'Lederen og erfarne kolleger stiller også selv spørgsmål der.',
			'Saml gode svar i de fælles vejledninger, så den næste kan finde dem.'
		],
		indicator:
			'Spørgsmål besvares inden for en arbejdsdag, og antallet af kolleger, der stiller mindst ét spørgsmål om måneden, stiger.'
	},
	'protected-learning-time': {
		title: 'Beskyttet tid til læring i vagtplanen',
		why: 'Læring taber til akutte opgaver, hvis den ikke har sin egen tid. En time, der er planlagt og beskyttet, viser, at læring er en del af arbejdet.',
		how: [
			'Sæt en fast time om ugen (eller to timer hver anden uge) af i vagtplanen eller kalenderen til hver person.',
			'Aftal, hvad tiden er til: en læringsbid, læsning, træning af en færdighed, at følge en kollega.',
			'Lederen beskytter tiden, når travlheden stiger, og bruger den også selv.',
			'På månedsmødet fortæller et par stykker, hvad de har brugt tiden til.'
		],
		indicator: 'Læringstimen står i vagtplanen, og mindst 80 % af kollegerne bruger den i løbet af en måned.'
	},
	'case-reflection': {
		title: 'Kollegial refleksion over sager',
		why: 'Det er i de svære sager, at det faglige skøn vokser. At reflektere over dem sammen med en fast struktur giver flere perspektiver og mindre ensomhed.',
		how: [
			'Mød hinanden hver anden uge i 45 minutter i grupper på fire til seks.',
			'Én fremlægger en sag og et spørgsmål, de andre stiller opklarende spørgsmål.',
			'Gruppen reflekterer, mens fremlæggeren lytter; til sidst siger fremlæggeren, hvad hun eller han tager med.',
			'Skift roller, og hold sagerne fortrolige.'
		],
		indicator: 'Kollegial refleksion hver anden uge med en fast struktur; deltagerne vurderer den som brugbar.'
	},
	'onboarding-checklist': {
		title: 'En introduktionsplan med en læringstjekliste',
		why: 'Uden en plan lærer nye det, der tilfældigvis dukker op, og går glip af resten. En tjekliste sikrer, at det vigtige bliver lært og kvitteret for.',
		how: [
			'Skriv ned, hvad en ny skal vide og kunne i de første otte uger.',
			'Angiv for hvert punkt, hvem der lærer fra sig, og hvordan: følge med, gøre det med støtte eller selv.',
			'Den nye og buddyen krydser af undervejs; lederen følger op hver anden uge.',
			'Spørg hver ny, hvad der manglede, og opdatér tjeklisten.'
		],
		indicator: 'Alle nye kollegers tjekliste er gennemført og kvitteret for inden for otte uger.'
	},
	'teach-back': {
		title: 'Lær fra dig efter et kursus',
		why: 'Når én kommer på kursus, får teamet ikke meget ud af det, medmindre viden deles. At lære fra sig får også én selv til at huske mere.',
		how: [
			'Aftal før kurset, hvad teamet gerne vil høre om.',
			'Inden for to uger deler personen de tre mest brugbare pointer på ti minutter.',
			'Vælg sammen én ting at afprøve i teamets arbejde.',
			'Læg materialet i de fælles vejledninger.'
		],
		indicator: 'Alle, der deltager i et kursus eller en konference, deler hovedpointerne med teamet inden for to uger.'
	},
	'pair-work': {
		title: 'Makkerarbejde på komplekse opgaver',
		why: 'Når man arbejder side om side på en svær opgave, gives den tavse viden videre, som aldrig bliver skrevet ned.',
		how: [
			'Vælg hver uge en eller to komplekse opgaver, der løses i par.',
			'Sæt en erfaren kollega sammen med en, der er ved at lære, og nogle gange to ligeværdige.',
			'Skiftes til at have styringen, og tænk højt.',
			'Slut af med to minutter: Hvad lærte vi hver især?'
		],
		indicator: 'Mindst én kompleks opgave om ugen løses i par, og parrene skifter i løbet af måneden.'
	},
	'user-feedback-review': {
		title: 'Brugernes tilbagemeldinger på dagsordenen hver måned',
		why: 'Klager og ros fra brugerne er en kilde til læring, der ofte behandles én ad gangen og glemmes.',
		how: [
			'Saml tilbagemeldinger fra brugere, borgere eller kunder ét sted.',
			'Kig på dem sammen i tyve minutter én gang om måneden: Hvilke mønstre ser vi?',
			'Vælg én ting at ændre, og beslut, hvordan I vil vide, om det hjalp.',
			'Fortæl brugerne, hvad I har ændret på grund af deres tilbagemeldinger.'
		],
		indicator: 'Brugernes tilbagemeldinger er på dagsordenen hver måned og fører til mindst én ændring i kvartalet.'
	},
	'leader-asks-for-feedback': {
		title: 'Lederen beder om feedback på sin ledelse',
		why: 'En leder, der beder om feedback og handler på den, viser, at læring gælder alle, og gør det tryggere at sige sin mening.',
		how: [
			'To gange om året spørger lederen teamet: Hvad skal jeg blive ved med, begynde på og holde op med?',
			'Brug anonyme sedler, hvis teamet ikke er vant til det.',
			'Lederen takker, fortæller, hvad hun eller han vil ændre, og argumenterer ikke imod.',
			'Følg op efter tre måneder: Er det ændret?'
		],
		indicator: 'Lederen beder om feedback to gange om året og fortæller teamet, hvad hun eller han vil ændre.'
	},
	'learning-conversations': {
		title: 'Korte læringssamtaler med hver kollega',
		why: 'Ledere taler ofte om opgaver og sjældent om, hvad folk lærer. En kort, tilbagevendende samtale viser interesse og afdækker behov tidligt.',
		how: [
			'Hvert kvartal har lederen en samtale på et kvarter med hver kollega, tæt på arbejdet.',
			'Spørg: Hvad har du lært for nylig? Hvad vil du gerne lære? Hvem kunne hjælpe dig?',
			'Forbind folk: foreslå en kollega at lære af.',
			'Notér temaer på tværs af teamet, og tag dem med på teammødet.'
		],
		indicator: 'Lederen har en kort læringssamtale med alle kolleger hvert kvartal.'
	},
	'shared-guides': {
		title: 'Fælles vejledninger til de mest almindelige opgaver',
		why: 'Viden, der kun findes i ét hoved, forsvinder ved ferie og jobskifte. Korte fælles vejledninger gør det let at lære og at hjælpe hinanden.',
		how: [
			'Lav en liste over de ti opgaver, der oftest bliver spurgt om.',
			'For hver opgave skriver den, der kender den bedst, en kort vejledning med trin og faldgruber.',
			'En kollega, der ikke kender opgaven, afprøver vejledningen og forbedrer den.',
			'Giv hver vejledning en ansvarlig, der tjekker den hvert halve år.'
		],
		indicator: 'De ti hyppigste opgaver har en opdateret vejledning, der tjekkes hvert halve år.'
	},
	'expert-hour': {
		title: 'En ugentlig "spørg eksperten"-time',
		why: 'Erfarne kolleger har ofte for travlt til at blive spurgt. En fast time gør deres viden tilgængelig uden at afbryde arbejdet.',
		how: [
			'En erfaren kollega holder en åben time hver uge, fysisk eller online.',
			'Alle kan komme med et spørgsmål eller en sag; det kræver ingen forberedelse.',
			'Skift eksperten ud, så forskellige slags viden er i spil.',
			'Gode spørgsmål og svar kommer i de fælles vejledninger.'
		],
		indicator: 'Eksperttimen holdes hver uge og bruges af mindst tre kolleger om måneden.'
	},
	'exchange-with-peers-elsewhere': {
		title: 'Udveksling med et team på en anden arbejdsplads',
		why: 'Teams, der laver det samme arbejde andre steder, har løst problemer, vi stadig kæmper med. En udveksling giver idéer og spørgsmål, som vores egne rutiner skjuler.',
		how: [
			'Find et team på en anden arbejdsplads med lignende opgaver (en anden kommune, et andet hospital eller en anden virksomhed).',
			'Besøg hinanden en halv dag, eller mødes online, om ét fælles tema.',
			'Hver side viser én praksis, de er stolte af, og ét problem, de ikke har løst.',
			'Tag én idé med hjem, og afprøv den inden for en måned.'
		],
		indicator: 'To udvekslinger om året med et team fra en anden arbejdsplads, hver fulgt op af én afprøvet idé.'
	},
	'reverse-mentoring': {
		title: 'Omvendt mentoring',
		why: 'Nyere eller yngre kolleger kender ofte værktøjer, brugere eller tendenser, som erfarne kolleger ikke kender. Omvendt mentoring værdsætter, at alle kan lære fra sig.',
		how: [
			'Sæt en nyere kollega som mentor sammen med en erfaren kollega eller leder.',
			'Aftal et tema, fx digitale værktøjer, sociale medier eller en ny brugergruppe.',
			'Mødes hver måned i et kvartal; mentoren sætter dagsordenen.',
			'Bagefter fortæller begge teamet, hvad de har lært af hinanden.'
		],
		indicator: 'Mindst tre par i omvendt mentoring mødes hver måned i et kvartal.'
	},
	'monthly-retrospective': {
		title: 'Et månedligt tilbageblik i teamet',
		why: 'Teams, der jævnligt ser på, hvordan de arbejder, bliver hele tiden bedre; teams, der aldrig gør det, gentager de samme frustrationer.',
		how: [
			'Book 45 minutter hver måned med hele teamet.',
			'Spørg: Hvad virkede? Hvad var svært? Hvad vil vi prøve?',
			'Lad alle skrive først og tale bagefter, så de stille stemmer bliver hørt.',
			'Aftal én ændring, og start næste tilbageblik med at følge op på den.'
		],
		indicator: 'Et tilbageblik hver måned, og mindst én aftalt ændring følges op næste gang.'
	},
	'team-learning-goal': {
		title: 'Et fælles læringsmål for teamet for det næste halve år',
		why: 'Når læring kun er den enkeltes egen udvikling, vokser teamet ikke sammen. Et fælles mål gør læring til en fælles sag.',
		how: [
			'Vælg sammen én ting, teamet vil blive bedre til i de næste seks måneder.',
			'Skriv målet i én sætning, og sig, hvordan I vil mærke fremskridt.',
			'Planlæg nogle få konkrete aktiviteter: en læringsbid, en "vis og fortæl", makkerarbejde.',
			'Se på målet på hvert månedsmøde, og justér.'
		],
		indicator: 'Teamet har ét skriftligt læringsmål, der gennemgås på hvert månedsmøde.'
	},
	'celebrate-learning': {
		title: 'Fejr læring, ikke kun resultater',
		why: 'Det, der bliver lagt mærke til, bliver gentaget. Når vi anerkender, hvad folk har lært, bliver læring noget at være stolt af.',
		how: [
			'Nævn på teammøder, hvad nogen har lært eller lært andre, ikke kun hvad der er leveret.',
			'Lad kolleger nominere hinanden for "noget, jeg har lært af dig".',
			'Fejr gennemførte kurser, nye færdigheder og gode spørgsmål.',
			'Fortæl resten af organisationen om teamets læring i nyhedsbreve eller på møder.'
		],
		indicator: 'Læring anerkendes i teamet mindst to gange om måneden.'
	},
	'buddy-training-plan': {
		title: 'En plan for sidemandsoplæring med afsat tid',
		why: 'Sidemandsoplæring sker ofte "når der er tid", og det vil sige sjældent. En plan med tid i vagtplanen får det til at ske.',
		how: [
			'Beslut, hvilke færdigheder der læres side om side, og hvem der lærer fra sig.',
			'Sæt oplæringen ind i vagtplanen med tid til både oplærer og den, der lærer.',
			'Skriv kort ned efter hver gang: hvad blev der øvet, hvad er det næste.',
			'Gennemgå planen hver måned, og flyt aflyste gange i stedet for at droppe dem.'
		],
		indicator: 'Sidemandsoplæringen er planlagt og logget, og færre end hver tiende gang aflyses.'
	},
	'feedback-training': {
		title: 'Et kort kursus i at give og modtage feedback',
		why: 'Mange vil gerne have feedback, men har aldrig lært at give den godt. Et kort, praktisk kursus sænker tærsklen.',
		how: [
			'Hold et forløb på to timer med en enkel model og masser af øvelse i par.',
			'Øv også at modtage feedback: lyt, spørg, tak.',
			'Aftal en lille udfordring: alle giver én feedback i den kommende uge.',
			'Følg op en måned senere: Hvad skete der, hvad var svært?'
		],
		indicator: 'Alle har deltaget i kurset, og andelen, der har givet feedback den seneste måned, stiger.'
	},
	'learning-bites': {
		title: 'Læringsbidder på fem minutter knyttet til de daglige opgaver',
		why: 'Korte, fokuserede enheder passer ind mellem opgaverne og gentages over tid, så mere af det lærte hænger ved.',
		how: [
			'Vælg emner fra virkelige situationer: nye regler, hyppige fejl, et værktøj.',
			'Lav eller find bidder på to til ti minutter: en video, en quiz, en kort tekst.',
			'Foreslå en bid om ugen, fx i starten af et møde.',
			'Spørg, hvad der var brugbart, og lav mere af det.'
		],
		indicator: 'Alle kolleger tager mindst to læringsbidder om måneden.'
	},
	'fresh-eyes': {
		title: 'Friske øjne: nye fortæller, hvad der undrer dem',
		why: 'Nye kolleger ser det, teamet for længst er holdt op med at lægge mærke til. Når vi spørger dem, styrker det åbenheden og forbedrer rutinerne.',
		how: [
			'Bed alle nye om at skrive ned, hvad der overrasker eller undrer dem i den første måned.',
			'Omkring dag 30 fremlægger de deres iagttagelser på et teammøde.',
			'Teamet lytter uden at forsvare sig og stiller spørgsmål.',
			'Vælg mindst én iagttagelse at handle på.'
		],
		indicator: 'Alle nye fremlægger deres "friske øjne" omkring dag 30, og teamet handler på mindst én iagttagelse.'
	},
	'partner-visit': {
		title: 'En samarbejdspartner fortæller, hvordan de arbejder',
		why: 'Meget af vores arbejde afhænger af samarbejdspartnere: andre afdelinger, faggrupper, leverandører. Når vi forstår, hvordan de arbejder, undgår vi misforståelser og får nye idéer.',
		how: [
			'Inviter en samarbejdspartner til et teammøde to gange om året.',
			'Bed dem vise, hvordan de arbejder, og hvor samarbejdet med os er svært.',
			'Fortæl dem det samme om jeres side.',
			'Aftal én ændring, der gør samarbejdet lettere.'
		],
		indicator: 'Et besøg fra en samarbejdspartner hvert halve år, der hver gang fører til én ændring i samarbejdet.'
	},
	'learning-at-handover': {
		title: 'Én læring ved hver vagtoverlevering',
		why: 'Vagtoverleveringen er allerede en rutine. Når der lægges én læring til, bliver refleksion en del af dagen uden ekstra møder.',
		how: [
			'Tilføj et spørgsmål til overleveringen: "Hvad lærte vi på denne vagt?"',
			'Hold det til en eller to sætninger om en situation, en borger eller en metode.',
			'Den, der leder overleveringen, skriver det i læringsloggen.',
			'Se én gang om måneden efter mønstre i det, der er skrevet.'
		],
		indicator: 'Der deles mindst én læring ved hver overlevering fire uger i træk.'
	},
	'study-circle': {
		title: 'En studiekreds',
		why: 'At læse og drøfte den samme korte tekst giver et fælles sprog og plads til at reflektere over praksis sammen.',
		how: [
			'Vælg en kort tekst, en podcast eller en video, der handler om teamets arbejde.',
			'Mødes 45 minutter hver måned; alle har læst eller lyttet på forhånd.',
			'Drøft: Hvad genkender vi? Hvad udfordrer os? Hvad kunne vi prøve?',
			'Skiftes til at vælge materialet.'
		],
		indicator: 'Studiekredsen mødes hver måned med mindst halvdelen af teamet.'
	},
	'improvement-huddle': {
		title: 'Et ugentligt forbedringsmøde ved tavlen',
		why: 'Små problemer, der bliver rejst og løst hurtigt, bliver til læring; problemer, man arbejder udenom, bliver til frustration.',
		how: [
			'Stil jer sammen i et kvarter om ugen ved en tavle med problemer og idéer.',
			'Alle kan sætte et problem op; teamet vælger, hvilke der skal arbejdes med.',
			'Hvert problem får en ansvarlig og et lille næste skridt.',
			'Når et problem er løst, skrives det ned, hvad vi lærte.'
		],
		indicator: 'Der rejses problemer på tavlemødet hver uge, og 70 % lukkes med en noteret læring.'
	},
	'learning-on-management-agenda': {
		title: 'Læring på ledergruppens dagsorden',
		why: 'Når ledere kun taler om drift og budget, ser læring ud til at være valgfri. Når den er på deres dagsorden, bliver den en fælles prioritet.',
		how: [
			'Sæt læringsmiljøet på ledermødets dagsorden hvert kvartal.',
			'Se på måleresultater, indsatsplaner og det, teamene har afprøvet.',
			'Hver leder fortæller om én ting, der virker i deres team.',
			'Beslut, hvilken støtte teamene har brug for, og skriv det ned.'
		],
		indicator: 'Læringsmiljøet er på ledergruppens dagsorden hvert kvartal, og beslutningerne skrives ned.'
	},
	'team-competence-plan': {
		title: 'En kompetenceplan for teamet knyttet til de kommende opgaver',
		why: 'Kurser, der vælges ét ad gangen, hænger sjældent sammen. En plan, der tager udgangspunkt i næste års opgaver, viser, hvad teamet skal lære, og hvordan.',
		how: [
			'Skriv de vigtigste opgaver og forandringer op, som teamet står over for i det kommende år.',
			'Spørg for hver af dem, hvad teamet skal vide, og hvem der allerede ved det.',
			'Vælg mest uformelle veje: sidemandsoplæring, mentoring, makkerarbejde; kurser, hvor det er nødvendigt.',
			'Gennemgå planen hvert halve år.'
		],
		indicator: 'Teamets kompetenceplan dækker næste års vigtigste opgaver og opdateres hvert halve år.'
	},
	'peer-observation': {
		title: 'Kollegial observation',
		why: 'At se en kollega arbejde, og selv blive set, viser detaljer, ingen beskrivelse kan. Det skaber tillid, når det gøres med omtanke.',
		how: [
			'Aftal i par, hvad observatøren skal se efter.',
			'Observér hinanden en time i det almindelige arbejde.',
			'Tal sammen i tyve minutter bagefter: Hvad så du, hvad virkede godt, hvad kunne prøves?',
			'Den, der blev observeret, bestemmer selv, hvad feedbacken skal bruges til.'
		],
		indicator:
			'Alle kolleger har observeret og er blevet observeret én gang i kvartalet, med en feedbacksamtale bagefter.'
	},
	'personal-learning-diary': {
		title: 'Fem minutters refleksion hver fredag',
		why: 'Når du skriver ned, hvad du har lært, husker du det bedre og kan se din egen udvikling.',
		how: [
			'Sæt en påmindelse på fem minutter hver fredag.',
			'Skriv tre linjer: hvad jeg lærte, hvad der overraskede mig, hvad jeg vil prøve i næste uge.',
			'Læs tilbage én gang om måneden, og vælg én ting at dele med teamet.',
			'Tag gerne dagbogen med til din én-til-én-samtale.'
		],
		indicator: 'Fem minutters skriftlig refleksion hver fredag i seks uger.'
	},
	'ask-for-help-norm': {
		title: 'En aftale i teamet: Man spørger om hjælp',
		why: 'Folk kæmper ofte for længe alene. En tydelig aftale gør det at bede om hjælp til et tegn på faglighed, ikke på svaghed.',
		how: [
			'Aftal en tommelfingerregel, fx: "Sidder du fast i 30 minutter? Spørg en kollega."',
			'Skriv den op, hvor alle kan se den.',
			'Lederen og erfarne kolleger beder åbent om hjælp.',
			'Del på tilbageblikket eksempler på hjælp, der gjorde en forskel.'
		],
		indicator: 'Aftalen er skrevet ned, og i næste måling siger flere kolleger, at de let kan bede om hjælp.'
	},
	'knowledge-transfer-before-leaving': {
		title: 'Videnoverdragelse, før en kollega stopper',
		why: 'Når en erfaren kollega går på pension eller skifter job, kan mange års viden forsvinde ud ad døren. Planlagt sidemandsoplæring giver den videre.',
		how: [
			'Så snart en fratræden er kendt, skrives det ned, hvad kun den person ved.',
			'Sæt vedkommende sammen med en eller to kolleger, der skal overtage.',
			'Planlæg arbejde side om side og korte vejledninger til de mest kritiske opgaver.',
			'Tjek før sidste arbejdsdag, at efterfølgerne kan løse opgaverne selv.'
		],
		indicator: 'Alle planlagte fratrædelser har en plan for videnoverdragelse mindst tre måneder før sidste arbejdsdag.'
	},
	'mentor-for-new-leaders': {
		title: 'En mentor til alle nye ledere',
		why: 'Nye ledere lærer mest ledelse ved at gøre det, ofte alene. En erfaren leder som mentor giver støtte og refleksion i det første år.',
		how: [
			'Når nogen bliver leder, sættes hun eller han sammen med en erfaren leder fra en anden afdeling.',
			'Mødes hver måned i det første år; den nye leder sætter dagsordenen.',
			'Tal om virkelige situationer: en svær samtale, en prioritering, en fejl.',
			'Efter et år fortæller den nye leder, hvad der hjalp mest.'
		],
		indicator:
			'Alle nye ledere har en mentor inden for en måned efter start og mødes med vedkommende mindst én gang om måneden.'
	}
};
