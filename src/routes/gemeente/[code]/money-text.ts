/**
 * Words of the real-money section of the municipality page ('Geld en inkoop'), Dutch (B1) and
 * English, read with `tr()` like src/lib/i18n/text.ts. Sentences with figures take them
 * already formatted.
 */
import type { Text } from '$lib/i18n/text';
import type { MoneyIndicator } from '$lib/metrics/money';
import { i18n, type Lang } from '$lib/i18n/lang.svelte';


export const money = {
	heading: { nl: 'Geld en inkoop', en: 'Money and purchasing' },
	real: { nl: 'echte cijfers', en: 'real figures' },
	lede: {
		nl: (name: string, region: string) =>
			`Wat ${name} uitgeeft aan jeugdhulp en Wmo-ondersteuning, uit de begroting en de jaarrekening die elke gemeente aan het CBS geeft. Vergeleken met de jeugdregio ${region}, heel Nederland en gemeenten die op ${name} lijken.`,
		en: (name: string, region: string) =>
			`What ${name} spends on youth care and Wmo support, from the budget and accounts every municipality reports to CBS. Compared with the youth region ${region}, the whole country and municipalities like ${name}.`
	},
	yearGroup: { nl: 'Jaar en soort cijfers', en: 'Year and kind of figures' },
	yearHelp: {
		nl: '2023 heeft een jaarrekening: wat de gemeente echt heeft uitgegeven. Een begroting is een plan, vooraf vastgesteld. Van 2024 en 2025 is er alleen een begroting.',
		en: '2023 has accounts (jaarrekening): what the municipality actually spent. A budget (begroting) is a plan, set in advance. For 2024 and 2025 there is only a budget.'
	},
	notInFile: {
		nl: (name: string, year: string) => `${name} staat niet in het bestand van ${year}. Kies een ander jaar.`,
		en: (name: string, year: string) => `${name} is not in the ${year} file. Choose another year.`
	},

	tableTitle: { nl: (name: string) => `${name} vergeleken`, en: (name: string) => `${name} compared` },
	tableCaption: {
		nl: (name: string, region: string, year: string) => `${name} tegenover de regio ${region}, Nederland en vergelijkbare gemeenten (${year})`,
		en: (name: string, region: string, year: string) => `${name} against the region ${region}, the Netherlands and similar municipalities (${year})`
	},
	figure: { nl: 'Cijfer', en: 'Figure' },
	regionColumn: { nl: (region: string) => `Regio ${region}`, en: (region: string) => `Region ${region}` },
	netherlands: { nl: 'Nederland', en: 'Netherlands' },
	peersColumn: { nl: 'Vergelijkbare gemeenten: middelste waarde (middelste helft)', en: 'Similar municipalities: middle value (middle half)' },
	placeColumn: { nl: 'Plaats (1 = hoogste)', en: 'Place (1 = highest)' },
	place: {
		nl: (rank: number, of: number) => `${rank}e van ${of}`,
		en: (rank: number, of: number) => `${rank}${ordinalSuffix(rank)} of ${of}`
	},
	tableNote: {
		nl: 'Middelste waarde: de helft van de vergelijkbare gemeenten zit hoger, de helft lager. Tussen haakjes de middelste helft: een kwart van de gemeenten zit lager, een kwart hoger. Hoog is niet vanzelf goed of slecht.',
		en: 'Middle value (median): half of the similar municipalities are higher, half lower. In brackets the middle half: a quarter of the municipalities are lower, a quarter higher. High is not good or bad in itself.'
	},

	amountsTitle: { nl: 'De bedragen erachter', en: 'The amounts behind them' },
	amountsCaption: {
		nl: (name: string, year: string) => `Bedragen in euro’s voor ${name}, de regio en Nederland (${year})`,
		en: (name: string, year: string) => `Amounts in euros for ${name}, the region and the Netherlands (${year})`
	},
	amount: { nl: 'Bedrag', en: 'Amount' },
	perInhabitant: { nl: (v: string) => `${v} per inwoner`, en: (v: string) => `${v} per inhabitant` },
	amounts: {
		population: { nl: 'Inwoners', en: 'Inhabitants' },
		jeugd: { nl: 'Jeugdhulp: uitgaven', en: 'Youth care: spending' },
		wmo: { nl: 'Wmo-ondersteuning: uitgaven', en: 'Wmo support: spending' },
		jeugdBudget: { nl: 'Jeugdhulp in de begroting 2023', en: 'Youth care in the 2023 budget' },
		jeugdActual: { nl: 'Jeugdhulp in de jaarrekening 2023', en: 'Youth care in the 2023 accounts' },
		jeugdBudgetDiff: { nl: 'Jeugdhulp: meer (+) of minder (−) uitgegeven dan begroot', en: 'Youth care: spent more (+) or less (−) than budgeted' },
		wmoBudget: { nl: 'Wmo in de begroting 2023', en: 'Wmo in the 2023 budget' },
		wmoActual: { nl: 'Wmo in de jaarrekening 2023', en: 'Wmo in the 2023 accounts' },
		wmoBudgetDiff: { nl: 'Wmo: meer (+) of minder (−) uitgegeven dan begroot', en: 'Wmo: spent more (+) or less (−) than budgeted' },
		fundJeugd: { nl: 'Gemeentefonds voor jeugdhulp (berekend)', en: 'Municipal Fund for youth care (computed)' },
		jeugdMinusFund: { nl: 'Jeugdhulp min fondsbedrag (berekend)', en: 'Youth care minus fund amount (computed)' },
		fundWmo: { nl: 'Gemeentefonds voor Wmo (berekend)', en: 'Municipal Fund for Wmo (computed)' },
		wmoMinusFund: { nl: 'Wmo min fondsbedrag (berekend)', en: 'Wmo minus fund amount (computed)' }
	},
	amountsNote: {
		nl: 'Jeugdhulp: ambulante hulp, hulp met verblijf, pgb en jeugdbescherming; zonder toegang en beleid. Wmo: hulpmiddelen, maatwerk en pgb; zonder beschermd wonen en opvang.',
		en: 'Youth care: outpatient care, care with a stay, PGB and child protection; without access and policy. Wmo: aids, tailored support and PGB; without sheltered housing and shelter.'
	},
	fundNote: {
		nl: (circulaire: string) =>
			`Het Gemeentefonds-bedrag is berekend uit de ${circulaire}: wat de verdeling de gemeente toekent, geen betaling en geen geoormerkt budget. De gemeente mag het geld ook anders besteden.`,
		en: (circulaire: string) =>
			`The Municipal Fund amount is computed from the ${circulaire}: what the allocation gives the municipality, not a payment and not an earmarked budget. The municipality may spend the money otherwise.`
	},
	source: { nl: 'Bron:', en: 'Source:' },

	chartTitle: { nl: (name: string) => `${name} tussen vergelijkbare gemeenten`, en: (name: string) => `${name} among similar municipalities` },
	chartCaption: {
		nl: (name: string, what: string, value: string, place: string, peers: number, low: string, high: string, region: string, regionValue: string, nl: string) =>
			`${what}: ${name} ${value}, plaats ${place} van ${peers} vergelijkbare gemeenten (1 = hoogste). De middelste helft zit tussen ${low} en ${high}; de regio ${region} ${regionValue}, Nederland ${nl}.`,
		en: (name: string, what: string, value: string, place: string, peers: number, low: string, high: string, region: string, regionValue: string, nl: string) =>
			`${what}: ${name} ${value}, place ${place} of ${peers} similar municipalities (1 = highest). The middle half lies between ${low} and ${high}; the region ${region} ${regionValue}, the Netherlands ${nl}.`
	},
	chartDescription: {
		nl: (name: string, caption: string) => `Stippen per cijfer: elke vergelijkbare gemeente is een stip, ${name} een grotere ruit, met lijnen voor de regio en Nederland. ${caption}`,
		en: (name: string, caption: string) => `Dots per figure: each similar municipality is a dot, ${name} a larger diamond, with lines for the region and the Netherlands. ${caption}`
	},
	legendPeer: { nl: 'vergelijkbare gemeente', en: 'similar municipality' },
	legendBand: { nl: 'middelste helft', en: 'middle half' },
	legendMid: { nl: 'middelste waarde', en: 'middle value' },
	legendBeyond: { nl: 'ver buiten de rest (zie tabel)', en: 'far beyond the rest (see table)' },
	legendRegion: { nl: (region: string) => `regio ${region}`, en: (region: string) => `region ${region}` },
	municipality: { nl: 'Gemeente', en: 'Municipality' },
	kindColumn: { nl: 'Soort', en: 'Kind' },
	kindSelf: { nl: 'deze gemeente', en: 'this municipality' },
	kindPeer: { nl: 'vergelijkbaar', en: 'similar' },
	kindRegion: { nl: 'regio', en: 'region' },
	kindCountry: { nl: 'land', en: 'country' },
	noPeers: {
		nl: (name: string, year: string) => `Geen figuur: in ${year} is er geen groep vergelijkbare gemeenten met cijfers voor ${name}.`,
		en: (name: string, year: string) => `No chart: in ${year} there is no group of similar municipalities with figures for ${name}.`
	},
	noOwnValue: {
		nl: (what: string, name: string) => `${what}: geen cijfer voor ${name} in dit bestand (een deel van de som ontbreekt of is 0), dus geen stip.`,
		en: (what: string, name: string) => `${what}: no figure for ${name} in this file (part of the sum is missing or 0), so no dot.`
	},
	missing: {
		purchase: {
			nl: 'Hoe de jeugdhulp is ingekocht (lokaal, regionaal of landelijk) en het pgb-deel staan pas vanaf 2025 in de begroting.',
			en: 'How youth care is bought (locally, regionally or nationally) and the PGB share are in the budget only from 2025.'
		},
		budget: {
			nl: 'Uitgegeven tegenover begroot kan alleen voor 2023: alleen dat jaar heeft een jaarrekening.',
			en: 'Spent against budgeted is possible for 2023 only: only that year has accounts.'
		},
		fund: {
			nl: 'Het Gemeentefonds (berekend) hebben we alleen voor 2024 en 2025.',
			en: 'We have the Municipal Fund (computed) for 2024 and 2025 only.'
		}
	},
	missingHeading: { nl: (year: string) => `Niet in ${year}:`, en: (year: string) => `Not in ${year}:` },

	groupTitle: { nl: 'Wie zijn de vergelijkbare gemeenten?', en: 'Who are the similar municipalities?' },
	group: {
		nl: (n: number, size: string, urbanity: string, year: string) =>
			`${n} gemeenten met ${size} die ${urbanity} zijn, volgens de indeling van het CBS in het bestand van ${year}. De gemeente zelf telt mee.`,
		en: (n: number, size: string, urbanity: string, year: string) =>
			`${n} municipalities with ${size} that are ${urbanity}, by the CBS classes in the ${year} file. The municipality itself is included.`
	},
	widened: {
		nl: (n: number, size: string, urbanity: string) =>
			`Er zijn minder dan 5 gemeenten met ${size} die ${urbanity} zijn. Daarom vergelijken we met alle ${n} gemeenten met ${size}, hoe stedelijk ook.`,
		en: (n: number, size: string, urbanity: string) =>
			`There are fewer than 5 municipalities with ${size} that are ${urbanity}. So we compare with all ${n} municipalities with ${size}, however urban.`
	},
	membersSummary: { nl: (n: number) => `Toon de ${n} gemeenten`, en: (n: number) => `Show the ${n} municipalities` },
	self: { nl: '(deze gemeente)', en: '(this municipality)' },

	demoDivider: { nl: 'Voorbeelddata (demo)', en: 'Example data (demo)' },
	demoDividerText: {
		nl: 'Hieronder: voorbeelddata (demo) over contracten, aanbieders, keuzevrijheid en wachttijden. Die cijfers zijn verzonnen; de gemeenten en regio’s zijn echt.',
		en: 'Below: example data (demo) on contracts, providers, choice and waiting times. Those figures are made up; the municipalities and regions are real.'
	},
	/** The comparison table is computed when the site is built, so your own files do not change it. */
	comparisonOnDemo: {
		nl: ' De vergelijking met regio en Nederland direct hieronder is vooraf berekend op de voorbeelddata (demo); uw bestanden veranderen die niet.',
		en: ' The comparison with the region and the Netherlands just below was calculated in advance on the example data (demo); your files do not change it.'
	}
};

/** What 1 (the highest) means, per indicator, for the place column. */
export const highMeans: Record<MoneyIndicator, Text> = {
	jeugdPerInhabitant: { nl: '1 = meeste geld per inwoner', en: '1 = most money per inhabitant' },
	wmoPerInhabitant: { nl: '1 = meeste geld per inwoner', en: '1 = most money per inhabitant' },
	shareLokaal: { nl: '1 = grootste deel lokaal', en: '1 = largest share local' },
	shareRegionaal: { nl: '1 = grootste deel regionaal', en: '1 = largest share regional' },
	shareLandelijk: { nl: '1 = grootste deel landelijk', en: '1 = largest share national' },
	pgbShareJeugd: { nl: '1 = grootste pgb-deel', en: '1 = largest PGB share' },
	pgbShareWmo: { nl: '1 = grootste pgb-deel', en: '1 = largest PGB share' },
	jeugdBudgetDiffShare: { nl: '1 = meest boven de begroting', en: '1 = most over budget' },
	wmoBudgetDiffShare: { nl: '1 = meest boven de begroting', en: '1 = most over budget' },
	jeugdFundShare: { nl: '1 = meeste uitgaven tegenover het fonds', en: '1 = most spent against the fund' },
	wmoFundShare: { nl: '1 = meeste uitgaven tegenover het fonds', en: '1 = most spent against the fund' }
};

/** Why an indicator is missing from a file (one sentence per group of indicators). */
export const missingReason: Record<MoneyIndicator, keyof typeof money.missing | null> = {
	jeugdPerInhabitant: null,
	wmoPerInhabitant: null,
	shareLokaal: 'purchase',
	shareRegionaal: 'purchase',
	shareLandelijk: 'purchase',
	pgbShareJeugd: 'purchase',
	pgbShareWmo: 'purchase',
	jeugdBudgetDiffShare: 'budget',
	wmoBudgetDiffShare: 'budget',
	jeugdFundShare: 'fund',
	wmoFundShare: 'fund'
};

function ordinalSuffix(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

const urbanityNames: Record<string, Text> = {
	zeersterkstedelijk: { nl: 'zeer sterk stedelijk', en: 'very strongly urban' },
	sterkstedelijk: { nl: 'sterk stedelijk', en: 'strongly urban' },
	matigstedelijk: { nl: 'matig stedelijk', en: 'moderately urban' },
	weinigstedelijk: { nl: 'weinig stedelijk', en: 'slightly urban' },
	nietstedelijk: { nl: 'niet stedelijk', en: 'not urban' }
};

/** A CBS urbanity class (`Sterkstedelijk`) in plain words; an unknown class as it is. */
export function urbanityName(cls: string, lang: Lang = i18n.lang): string {
	return urbanityNames[cls.toLowerCase()]?.[lang] ?? cls;
}

/**
 * A CBS size class (`50000tot100000inwoners`, `Minderdan5000inwoners`, `250000inwonersofmeer`)
 * in plain words: "50.000 tot 100.000 inwoners"; an unknown class as it is.
 */
export function sizeClassName(cls: string, lang: Lang = i18n.lang): string {
	const n = (s: string) => Number(s).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL');
	const c = cls.toLowerCase();
	let m = /^(\d+)tot(\d+)inwoners$/.exec(c);
	if (m) return lang === 'en' ? `${n(m[1]!)} to ${n(m[2]!)} inhabitants` : `${n(m[1]!)} tot ${n(m[2]!)} inwoners`;
	m = /^minderdan(\d+)inwoners$/.exec(c);
	if (m) return lang === 'en' ? `fewer than ${n(m[1]!)} inhabitants` : `minder dan ${n(m[1]!)} inwoners`;
	m = /^(\d+)inwonersofmeer$/.exec(c);
	if (m) return lang === 'en' ? `${n(m[1]!)} inhabitants or more` : `${n(m[1]!)} inwoners of meer`;
	return cls;
}

/** The deals the municipality takes part in, each linking to its deal page /inkoop/[id]. */
export const deals = {
	heading: { nl: (name: string) => `Inkooptrajecten waar ${name} aan meedoet`, en: (name: string) => `Procurements ${name} takes part in` }
};
