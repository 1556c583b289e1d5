/**
 * The catalogue of data sources: plain data, no imports, so the import worker can read the ids
 * too (a user's file may not claim them). Functions over it live in sources.ts.
 */
export interface DataSource {
	id: string;
	title: { nl: string; en: string };
	/** Who publishes the figures, in plain words. */
	publisher: string;
	/** How the figures reached Regiozicht (a repository, a script): shown on /bronnen, not in source lines. */
	via?: string;
	/** A source line in words of its own, after the (short) title: for the demo data, what they are. */
	short?: { nl: string; en: string };
	line?: { nl: (period: string) => string; en: (period: string) => string };
	/** Reference date or period of the figures; a plain string has its month names translated (periodText). */
	period: string | { nl: string; en: string };
	licence: string;
	url: string | null;
	/** false only for the seeded demo data. */
	real: boolean;
	/** The user's own files, loaded on /eigen-data (never in the catalogue). */
	user?: boolean;
	/** What we did to it, and what it does not cover. */
	notes: { nl: string; en: string };
}

export const sources: DataSource[] = [
	{
		id: 'cbs-gebieden-2025',
		title: { nl: 'Gemeenten en regio-indeling 2025', en: 'Municipalities and regional divisions 2025' },
		publisher: 'CBS / PDOK',
		via: 'cartomap/nl',
		period: '1 januari 2025',
		licence: 'CC BY 4.0 (CBS open data)',
		url: 'https://www.cbs.nl/nl-nl/dossier/nederland-regionaal/geografische-data',
		real: true,
		notes: {
			nl: 'Lidmaatschap van jeugdregio, GGD-regio, zorgkantoorregio en provincie is afgeleid uit de CBS-grenzen (punt-in-vlak), niet uit de CBS-tabel Gebieden in Nederland. De centrumgemeente is benaderd als de grootste gemeente van de regio.',
			en: 'Membership of youth region, GGD region, care-office region and province was derived from CBS boundaries (point in polygon), not from the CBS table Regions in the Netherlands. The lead municipality is approximated as the region’s largest municipality.'
		}
	},
	{
		id: 'cbs-kwb-2023',
		title: { nl: 'Kerncijfers wijken en buurten 2023', en: 'Key figures districts and neighbourhoods 2023' },
		publisher: 'CBS',
		via: 'PDOK',
		period: '1 januari 2023',
		licence: 'CBS/PDOK open data',
		url: 'https://www.cbs.nl/nl-nl/reeksen/geografische-data/kerncijfers-wijken-en-buurten',
		real: true,
		notes: { nl: 'Inwonertal en leeftijdsopbouw per gemeente.', en: 'Population and age structure per municipality.' }
	},
	{
		id: 'cbs-grenzen-2025',
		title: { nl: 'Grenzen van gemeenten, jeugdregio’s en provincies 2025', en: 'Boundaries of municipalities, youth regions and provinces 2025' },
		publisher: 'CBS / PDOK',
		via: 'cartomap/nl',
		period: '2025',
		licence: 'CC BY 4.0 (CBS open data)',
		url: 'https://github.com/cartomap/nl',
		real: true,
		notes: { nl: 'Gegeneraliseerde grenzen, geschikt voor landelijke kaarten, niet voor straatniveau.', en: 'Generalised boundaries, fit for national maps, not street level.' }
	},
	{
		id: 'nza-ggz-2018',
		title: { nl: 'Wachttijden ggz, februari–maart 2018', en: 'Mental health waiting times, February–March 2018' },
		publisher: 'Nederlandse Zorgautoriteit (NZa)',
		period: 'februari–maart 2018',
		licence: 'NZa open data (zustergegevens onder CC0 1.0)',
		url: 'https://github.com/nzanl/wachttijden_ggz_2018',
		real: true,
		notes: {
			nl: '849 echte ggz-aanbieders met hun locaties en gepubliceerde aanmeld- en behandelwachttijden. Alleen geestelijke gezondheidszorg, en een momentopname uit 2018: niet de wachttijd van nu. Gemeentecodes van 2018 zijn omgezet naar de indeling van 2025.',
			en: '849 real mental-health providers with their locations and published registration and treatment waits. Mental health only, and a 2018 snapshot: not today’s wait. 2018 municipality codes were mapped to the 2025 division.'
		}
	},
	{
		id: 'istandaarden',
		title: { nl: 'Productcategorieën iJw en iWmo', en: 'Product categories iJw and iWmo' },
		publisher: 'Zorginstituut Nederland (iStandaarden)',
		period: '2024',
		licence: 'openbaar',
		url: 'https://www.istandaarden.nl/',
		real: true,
		notes: { nl: 'Landelijke codes voor soorten jeugdhulp en Wmo-ondersteuning; de namen in gewone taal zijn van ons.', en: 'National codes for kinds of youth care and Wmo support; the plain-language names are ours.' }
	},
	{
		id: 'cbs-iv3',
		title: { nl: 'Gemeentelijke uitgaven per taakveld (Iv3)', en: 'Municipal spending per budget heading (Iv3)' },
		publisher: 'CBS',
		via: 'michielsd/begrotingsanalysetool',
		period: { nl: 'begroting 2023, 2024, 2025; jaarrekening 2023', en: 'budget 2023, 2024, 2025; accounts 2023' },
		licence: 'CC BY 4.0 (CBS open data)',
		url: 'https://www.cbs.nl/nl-nl/onze-diensten/methoden/onderzoksomschrijvingen/korte-onderzoeksbeschrijvingen/iv3-informatie-voor-derden',
		real: true,
		notes: {
			nl: 'Lasten en baten van alle 342 gemeenten per taakveld, in duizenden euro’s (hier omgerekend naar euro’s). Een begroting is een plan, geen uitgave; alleen 2023 heeft een jaarrekening. Vanaf 2025 is de nummering anders: jeugdhulp is gesplitst naar lokaal, regionaal en landelijk ingekocht, en pgb’s hebben eigen taakvelden. Zes namen zijn aangevuld met het provincie-achtervoegsel van het CBS.',
			en: 'Expenditure and income of all 342 municipalities per budget heading, in thousands of euros (converted to euros here). A budget is a plan, not spending; only 2023 has accounts. From 2025 the numbering differs: youth care is split into bought locally, regionally and nationally, and personal budgets have their own headings. Six names were completed with CBS’s province suffix.'
		}
	},
	{
		id: 'gemeentefonds-berekend',
		title: { nl: 'Gemeentefonds: individuele voorzieningen Wmo en Jeugd (berekend)', en: 'Municipal Fund: individual provisions Wmo and youth (computed)' },
		publisher: 'Ministerie van BZK (circulaires)',
		via: 'michielsd/begrotingsanalysetool',
		period: { nl: 'uitkeringsjaren 2024 en 2025 (mei- en septembercirculaire 2023 en 2024)', en: 'payment years 2024 and 2025 (May and September circulars of 2023 and 2024)' },
		licence: 'open data; berekening Apache-2.0',
		url: 'https://www.rijksoverheid.nl/onderwerpen/financien-gemeenten-en-provincies/gemeentefonds',
		real: true,
		notes: {
			nl: 'Berekend uit de officiële gewichten en volumes per gemeente; geen overzicht van betalingen. Het cluster is geen geoormerkt budget: een gemeente mag het geld ook anders besteden. Regiozicht gebruikt per uitkeringsjaar de laatste circulaire.',
			en: 'Computed from the official weights and volumes per municipality; not a record of payments. A cluster is not an earmarked budget: a municipality may spend the money otherwise. Regiozicht uses the latest circular for each payment year.'
		}
	},
	{
		id: 'demo',
		title: { nl: 'Demodata (verzonnen)', en: 'Demo data (made up)' },
		publisher: 'Regiozicht',
		via: 'scripts/sources/demo.ts',
		short: { nl: 'Demodata', en: 'Demo data' },
		line: {
			nl: (period: string) => `verzonnen door Regiozicht, ${period}, op echte gemeenten en regio’s`,
			en: (period: string) => `made up by Regiozicht, ${period}, on real municipalities and regions`
		},
		period: '2015–2026',
		licence: 'EUPL-1.2 (code), data vrij te gebruiken',
		url: null,
		real: false,
		notes: {
			nl: 'Er is geen open bron voor regionale zorgcontracten. Inkooptrajecten, percelen, contracten, aanbieders met verzonnen namen, Wmo-regio’s, gebruik en wachttijden buiten de ggz zijn daarom voorbeelddata op de echte gemeenten en regio’s. Ze tonen hoe Regiozicht werkt, niet hoe het in een regio echt zit.',
			en: 'There is no open source for regional care contracts. Procurements, lots, contracts, providers with invented names, Wmo regions, usage and waits outside mental health are therefore example data on the real municipalities and regions. They show how Regiozicht works, not how things really are in a region.'
		}
	}
];
