/** Words of /methode and /bronnen, Dutch and English, as in text.ts; kept apart so other pages do not ship them. */

import { plural } from '../format';

/* ------------------------------------------------------------------ /methode and /bronnen */

export const method = {
	title: { nl: 'Methode en datawoordenboek · Regiozicht', en: 'Method and data dictionary · Regiozicht' },
	h1: { nl: 'Methode', en: 'Method' },
	lede: {
		nl: 'Hoe Regiozicht rekent, en wat elk veld in de data betekent. Deze pagina wordt gemaakt uit dezelfde code die de cijfers berekent, zodat uitleg en berekening niet uit elkaar kunnen lopen.',
		en: 'How Regiozicht calculates, and what each field in the data means. This page is made from the same code that calculates the figures, so the explanation and the calculation cannot drift apart.'
	},
	principles: { nl: 'Uitgangspunten', en: 'Principles' },
	division: {
		nl: (year: number) => `Gemeenten volgen de CBS-indeling van ${year} (codes GMxxxx). Oudere gegevens zijn omgezet naar die indeling.`,
		en: (year: number) => `Municipalities follow the CBS division of ${year} (codes GMxxxx). Older data were converted to that division.`
	},
	current: {
		nl: (date: string) => `Een contract telt als lopend als het op de peildatum ${date} loopt.`,
		en: (date: string) => `A contract counts as current if it runs on the reference date, ${date}.`
	},
	sql: {
		nl: 'Alle berekeningen zijn SQL op DuckDB: vooraf bij het bouwen van de site, en opnieuw in uw browser.',
		en: 'All calculations are SQL on DuckDB: in advance when the site is built, and again in your browser.'
	},
	measures: { nl: 'Maten', en: 'Measures' },
	signals: { nl: 'Signalen', en: 'Signals' },
	signalsIntro: {
		nl: 'Signalen volgen de aanpak van Cardinal (Open Contracting Partnership): elk signaal heeft één definitie en één drempel, en telt per inkooptraject zodat grote en kleine regio’s vergelijkbaar zijn. Een signaal is geen oordeel, maar een reden om door te vragen.',
		en: 'Signals follow the approach of Cardinal (Open Contracting Partnership): each signal has one definition and one threshold, and is counted per procurement so that large and small regions can be compared. A signal is not a verdict, but a reason to ask further.'
	},
	threshold: { nl: 'Drempel:', en: 'Threshold:' },
	counts: { nl: 'Telt:', en: 'Counts:' },
	thresholds: { nl: 'Alle drempels op één plek', en: 'All thresholds in one place' },
	hhi: {
		nl: (low: number, high: number) => `Concentratie (HHI): laag onder ${low}, hoog boven ${high}.`,
		en: (low: number, high: number) => `Concentration (HHI): low below ${low}, high above ${high}.`
	},
	duration: {
		nl: (years: number) => `Looptijd met verlengingen: signaal boven ${years} jaar.`,
		en: (years: number) => `Duration with extensions: signal above ${years} years.`
	},
	overNorm: {
		nl: (months: number) => `Wachttijd boven de norm: signaal bij ${months} of meer maanden aaneen.`,
		en: (months: number) => `Waiting time above the norm: signal at ${months} or more months in a row.`
	},
	subcontracting: {
		nl: (share: number) => `Veel onderaanneming: signaal boven ${share}% van de contracten in een perceel.`,
		en: (share: number) => `Heavy subcontracting: signal above ${share}% of the contracts in a lot.`
	},
	localGap: {
		nl: (points: number) => `Lokaal aandeel: signaal bij meer dan ${points} procentpunt onder de mediaan van de regio.`,
		en: (points: number) => `Local share: signal at more than ${points} percentage points below the region’s median.`
	},
	dictionary: { nl: 'Datawoordenboek', en: 'Data dictionary' },
	dictionaryIntro: {
		nl: 'Elke tabel en elk veld, met type. Eigen data laden kan met dezelfde kolomnamen.',
		en: 'Every table and every field, with its type. You can load your own data with the same column names.'
	},
	key: { nl: 'Sleutel:', en: 'Key:' },
	template: {
		nl: (table: string) => `CSV-sjabloon voor ${table.toLocaleLowerCase('nl')}`,
		en: (table: string) => `CSV template for ${table.toLowerCase()}`
	},
	field: { nl: 'Veld', en: 'Field' },
	type: { nl: 'Type', en: 'Type' },
	meaning: { nl: 'Betekenis', en: 'Meaning' },
	nullable: { nl: ' (mag leeg)', en: ' (may be empty)' }
};

export const sourcesPage = {
	title: { nl: 'Bronnen · Regiozicht', en: 'Sources · Regiozicht' },
	h1: { nl: 'Bronnen', en: 'Sources' },
	lede: {
		nl: 'Waar de gegevens vandaan komen, wat echt is en wat verzonnen, en wat er ontbreekt.',
		en: 'Where the data come from, what is real and what is made up, and what is missing.'
	},
	publisher: { nl: 'Uitgever', en: 'Publisher' },
	period: { nl: 'Peildatum of periode', en: 'Reference date or period' },
	licence: { nl: 'Licentie', en: 'Licence' },
	origin: { nl: 'Herkomst', en: 'Origin' },
	via: { nl: 'Verwerkt met', en: 'Processed with' },
	/** The technical table name beside its plain name, for those who query the data in SQL. */
	tableName: { nl: 'naam in SQL', en: 'name in SQL' },
	tables: { nl: 'Wat er in de meegeleverde data zit', en: 'What the included data hold' },
	table: { nl: 'Tabel', en: 'Table' },
	rows: { nl: 'Rijen', en: 'Rows' },
	real: { nl: 'Waarvan echt', en: 'Of which real' },
	demo: { nl: 'Waarvan demo', en: 'Of which demo' },
	nza: { nl: 'NZa-wachttijden: van 2018 naar de gemeenten van 2025', en: 'NZa waiting times: from 2018 to the municipalities of 2025' },
	nzaIntro: {
		nl: (rows: number, placeRows: number) =>
			`Het NZa-bestand telt ${plural(rows, 'rij', 'rijen', 'nl')} met gemeentecodes van 2018. Sinds 2018 zijn veel gemeenten samengegaan; we zetten elke code om naar de gemeente van 2025 met de CBS-grenzen van beide jaren. ${plural(placeRows, 'rij had', 'rijen hadden', 'nl')} een code van vóór 2018; die ${placeRows === 1 ? 'is' : 'zijn'} op plaatsnaam toegewezen:`,
		en: (rows: number, placeRows: number) =>
			`The NZa file has ${plural(rows, 'row', 'rows', 'en')} with municipality codes of 2018. Since 2018 many municipalities have merged; we convert each code to the municipality of 2025 using the CBS boundaries of both years. ${plural(placeRows, 'row', 'rows', 'en')} had a code from before 2018; ${placeRows === 1 ? 'it was' : 'these were'} assigned by place name:`
	},
	byPlace: {
		nl: (place: string, code2018: string, code2025: string, rows: number) => `${place} (code ${code2018}) → ${code2025}: ${plural(rows, 'rij', 'rijen', 'nl')}`,
		en: (place: string, code2018: string, code2025: string, rows: number) => `${place} (code ${code2018}) → ${code2025}: ${plural(rows, 'row', 'rows', 'en')}`
	},
	unresolved: {
		nl: (n: number) =>
			`${plural(n, 'rij heeft', 'rijen hebben', 'nl')} geen gemeente (bijvoorbeeld online hulp of “Onbekend”). Ze staan niet op de kaart en niet in gemeentecijfers, maar we laten ze hier zien in plaats van ze stil weg te laten:`,
		en: (n: number) =>
			`${plural(n, 'row has', 'rows have', 'en')} no municipality (for example online help, or “Onbekend”: unknown). They are not on the map and not in municipal figures, but we show them here instead of leaving them out silently:`
	},
	showUnresolved: { nl: (n: number) => `Toon de ${plural(n, 'rij', 'rijen', 'nl')} zonder gemeente`, en: (n: number) => `Show the ${plural(n, 'row', 'rows', 'en')} without a municipality` },
	row: { nl: (row: number, reason: string) => `Rij ${row}: ${reason}`, en: (row: number, reason: string) => `Row ${row}: ${reason}` },
	/** The data build writes its reasons in Dutch; the one it writes for NZa rows, in English. */
	reason: {
		nl: (reason: string) => reason,
		en: (reason: string) =>
			reason.replace(/^gemeentecode '(.*)' is geen CBS-code \(plaats '(.*)', locatie '(.*)'\)$/, "municipality code '$1' is not a CBS code (place '$2', location '$3')")
	},
	nonNumeric: {
		nl: (n: number) =>
			`NZa publiceert wachttijden per aanbieder op een peildatum; korter dan een week staat in de bron als 1 week. ${plural(n, 'wachttijdcel bevat', 'wachttijdcellen bevatten', 'nl')} geen getal (“-”, “Stop” voor een aanmeldstop, “Onbekend”); die tellen als onbekend, niet als nul.`,
		en: (n: number) =>
			`NZa publishes waiting times per provider on a reference date; less than a week appears in the source as 1 week. ${plural(n, 'waiting-time cell holds', 'waiting-time cells hold', 'en')} no number (“-”, “Stop” for a registration stop, “Onbekend” for unknown); these count as unknown, not as zero.`
	},
	gaps: { nl: 'Wat ontbreekt', en: 'What is missing' },
	gapList: [
		{
			nl: 'Er is geen open bestand met regionale contracten voor jeugdhulp en Wmo. Open-house-trajecten en contracten onder de Europese drempel staan niet op TenderNed.',
			en: 'There is no open file of regional contracts for youth care and Wmo. Open-house procedures and contracts below the European threshold are not on TenderNed.'
		},
		{
			nl: 'Wachttijden buiten de ggz, en ggz-wachttijden na 2018, zijn niet als open data gevonden.',
			en: 'Waiting times outside mental health care, and mental-health waiting times after 2018, were not found as open data.'
		},
		{ nl: 'Er is geen open register van alle Jeugdwet- en Wmo-aanbieders.', en: 'There is no open register of all Youth Act and Wmo providers.' }
	]
};

/* ------------------------------------------------------------------ /methode: reading OCDS */

/** One row of the OCDS table: the OCDS path, the Regiozicht column, and what happens when it is missing. */
export interface OcdsFieldRow {
	path: string;
	column: string;
	missing: { nl: string; en: string };
}

export const ocdsMethod = {
	h2: { nl: 'OCDS-publicaties inlezen', en: 'Reading OCDS publications' },
	intro: {
		nl: 'Op de pagina Eigen data kunt u aanbestedingen laden in de Open Contracting Data Standard (OCDS 1.1). Dat kan als losse releases (één JSON-bestand per release, zoals TenderNed en Contracts Finder ze publiceren: kies ze allemaal tegelijk), als release package of als record package, ook door elkaar.',
		en: 'On the Own data page you can load tenders in the Open Contracting Data Standard (OCDS 1.1). This works with single releases (one JSON file per release, as TenderNed and Contracts Finder publish them: choose them all at once), with release packages and with record packages, also mixed.'
	},
	merge: {
		nl: 'Alle releases met dezelfde ocid worden samengevoegd tot één traject, volgens de regels van OCDS: op datum gesorteerd, en per veld telt de laatste release die het veld noemt. Lijsten met een id (zoals awards en lots) worden per id samengevoegd; een veld dat later leeg (null) wordt gemaakt, vervalt. Een record met compiledRelease gebruikt die.',
		en: 'All releases with the same ocid are merged into one procurement, following OCDS’s rules: sorted by date, and for each field the latest release that states it wins. Lists with an id (such as awards and lots) are merged by id; a field later set to empty (null) is removed. A record with a compiledRelease uses it.'
	},
	tableCaption: { nl: 'Welke OCDS-velden Regiozicht gebruikt, en wat er gebeurt als ze ontbreken', en: 'Which OCDS fields Regiozicht uses, and what happens when they are missing' },
	pathH: { nl: 'OCDS-veld', en: 'OCDS field' },
	columnH: { nl: 'Kolom in Regiozicht', en: 'Column in Regiozicht' },
	missingH: { nl: 'Als het ontbreekt', en: 'When it is missing' },
	rows: [
		{ path: 'ocid', column: 'procurements.id', missing: { nl: 'Geen OCDS-release: overgeslagen, met een melding.', en: 'Not an OCDS release: skipped, with a message.' } },
		{
			path: 'tender.title, awards[].title, contracts[].title',
			column: 'procurements.title',
			missing: { nl: 'Het traject wordt niet geladen: zonder titel is het niet te herkennen.', en: 'The procurement is not loaded: without a title it cannot be recognised.' }
		},
		{
			path: 'buyer, parties[roles: buyer, procuringEntity]',
			column: 'procurementParticipants.municipalityCode, procurements.regionId',
			missing: {
				nl: 'Geen koper: geladen onder de regio die u kiest, zonder deelnemende gemeenten. Zie de regels voor kopers hieronder.',
				en: 'No buyer: loaded under the region you choose, without participating municipalities. See the buyer rules below.'
			}
		},
		{
			path: 'tender.procurementMethod, tender.procurementMethodDetails',
			column: 'procurementMethod, procurementMethodDetails',
			missing: { nl: 'Het een wordt uit het ander afgeleid, met een opmerking. Ontbreken beide, dan wordt het traject niet geladen.', en: 'Each is derived from the other, with a note. If both are missing, the procurement is not loaded.' }
		},
		{
			path: 'tender.contractPeriod, contracts[].period, awards[].contractPeriod',
			column: 'procurements.startDate, endDate',
			missing: {
				nl: 'Onbekend. Het traject staat in de tabel met ‘onbekend’, maar niet op de tijdlijn; de waarde per jaar is dan ook onbekend.',
				en: 'Unknown. The procurement is in the table as ‘unknown’, but not on the timeline; its value per year is then unknown too.'
			}
		},
		{ path: 'tender.contractPeriod.maxExtentDate', column: 'procurements.extensionYears', missing: { nl: 'Geen verlenging (0 jaar).', en: 'No extension (0 years).' } },
		{ path: 'tender.value', column: 'procurements.estimatedValue', missing: { nl: 'Onbekend.', en: 'Unknown.' } },
		{ path: 'tender.tenderPeriod.startDate', column: 'procurements.publicationDate', missing: { nl: 'Onbekend.', en: 'Unknown.' } },
		{ path: 'awards[].date', column: 'procurements.decisionDate', missing: { nl: 'Onbekend.', en: 'Unknown.' } },
		{ path: 'tender.numberOfTenderers', column: 'procurements.numberOfTenderers', missing: { nl: 'Onbekend.', en: 'Unknown.' } },
		{
			path: 'tender.lots[], items[].classification (iJw/iWmo)',
			column: 'lots, lots.category',
			missing: {
				nl: 'Geen percelen: de gunningen komen op één perceel voor de hele opdracht. Geen iJw/iWmo-code: categorie 50 (jeugd) of 10 (Wmo), met een opmerking.',
				en: 'No lots: the awards go to one lot for the whole tender. No iJw/iWmo code: category 50 (youth) or 10 (Wmo), with a note.'
			}
		},
		{
			path: 'awards[] (status active, suppliers, relatedLots)',
			column: 'contracts',
			missing: { nl: 'Geen gunningen: geen contracten; het traject zelf wordt wel geladen.', en: 'No awards: no contracts; the procurement itself is still loaded.' }
		},
		{
			path: 'contracts[].period, awards[].contractPeriod',
			column: 'contracts.startDate, endDate',
			missing: {
				nl: 'De data van het traject; zijn die ook onbekend, dan telt het contract als lopend (zoals een contract zonder einddatum).',
				en: 'The procurement’s dates; if those are unknown too, the contract counts as running (like a contract without an end date).'
			}
		},
		{
			path: 'contracts[].value, awards[].value',
			column: 'contracts.value',
			missing: { nl: 'Onbekend. Ook onbekend als een gunning meer leveranciers of percelen heeft: het deel van elk is niet bekend.', en: 'Unknown. Also unknown when an award has several suppliers or lots: the share of each is not known.' }
		},
		{
			path: 'parties[roles: supplier, tenderer].identifier (NL-KVK)',
			column: 'providers.id, providers.kvk',
			missing: { nl: 'Een leverancier zonder id wordt niet geladen, en zijn contract ook niet.', en: 'A supplier without an id is not loaded, nor is its contract.' }
		}
	] as OcdsFieldRow[],
	moneyH: { nl: 'Bedragen en munt', en: 'Amounts and currency' },
	money: {
		nl: 'Regiozicht rekent in euro per jaar. Een OCDS-bedrag is een totaal; het wordt gedeeld door de looptijd in jaren. Een bedrag in een andere munt dan euro (bijvoorbeeld GBP) wordt niet geladen en niet omgerekend: het blijft onbekend, met een melding die bestand, ocid, veld en munt noemt. Zo wordt nooit een bedrag in ponden als euro getoond.',
		en: 'Regiozicht calculates in euros per year. An OCDS amount is a total; it is divided by the duration in years. An amount in another currency than the euro (for example GBP) is not loaded and not converted: it stays unknown, with a message naming file, ocid, field and currency. So an amount in pounds is never shown as euros.'
	},
	buyersH: { nl: 'Kopers en regio', en: 'Buyers and region' },
	buyers: [
		{
			nl: 'Een koper wordt een deelnemende gemeente als Regiozicht hem herkent: aan een CBS-gemeentecode (GMxxxx) in zijn id’s, of aan zijn naam. Bij de naam tellen accenten, hoofdletters en ‘Gemeente’ vooraan niet mee; we zoeken in de 342 gemeenten van 2025.',
			en: 'A buyer becomes a participating municipality when Regiozicht recognises it: by a CBS municipality code (GMxxxx) in its ids, or by its name. For the name, accents, capitals and a leading ‘Gemeente’ do not count; we look among the 342 municipalities of 2025.'
		},
		{
			nl: 'OIN- en KvK-nummers van gemeenten kunnen we niet gebruiken: er is geen open lijst van die nummers in de data van Regiozicht. Een koper die alleen zo’n nummer heeft, zoeken we dus alleen op naam.',
			en: 'We cannot use municipalities’ OIN or KvK numbers: the data of Regiozicht hold no open list of those numbers. A buyer with only such a number is therefore looked up by name only.'
		},
		{
			nl: 'De regio is de jeugdregio van de kopers als ze allemaal in één jeugdregio liggen. Anders (Wmo, kopers in meer regio’s, geen koper) is het de regio die u kiest. Het verslag zegt welke het werd.',
			en: 'The region is the buyers’ youth region when they all lie in one. Otherwise (Wmo, buyers in several regions, no buyer) it is the region you choose. The report says which was used.'
		},
		{
			nl: 'Een buitenlandse koper (een adres buiten Nederland of een buitenlands id-schema, zoals GB-COH) wordt geweigerd: Regiozicht toont alleen inkoop van Nederlandse gemeenten. Een koper die wel een naam heeft maar geen gemeente is die we herkennen (bijvoorbeeld een gemeenschappelijke regeling), wordt eerst geweigerd; zegt u dat het traject bij de gekozen regio hoort, dan wordt het daaronder geladen, zonder deelnemende gemeenten.',
			en: 'A foreign buyer (an address outside the Netherlands or a foreign identifier scheme, such as GB-COH) is refused: Regiozicht only shows purchases by Dutch municipalities. A buyer with a name that is no municipality we recognise (for example a joint arrangement) is refused at first; if you say the procurement belongs to the chosen region, it is loaded under it, without participating municipalities.'
		}
	],
	funding: {
		nl: 'De manier van betalen (bekostiging) staat niet in OCDS. Regiozicht zoekt ‘inspanningsgericht’, ‘outputgericht’ of ‘taakgericht’ in de teksten van de aanbesteding; anders neemt het ‘inspanningsgericht’ aan, met een opmerking.',
		en: 'The funding model is not in OCDS. Regiozicht looks for ‘inspanningsgericht’, ‘outputgericht’ or ‘taakgericht’ in the tender texts; otherwise it assumes ‘inspanningsgericht’ (effort-based), with a note.'
	},
	report: {
		nl: 'Na het laden ziet u wat er is gelezen: bestanden, releases, ocids, geladen trajecten, percelen, gunningen en contracten, wat is geweigerd en waarom, en per veld bij hoeveel trajecten het ontbrak. Dat staat ook in het CSV-verslag.',
		en: 'After loading you see what was read: files, releases, ocids, procurements, lots, awards and contracts loaded, what was refused and why, and per field in how many procurements it was missing. This is also in the CSV report.'
	}
};
