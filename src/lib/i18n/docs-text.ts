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
