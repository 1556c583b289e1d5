/**
 * The user-visible strings every page shares (layout, dashboards, lenses, charts), in Dutch (B1,
 * the default) and English, one dictionary per area. Words of one page or group of pages live in a
 * module of their own (care-text.ts, docs-text.ts, own-data-text.ts, or beside the page), so the
 * other pages do not ship them. An entry is `{ nl, en }`; sentences with figures are functions that take the figures
 * already formatted (see src/lib/format.ts) and return the sentence.
 *
 * Read an entry with `tr(entry)`: it returns the current language's value and, called in markup or
 * in a $derived, updates when the language changes (it reads the reactive `i18n.lang`).
 */
import { i18n, type Lang } from './lang.svelte';
import { plural } from '../format';

export interface Text<T = string> {
	nl: T;
	en: T;
}

/** The entry in the current language. */
export function tr<T>(entry: Text<T>, lang: Lang = i18n.lang): T {
	return entry[lang];
}

/** Names of the languages, each in its own language (for the switch). */
export const langName: Text = { nl: 'Nederlands', en: 'English' };

/* ------------------------------------------------------------------ layout, home, error */

export const layout = {
	skip: { nl: 'Naar de inhoud', en: 'Skip to content' },
	mainMenu: { nl: 'Hoofdmenu', en: 'Main menu' },
	nav: {
		regions: { nl: 'Regio’s', en: 'Regions' },
		findCare: { nl: 'Zorg zoeken', en: 'Find care' },
		ownData: { nl: 'Eigen data', en: 'Your own data' },
		explore: { nl: 'Verkennen', en: 'Explore' },
		method: { nl: 'Methode', en: 'Method' },
		sources: { nl: 'Bronnen', en: 'Sources' },
		data: { nl: 'Data downloaden', en: 'Download the data' }
	},
	demoBefore: {
		nl: 'Contracten, aanbieders met verzonnen namen, Wmo-regio’s en wachttijden buiten de ggz zijn',
		en: 'Contracts, providers with invented names, Wmo regions and waiting times outside mental health care are'
	},
	demoStrong: { nl: 'verzonnen voorbeelddata', en: 'made-up example data' },
	demoAfter: {
		nl: 'op de echte gemeenten en regio’s. Gemeenten, inwoners en ggz-wachttijden (2018) zijn echt.',
		en: 'on the real municipalities and regions. Municipalities, residents and mental-health waiting times (2018) are real.'
	},
	demoLink: { nl: 'Meer over de bronnen', en: 'More about the sources' },
	/** The banner on a phone, where the long one took a fifth of the first screen. */
	demoShort: {
		nl: 'Contracten, aanbieders en wachttijden buiten de ggz zijn verzonnen; gemeenten en ggz-wachttijden (2018) zijn echt.',
		en: 'Contracts, providers and waiting times outside mental health care are made up; municipalities and mental-health waits (2018) are real.'
	},
	userData: {
		nl: (n: number) => `U bekijkt ook uw eigen data (${plural(n, 'bestand', 'bestanden', 'nl')}), alleen in dit tabblad.`,
		en: (n: number) => `You are also viewing your own data (${plural(n, 'file', 'files', 'en')}), only in this tab.`
	},
	userDataLink: { nl: 'Overzicht', en: 'Overview' },
	mine: { nl: 'uw gegevens', en: 'your data' },
	demoWaitsLeft: { nl: 'Wachttijden buiten de ggz zijn nog verzonnen voorbeelddata (demo).', en: 'Waiting times outside mental health care are still made-up example data (demo).' },
	footer: {
		nl: 'Regiozicht is open source. Alle berekeningen gebeuren in uw eigen browser; uw gegevens verlaten uw computer niet.',
		en: 'Regiozicht is open source. All calculations happen in your own browser; your data never leave your computer.'
	}
};

/** The print button (components/PrintButton.svelte). */
export const print = {
	button: { nl: 'Afdrukken / PDF', en: 'Print / PDF' }
};
/** The footer of a printed page, written into every page at prerender (hooks.server.ts). */
export const printFooter = {
	address: { nl: 'Pagina', en: 'Page' },
	dataDate: { nl: (date: string) => `Stand van de gegevens: ${date}.`, en: (date: string) => `Data as of ${date}.` }
};

export const home = {
	title: { nl: 'Regiozicht · Hoe regio’s jeugdhulp en Wmo inkopen', en: 'Regiozicht · How regions buy youth care and Wmo support' },
	description: {
		nl: 'Zie hoe gemeenten samen jeugdhulp en Wmo-ondersteuning inkopen: met wie, hoe, en wat dat betekent voor keuzevrijheid en wachttijden.',
		en: 'See how Dutch municipalities buy youth care and Wmo support together: from whom, how, and what that means for freedom of choice and waiting times.'
	},
	h1: { nl: 'Hoe kopen regio’s zorg in?', en: 'How do regions buy care?' },
	lede: {
		nl: 'Gemeenten kopen jeugdhulp en Wmo-ondersteuning meestal samen in, per regio. Regiozicht laat zien wat er is ingekocht, hoe, bij wie, en wat dat betekent voor uw gemeente. Kies een regio.',
		en: 'Municipalities mostly buy youth care and Wmo support (help under the Social Support Act) together, per region. Regiozicht shows what was bought, how, from whom, and what that means for your municipality. Choose a region.'
	},
	allRegions: { nl: (n: number) => `Alle ${n} jeugdregio’s`, en: (n: number) => `All ${n} youth care regions` },
	search: { nl: 'Zoek een gemeente of regio', en: 'Search for a municipality or region' },
	found: {
		nl: (m: number, r: number) => `${[m && plural(m, 'gemeente', 'gemeenten', 'nl'), r && plural(r, 'regio', 'regio’s', 'nl')].filter(Boolean).join(' en ')} gevonden.`,
		en: (m: number, r: number) => `${[m && plural(m, 'municipality', 'municipalities', 'en'), r && plural(r, 'region', 'regions', 'en')].filter(Boolean).join(' and ')} found.`
	},
	foundMunicipalities: { nl: 'Gevonden gemeenten', en: 'Municipalities found' },
	moreFound: {
		nl: (n: number) => `En nog ${plural(n, 'gemeente', 'gemeenten', 'nl')}: typ meer letters.`,
		en: (n: number) => `And ${plural(n, 'more municipality', 'more municipalities', 'en')}: type more letters.`
	},
	inRegion: { nl: (region: string) => `gemeente in jeugdregio ${region}`, en: (region: string) => `municipality in youth care region ${region}` },
	colRegion: { nl: 'Regio', en: 'Region' },
	colLead: { nl: 'Centrumgemeente', en: 'Lead municipality' },
	colMunicipalities: { nl: 'Gemeenten', en: 'Municipalities' },
	colPopulation: { nl: 'Inwoners', en: 'Residents' },
	colProcurements: { nl: 'Inkooptrajecten', en: 'Procurements' },
	noMatch: { nl: (q: string) => `Geen gemeente of regio gevonden voor “${q}”.`, en: (q: string) => `No municipality or region found for “${q}”.` },
	source: {
		nl: 'Bron: CBS, gemeentelijke indeling en jeugdregio’s 2025; inwoners 1 januari 2023. Inkooptrajecten: demodata (verzonnen).',
		en: 'Source: CBS, municipal division and youth care regions 2025; residents on 1 January 2023. Procurements: demo data (made up).'
	}
};

export const errorPage = {
	notFound: { nl: 'Pagina niet gevonden', en: 'Page not found' },
	failed: { nl: 'Er ging iets mis', en: 'Something went wrong' },
	notFoundLede: {
		nl: 'Deze pagina bestaat niet (meer). Misschien is de link oud of zit er een typefout in het adres.',
		en: 'This page does not exist (any more). Perhaps the link is old, or there is a typo in the address.'
	},
	failedLede: {
		nl: (status: number) => `De pagina kon niet worden getoond (${status}). Probeer het opnieuw of ga terug naar het overzicht.`,
		en: (status: number) => `The page could not be shown (${status}). Try again, or go back to the overview.`
	},
	toOverview: { nl: 'Naar het overzicht van alle regio’s', en: 'To the overview of all regions' },
	aboutSources: { nl: 'Over de bronnen', en: 'About the sources' }
};

/* ------------------------------------------------------------------ region and municipality pages */

/** What the region and municipality dashboards share. */
export const dashboard = {
	allRegions: { nl: 'Alle regio’s', en: 'All regions' },
	lawGroup: { nl: 'Wet', en: 'Law' },
	recalculating: { nl: 'Bezig met herberekenen…', en: 'Recalculating…' },
	notContracted: {
		nl: (scope: string, category: string, year: number | null) =>
			(year === null ? `${scope} heeft „${category}” niet regionaal ingekocht: er is geen inkooptraject voor deze zorgsoort.` : `${scope} had in ${year} geen regionaal contract voor „${category}”.`) +
			' Daarom zijn er voor deze keuze geen cijfers over contracten, lokale aanbieders, keuzevrijheid en signalen. Wachttijden staan hieronder als die er zijn.',
		en: (scope: string, category: string, year: number | null) =>
			(year === null ? `${scope} did not buy “${category}” regionally: there is no procurement for this care category.` : `${scope} had no regional contract for “${category}” in ${year}.`) +
			' So for this choice there are no figures on contracts, local providers, freedom of choice and signals. Waiting times follow below where there are any.'
	},
	notContractedShort: { nl: 'Geen contract voor deze zorgsoort: hier is niets te tonen (zie boven).', en: 'No contract for this care category: nothing to show here (see above).' },
	contracts: { nl: 'Contractkeuzes', en: 'Contract choices' },
	local: { nl: 'Lokale aanbieders', en: 'Local providers' },
	choice: { nl: 'Keuzevrijheid', en: 'Freedom of choice' },
	waiting: { nl: 'Wachttijden', en: 'Waiting times' },
	flags: { nl: 'Signalen', en: 'Signals' },
	municipality: { nl: 'Gemeente', en: 'Municipality' },
	noData: { nl: 'Geen gegevens.', en: 'No data.' },
	mapNoData: { nl: 'geen gegevens', en: 'no data' }
};

export const region = {
	description: {
		nl: (name: string, municipalities: number) =>
			`Hoe jeugdregio ${name} (${plural(municipalities, 'gemeente', 'gemeenten', 'nl')}) zorg inkoopt: procedures, lokale aanbieders, keuzevrijheid, wachttijden en signalen.`,
		en: (name: string, municipalities: number) =>
			`How youth care region ${name} (${plural(municipalities, 'municipality', 'municipalities', 'en')}) buys care: procedures, local providers, freedom of choice, waiting times and signals.`
	},
	h1: { nl: (name: string) => `Regio ${name}`, en: (name: string) => `Region ${name}` },
	keyFigures: { nl: 'Kerncijfers', en: 'Key figures' },
	statMunicipalities: {
		nl: (population: string) => `gemeenten, ${population} inwoners`,
		en: (population: string) => `municipalities, ${population} residents`
	},
	statLocal: { nl: 'van het contractgeld naar lokale aanbieders', en: 'of contract money goes to local providers' },
	statEffective: { nl: 'effectieve aanbieders per zorgsoort (mediaan)', en: 'effective providers per care category (median)' },
	statWaiting: {
		nl: (months: string | null) => `van de wachttijden boven de norm${months ? ` (${months})` : ''}`,
		en: (months: string | null) => `of waiting times above the norm${months ? ` (${months})` : ''}`
	},
	statFlags: { nl: (total: number) => `van ${total} signalen staan aan`, en: (total: number) => `of ${total} signals are raised` },
	recalcFailed: { nl: (error: string) => `Herberekenen lukte niet: ${error}`, en: (error: string) => `Recalculating did not work: ${error}` },
	computed: {
		nl: (selected: string | null, ms: number) => `Alle cijfers hieronder zijn in uw browser berekend${selected ? ` voor ${selected}` : ''} (${ms} ms).`,
		en: (selected: string | null, ms: number) => `All figures below were calculated in your browser${selected ? ` for ${selected}` : ''} (${ms} ms).`
	},
	computedCube: {
		nl: (selected: string | null) => `Alle cijfers hieronder zijn vooraf berekend${selected ? ` voor ${selected}` : ''}, met dezelfde SQL op dezelfde data.`,
		en: (selected: string | null) => `All figures below were calculated in advance${selected ? ` for ${selected}` : ''}, with the same SQL on the same data.`
	},
	map: { nl: 'Kaart', en: 'Map' },
	colourBy: { nl: 'Kleur de kaart naar', en: 'Colour the map by' },
	colourByShort: { nl: 'Kleur naar:', en: 'Colour by:' },
	mapProviders: { nl: 'Aanbieders', en: 'Providers' },
	mapLocal: { nl: 'Lokaal', en: 'Local' },
	mapPgb: { nl: 'Pgb', en: 'Personal budget' },
	unitProviders: { nl: 'Gecontracteerde aanbieders', en: 'Contracted providers' },
	unitLocal: { nl: 'Lokaal contractgeld (%)', en: 'Local contract money (%)' },
	unitPgb: { nl: 'Cliënten met pgb (%)', en: 'Clients with a personal budget (%)' },
	labelProviders: { nl: (n: number) => plural(n, 'aanbieder', 'aanbieders', 'nl'), en: (n: number) => plural(n, 'provider', 'providers', 'en') },
	labelLocal: { nl: (n: string) => `${n}% lokaal contractgeld`, en: (n: string) => `${n}% local contract money` },
	labelPgb: { nl: (n: string) => `${n}% met pgb`, en: (n: string) => `${n}% with a personal budget` },
	mapTitle: { nl: (unit: string) => `${unit} per gemeente`, en: (unit: string) => `${unit} per municipality` },
	mapSelected: {
		nl: (name: string) => `${name} is gekozen: alle panelen tonen nu deze gemeente. Klik nogmaals om de hele regio te zien.`,
		en: (name: string) => `${name} is selected: all panels now show this municipality. Click it again to see the whole region.`
	},
	mapHint: {
		nl: 'Klik op een gemeente (of kies met Tab en Enter) om alle panelen op die gemeente te filteren.',
		en: 'Click a municipality (or choose one with Tab and Enter) to filter all panels to that municipality.'
	},
	mapDescription: {
		nl: (region: string, unit: string) => `Kaart van de gemeenten in ${region}, gekleurd naar ${unit.toLowerCase()}.`,
		en: (region: string, unit: string) => `Map of the municipalities in ${region}, coloured by ${unit.toLowerCase()}.`
	},
	members: { nl: 'Deelnemende gemeenten', en: 'Member municipalities' },
	population2023: { nl: 'Inwoners (2023)', en: 'Residents (2023)' },
	lead: { nl: '(centrumgemeente, benadering)', en: '(lead municipality, approximation)' },
	membersSource: {
		nl: 'Bron: CBS, gemeentelijke indeling en jeugdregio’s 2025; inwoners 1 januari 2023.',
		en: 'Source: CBS, municipal division and youth care regions 2025; residents on 1 January 2023.'
	}
};

export const municipality = {
	description: {
		nl: (name: string, region: string) => `Hoe ${name} samen met regio ${region} zorg inkoopt, vergeleken met de regio en heel Nederland.`,
		en: (name: string, region: string) => `How ${name} buys care together with region ${region}, compared with the region and the whole of the Netherlands.`
	},
	h1: { nl: (name: string) => `Gemeente ${name}`, en: (name: string) => `Municipality of ${name}` },
	ledeBefore: {
		nl: (name: string, province: string, population: string) => `${name} (${province}, ${population} inwoners) koopt jeugdhulp samen in met de andere gemeenten van regio`,
		en: (name: string, province: string, population: string) => `${name} (${province}, ${population} residents) buys youth care together with the other municipalities of region`
	},
	ledeAfter: {
		nl: (name: string) => `. Hieronder ziet u wat dat betekent voor ${name}, naast de regio en heel Nederland.`,
		en: (name: string) => `. Below you see what that means for ${name}, next to the region and the whole of the Netherlands.`
	},
	comparison: { nl: (name: string) => `${name} naast de regio en Nederland`, en: (name: string) => `${name} next to the region and the Netherlands` },
	comparisonCaption: {
		nl: (name: string, region: string, law: string, date: string) => `${name}, regio ${region} en Nederland vergeleken (${law}, peildatum ${date})`,
		en: (name: string, region: string, law: string, date: string) => `${name}, region ${region} and the Netherlands compared (${law}, reference date ${date})`
	},
	measure: { nl: 'Maat', en: 'Measure' },
	regionColumn: { nl: (name: string) => `Regio ${name}`, en: (name: string) => `Region ${name}` },
	netherlands: { nl: 'Nederland', en: 'Netherlands' },
	measures: {
		contractedProviders: { nl: 'Gecontracteerde aanbieders', en: 'Contracted providers' },
		shareLocalByValue: { nl: 'Contractgeld naar lokale aanbieders', en: 'Contract money to local providers' },
		shareLocalByCount: { nl: 'Contracten met lokale aanbieders', en: 'Contracts with local providers' },
		medianEffectiveProviders: { nl: 'Effectief aantal aanbieders per zorgsoort (mediaan)', en: 'Effective number of providers per care category (median)' },
		pgbShare: { nl: 'Cliënten met een pgb', en: 'Clients with a personal budget (pgb)' },
		waitShareOverNorm: { nl: 'Wachttijden boven de norm', en: 'Waiting times above the norm' },
		medianWaitWeeks: { nl: 'Mediane wachttijd', en: 'Median waiting time' },
		deals: { nl: 'Lopende inkooptrajecten', en: 'Current procurements' }
	},
	/** Said under a measure's name: what it counts, where two measures could seem to disagree. */
	measureNotes: {
		shareLocalByValue: { nl: 'euro’s van hoofdaannemers; onderaannemers hebben geen eigen contractgeld', en: 'euros of main contractors; subcontractors have no contract money of their own' },
		shareLocalByCount: { nl: 'alle contracten, ook die van onderaannemers', en: 'every contract, subcontractors’ included' },
		waitShareOverNorm: { nl: (months: string) => `aanbieder-maanden, ${months}`, en: (months: string) => `provider-months, ${months}` },
		medianWaitWeeks: { nl: (months: string) => `${months}`, en: (months: string) => `${months}` }
	},
	comparisonSource: {
		nl: (law: string, date: string) => `Bron: CBS-indeling 2025; contracten, gebruik en wachttijden: demodata (verzonnen). ${law}, peildatum ${date}.`,
		en: (law: string, date: string) => `Source: CBS division 2025; contracts, use and waiting times: demo data (made up). ${law}, reference date ${date}.`
	},
	localTitle: { nl: 'Contractgeld naar lokale aanbieders', en: 'Contract money to local providers' },
	localCaption: {
		nl: (name: string, own: string, region: string, inRegion: string, inNl: string) =>
			`In ${name} gaat ${own} van het contractgeld naar lokale aanbieders; in de regio ${region} is dat ${inRegion} en in heel Nederland ${inNl}.`,
		en: (name: string, own: string, region: string, inRegion: string, inNl: string) =>
			`In ${name}, ${own} of contract money goes to local providers; in the region ${region} it is ${inRegion}, and in the whole of the Netherlands ${inNl}.`
	},
	area: { nl: 'Gebied', en: 'Area' },
	localMoney: { nl: 'Lokaal (geld)', en: 'Local (money)' },
	localCount: { nl: 'Lokaal (aantal)', en: 'Local (count)' },
	localDescription: {
		nl: (name: string, caption: string) => `Staafdiagram: aandeel lokaal contractgeld in ${name}, de regio en Nederland. ${caption}`,
		en: (name: string, caption: string) => `Bar chart: share of local contract money in ${name}, the region and the Netherlands. ${caption}`
	},
	inRegion: { nl: (name: string, region: string) => `${name} in regio ${region}`, en: (name: string, region: string) => `${name} in region ${region}` },
	mapLegend: { nl: 'Jeugdhulp per inwoner', en: 'Youth care per inhabitant' },
	mapTitle: { nl: (region: string, year: string) => `Jeugdhulp per inwoner in regio ${region}, ${year}`, en: (region: string, year: string) => `Youth care per inhabitant in region ${region}, ${year}` },
	mapCaption: {
		nl: (name: string, own: string, region: string) => `${name} begroot ${own} jeugdhulp per inwoner; de hele regio ${region}. Kies een gemeente op de kaart om die te bekijken.`,
		en: (name: string, own: string, region: string) => `${name} budgets ${own} of youth care per inhabitant; the whole region ${region}. Choose a municipality on the map to view it.`
	},
	mapDescription: {
		nl: (region: string, name: string) => `Kaart van regio ${region} met ${name} gemarkeerd. Kies een andere gemeente om die te bekijken.`,
		en: (region: string, name: string) => `Map of region ${region} with ${name} marked. Choose another municipality to view it.`
	},
	allFigures: { nl: (name: string) => `Alle cijfers voor ${name}`, en: (name: string) => `All figures for ${name}` },
	computing: { nl: 'De panelen worden in uw browser berekend…', en: 'The panels are being calculated in your browser…' }
};

/** Notices for link values that do not exist (src/lib/state/url-filter.ts). */
export const notices = {
	rejected: {
		nl: (what: string, value: string, fallback: string) => `De link vroeg om ${what} “${value}”, die kennen we niet. We tonen ${fallback}.`,
		en: (what: string, value: string, fallback: string) => `The link asked for ${what} “${value}”, which we do not know. We show ${fallback}.`
	},
	law: { what: { nl: 'wet', en: 'law' }, fallback: { nl: 'de Jeugdwet', en: 'the Youth Act' } },
	municipality: { what: { nl: 'gemeente', en: 'municipality' }, fallback: { nl: 'de hele regio', en: 'the whole region' } },
	category: { what: { nl: 'zorgsoort', en: 'care category' }, fallback: { nl: 'alle zorgsoorten', en: 'all care categories' } },
	provider: { what: { nl: 'aanbieder', en: 'provider' }, fallback: { nl: 'alle aanbieders', en: 'all providers' } },
	year: { what: { nl: 'jaar', en: 'year' }, fallback: { nl: 'de situatie op de peildatum', en: 'the situation on the reference date' } }
};

/* ------------------------------------------------------------------ components */

export const filterBar = {
	label: { nl: 'Filters', en: 'Filters' },
	municipality: { nl: 'Gemeente', en: 'Municipality' },
	wholeRegion: { nl: 'Hele regio', en: 'Whole region' },
	category: { nl: 'Zorgsoort', en: 'Care category' },
	allCategories: { nl: 'Alle zorgsoorten', en: 'All care categories' },
	provider: { nl: 'Aanbieder', en: 'Provider' },
	allProviders: { nl: 'Alle aanbieders', en: 'All providers' },
	year: { nl: 'Jaar', en: 'Year' },
	now: { nl: (date: string) => `Nu (peildatum ${date})`, en: (date: string) => `Now (reference date ${date})` },
	clear: { nl: 'Wis filters', en: 'Clear filters' }
};

export const dbProgress = {
	step: {
		idle: { nl: 'Rekenmodule wacht', en: 'Calculation engine waiting' },
		starting: { nl: 'Rekenmodule (DuckDB) starten…', en: 'Starting the calculation engine (DuckDB)…' },
		downloading: { nl: 'Gegevens downloaden…', en: 'Downloading data…' },
		decoding: { nl: 'Gegevens inlezen…', en: 'Reading data…' },
		ready: { nl: 'Klaar: de cijfers zijn in uw browser berekend.', en: 'Done: the figures were calculated in your browser.' },
		error: { nl: 'Het rekenen in uw browser lukte niet.', en: 'Calculating in your browser did not work.' }
	} as Record<string, Text>,
	progress: { nl: 'Voortgang downloaden', en: 'Download progress' },
	of: { nl: (loaded: string, total: string) => `${loaded} van ${total} MB`, en: (loaded: string, total: string) => `${loaded} of ${total} MB` },
	errorExplain: {
		nl: 'De getoonde cijfers zijn vooraf berekend en kloppen nog steeds; alleen filteren en eigen data laden werken nu niet.',
		en: 'The figures shown were calculated in advance and are still correct; only filtering and loading your own data do not work now.'
	},
	errorMessage: { nl: 'Foutmelding:', en: 'Error message:' },
	retry: { nl: 'Opnieuw proberen', en: 'Try again' }
};

/** The divider above a page's contract-data part, once the user's own files are loaded. */
export const dataDivider = {
	mine: { nl: 'Contracten, aanbieders en wachttijden: uw gegevens', en: 'Contracts, providers and waiting times: your data' },
	mixed: { nl: 'Contracten, aanbieders en wachttijden: uw gegevens en voorbeelddata', en: 'Contracts, providers and waiting times: your data and example data' },
	mineText: {
		nl: (files: string, what: string) => `Hieronder rekent Regiozicht met uw eigen bestanden (${files}) voor ${what}, alleen in dit tabblad.`,
		en: (files: string, what: string) => `Below, Regiozicht calculates with your own files (${files}) for ${what}, only in this tab.`
	},
	demoLeft: {
		nl: (what: string) => ` Voor ${what} blijft het verzonnen voorbeelddata (demo).`,
		en: (what: string) => ` For ${what} it is still made-up example data (demo).`
	},
	family: {
		deals: { nl: 'contracten en aanbieders', en: 'contracts and providers' },
		waiting: { nl: 'wachttijden buiten de ggz', en: 'waiting times outside mental health care' },
		usage: { nl: 'gebruik en pgb', en: 'use and personal budgets' }
	}
};

/** "Link kopiëren" on every dashboard view (components/CopyLink.svelte; what follows the click: copy-link-text.ts). */
export const copyLink = { button: { nl: 'Link kopiëren', en: 'Copy link' } };

export const chartFrame = {
	demoTitle: { nl: 'Verzonnen voorbeelddata', en: 'Made-up example data' },
	/** Badge of figures from the user's own files (/eigen-data). */
	mine: { nl: 'uw gegevens', en: 'your data' },
	mineTitle: { nl: 'Uit de bestanden die u zelf heeft geladen', en: 'From the files you loaded yourself' },
	showTable: { nl: 'Toon tabel', en: 'Show table' },
	hideTable: { nl: 'Verberg tabel', en: 'Hide table' },
	embed: { nl: 'Insluiten', en: 'Embed' },
	downloadCsv: { nl: 'Download CSV', en: 'Download CSV' },
	downloadCsvExcel: { nl: 'CSV voor Excel', en: 'CSV for Excel (Dutch)' },
	/** Header of the source column in the CSV for Excel. */
	csvSourceColumn: { nl: 'bron', en: 'source' },
	downloadSvg: { nl: 'Download SVG', en: 'Download SVG' },
	downloadPng: { nl: 'Download PNG', en: 'Download PNG' },
	computedBrowser: { nl: 'Berekend in uw browser (DuckDB)', en: 'Calculated in your browser (DuckDB)' },
	computedBuild: { nl: 'Vooraf berekend; uw browser rekent zo na', en: 'Calculated in advance; your browser will recalculate it shortly' },
	computedCube: { nl: 'Vooraf berekend voor deze keuze, met dezelfde SQL op dezelfde data', en: 'Calculated in advance for this choice, with the same SQL on the same data' },
	computedStatic: { nl: 'Berekend bij het bouwen van de site, met de SQL op /methode', en: 'Calculated when the site was built, with the SQL on /methode' },
	imageFailed: { nl: (error: string) => `Afbeelding maken mislukt: ${error}`, en: (error: string) => `Making the image failed: ${error}` },
	source: { nl: 'Bron:', en: 'Source:' },
	demoMadeUp: { nl: '— demo, verzonnen', en: '— demo, made up' },
	/** The `bron` column of a CSV download for a demo source. */
	csvDemo: { nl: (title: string) => `DEMO (verzonnen): ${title}`, en: (title: string) => `DEMO (made up): ${title}` },
	/** Source line drawn into an exported image. */
	imageDemo: { nl: ' — DEMO, verzonnen', en: ' — DEMO, made up' },
	imageSource: { nl: (sources: string) => `Bron: ${sources}.`, en: (sources: string) => `Source: ${sources}.` }
};

/** Default words inside the chart components (each can still be overridden by a prop). */
export const charts = {
	noData: { nl: 'geen gegevens', en: 'no data' },
	none: { nl: 'geen', en: 'none' },
	scrollHint: { nl: 'Schuif opzij voor alle kolommen', en: 'Scroll sideways for all columns' },
	scrollRegion: { nl: 'Tabel, schuift opzij', en: 'Table, scrolls sideways' },
	median: { nl: 'mediaan', en: 'median' },
	spread: { nl: 'spreiding (tot p90)', en: 'spread (to p90)' },
	norm: { nl: 'norm', en: 'norm' },
	overNorm: { nl: 'boven norm', en: 'above norm' },
	within: { nl: (value: string, reference: string) => `${value} binnen ${reference}`, en: (value: string, reference: string) => `${value} within ${reference}` },
	today: { nl: 'vandaag', en: 'today' },
	extensions: { nl: 'verlengingsopties', en: 'extension options' },
	endUnknown: { nl: 'einddatum onbekend', en: 'end date unknown' },
	until: { nl: (what: string, date: string) => `${what} tot ${date}`, en: (what: string, date: string) => `${what} until ${date}` },
	months: {
		nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
		en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
	}
};

/* ------------------------------------------------------------------ lenses */

export const contractsLens = {
	mixEmpty: {
		nl: (scope: string) => `Geen inkooptrajecten gevonden voor ${scope} met deze filters.`,
		en: (scope: string) => `No procurements found for ${scope} with these filters.`
	},
	mix: {
		nl: (scope: string, wmo: boolean, deals: string, n: number) => `${scope} kocht ${wmo ? 'Wmo-ondersteuning' : 'jeugdhulp'} in via ${deals} ${n === 1 ? 'traject' : 'trajecten'}`,
		en: (scope: string, wmo: boolean, deals: string, n: number) => `${scope} bought ${wmo ? 'Wmo support' : 'youth care'} through ${deals} ${n === 1 ? 'procurement' : 'procurements'}`
	},
	mixCurrent: {
		nl: (procedure: string, funding: string, lots: string, nLots: number, providers: string, nProviders: number) =>
			`; het lopende traject is ${procedure}, ${funding}, met ${lots} ${nLots === 1 ? 'perceel' : 'percelen'} en ${providers} ${nProviders === 1 ? 'aanbieder' : 'aanbieders'} (hoofd- en onderaannemers samen).`,
		en: (procedure: string, funding: string, lots: string, nLots: number, providers: string, nProviders: number) =>
			`; the current one is ${procedure}, ${funding}, with ${lots} ${nLots === 1 ? 'lot' : 'lots'} and ${providers} ${nProviders === 1 ? 'provider' : 'providers'} (main and subcontractors together).`
	},
	mixLatest: {
		nl: (procedure: string, funding: string, lots: string, nLots: number, providers: string, nProviders: number) =>
			`; er loopt nu geen traject, het laatste was ${procedure}, ${funding}, met ${lots} ${nLots === 1 ? 'perceel' : 'percelen'} en ${providers} ${nProviders === 1 ? 'aanbieder' : 'aanbieders'} (hoofd- en onderaannemers samen).`,
		en: (procedure: string, funding: string, lots: string, nLots: number, providers: string, nProviders: number) =>
			`; none is running now, the latest was ${procedure}, ${funding}, with ${lots} ${nLots === 1 ? 'lot' : 'lots'} and ${providers} ${nProviders === 1 ? 'provider' : 'providers'} (main and subcontractors together).`
	},
	timelineCurrent: {
		nl: (start: string, end: string, extension: number, extensionText: string, maxEnd: string) =>
			`Het lopende traject loopt van ${start} tot ${end}${extension > 0 ? `, met opties om ${extensionText} jaar te verlengen (tot ${maxEnd})` : ', zonder verlengingsopties'}.`,
		en: (start: string, end: string, extension: number, extensionText: string, maxEnd: string) =>
			`The current procurement runs from ${start} to ${end}${extension > 0 ? `, with options to extend it by ${extensionText} ${extension === 1 ? 'year' : 'years'} (to ${maxEnd})` : ', without extension options'}.`
	},
	timelineLast: {
		nl: (date: string) => `Het laatste traject eindigt uiterlijk ${date}.`,
		en: (date: string) => `The last procurement ends on ${date} at the latest.`
	},
	timelineNone: { nl: 'Geen trajecten.', en: 'No procurements.' },
	timelineUndated: {
		nl: (n: number) => ` ${n === 1 ? 'Eén traject heeft' : `${n} trajecten hebben`} een onbekende looptijd: ${n === 1 ? 'het staat' : 'ze staan'} alleen in de tabel.`,
		en: (n: number) => ` ${n === 1 ? 'One procurement has' : `${n} procurements have`} an unknown duration: ${n === 1 ? 'it is' : 'they are'} only in the table.`
	},
	lotsEmpty: { nl: 'Geen lopende percelen met deze filters.', en: 'No current lots with these filters.' },
	lots: {
		nl: (lots: string, n: number, main: string, nMain: number, subs: string, nSubs: number) =>
			`${lots} ${n === 1 ? 'lopend perceel' : 'lopende percelen'} met ${main} ${nMain === 1 ? 'hoofdaannemer' : 'hoofdaannemers'} en ${subs} ${nSubs === 1 ? 'onderaannemer' : 'onderaannemers'} (per perceel geteld)`,
		en: (lots: string, n: number, main: string, nMain: number, subs: string, nSubs: number) =>
			`${lots} current ${n === 1 ? 'lot' : 'lots'} with ${main} main ${nMain === 1 ? 'contractor' : 'contractors'} and ${subs} ${nSubs === 1 ? 'subcontractor' : 'subcontractors'} (counted per lot)`
	},
	lotsSingle: {
		nl: (single: string, n: number) => `; bij ${single} ${n === 1 ? 'perceel' : 'percelen'} was er maar één inschrijver.`,
		en: (single: string, n: number) => `; ${single} ${n === 1 ? 'lot' : 'lots'} had only one bidder.`
	},
	proceduresTitle: { nl: 'Procedures per startjaar', en: 'Procedures by start year' },
	fundingTitle: { nl: 'Bekostiging per startjaar', en: 'Funding by start year' },
	startYear: { nl: 'Startjaar', en: 'Start year' },
	procedure: { nl: 'Procedure', en: 'Procedure' },
	funding: { nl: 'Bekostiging', en: 'Funding' },
	deals: { nl: 'Trajecten', en: 'Procurements' },
	show: { nl: 'Toon', en: 'Show' },
	yLabel: { nl: 'trajecten', en: 'procurements' },
	mixDescription: {
		nl: (funding: boolean, caption: string) => `Gestapeld staafdiagram: inkooptrajecten per startjaar naar ${funding ? 'bekostiging' : 'procedure'}. ${caption}`,
		en: (funding: boolean, caption: string) => `Stacked bar chart: procurements by start year and ${funding ? 'funding' : 'procedure'}. ${caption}`
	},
	timelineTitle: { nl: 'Tijdlijn van de inkooptrajecten', en: 'Timeline of the procurements' },
	deal: { nl: 'Traject', en: 'Procurement' },
	publication: { nl: 'Publicatie', en: 'Publication' },
	decision: { nl: 'Besluit', en: 'Decision' },
	start: { nl: 'Start', en: 'Start' },
	end: { nl: 'Einde', en: 'End' },
	maxEnd: { nl: 'Einde met verlenging', en: 'End with extensions' },
	lotsColumn: { nl: 'Percelen', en: 'Lots' },
	providers: { nl: 'Aanbieders', en: 'Providers' },
	tenderers: { nl: 'Inschrijvingen', en: 'Bids' },
	estimatedValue: { nl: 'Geraamde waarde per jaar', en: 'Estimated value per year' },
	markPublication: { nl: 'publicatie', en: 'publication' },
	markDecision: { nl: 'besluit', en: 'decision' },
	referenceDate: { nl: 'peildatum', en: 'reference date' },
	timelineDescription: {
		nl: (scope: string, caption: string) => `Tijdlijn van de inkooptrajecten van ${scope}, met publicatie- en besluitdatum en verlengingsopties. ${caption}`,
		en: (scope: string, caption: string) => `Timeline of the procurements of ${scope}, with publication and decision dates and extension options. ${caption}`
	},
	lotsTitle: { nl: 'Lopende percelen: aanbieders en inschrijvingen', en: 'Current lots: providers and bids' },
	lot: { nl: 'Perceel', en: 'Lot' },
	category: { nl: 'Zorgsoort', en: 'Care category' },
	mainContractors: { nl: 'Hoofdaannemers', en: 'Main contractors' },
	subcontractors: { nl: 'Onderaannemers', en: 'Subcontractors' },
	singleBid: { nl: 'Eén inschrijver', en: 'Single bidder' },
	yes: { nl: 'ja', en: 'yes' },
	no: { nl: 'nee', en: 'no' },
	unknown: { nl: 'onbekend', en: 'unknown' },
	contractValue: { nl: 'Contractwaarde per jaar', en: 'Contract value per year' },
	oneBidder: { nl: ' (1 inschrijver)', en: ' (1 bidder)' },
	lotsDescription: {
		nl: (caption: string) => `Staafdiagram: hoofdaannemers per lopend perceel. ${caption}`,
		en: (caption: string) => `Bar chart: main contractors per current lot. ${caption}`
	},
	filterCategory: { nl: 'Filter op zorgsoort:', en: 'Filter by care category:' },
	/** Links to the deal pages (/inkoop/[id]) below the timeline and the lots. */
	openDeal: { nl: 'Bekijk het traject:', en: 'See the procurement:' }
};

export const localLens = {
	definition: {
		nl: (byMunicipality: boolean, year: number | null, date: string) =>
			`Lokaal = de aanbieder heeft een zorglocatie in ${byMunicipality ? 'de gemeente zelf' : 'de regio'}. Daarna: in dezelfde provincie, of elders. Contracten die lopen op de ${year === null ? `peildatum ${date}` : `contracten die in ${year} liepen`}.`,
		en: (byMunicipality: boolean, year: number | null, date: string) =>
			`Local = the provider has a care location in ${byMunicipality ? 'the municipality itself' : 'the region'}. Then: in the same province, or elsewhere. ${year === null ? `Contracts running on the reference date, ${date}.` : `Contracts that ran in ${year}.`}`
	},
	empty: {
		nl: (scope: string) => `Geen lopende contracten voor ${scope} met deze filters.`,
		en: (scope: string) => `No current contracts for ${scope} with these filters.`
	},
	caption: {
		nl: (scope: string, byValue: string, byCount: string, contracts: string, nContracts: number) =>
			`In ${scope} gaat ${byValue} van het contractgeld naar lokale aanbieders (${byCount} van ${nContracts === 1 ? 'het ene contract' : `de ${contracts} contracten`}). Dit telt contracten in de voorbeelddata en ‘lokaal’ betekent hier: waar de aanbieder zit. De echte begroting (‘Geld en inkoop’) telt euro’s en ‘lokaal’ betekent daar: door de gemeente zelf ingekocht.`,
		en: (scope: string, byValue: string, byCount: string, contracts: string, nContracts: number) =>
			`In ${scope}, ${byValue} of contract money goes to local providers (${byCount} of ${nContracts === 1 ? 'the one contract' : `the ${contracts} contracts`}). This counts contracts in the example data, and ‘local’ here means where the provider is. The real budget (‘Money and purchasing’) counts euros, and ‘local’ there means bought by the municipality itself.`
	},
	contracts: { nl: 'Contracten', en: 'Contracts' },
	local: { nl: 'Lokaal', en: 'Local' },
	province: { nl: 'Provincie', en: 'Province' },
	elsewhere: { nl: 'Elders', en: 'Elsewhere' },
	localCount: { nl: 'Lokaal (aantal)', en: 'Local (count)' },
	value: { nl: 'Waarde', en: 'Value' },
	localMoney: { nl: 'Lokaal (geld)', en: 'Local (money)' },
	whatCounts: { nl: 'Wat telt als lokaal?', en: 'What counts as local?' },
	inRegion: { nl: 'Locatie in de regio', en: 'Location in the region' },
	inMunicipality: { nl: 'Locatie in de gemeente', en: 'Location in the municipality' },
	byMunicipalityTitle: { nl: 'Aandeel lokale aanbieders per gemeente (naar contractgeld)', en: 'Share of local providers per municipality (by contract money)' },
	municipality: { nl: 'Gemeente', en: 'Municipality' },
	byMunicipalityDescription: {
		nl: (caption: string) => `Staafdiagram: percentage van het contractgeld dat naar lokale aanbieders gaat, per gemeente. ${caption}`,
		en: (caption: string) => `Bar chart: percentage of contract money that goes to local providers, per municipality. ${caption}`
	},
	byCategoryTitle: { nl: 'Aandeel lokale aanbieders per zorgsoort', en: 'Share of local providers per care category' },
	lowest: {
		nl: (category: string, share: string) => `Het laagste aandeel lokaal contractgeld heeft ${category}: ${share}.`,
		en: (category: string, share: string) => `The care category with the lowest share of local contract money is ${category.toLowerCase()}: ${share}.`
	},
	noData: { nl: 'Geen gegevens met deze filters.', en: 'No data with these filters.' },
	category: { nl: 'Zorgsoort', en: 'Care category' },
	byCategoryDescription: { nl: 'Staafdiagram: percentage lokaal contractgeld per zorgsoort.', en: 'Bar chart: percentage of local contract money per care category.' }
};

export const choiceLens = {
	noData: { nl: 'Geen gegevens.', en: 'No data.' },
	providersSame: {
		nl: (scope: string, count: number, providers: string, law: string, date: string) =>
			`In ${scope} kunnen inwoners van alle ${count} gemeenten bij dezelfde ${providers} gecontracteerde aanbieders terecht (${law}, peildatum ${date}).`,
		en: (scope: string, count: number, providers: string, law: string, date: string) =>
			`In ${scope}, residents of all ${count} municipalities can go to the same ${providers} contracted providers (${law}, reference date ${date}).`
	},
	providersDiffer: {
		nl: (scope: string, most: string, nMost: string, least: string, nLeast: string, law: string, date: string) =>
			`In ${scope} hebben inwoners van ${most} de meeste keus: ${nMost} gecontracteerde aanbieders; in ${least} zijn het er ${nLeast} (${law}, peildatum ${date}).`,
		en: (scope: string, most: string, nMost: string, least: string, nLeast: string, law: string, date: string) =>
			`In ${scope}, residents of ${most} have the most choice: ${nMost} contracted providers; in ${least} there are ${nLeast} (${law}, reference date ${date}).`
	},
	fewest: {
		nl: (municipality: string, category: string, providers: string, n: number) =>
			`De minste keus is er in ${municipality} voor ${category.toLowerCase()}: ${providers} ${n === 1 ? 'aanbieder' : 'aanbieders'}.`,
		en: (municipality: string, category: string, providers: string, n: number) =>
			`The least choice is in ${municipality}, for ${category.toLowerCase()}: ${providers} ${n === 1 ? 'provider' : 'providers'}.`
	},
	noContracts: { nl: 'Geen lopende contracten met deze filters.', en: 'No current contracts with these filters.' },
	concentrated: {
		nl: (k: string, total: string, category: string, effective: string) =>
			`In ${k} van de ${total} zorgsoorten is de markt sterk geconcentreerd (HHI boven 2.000), bijvoorbeeld ${category}: effectief ${effective} aanbieders.`,
		en: (k: string, total: string, category: string, effective: string) =>
			`In ${k} of the ${total} care categories the market is highly concentrated (HHI above 2,000), for example ${category}: effectively ${effective} providers.`
	},
	notConcentrated: {
		nl: (low: string, high: string) => `Geen enkele zorgsoort is sterk geconcentreerd; het effectieve aantal aanbieders loopt van ${low} tot ${high}.`,
		en: (low: string, high: string) => `No care category is highly concentrated; the effective number of providers ranges from ${low} to ${high}.`
	},
	pgbNone: { nl: 'Geen gegevens over pgb.', en: 'No data on personal budgets.' },
	pgb: {
		nl: (year: number | null, share: string, scope: string) =>
			`In ${year} had ${share} van de cliënten in ${scope} een persoonsgebonden budget (pgb). Dit telt cliënten in de voorbeelddata; het echte pgb-aandeel in euro’s uit de begroting staat bij ‘Geld en inkoop’.`,
		en: (year: number | null, share: string, scope: string) =>
			`In ${year}, ${share} of the clients in ${scope} had a personal budget (pgb). This counts clients in the example data; the real PGB share in budget euros is under ‘Money and purchasing’.`
	},
	providersTitle: { nl: 'Gecontracteerde aanbieders per gemeente', en: 'Contracted providers per municipality' },
	municipality: { nl: 'Gemeente', en: 'Municipality' },
	providers: { nl: 'Aanbieders', en: 'Providers' },
	ofWhichMain: { nl: 'Waarvan hoofdaannemer', en: 'Of which main contractor' },
	providersDescription: {
		nl: (scope: string, caption: string) => `Staafdiagram: aantal gecontracteerde aanbieders per gemeente in ${scope}. ${caption}`,
		en: (scope: string, caption: string) => `Bar chart: number of contracted providers per municipality in ${scope}. ${caption}`
	},
	contractedTerm: { nl: 'Gecontracteerd', en: 'Contracted' },
	contractedExplain: {
		nl: ': de gemeente heeft met deze aanbieder afspraken gemaakt, dus u kunt er zorg krijgen zonder zelf te betalen.',
		en: ': the municipality has made agreements with this provider, so you can get care there without paying yourself.'
	},
	gridTitle: { nl: 'Aanbieders per gemeente en zorgsoort', en: 'Providers per municipality and care category' },
	category: { nl: 'Zorgsoort', en: 'Care category' },
	gridDescription: {
		nl: (caption: string) => `Tabel met kleuren: aantal gecontracteerde aanbieders per gemeente en zorgsoort. ${caption}`,
		en: (caption: string) => `Coloured table: number of contracted providers per municipality and care category. ${caption}`
	},
	concentrationTitle: { nl: 'Effectief aantal aanbieders per zorgsoort', en: 'Effective number of providers per care category' },
	mainContractors: { nl: 'Hoofdaannemers', en: 'Main contractors' },
	effective: { nl: 'Effectief aantal', en: 'Effective number' },
	concentration: { nl: 'Concentratie', en: 'Concentration' },
	levels: { hoog: { nl: 'hoog', en: 'high' }, matig: { nl: 'matig', en: 'moderate' }, laag: { nl: 'laag', en: 'low' } } as Record<string, Text>,
	shareBasis: { nl: 'Aandeel naar', en: 'Share by' },
	clients: { nl: 'cliënten', en: 'clients' },
	contractValue: { nl: 'contractwaarde', en: 'contract value' },
	highSuffix: { nl: ' (hoog)', en: ' (high)' },
	concentrationDescription: {
		nl: (caption: string) => `Staafdiagram: effectief aantal aanbieders per zorgsoort. ${caption}`,
		en: (caption: string) => `Bar chart: effective number of providers per care category. ${caption}`
	},
	effectiveTerm: { nl: 'Effectief aantal aanbieders', en: 'Effective number of providers' },
	effectiveExplain: {
		nl: ': als de zorg gelijk verdeeld was over zoveel aanbieders. Weinig effectieve aanbieders betekent dat een paar grote aanbieders het meeste doen (HHI boven 2.000 = sterk geconcentreerd).',
		en: ': as if the care were spread evenly over this many providers. Few effective providers means that a few large providers do most of the work (HHI above 2,000 = highly concentrated).'
	},
	filterCategory: { nl: 'Filter op zorgsoort:', en: 'Filter by care category:' },
	pgbTitle: { nl: 'Aandeel cliënten met een pgb', en: 'Share of clients with a personal budget (pgb)' },
	year: { nl: 'Jaar', en: 'Year' },
	clientsInKind: { nl: 'Cliënten zorg in natura', en: 'Clients with care in kind' },
	pgbClients: { nl: 'Cliënten met pgb', en: 'Clients with a pgb' },
	pgbShare: { nl: 'Aandeel pgb', en: 'Share with a pgb' },
	pgbDescription: {
		nl: (caption: string) => `Staafdiagram: percentage cliënten met een pgb per gemeente. ${caption}`,
		en: (caption: string) => `Bar chart: percentage of clients with a personal budget, per municipality. ${caption}`
	},
	pgbTerm: { nl: 'Pgb', en: 'Pgb' },
	pgbExplain: {
		nl: ' (persoonsgebonden budget): u krijgt geld en koopt zelf zorg in, ook bij een aanbieder zonder contract.',
		en: ' (personal budget): you get money and buy care yourself, also from a provider without a contract.'
	}
};

export const waitingLens = {
	normTerm: { nl: 'Norm', en: 'Norm' },
	normExplain: {
		nl: ': de wachttijd die als acceptabel geldt. Voor de ggz is dat de Treeknorm (14 weken van aanmelding tot behandeling); voor jeugdhulp en Wmo bestaat geen wettelijke wachttijdnorm, hier geldt een demo-norm van 8 weken.',
		en: ': the waiting time that counts as acceptable. For mental health care that is the Treek norm (14 weeks from registration to treatment); for youth care and Wmo there is no legal waiting-time norm, so a demo norm of 8 weeks applies here.'
	},
	demoEmpty: { nl: (scope: string) => `Geen wachttijden voor ${scope} met deze filters.`, en: (scope: string) => `No waiting times for ${scope} with these filters.` },
	demo: {
		nl: (months: string, scope: string, share: string, median: string) =>
			`Over ${months}: in ${scope} lag de wachttijd in ${share} van de aanbieder-maanden boven de norm; de mediane wachttijd was ${median}.`,
		en: (months: string, scope: string, share: string, median: string) =>
			`Over ${months}: in ${scope} the waiting time was above the norm in ${share} of provider-months; the median wait was ${median}.`
	},
	realEmpty: {
		nl: (scope: string) => `De NZa-lijst van 2018 heeft geen ggz-locaties voor jeugd in ${scope} (met deze filters).`,
		en: (scope: string) => `The 2018 NZa list has no youth mental-health locations in ${scope} (with these filters).`
	},
	real: {
		nl: (scope: string, parts: string[], share: string) =>
			`In 2018 was de mediane ggz-wachttijd in ${scope} ${parts.join(' en ')}; ${share} van de gemelde wachttijden lag boven de Treeknorm van 14 weken.`,
		en: (scope: string, parts: string[], share: string) =>
			`In 2018 the median mental-health waiting time in ${scope} was ${parts.join(' and ')}; ${share} of the reported waiting times were above the Treek norm of 14 weeks.`
	},
	realPart: { nl: (wait: string, group: string) => `${wait} voor ${group}`, en: (wait: string, group: string) => `${wait} for ${group}` },
	/** The group of a mental-health circuit from its plain name ("Geestelijke zorg voor kinderen (ggz jeugd)" → "kinderen"). */
	circuitGroup: {
		nl: (name: string) => name.replace(/^Geestelijke zorg voor /, '').replace(/ \(.*\)$/, ''),
		en: (name: string) => name.replace(/^Mental health care for /, '').replace(/ \(.*\)$/, '')
	},
	trend: {
		nl: (month: string, wait: string, share: string) => `In ${month}, de laatste maand, was de mediane wachttijd ${wait}; ${share} van de aanbieders zat boven de norm.`,
		en: (month: string, wait: string, share: string) => `In ${month}, the latest month, the median waiting time was ${wait}; ${share} of providers were above the norm.`
	},
	trendWindow: {
		nl: (months: string, wait: string, share: string) => ` Over ${months} samen: ${wait} en ${share}.`,
		en: (months: string, wait: string, share: string) => ` Over ${months} together: ${wait} and ${share}.`
	},
	noData: { nl: 'Geen gegevens.', en: 'No data.' },
	category: { nl: 'Zorgsoort', en: 'Care category' },
	median: { nl: 'Mediaan (weken)', en: 'Median (weeks)' },
	p90: { nl: 'P90 (weken)', en: 'P90 (weeks)' },
	normWeeks: { nl: 'Norm (weken)', en: 'Norm (weeks)' },
	overNorm: { nl: 'Boven norm', en: 'Above norm' },
	providerMonths: { nl: 'Aanbieder-maanden', en: 'Provider-months' },
	providers: { nl: 'Aanbieders', en: 'Providers' },
	provider: { nl: 'Aanbieder', en: 'Provider' },
	monthsOverNorm: { nl: 'Maanden boven norm', en: 'Months above norm' },
	longestRun: { nl: 'Langst aaneen boven norm', en: 'Longest run above norm' },
	realHeading: { nl: 'Echte ggz-wachttijden, 2018 (NZa)', en: 'Real mental-health waiting times, 2018 (NZa)' },
	realTitle: { nl: 'Ggz-wachttijden voor jeugd in 2018, per circuit', en: 'Youth mental-health waiting times in 2018, per circuit' },
	weeks: { nl: 'weken', en: 'weeks' },
	realDescription: {
		nl: (caption: string) => `Stippen: mediane ggz-wachttijd in 2018 per circuit, met spreiding en de Treeknorm. ${caption}`,
		en: (caption: string) => `Dots: median mental-health waiting time in 2018 per circuit, with spread and the Treek norm. ${caption}`
	},
	perProvider: {
		nl: (shown: number, total: number) => `Per aanbieder${shown < total ? ` (de ${shown} langste van ${total})` : ''}`,
		en: (shown: number, total: number) => `Per provider${shown < total ? ` (the ${shown} longest of ${total})` : ''}`
	},
	realProviderDescription: {
		nl: 'Stippen: ggz-wachttijd per aanbieder in 2018, tegen de Treeknorm.',
		en: 'Dots: mental-health waiting time per provider in 2018, against the Treek norm.'
	},
	demoHeading: { nl: 'Wachttijden per zorgsoort', en: 'Waiting times per care category' },
	demoTitle: { nl: 'Wachttijd per zorgsoort tegen de norm', en: 'Waiting time per care category against the norm' },
	demoDescription: {
		nl: (caption: string) => `Stippen: mediane wachttijd per zorgsoort met spreiding tot het 90e percentiel en de norm. ${caption}`,
		en: (caption: string) => `Dots: median waiting time per care category, with spread to the 90th percentile, and the norm. ${caption}`
	},
	trendTitle: { nl: 'Wachttijd per maand', en: 'Waiting time per month' },
	month: { nl: 'Maand', en: 'Month' },
	normLabel: { nl: (weeks: string) => `norm ${weeks} weken`, en: (weeks: string) => `norm ${weeks} weeks` },
	trendYLabel: { nl: 'weken (mediaan)', en: 'weeks (median)' },
	trendDescription: { nl: (caption: string) => `Lijn: mediane wachttijd per maand. ${caption}`, en: (caption: string) => `Line: median waiting time per month. ${caption}` },
	providerTitle: {
		nl: (shown: number, total: number) => `Wachttijd per aanbieder${shown < total ? ` (de ${shown} langste van ${total})` : ''}`,
		en: (shown: number, total: number) => `Waiting time per provider${shown < total ? ` (the ${shown} longest of ${total})` : ''}`
	},
	longest: {
		nl: (provider: string, category: string, wait: string, months: number) =>
			`Het langst wachten inwoners bij ${provider} (${category}): mediaan ${wait}, ${months === 1 ? '1 maand' : `${plural(months, 'maand', 'maanden', 'nl')} aaneen`} boven de norm.`,
		en: (provider: string, category: string, wait: string, months: number) =>
			`Residents wait longest at ${provider} (${category}): median ${wait}, ${months === 1 ? '1 month' : `${plural(months, 'month', 'months', 'en')} in a row`} above the norm.`
	},
	providerDescription: {
		nl: 'Stippen: mediane wachttijd per aanbieder en zorgsoort, tegen de norm.',
		en: 'Dots: median waiting time per provider and care category, against the norm.'
	},
	pickProvider: { nl: 'Filter op een aanbieder', en: 'Filter by a provider' }
};

export const flagsLens = {
	empty: { nl: (scope: string) => `Geen signalen voor ${scope} met deze filters.`, en: (scope: string) => `No signals for ${scope} with these filters.` },
	caption: {
		nl: (raised: string, total: string, scope: string, deals: string, n: number) =>
			`${raised} van de ${total} signalen staan aan voor ${scope}, bij ${deals} lopende ${n === 1 ? 'traject' : 'trajecten'}. Een signaal is geen oordeel, maar een reden om door te vragen.`,
		en: (raised: string, total: string, scope: string, deals: string, n: number) =>
			`${raised} of the ${total} signals are raised for ${scope}, across ${deals} current ${n === 1 ? 'procurement' : 'procurements'}. A signal is not a verdict, but a reason to ask further.`
	},
	title: { nl: 'Signalen', en: 'Signals' },
	signal: { nl: 'Signaal', en: 'Signal' },
	count: { nl: 'Aantal', en: 'Count' },
	deals: { nl: 'Trajecten', en: 'Procurements' },
	perDeal: { nl: 'Per traject', en: 'Per procurement' },
	description: {
		nl: (caption: string) => `Staafdiagram: aantal keer dat elk signaal afgaat. ${caption}`,
		en: (caption: string) => `Bar chart: number of times each signal is raised. ${caption}`
	},
	perDealText: { nl: (v: string) => `, ${v} per traject`, en: (v: string) => `, ${v} per procurement` },
	meaning: { nl: 'Wat betekent dit?', en: 'What does this mean?' },
	showCases: {
		nl: (n: number) => `Toon ${n === 1 ? 'het geval' : `de ${n} gevallen`}`,
		en: (n: number) => `Show ${n === 1 ? 'the case' : `the ${n} cases`}`
	}
};

/* ------------------------------------------------------------------ data values */

const monthNamesNl = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const monthNamesEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthPattern = new RegExp(`\\b(${monthNamesNl.join('|')})\\b`, 'g');

/**
 * A source's period as written in src/lib/data/sources.ts ("1 januari 2025", "februari–maart 2018")
 * in the current language: in English the Dutch month names become English ones.
 */
export function periodText(period: string | Text, lang: Lang = i18n.lang): string {
	if (typeof period !== 'string') return period[lang]; // words beyond month names need both languages
	return lang === 'nl' ? period : period.replace(monthPattern, (m) => monthNamesEn[monthNamesNl.indexOf(m)]!);
}

/** Care category names by code in both languages, for lenses whose rows carry only the Dutch name. */
export type CategoryNames = Readonly<Record<string, Text>>;

/**
 * Rows with their `categoryName` in the current language, for the lenses: metric rows carry the
 * Dutch name only. In Dutch (or without `names`) the rows are returned as they are.
 */
export function localizeCategories<R extends { category: string | null; categoryName: string | null }>(rows: R[], names?: CategoryNames, lang: Lang = i18n.lang): R[] {
	if (lang === 'nl' || !names) return rows;
	return rows.map((r) => {
		const known = r.category === null ? undefined : names[r.category];
		return known ? { ...r, categoryName: known[lang] } : r;
	});
}

/** Build `CategoryNames` from filter options carrying both names (`label` Dutch, `labelEn` English). */
export function categoryNames(...lists: readonly (readonly { value: string; label: string; labelEn?: string | null }[])[]): CategoryNames {
	const out: Record<string, Text> = {};
	for (const list of lists) for (const o of list) out[o.value] = { nl: o.label, en: o.labelEn || o.label };
	return out;
}
