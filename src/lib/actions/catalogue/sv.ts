// Katalogen på svenska. Samma id:n som entries.ts.
import type { CatalogueTexts } from './types';

export const sv: CatalogueTexts = {
	'weekly-learning-minutes': {
		title: 'Tio minuter "vad har vi lärt oss?" på veckomötet',
		why: 'Lärande som aldrig sägs högt stannar hos en person. En fast, kort punkt gör reflektion till en vana i stället för en extra uppgift.',
		how: [
			'Sätt "Vad har vi lärt oss den här veckan?" som en fast punkt på tio minuter på veckomötets dagordning.',
			'Turas om att börja: en kollega berättar om något som gick bra eller dåligt och vad det lärde henne eller honom.',
			'Fråga "vem mer kan ha nytta av det här?" och skriv svaret i teamets lärlogg.',
			'Titta en gång i månaden tillbaka på anteckningarna och välj en lärdom att agera på.'
		],
		indicator: 'Frågan finns på dagordningen på minst tre av fyra veckomöten, och minst en lärdom antecknas varje gång.'
	},
	'buddy-for-newcomers': {
		title: 'En namngiven fadder för varje ny kollega',
		why: 'Nyanställda lär sig mest av kolleger nära arbetet, och en fast fadder gör det tryggt att ställa "dumma" frågor från första dagen.',
		how: [
			'Välj före första arbetsdagen en fadder med liknande arbete och ge tid för det i schemat.',
			'Faddern tar emot den nya kollegan första dagen och bestämmer när de ska träffas de första veckorna.',
			'Låt den nya följa faddern i riktiga uppgifter och byt sedan roller: faddern tittar på och ger återkoppling.',
			'Efter fyra veckor pratar chef, fadder och nyanställd om vad som fortfarande är oklart.'
		],
		indicator: 'Varje ny kollega har en namngiven fadder under vecka 1.'
	},
	'after-action-review': {
		title: 'En kort utvärdering efter varje projekt',
		why: 'Projekt avslutas och nästa börjar innan någon har frågat vad som kunde göras bättre. En kort, strukturerad utvärdering gör erfarenhet till gemensam kunskap.',
		how: [
			'Boka 45 minuter inom två veckor efter att ett projekt eller ett större uppdrag har avslutats.',
			'Ställ fyra frågor: Vad hade vi planerat? Vad hände? Varför blev det skillnad? Vad gör vi nästa gång?',
			'Håll fokus på arbetet, inte på skuld; den som leder mötet ser till att alla kommer till tals.',
			'Kom överens om en eller två förändringar med var sin ansvarig, och följ upp dem när nästa projekt startar.'
		],
		indicator:
			'En utvärdering hålls inom två veckor efter varje projekts slut, och minst en förändring beslutas och följs upp.'
	},
	'task-rotation': {
		title: 'Arbetsrotation',
		why: 'Den som gör samma uppgifter i åratal lär sig allt mindre, och teamet blir sårbart när någon är borta. Rotation sprider kompetens och ger nya ögon på rutinerna.',
		how: [
			'Lista teamets uppgifter och markera vilka bara en eller två personer kan.',
			'Fråga alla vilken uppgift de skulle vilja prova och planera rotationer på en till tre månader.',
			'Para ihop den som roterar in med den som kan uppgiften de första veckorna.',
			'Fråga efter varje rotation båda vad de har lärt sig och vad de skulle ändra i uppgiften.'
		],
		indicator:
			'Varje kollega har provat minst ett nytt uppgiftsområde inom sex månader, och ingen kritisk uppgift hänger på en enda person.'
	},
	'leaders-share-learning': {
		title: 'Chefer berättar vad de själva lär sig',
		why: 'När chefen berättar vad hon eller han håller på att lära sig, även när något gick fel, blir det normalt för alla att vara någon som lär sig.',
		how: [
			'Chefen berättar varje månad på ett teammöte om något hon eller han lär sig just nu.',
			'Ta med ett misstag eller något som inte fungerade, och vad chefen gör annorlunda nu.',
			'Fråga teamet om idéer eller erfarenheter av samma sak.',
			'Följ upp månaden efter: vad blev det av det?'
		],
		indicator:
			'Chefen delar varje månad på ett teammöte något hon eller han har lärt sig, varav minst ett misstag per kvartal.'
	},
	'shared-learning-log': {
		title: 'En gemensam lärlogg',
		why: 'Bra lösningar och lärdomar försvinner i inkorgar och huvuden. En gemensam logg som är lätt att skriva i gör teamets lärande synligt och sökbart.',
		how: [
			'Skapa en plats för loggen: ett delat dokument, en kanal eller en tavla som teamet redan använder.',
			'Kom överens om ett kort format: vad hände, vad lärde vi oss, vem kan berätta mer.',
			'Skriv de första inläggen tillsammans på ett teammöte så att alla har provat.',
			'Gå igenom loggen en gång i månaden och tipsa om inlägg som andra borde läsa.'
		],
		indicator: 'Minst två nya inlägg i teamets lärlogg varje vecka.'
	},
	'user-session-quarterly': {
		title: 'Ett kort möte med brukare eller kunder varje kvartal',
		why: 'De vi arbetar för ser saker som vi inte kan se inifrån. Att träffa dem regelbundet ger nya frågor och idéer i teamet.',
		how: [
			'Bjud in tre till fem brukare, medborgare eller kunder till ett samtal på en timme varje kvartal.',
			'Förbered två eller tre öppna frågor om hur de upplever verksamheten.',
			'Låt kolleger som sällan möter brukarna delta och anteckna.',
			'Välj efteråt en idé att pröva och berätta för brukarna vad det blev av den.'
		],
		indicator: 'Ett möte med brukare eller kunder varje kvartal, och minst en idé prövas efteråt.'
	},
	'mentoring-scheme': {
		title: 'Ett mentorprogram',
		why: 'En mentor utanför den dagliga chefslinjen ger utrymme för frågor om yrkeskunnande, karriär och bedömningar som är svåra att ställa någon annanstans.',
		how: [
			'Fråga vem som vill ha en mentor och vem som vill vara det; matcha efter vad de vill lära sig och kan erbjuda.',
			'Kom överens om en ram: hur ofta de träffas (till exempel en gång i månaden), hur länge, och att samtalen är förtroliga.',
			'Ge mentorerna en kort introduktion i att lyssna och ställa öppna frågor.',
			'Fråga paren efter sex månader vad det har gett dem och om de vill fortsätta.'
		],
		indicator: 'Varje kollega som har bett om en mentor har en och träffar den minst en gång i månaden.'
	},
	'peer-feedback-pairs': {
		title: 'Strukturerad kollegial återkoppling i par',
		why: 'Kolleger ser varandras arbete varje dag men säger sällan vad de ser. En enkel struktur gör återkopplingen konkret, vänlig och användbar.',
		how: [
			'Bilda par som arbetar med närliggande uppgifter, och byt par varje kvartal.',
			'Använd en enkel modell: vad jag såg, vad det ledde till, vad jag föreslår.',
			'Var och en ber om återkoppling på en sak hon eller han vill bli bättre på.',
			'Träffas tjugo minuter varje månad och skriv ner vad var och en ska prova.'
		],
		indicator: 'Varje kollega ger och får strukturerad återkoppling minst en gång per kvartal.'
	},
	'good-mistake-of-the-month': {
		title: 'Månadens lärorika misstag',
		why: 'Där misstag döljs upprepas de. Att dela ett misstag och vad det lärde oss visar att det är tryggt att vara öppen, och besparar andra samma misstag.',
		how: [
			'En gång i månaden delar någon på fem minuter ett misstag och vad det lärde henne eller honom.',
			'Chefen går först och visar att det är tryggt.',
			'Teamet tackar och frågar bara "vad kan vi lära oss?", aldrig "vems fel var det?".',
			'Skriv lärdomen i lärloggen och ändra en rutin om det behövs.'
		],
		indicator: 'Ett misstag och vad det lärde oss delas i teamet minst en gång i månaden.'
	},
	'small-experiments': {
		title: 'Små försök med en fråga och ett beslut',
		why: 'Många bra idéer dör i diskussionen. Ett litet, tidsbegränsat försök låter teamet lära sig genom att pröva i stället för att gissa.',
		how: [
			'Skriv ner vilken fråga försöket ska besvara och hur ni kommer att veta svaret.',
			'Håll det litet: två till fyra veckor och inom det som teamet själv får besluta om.',
			'Genomför det, samla det ni ser och träffas för att besluta: fortsätta, justera eller sluta.',
			'Dela resultatet, även när svaret var "det fungerade inte".'
		],
		indicator: 'Minst ett litet försök i månaden, vart och ett med en nedskriven fråga och ett beslut på slutet.'
	},
	'skills-map': {
		title: 'En kompetenskarta för teamet',
		why: 'När ingen vet vem som kan vad uppfinns hjulet på nytt och teamet blir beroende av några få. En karta över kompetenser visar vem som kan lära vem.',
		how: [
			'Lista de kompetenser och uppgifter som betyder mest i teamets arbete.',
			'Var och en markerar vad hon eller han kan lära ut, vad hon eller han kan och vad hon eller han vill lära sig.',
			'Använd kartan för att bilda lärpar och för att hitta uppgifter som bara en person kan.',
			'Uppdatera den varje kvartal och när någon börjar eller slutar.'
		],
		indicator: 'Kompetenskartan uppdateras varje kvartal, och varje kritisk uppgift kan utföras av minst två personer.'
	},
	'learning-in-one-to-ones': {
		title: 'Lärande i varje enskilt samtal',
		why: 'Lärandemål som sätts en gång om året i medarbetarsamtalet glöms bort. Att prata om lärande i de regelbundna enskilda samtalen håller det nära arbetet.',
		how: [
			'Lägg till en fast fråga i varje enskilt samtal: "Vad lär du dig just nu, och vad behöver du?"',
			'Kom överens om ett konkret lärandemål för nästa period, kopplat till en verklig uppgift.',
			'Börja nästa samtal med att följa upp det förra målet.',
			'Skriv ner målen kort så att ni båda ser utvecklingen under året.'
		],
		indicator: 'Varje enskilt samtal innehåller ett lärandemål för nästa period och en uppföljning av det förra.'
	},
	'show-and-tell': {
		title: 'Visa och berätta varje månad',
		why: 'Kolleger utvecklar smarta arbetssätt som andra aldrig ser. Att visa dem kort sprider goda exempel och ger erkännande.',
		how: [
			'Avsätt femton minuter varje månad på ett möte som redan finns.',
			'En kollega visar en metod, ett verktyg eller ett knep från sitt eget arbete, gärna i praktiken.',
			'De andra provar eller frågar hur det skulle kunna fungera för dem.',
			'Låt en ny kollega presentera varje gång och för en lista över ämnen som folk vill se.'
		],
		indicator: 'En "visa och berätta" varje månad, varje gång av en ny kollega.'
	},
	'job-shadowing': {
		title: 'En dag hos ett annat team',
		why: 'Att se hur andra löser liknande uppgifter utmanar vanor och ger de kontakter som gör samarbetet lättare längre fram.',
		how: [
			'Kom överens med ett annat team eller en annan enhet om att kolleger kan följa deras arbete en dag.',
			'Skriv före dagen ner två frågor du vill ha svar på.',
			'Följ arbetet, ställ frågor och erbjud dig att ta emot dem i gengäld.',
			'Dela en insikt med ditt eget team inom en vecka.'
		],
		indicator: 'Varje kollega är minst en dag om året hos ett annat team och delar en insikt efteråt.'
	},
	'questions-welcome': {
		title: 'En plats där alla frågor är välkomna',
		why: 'Den som är rädd för att verka inkompetent slutar fråga, och då kommer misstagen. En synlig plats för frågor visar att det hör till jobbet att fråga.',
		how: [
			'Skapa en kanal, en tavla eller en anteckningsbok där vem som helst kan ställa en arbetsfråga.',
			'Kom överens om att frågor besvaras inom en arbetsdag av den som vet.',
			'Chefen och erfarna kolleger ställer själva frågor där också.',
			'Samla bra svar i de gemensamma instruktionerna så att nästa person hittar dem.'
		],
		indicator: 'Frågor besvaras inom en arbetsdag, och antalet kolleger som ställer minst en fråga i månaden ökar.'
	},
	'protected-learning-time': {
		title: 'Skyddad tid för lärande i schemat',
		why: 'Lärandet förlorar mot akuta uppgifter om det inte har egen tid. En timme som är planerad och skyddad visar att lärande är en del av arbetet.',
		how: [
			'Avsätt en fast timme i veckan (eller två timmar varannan vecka) i schemat eller kalendern för var och en.',
			'Kom överens om vad tiden är till för: ett lärmoment, läsning, att öva en färdighet, att följa en kollega.',
			'Chefen skyddar tiden när arbetsbelastningen ökar och använder den också själv.',
			'På månadsmötet berättar några vad de har använt tiden till.'
		],
		indicator: 'Lärtimmen finns i schemat, och minst 80 % av kollegerna använder den under en månad.'
	},
	'case-reflection': {
		title: 'Kollegial handledning kring ärenden',
		why: 'Det är i de svåra ärendena som det professionella omdömet växer. Att reflektera över dem tillsammans med en fast struktur ger fler perspektiv och mindre ensamhet.',
		how: [
			'Träffas varannan vecka i 45 minuter i grupper om fyra till sex.',
			'En person presenterar ett ärende och en fråga, de andra ställer klargörande frågor.',
			'Gruppen reflekterar medan den som presenterat lyssnar; sedan säger hon eller han vad hon eller han tar med sig.',
			'Byt roller och håll ärendena förtroliga.'
		],
		indicator: 'Kollegial handledning varannan vecka med en fast struktur; deltagarna bedömer den som användbar.'
	},
	'onboarding-checklist': {
		title: 'En introduktionsplan med en checklista för lärande',
		why: 'Utan plan lär sig nyanställda det som råkar dyka upp och missar resten. En checklista ser till att det viktiga blir inlärt och avprickat.',
		how: [
			'Skriv ner vad en nyanställd ska veta och kunna under de första åtta veckorna.',
			'Ange för varje punkt vem som lär ut och hur: följa med, göra med stöd eller på egen hand.',
			'Den nyanställda och faddern bockar av efter hand; chefen stämmer av varannan vecka.',
			'Fråga varje nyanställd vad som saknades och uppdatera checklistan.'
		],
		indicator: 'Varje nyanställds checklista är klar och avprickad inom åtta veckor.'
	},
	'teach-back': {
		title: 'Lär ut efter en kurs',
		why: 'När en person går en kurs får teamet inte ut mycket av det om kunskapen inte delas. Den som lär ut kommer dessutom själv ihåg mer.',
		how: [
			'Kom före kursen överens om vad teamet vill höra om.',
			'Inom två veckor delar personen de tre mest användbara poängerna på tio minuter.',
			'Välj tillsammans en sak att pröva i teamets arbete.',
			'Lägg materialet bland de gemensamma instruktionerna.'
		],
		indicator: 'Alla som går en kurs eller en konferens delar de viktigaste poängerna med teamet inom två veckor.'
	},
	'pair-work': {
		title: 'Parvis arbete med komplexa uppgifter',
		why: 'Att arbeta sida vid sida med en svår uppgift för vidare den tysta kunskapen som aldrig skrivs ner.',
		how: [
			'Välj varje vecka en eller två komplexa uppgifter som görs i par.',
			'Para ihop en erfaren kollega med någon som håller på att lära sig, och ibland två jämlikar.',
			'Turas om att leda och tänk högt.',
			'Avsluta med två minuter: vad lärde sig var och en av oss?'
		],
		indicator: 'Minst en komplex uppgift i veckan görs i par, och paren byts under månaden.'
	},
	'user-feedback-review': {
		title: 'Brukarnas synpunkter på dagordningen varje månad',
		why: 'Klagomål och beröm från brukare är en källa till lärande som ofta hanteras ett i taget och glöms bort.',
		how: [
			'Samla synpunkter från brukare, medborgare eller kunder på ett ställe.',
			'Titta på dem tillsammans i tjugo minuter en gång i månaden: vilka mönster ser vi?',
			'Välj en sak att ändra och bestäm hur ni ska veta om det hjälpte.',
			'Berätta för brukarna vad ni har ändrat tack vare deras synpunkter.'
		],
		indicator: 'Brukarnas synpunkter finns på dagordningen varje månad och leder till minst en förändring per kvartal.'
	},
	'leader-asks-for-feedback': {
		title: 'Chefen ber om återkoppling på sitt ledarskap',
		why: 'En chef som ber om återkoppling och agerar på den visar att lärande gäller alla, och gör det tryggare att säga vad man tycker.',
		how: [
			'Två gånger om året frågar chefen teamet: vad ska jag fortsätta med, börja med och sluta med?',
			'Använd anonyma lappar om teamet inte är vant vid det.',
			'Chefen tackar, säger vad hon eller han ska ändra och argumenterar inte emot.',
			'Följ upp efter tre månader: har det ändrats?'
		],
		indicator: 'Chefen ber om återkoppling två gånger om året och berättar för teamet vad hon eller han ska ändra.'
	},
	'learning-conversations': {
		title: 'Korta lärsamtal med varje kollega',
		why: 'Chefer pratar ofta om uppgifter och sällan om vad folk lär sig. Ett kort, återkommande samtal visar intresse och fångar behov tidigt.',
		how: [
			'Varje kvartal har chefen ett samtal på en kvart med varje kollega, nära arbetet.',
			'Fråga: Vad har du lärt dig på sistone? Vad skulle du vilja lära dig? Vem skulle kunna hjälpa dig?',
			'Koppla ihop människor: föreslå en kollega att lära av.',
			'Anteckna teman som går igen i teamet och ta upp dem på teammötet.'
		],
		indicator: 'Chefen har ett kort lärsamtal med varje kollega varje kvartal.'
	},
	'shared-guides': {
		title: 'Gemensamma instruktioner för de vanligaste uppgifterna',
		why: 'Kunskap som bara finns i ett huvud försvinner vid semester och byte av jobb. Korta gemensamma instruktioner gör det lätt att lära sig och att hjälpa varandra.',
		how: [
			'Lista de tio uppgifter som folk oftast frågar om.',
			'För varje uppgift skriver den som kan den bäst en kort instruktion med steg och fallgropar.',
			'En kollega som inte kan uppgiften testar instruktionen och förbättrar den.',
			'Ge varje instruktion en ansvarig som ser över den varje halvår.'
		],
		indicator: 'De tio vanligaste uppgifterna har en aktuell instruktion som ses över varje halvår.'
	},
	'expert-hour': {
		title: 'En "fråga experten"-timme varje vecka',
		why: 'Erfarna kolleger har ofta för mycket att göra för att bli tillfrågade. En fast timme gör deras kunskap tillgänglig utan att störa arbetet.',
		how: [
			'En erfaren kollega håller en öppen timme varje vecka, på plats eller digitalt.',
			'Vem som helst kan komma med en fråga eller ett ärende; ingen förberedelse behövs.',
			'Byt expert så att olika slags kunskap finns att tillgå.',
			'Bra frågor och svar läggs in i de gemensamma instruktionerna.'
		],
		indicator: 'Experttimmen hålls varje vecka och används av minst tre kolleger i månaden.'
	},
	'exchange-with-peers-elsewhere': {
		title: 'Utbyte med ett team på en annan arbetsplats',
		why: 'Team som gör samma arbete på andra håll har löst problem som vi fortfarande brottas med. Ett utbyte ger idéer och frågor som våra egna rutiner döljer.',
		how: [
			'Hitta ett team på en annan arbetsplats med liknande arbete (en annan kommun, ett annat sjukhus eller företag).',
			'Besök varandra en halvdag, eller träffas digitalt, kring ett gemensamt tema.',
			'Varje sida visar ett arbetssätt de är stolta över och ett problem de inte har löst.',
			'Ta med en idé hem och pröva den inom en månad.'
		],
		indicator: 'Två utbyten om året med ett team från en annan arbetsplats, vart och ett följt av en prövad idé.'
	},
	'reverse-mentoring': {
		title: 'Omvänt mentorskap',
		why: 'Nyare eller yngre kolleger kan ofta verktyg, brukargrupper eller trender som erfarna kolleger inte kan. Omvänt mentorskap tar vara på att alla har något att lära ut.',
		how: [
			'Para ihop en nyare kollega som mentor med en erfaren kollega eller chef.',
			'Kom överens om ett tema, till exempel digitala verktyg, sociala medier eller en ny brukargrupp.',
			'Träffas varje månad under ett kvartal; mentorn bestämmer dagordningen.',
			'Efteråt berättar båda för teamet vad de har lärt sig av varandra.'
		],
		indicator: 'Minst tre par i omvänt mentorskap träffas varje månad under ett kvartal.'
	},
	'monthly-retrospective': {
		title: 'En månatlig tillbakablick i teamet',
		why: 'Team som regelbundet ser över hur de arbetar blir stadigt bättre; team som aldrig gör det upprepar samma frustrationer.',
		how: [
			'Boka 45 minuter varje månad med hela teamet.',
			'Fråga: Vad fungerade? Vad var svårt? Vad vill vi pröva?',
			'Låt alla skriva först och prata sedan, så att de tysta rösterna hörs.',
			'Kom överens om en förändring och börja nästa tillbakablick med att följa upp den.'
		],
		indicator: 'En tillbakablick varje månad, och minst en beslutad förändring följs upp nästa gång.'
	},
	'team-learning-goal': {
		title: 'Ett gemensamt lärandemål för teamet under nästa halvår',
		why: 'När lärande bara är var och ens egen utveckling växer inte teamet tillsammans. Ett gemensamt mål gör lärandet till en gemensam angelägenhet.',
		how: [
			'Välj tillsammans en sak som teamet vill bli bättre på under de kommande sex månaderna.',
			'Skriv målet i en mening och säg hur ni kommer att märka framsteg.',
			'Planera några konkreta aktiviteter: ett lärmoment, en "visa och berätta", parvis arbete.',
			'Titta på målet på varje månadsmöte och justera.'
		],
		indicator: 'Teamet har ett nedskrivet lärandemål som gås igenom på varje månadsmöte.'
	},
	'celebrate-learning': {
		title: 'Fira lärande, inte bara resultat',
		why: 'Det som uppmärksammas upprepas. Att erkänna vad folk har lärt sig gör lärandet till något att vara stolt över.',
		how: [
			'Nämn på teammöten vad någon har lärt sig eller lärt andra, inte bara vad som har levererats.',
			'Låt kolleger nominera varandra för "något jag har lärt mig av dig".',
			'Fira avslutade kurser, nya färdigheter och bra frågor.',
			'Berätta för resten av organisationen om teamets lärande i nyhetsbrev eller på möten.'
		],
		indicator: 'Lärande uppmärksammas i teamet minst två gånger i månaden.'
	},
	'buddy-training-plan': {
		title: 'En plan för upplärning sida vid sida, med avsatt tid',
		why: 'Upplärning av en kollega sker ofta "när det finns tid", alltså sällan. En plan med tid i schemat gör att det blir av.',
		how: [
			'Bestäm vilka färdigheter som lärs ut sida vid sida och vem som lär ut dem.',
			'Lägg in tillfällena i schemat, med tid för både handledare och den som lär sig.',
			'Anteckna kort efter varje tillfälle: vad övades, vad är nästa steg.',
			'Gå igenom planen varje månad och flytta inställda tillfällen i stället för att stryka dem.'
		],
		indicator: 'Upplärningstillfällena är planerade och loggade, och färre än vart tionde ställs in.'
	},
	'feedback-training': {
		title: 'En kort utbildning i att ge och ta emot återkoppling',
		why: 'Många vill ha återkoppling men har aldrig lärt sig att ge den väl. En kort, praktisk utbildning sänker tröskeln.',
		how: [
			'Håll ett pass på två timmar med en enkel modell och mycket övning i par.',
			'Öva också att ta emot återkoppling: lyssna, fråga, tacka.',
			'Kom överens om en liten utmaning: alla ger en återkoppling under den kommande veckan.',
			'Följ upp en månad senare: vad hände, vad var svårt?'
		],
		indicator: 'Alla har deltagit i utbildningen, och andelen som gett återkoppling den senaste månaden ökar.'
	},
	'learning-bites': {
		title: 'Lärmoment på fem minuter kopplade till de dagliga uppgifterna',
		why: 'Korta, fokuserade moment passar in mellan uppgifterna och upprepas över tid, så att mer av det man lär sig fastnar.',
		how: [
			'Välj ämnen ur verkliga situationer: nya regler, vanliga fel, ett verktyg.',
			'Gör eller hitta moment på två till tio minuter: en video, ett quiz, en kort text.',
			'Föreslå ett lärmoment i veckan, till exempel i början av ett möte.',
			'Fråga vad som var användbart och gör mer av det.'
		],
		indicator: 'Varje kollega gör minst två lärmoment i månaden.'
	},
	'fresh-eyes': {
		title: 'Nya ögon: nyanställda berättar vad som förvånar dem',
		why: 'Nya kolleger ser det som teamet för länge sedan slutat lägga märke till. Att fråga dem stärker öppenheten och förbättrar rutinerna.',
		how: [
			'Be varje nyanställd att skriva ner vad som överraskar eller förbryllar henne eller honom under den första månaden.',
			'Runt dag 30 delar den nyanställda sina iakttagelser på ett teammöte.',
			'Teamet lyssnar utan att försvara sig och ställer frågor.',
			'Välj minst en iakttagelse att agera på.'
		],
		indicator: 'Varje nyanställd presenterar sina "nya ögon" runt dag 30, och teamet agerar på minst en iakttagelse.'
	},
	'partner-visit': {
		title: 'En samarbetspartner berättar hur de arbetar',
		why: 'Mycket av vårt arbete hänger på samarbetspartner: andra enheter, yrkesgrupper, leverantörer. Att förstå hur de arbetar förebygger missförstånd och väcker idéer.',
		how: [
			'Bjud in en samarbetspartner till ett teammöte två gånger om året.',
			'Be dem visa hur de arbetar och var samarbetet med oss är svårt.',
			'Berätta samma sak om er sida.',
			'Kom överens om en förändring som gör samarbetet lättare.'
		],
		indicator: 'Ett besök av en samarbetspartner varje halvår, som varje gång leder till en förändring i samarbetet.'
	},
	'learning-at-handover': {
		title: 'En lärdom vid varje överlämning',
		why: 'Överlämningen mellan arbetspassen är redan en rutin. Att lägga till en lärdom gör reflektion till en del av dagen utan extra möten.',
		how: [
			'Lägg till en fråga i överlämningen: "Vad lärde vi oss under det här passet?"',
			'Håll det till en eller två meningar om en situation, en brukare eller en metod.',
			'Den som leder överlämningen skriver in det i lärloggen.',
			'Leta en gång i månaden efter mönster i det som skrivits.'
		],
		indicator: 'Minst en lärdom delas vid varje överlämning fyra veckor i rad.'
	},
	'study-circle': {
		title: 'En studiecirkel',
		why: 'Att läsa och diskutera samma korta text ger ett gemensamt språk och utrymme att reflektera över praktiken tillsammans.',
		how: [
			'Välj en kort text, en podd eller en video som handlar om teamets arbete.',
			'Träffas 45 minuter varje månad; alla har läst eller lyssnat i förväg.',
			'Diskutera: Vad känner vi igen? Vad utmanar oss? Vad skulle vi kunna pröva?',
			'Turas om att välja materialet.'
		],
		indicator: 'Studiecirkeln träffas varje månad med minst halva teamet.'
	},
	'improvement-huddle': {
		title: 'Ett förbättringsmöte vid tavlan varje vecka',
		why: 'Små problem som lyfts och löses snabbt blir lärande; problem som man arbetar runt blir frustration.',
		how: [
			'Stå tillsammans en kvart i veckan vid en tavla med problem och idéer.',
			'Vem som helst kan sätta upp ett problem; teamet väljer vilka som ska bearbetas.',
			'Varje problem får en ansvarig och ett litet nästa steg.',
			'När ett problem är löst antecknas vad vi lärde oss.'
		],
		indicator: 'Problem lyfts på tavelmötet varje vecka, och 70 % avslutas med en antecknad lärdom.'
	},
	'learning-on-management-agenda': {
		title: 'Lärande på ledningsgruppens dagordning',
		why: 'När chefer bara pratar om drift och budget ser lärandet valfritt ut. Att sätta det på deras dagordning gör det till en gemensam prioritet.',
		how: [
			'Sätt lärmiljön på ledningsgruppens dagordning varje kvartal.',
			'Titta på mätresultat, handlingsplaner och vad teamen har prövat.',
			'Varje chef delar en sak som fungerar i det egna teamet.',
			'Besluta vilket stöd teamen behöver och skriv ner det.'
		],
		indicator: 'Lärmiljön finns på ledningsgruppens dagordning varje kvartal, och besluten dokumenteras.'
	},
	'team-competence-plan': {
		title: 'En kompetensplan för teamet kopplad till kommande uppgifter',
		why: 'Kurser som väljs en i taget hänger sällan ihop. En plan som utgår från nästa års uppgifter visar vad teamet behöver lära sig, och hur.',
		how: [
			'Lista de viktigaste uppgifterna och förändringarna som teamet står inför det kommande året.',
			'Fråga för var och en vad teamet behöver kunna och vem som redan kan det.',
			'Välj mest informella vägar: upplärning sida vid sida, mentorskap, parvis arbete; kurser där det behövs.',
			'Se över planen varje halvår.'
		],
		indicator: 'Teamets kompetensplan täcker nästa års viktigaste uppgifter och uppdateras varje halvår.'
	},
	'peer-observation': {
		title: 'Kollegial observation',
		why: 'Att se en kollega i arbete, och själv bli sedd, visar detaljer som ingen beskrivning kan. Det bygger tillit när det görs med omsorg.',
		how: [
			'Kom överens i paret om vad observatören ska titta efter.',
			'Observera varandra en timme i det vanliga arbetet.',
			'Prata tjugo minuter efteråt: vad såg du, vad fungerade bra, vad skulle kunna prövas?',
			'Den som blev observerad bestämmer själv vad återkopplingen ska användas till.'
		],
		indicator:
			'Varje kollega har observerat och blivit observerad en gång per kvartal, med ett återkopplingssamtal efteråt.'
	},
	'personal-learning-diary': {
		title: 'Fem minuters reflektion varje fredag',
		why: 'Att skriva ner vad du har lärt dig hjälper dig att komma ihåg det och att se din egen utveckling.',
		how: [
			'Sätt en påminnelse på fem minuter varje fredag.',
			'Skriv tre rader: vad jag lärde mig, vad som överraskade mig, vad jag ska pröva nästa vecka.',
			'Läs tillbaka en gång i månaden och välj en sak att dela med teamet.',
			'Ta gärna med dagboken till ditt enskilda samtal.'
		],
		indicator: 'Fem minuters skriftlig reflektion varje fredag i sex veckor.'
	},
	'ask-for-help-norm': {
		title: 'En överenskommelse i teamet: vi ber om hjälp',
		why: 'Folk kämpar ofta för länge på egen hand. En tydlig överenskommelse gör det till ett tecken på yrkesskicklighet att be om hjälp, inte på svaghet.',
		how: [
			'Kom överens om en tumregel, till exempel: "Har du kört fast i 30 minuter? Fråga en kollega."',
			'Skriv upp den där alla ser den.',
			'Chefen och erfarna kolleger ber själva öppet om hjälp.',
			'Dela på tillbakablicken exempel på hjälp som gjorde skillnad.'
		],
		indicator: 'Överenskommelsen är nedskriven, och i nästa mätning säger fler kolleger att de lätt kan be om hjälp.'
	},
	'knowledge-transfer-before-leaving': {
		title: 'Kunskapsöverföring innan någon slutar',
		why: 'När en erfaren kollega går i pension eller byter jobb kan många års kunskap försvinna. Planerad tid sida vid sida för den vidare.',
		how: [
			'Så snart ett avslut är känt skrivs det ner vad bara den personen kan.',
			'Para ihop henne eller honom med en eller två kolleger som ska ta över.',
			'Planera arbete sida vid sida och korta instruktioner för de mest kritiska uppgifterna.',
			'Kontrollera före sista arbetsdagen att efterträdarna klarar uppgifterna på egen hand.'
		],
		indicator: 'Varje planerat avslut har en plan för kunskapsöverföring minst tre månader före sista arbetsdagen.'
	},
	'mentor-for-new-leaders': {
		title: 'En mentor för varje ny chef',
		why: 'Nya chefer lär sig ledarskap mest genom att göra, ofta ensamma. En erfaren chef som mentor ger stöd och reflektion under det första året.',
		how: [
			'När någon blir chef paras hon eller han ihop med en erfaren chef från en annan enhet.',
			'Träffas varje månad under det första året; den nya chefen bestämmer dagordningen.',
			'Prata om verkliga situationer: ett svårt samtal, en prioritering, ett misstag.',
			'Efter ett år berättar den nya chefen vad som hjälpte mest.'
		],
		indicator: 'Varje ny chef har en mentor inom en månad efter start och träffar den minst en gång i månaden.'
	}
};
