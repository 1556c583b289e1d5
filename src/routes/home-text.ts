/** The home page's national money map: its words in Dutch (B1) and English. */
import type { Text } from '$lib/i18n/text';
import { plural } from '$lib/format';

export const homeMap = {
	heading: { nl: 'Geld voor jeugdhulp en Wmo, per gemeente', en: 'Money for youth care and Wmo, per municipality' },
	lede: {
		nl: 'Deze kaart toont echte cijfers van het CBS: wat elke gemeente in haar begroting of jaarrekening uitgeeft aan jeugdhulp en Wmo-ondersteuning (Iv3). Het bedrag uit het Gemeentefonds is berekend uit de officiële verdeling; het is geen overzicht van betalingen. De dikke lijnen zijn de 42 jeugdregio’s.',
		en: 'This map shows real figures from Statistics Netherlands (CBS): what each municipality spends on youth care and Wmo support in its budget or accounts (Iv3). The Municipal Fund amount is computed from the official allocation; it is not a record of payments. The thick lines are the 42 youth care regions.'
	},
	yearGroup: { nl: 'Kies een jaar', en: 'Choose a year' },
	yearShort: { nl: 'Jaar:', en: 'Year:' },
	indicatorGroup: { nl: 'Kies een cijfer voor de kaart', en: 'Choose a figure for the map' },
	indicatorShort: { nl: 'Cijfer:', en: 'Figure:' },
	title: {
		nl: (label: string, year: string) => `${label}, per gemeente (${year})`,
		en: (label: string, year: string) => `${label}, per municipality (${year})`
	},
	caption: {
		nl: (nl: string, low: string, lowName: string, high: string, highName: string) =>
			`In heel Nederland: ${nl}. Per jeugdregio van ${low} (${lowName}) tot ${high} (${highName}).`,
		en: (nl: string, low: string, lowName: string, high: string, highName: string) =>
			`The Netherlands as a whole: ${nl}. By youth care region from ${low} (${lowName}) to ${high} (${highName}).`
	},
	captionNlOnly: { nl: (nl: string) => `In heel Nederland: ${nl}.`, en: (nl: string) => `The Netherlands as a whole: ${nl}.` },
	perInhabitant: { nl: 'per inwoner', en: 'per inhabitant' },
	noData: { nl: 'geen gegevens', en: 'no data' },
	description: {
		nl: (label: string, year: string) =>
			`Kaart van Nederland met alle gemeenten, gekleurd naar ${label} (${year}). De 42 jeugdregio’s zijn omlijnd. Alle cijfers staan ook in de tabel.`,
		en: (label: string, year: string) =>
			`Map of the Netherlands with every municipality, coloured by ${label} (${year}). The 42 youth care regions are outlined. All figures are also in the table.`
	},
	hint: {
		nl: 'Wijs een gemeente aan of tik erop voor haar cijfer.',
		en: 'Point at or tap a municipality to see its figure.'
	},
	toMunicipality: { nl: (name: string) => `Naar ${name}`, en: (name: string) => `Go to ${name}` },
	colCode: { nl: 'CBS-code', en: 'CBS code' },
	colMunicipality: { nl: 'Gemeente', en: 'Municipality' },
	colRegion: { nl: 'Jeugdregio', en: 'Youth care region' },
	unavailable: {
		nl: (label: string, year: string, shown: string) => `‘${label}’ is er niet voor ${year}. De kaart toont nu: ${shown}.`,
		en: (label: string, year: string, shown: string) => `‘${label}’ is not available for ${year}. The map now shows: ${shown}.`
	},
	unknownIndicator: {
		nl: (value: string, shown: string) => `Het cijfer ‘${value}’ kennen we niet. De kaart toont: ${shown}.`,
		en: (value: string, shown: string) => `We do not know the figure ‘${value}’. The map shows: ${shown}.`
	},
	unknownYear: {
		nl: (value: string, year: string) => `Het jaar ‘${value}’ kennen we niet. De kaart toont ${year}.`,
		en: (value: string, year: string) => `We do not know the year ‘${value}’. The map shows ${year}.`
	}
} satisfies Record<string, Text<unknown>>;

/** The home search's procurements (deal pages /inkoop/[id]). */
export const homeDeals = {
	heading: { nl: 'Inkooptrajecten', en: 'Procurements' },
	hint: {
		nl: 'U vindt hier ook inkooptrajecten: zoek op titel, regio, gemeente of aanbieder.',
		en: 'You also find procurements here: search by title, region, municipality or provider.'
	},
	found: {
		nl: (n: number) => `${plural(n, 'inkooptraject', 'inkooptrajecten', 'nl')} gevonden.`,
		en: (n: number) => `${plural(n, 'procurement', 'procurements', 'en')} found.`
	},
	via: {
		nl: { titel: 'titel', regio: 'regio', gemeente: 'gemeente doet mee', aanbieder: 'aanbieder met contract' },
		en: { titel: 'title', regio: 'region', gemeente: 'municipality takes part', aanbieder: 'provider with a contract' }
	},
	loading: { nl: 'Inkooptrajecten laden…', en: 'Loading procurements…' },
	failed: { nl: 'De inkooptrajecten konden niet worden geladen.', en: 'The procurements could not be loaded.' },
	more: { nl: (n: number) => `En nog ${n}; typ meer letters.`, en: (n: number) => `And ${n} more; type more letters.` }
} satisfies Record<string, Text<unknown>>;
