/** Words of /eigen-data, Dutch and English, as in text.ts; kept apart so other pages do not ship them. */
import { type Text } from './text';
import type { MissingField } from '../import/ocds-summary';
import { nf, plural } from '../format';

/* ------------------------------------------------------------------ /eigen-data */

export const ownData = {
	title: { nl: 'Eigen data laden · Regiozicht', en: 'Load your own data · Regiozicht' },
	description: {
		nl: 'Laad uw eigen gegevens over contracten, wachttijden of gebruik (CSV of OCDS). Alles blijft in uw browser.',
		en: 'Load your own data on contracts, waiting times or use (CSV or OCDS). Everything stays in your browser.'
	},
	h1: { nl: 'Eigen data laden', en: 'Load your own data' },
	lede: {
		nl: 'Heeft u echte gegevens over contracten, wachttijden of gebruik? Laad ze hier. Uw bestanden blijven op uw computer: alles gebeurt in deze browser, er gaat niets naar een server.',
		en: 'Do you have real data on contracts, waiting times or use? Load them here. Your files stay on your computer: everything happens in this browser, nothing goes to a server.'
	},
	csvBefore: {
		nl: ': één bestand per tabel, met de kolommen van het sjabloon. Sjablonen staan bij elke tabel op de',
		en: ': one file per table, with the columns of the template. There is a template for each table on the'
	},
	csvLink: { nl: 'methodepagina', en: 'method page' },
	csvAfter: { nl: '. Zet de tabelnaam in de bestandsnaam, bijvoorbeeld', en: '. Put the table name in the file name, for example' },
	sourceColumn: {
		nl: "De kolom 'source' (herkomst) mag ontbreken: dan krijgt elke rij de bestandsnaam als bron. Wilt u een andere bron noemen, vul dan per rij een korte naam in, zoals 'gemeente-ermelo-2025'.",
		en: "The column 'source' (provenance) may be left out: every row then gets the file name as its source. To name another source, fill in a short name on each row, such as 'gemeente-ermelo-2025'."
	},
	ocds: {
		nl: ' (JSON) volgens de Open Contracting Data Standard 1.1: losse releases (één bestand per release; kies ze allemaal tegelijk, dan worden ze per ocid samengevoegd), een release package of een record package. Bedragen in een andere munt dan euro en kopers buiten Nederland worden niet geladen.',
		en: ' (JSON) following the Open Contracting Data Standard 1.1: single releases (one file per release; choose them all at once and they are merged per ocid), a release package or a record package. Amounts in another currency than the euro and buyers outside the Netherlands are not loaded.'
	},
	replaces: {
		nl: 'Echte gegevens vervangen de demodata van hetzelfde soort. Rijen die niet kloppen worden niet geladen; u ziet precies welke rij en welk veld. Wat u eerder laadde blijft staan. Als u de pagina herlaadt, is alles weer zoals eerst.',
		en: 'Real data replace the demo data of the same kind. Rows that are not correct are not loaded; you see exactly which row and which field. What you loaded before stays. If you reload the page, everything is back as it was.'
	},
	legend: { nl: 'Voor OCDS-bestanden: over welke regio en wet gaan ze?', en: 'For OCDS files: which region and law are they about?' },
	loadUnrecognised: {
		nl: 'Ja, laad onder de gekozen regio: ook OCDS-trajecten waarvan de koper geen gemeente is die Regiozicht herkent (bijvoorbeeld een gemeenschappelijke regeling). Zonder dit vinkje worden ze niet geladen.',
		en: 'Yes, load under the chosen region: also OCDS procurements whose buyer is not a municipality Regiozicht recognises (for example a joint arrangement). Without this tick they are not loaded.'
	},
	ocdsReadCaption: { nl: 'Wat er uit de OCDS-bestanden is gelezen', en: 'What was read from the OCDS files' },
	ocdsFiles: { nl: 'Bestanden', en: 'Files' },
	ocdsReleases: { nl: 'Releases gelezen (een compiledRelease telt als één)', en: 'Releases read (a compiledRelease counts as one)' },
	ocdsOcids: { nl: 'Trajecten gevonden (verschillende ocids)', en: 'Procurements found (distinct ocids)' },
	ocdsProcurements: { nl: 'Inkooptrajecten geladen', en: 'Procurements loaded' },
	ocdsLots: { nl: 'Percelen geladen', en: 'Lots loaded' },
	ocdsAwards: { nl: 'Gunningen geladen (met een contract)', en: 'Awards loaded (with a contract)' },
	ocdsContracts: { nl: 'Contracten geladen', en: 'Contracts loaded' },
	ocdsForeign: { nl: 'Niet geladen: de koper is geen Nederlandse gemeente', en: 'Not loaded: the buyer is not a Dutch municipality' },
	ocdsUnrecognised: { nl: 'Niet geladen: de koper is geen gemeente die we herkennen (zie het vinkje bij Regio)', en: 'Not loaded: the buyer is not a municipality we recognise (see the tick box under Region)' },
	ocdsPlanning: { nl: 'Niet geladen: alleen planning, nog geen aanbesteding', en: 'Not loaded: planning only, no tender yet' },
	ocdsInvalid: { nl: 'Niet geladen: fout in een verplicht veld', en: 'Not loaded: an error in a required field' },
	ocdsAmounts: { nl: 'Bedragen niet geladen: in een andere munt dan euro', en: 'Amounts not loaded: in another currency than the euro' },
	ocdsRegion: {
		nl: (region: string, from: 'buyers' | 'choice') => `Trajecten in regio ${region}: ${from === 'buyers' ? 'regio volgt uit de kopers' : 'regio is uw keuze'}`,
		en: (region: string, from: 'buyers' | 'choice') => `Procurements in region ${region}: ${from === 'buyers' ? 'region follows from the buyers' : 'region is your choice'}`
	},
	ocdsMissingCaption: {
		nl: (n: string) => `Ontbrekende velden bij de ${n} geladen trajecten: onbekend, geen reden om af te keuren`,
		en: (n: string) => `Missing fields in the ${n} procurements loaded: unknown, not a reason to refuse`
	},
	ocdsFieldH: { nl: 'Veld', en: 'Field' },
	ocdsMissingH: { nl: 'Ontbreekt bij (trajecten)', en: 'Missing in (procurements)' },
	ocdsMissingPrefix: { nl: 'Ontbreekt bij trajecten', en: 'Missing in procurements' },
	ocdsField: {
		buyer: { nl: 'Koper', en: 'Buyer' },
		'tender.contractPeriod': { nl: 'Looptijd (begin en einde)', en: 'Duration (start and end)' },
		'tender.value': { nl: 'Geraamde waarde', en: 'Estimated value' },
		'tender.lots': { nl: 'Percelen', en: 'Lots' },
		'tender.numberOfTenderers': { nl: 'Aantal inschrijvers', en: 'Number of bidders' },
		awards: { nl: 'Gunningen', en: 'Awards' },
		'awards.value': { nl: 'Waarde van de gunningen', en: 'Value of the awards' },
		classification: { nl: 'Zorgcategorie (iJw/iWmo)', en: 'Care category (iJw/iWmo)' }
	} satisfies Record<MissingField, Text>,
	region: { nl: 'Regio', en: 'Region' },
	law: { nl: 'Wet', en: 'Law' },
	fileLabel: { nl: 'Kies een of meer bestanden (CSV of JSON)', en: 'Choose one or more files (CSV or JSON)' },
	reading: { nl: (file: string, mb: string) => `${file} inlezen (${mb} MB)…`, en: (file: string, mb: string) => `Reading ${file} (${mb} MB)…` },
	inserting: { nl: (file: string) => `${file}: rijen in de database zetten…`, en: (file: string) => `${file}: putting the rows into the database…` },
	busy: { nl: 'Bezig met inlezen…', en: 'Reading…' },
	stillUsable: { nl: 'De pagina blijft bruikbaar.', en: 'You can keep using the page.' },
	tooBig: {
		nl: (mb: string) => `Het bestand is ${mb} MB; het maximum is 200 MB.`,
		en: (mb: string) => `The file is ${mb} MB; the maximum is 200 MB.`
	},
	noDb: {
		nl: 'De rekenmodule in uw browser kon niet starten, dus er kan niets geladen worden.',
		en: 'The calculation engine in your browser could not start, so nothing can be loaded.'
	},
	workerStopped: { nl: 'Het inlezen stopte onverwacht.', en: 'Reading stopped unexpectedly.' },
	loadedH2: { nl: 'Geladen in deze browser', en: 'Loaded in this browser' },
	loadedFile: {
		nl: (name: string, total: number, tables: string, rejected: number) => `${name}: ${plural(total, 'rij', 'rijen', 'nl')} (${tables})${rejected ? `, ${rejected} afgekeurd` : ''}`,
		en: (name: string, total: number, tables: string, rejected: number) => `${name}: ${plural(total, 'row', 'rows', 'en')} (${tables})${rejected ? `, ${rejected} rejected` : ''}`
	},
	notLoadedH2: { nl: 'Niet geladen', en: 'Not loaded' },
	notLoadedFile: {
		nl: (name: string, reason: string) => `${name}: niet geladen. ${reason}`,
		en: (name: string, reason: string) => `${name}: not loaded. ${reason}`
	},
	replacedDemo: { nl: (families: string) => `Demodata vervangen door uw gegevens: ${families}.`, en: (families: string) => `Demo data replaced by your data: ${families}.` },
	family: {
		deals: { nl: 'inkoop en contracten', en: 'procurement and contracts' },
		waiting: { nl: 'wachttijden', en: 'waiting times' },
		usage: { nl: 'gebruik en uitgaven', en: 'use and spending' }
	} as Record<string, Text>,
	viewRegion: { nl: 'Bekijk de regio met uw gegevens', en: 'View the region with your data' },
	notLoaded: {
		nl: (message: string) => `Niet geladen: ${message} Wat u eerder laadde, is er nog.`,
		en: (message: string) => `Not loaded: ${message} What you loaded before is still there.`
	},
	nothingLoaded: { nl: 'Er is niets geladen.', en: 'Nothing was loaded.' },
	loaded: { nl: (parts: string) => `Geladen: ${parts}.`, en: (parts: string) => `Loaded: ${parts}.` },
	loadedPart: { nl: (n: number, table: string) => `${plural(n, 'rij', 'rijen', 'nl')} in ${table}`, en: (n: number, table: string) => `${plural(n, 'row', 'rows', 'en')} in ${table}` },
	rejected: { nl: (n: number) => `${plural(n, 'rij', 'rijen', 'nl')} afgekeurd.`, en: (n: number) => `${plural(n, 'row', 'rows', 'en')} rejected.` },
	issueCount: {
		nl: (errors: number, notices: number) =>
			`${errors ? plural(errors, 'fout', 'fouten', 'nl') : 'Geen fouten'}${notices ? `, ${plural(notices, 'opmerking', 'opmerkingen', 'nl')}` : ''}.`,
		en: (errors: number, notices: number) => `${errors ? plural(errors, 'error', 'errors', 'en') : 'No errors'}${notices ? `, ${plural(notices, 'note', 'notes', 'en')}` : ''}.`
	},
	issuesCaption: { nl: (file: string) => `Meldingen voor ${file}`, en: (file: string) => `Messages for ${file}` },
	file: { nl: 'Bestand', en: 'File' },
	row: { nl: 'Rij', en: 'Row' },
	field: { nl: 'Veld', en: 'Field' },
	message: { nl: 'Melding', en: 'Message' },
	kind: { nl: 'Soort', en: 'Kind' },
	value: { nl: (value: string) => ` (waarde '${value}')`, en: (value: string) => ` (value '${value}')` },
	notice: { nl: 'opmerking', en: 'note' },
	error: { nl: 'fout', en: 'error' },
	first200: { nl: (n: number) => `De eerste 200 van ${nf(n)} meldingen staan hierboven.`, en: (n: number) => `The first 200 of ${nf(n)} messages are shown above.` },
	downloadIssues: { nl: 'Download alle meldingen (CSV)', en: 'Download all messages (CSV)' }
};
