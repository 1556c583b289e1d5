/** Words of the region page's real-money lens (MoneyLens.svelte) and its headline tiles, Dutch and English. */
export const moneyLens = {
	heading: { nl: 'Geld en inkoop (echte cijfers)', en: 'Money and purchasing (real figures)' },
	intro: {
		nl: 'Wat de gemeenten van deze regio begroten en uitgeven aan jeugdhulp en Wmo, en hoe zij jeugdhulp inkopen. Echte cijfers van het CBS (Iv3); de bedragen uit het Gemeentefonds zijn berekend. Een begroting is een plan; alleen 2023 heeft ook een jaarrekening (wat echt is uitgegeven).',
		en: 'What the municipalities of this region budget and spend on youth care and Wmo, and how they buy youth care. Real figures from CBS (Iv3); the Municipal Fund amounts are computed. A budget is a plan; only 2023 also has accounts (what was really spent).'
	},
	yearGroup: { nl: 'Jaar en soort cijfers', en: 'Year and kind of figures' },
	yearShort: { nl: 'Cijfers van:', en: 'Figures from:' },
	mapGroup: { nl: 'Kleur de geldkaart naar', en: 'Colour the money map by' },
	mapShort: { nl: 'Kaart:', en: 'Map:' },
	fellBack: {
		nl: (wanted: string, year: string) => `${wanted} bestaat niet voor ${year}; de kaart toont het eerste cijfer dat er wel is.`,
		en: (wanted: string, year: string) => `${wanted} does not exist for ${year}; the map shows the first figure that does.`
	},
	mapTitle: { nl: (indicator: string, year: string) => `${indicator} per gemeente, ${year}`, en: (indicator: string, year: string) => `${indicator} per municipality, ${year}` },
	mapCaption: {
		nl: (region: string, value: string, nl: string, high: string, highValue: string, low: string, lowValue: string) =>
			`${region}: ${value} (Nederland: ${nl}). Hoogste: ${high} (${highValue}); laagste: ${low} (${lowValue}).`,
		en: (region: string, value: string, nl: string, high: string, highValue: string, low: string, lowValue: string) =>
			`${region}: ${value} (the Netherlands: ${nl}). Highest: ${high} (${highValue}); lowest: ${low} (${lowValue}).`
	},
	mapDescription: {
		nl: (region: string, indicator: string) => `Kaart van de gemeenten in ${region}, gekleurd naar ${indicator.toLowerCase()}.`,
		en: (region: string, indicator: string) => `Map of the municipalities in ${region}, coloured by ${indicator.toLowerCase()}.`
	},
	municipality: { nl: 'Gemeente', en: 'Municipality' },
	regionLabel: { nl: (name: string) => `Regio ${name}`, en: (name: string) => `Region ${name}` },
	netherlands: { nl: 'Nederland', en: 'the Netherlands' },
	netherlandsLabel: { nl: 'Nederland', en: 'Netherlands' },

	purchaseTitle: { nl: 'Hoe de jeugdhulp is ingekocht, begroting 2025', en: 'How youth care is bought, budget 2025' },
	purchaseCaption: {
		nl: (region: string, regional: string, local: string, national: string, nlRegional: string) =>
			`${region} begroot ${regional} van de ingekochte jeugdhulp als regionaal ingekocht, ${local} lokaal en ${national} landelijk (Nederland: ${nlRegional} regionaal).`,
		en: (region: string, regional: string, local: string, national: string, nlRegional: string) =>
			`${region} budgets ${regional} of the youth care it buys as bought regionally, ${local} locally and ${national} nationally (the Netherlands: ${nlRegional} regionally).`
	},
	purchaseMissing: {
		nl: 'De inkoop per niveau (lokaal, regionaal, landelijk) staat pas vanaf de begroting 2025 in de cijfers.',
		en: 'Purchasing per level (local, regional, national) is only in the figures from the 2025 budget on.'
	},
	purchaseAll: { nl: 'Alle jeugdhulp', en: 'All youth care' },
	purchaseAmbulant: { nl: 'Ambulant', en: 'Outpatient' },
	purchaseStay: { nl: 'Met verblijf', en: 'With stay' },
	purchaseSetting: { nl: 'Welke jeugdhulp', en: 'Which youth care' },
	lokaal: { nl: 'lokaal', en: 'locally' },
	regionaal: { nl: 'regionaal', en: 'regionally' },
	landelijk: { nl: 'landelijk', en: 'nationally' },
	purchaseDescription: {
		nl: (caption: string) => `Gestapelde staven per gemeente: aandeel lokaal, regionaal en landelijk ingekochte jeugdhulp. ${caption}`,
		en: (caption: string) => `Stacked bars per municipality: share of youth care bought locally, regionally and nationally. ${caption}`
	},
	purchaseNote: {
		nl: 'Euro’s in de begroting, niet het aantal contracten. Zonder pgb (dat is niet ingekocht) en zonder jeugdbescherming.',
		en: 'Euros in the budget, not the number of contracts. Without personal budgets (not bought) and without child protection.'
	},
	euros: { nl: 'Euro’s', en: 'Euros' },

	perInhabitantTitle: {
		nl: (law: string, year: string) => `${law}: uitgaven per inwoner, ${year}`,
		en: (law: string, year: string) => `${law}: spending per inhabitant, ${year}`
	},
	perInhabitantCaption: {
		nl: (region: string, value: string, nl: string, total: string) => `${region}: ${value} per inwoner (Nederland: ${nl}); samen ${total}.`,
		en: (region: string, value: string, nl: string, total: string) => `${region}: ${value} per inhabitant (the Netherlands: ${nl}); ${total} in total.`
	},
	inhabitants: { nl: 'Inwoners', en: 'Inhabitants' },
	spending: { nl: 'Uitgaven (lasten)', en: 'Spending (lasten)' },
	perInhabitant: { nl: 'Per inwoner', en: 'Per inhabitant' },
	perInhabitantDescription: {
		nl: (caption: string) => `Staafdiagram: uitgaven per inwoner per gemeente, de regio en Nederland. ${caption}`,
		en: (caption: string) => `Bar chart: spending per inhabitant per municipality, the region and the Netherlands. ${caption}`
	},
	whatCounts: {
		jeugd: {
			nl: 'Jeugdhulp = ambulant, met verblijf, pgb en jeugdbescherming; zonder toegang en beleid (die stonden vóór 2025 samen met de Wmo).',
			en: 'Youth care = outpatient, with stay, personal budgets and child protection; without access and policy (booked together with the Wmo before 2025).'
		},
		wmo: {
			nl: 'Wmo = hulpmiddelen, huishoudelijke hulp, begeleiding, dagbesteding en pgb; zonder beschermd wonen en opvang (die betaalt vaak een centrumgemeente voor de hele regio).',
			en: 'Wmo = aids, household help, supervision, day activities and personal budgets; without sheltered housing and shelters (often paid by a centre municipality for the whole region).'
		}
	},

	pgbTitle: { nl: (law: string) => `Pgb-aandeel ${law}, begroting 2025`, en: (law: string) => `Personal budget share, ${law}, budget 2025` },
	pgbCaption: {
		nl: (region: string, value: string, nl: string) => `${region} begroot ${value} van het geld voor deze zorg als pgb (Nederland: ${nl}).`,
		en: (region: string, value: string, nl: string) => `${region} budgets ${value} of the money for this care as personal budgets (the Netherlands: ${nl}).`
	},
	pgbDefinition: {
		jeugd: { nl: 'Pgb Jeugd (6.792) gedeeld door jeugdhulp plus pgb (6.751–6.763 en 6.792).', en: 'PGB youth (6.792) divided by youth care plus PGB (6.751–6.763 and 6.792).' },
		wmo: { nl: 'Pgb Wmo (6.791) gedeeld door Wmo-maatwerk plus pgb (6.711–6.714 en 6.791).', en: 'PGB Wmo (6.791) divided by Wmo support plus PGB (6.711–6.714 and 6.791).' }
	},
	pgbDescription: {
		nl: (caption: string) => `Staafdiagram: pgb-aandeel per gemeente, de regio en Nederland. ${caption}`,
		en: (caption: string) => `Bar chart: personal budget share per municipality, the region and the Netherlands. ${caption}`
	},
	pgbEuros: { nl: 'Pgb (euro)', en: 'PGB (euros)' },

	budgetTitle: { nl: (law: string) => `${law}: uitgegeven tegen begroot, 2023`, en: (law: string) => `${law}: spent against budgeted, 2023` },
	budgetCaption: {
		nl: (region: string, diff: string, share: string, nl: string) => `${region} gaf in 2023 ${diff} ${share.startsWith('-') || share.startsWith('−') ? 'minder' : 'meer'} uit dan begroot (${share}; Nederland: ${nl}).`,
		en: (region: string, diff: string, share: string, nl: string) => `In 2023 ${region} spent ${diff} ${share.startsWith('-') || share.startsWith('−') ? 'less' : 'more'} than budgeted (${share}; the Netherlands: ${nl}).`
	},
	budget: { nl: 'Begroot 2023', en: 'Budgeted 2023' },
	budgetAndAccounts: { nl: 'begroting en jaarrekening 2023', en: 'budget and accounts 2023' },
	actual: { nl: 'Uitgegeven 2023', en: 'Spent 2023' },
	difference: { nl: 'Verschil', en: 'Difference' },
	budgetDescription: {
		nl: (caption: string) => `Staafdiagram: procent meer of minder uitgegeven dan begroot, per gemeente. ${caption}`,
		en: (caption: string) => `Bar chart: percent more or less spent than budgeted, per municipality. ${caption}`
	},

	fundTitle: { nl: (law: string, year: number) => `${law}: begroot tegen het Gemeentefonds, ${year}`, en: (law: string, year: number) => `${law}: budget against the Municipal Fund, ${year}` },
	fundCaption: {
		nl: (region: string, share: string, spend: string, fund: string, nl: string) =>
			`${region} begroot ${share} van wat het Gemeentefonds hiervoor berekent (${spend} tegen ${fund}; Nederland: ${nl}).`,
		en: (region: string, share: string, spend: string, fund: string, nl: string) =>
			`${region} budgets ${share} of what the Municipal Fund computes for this (${spend} against ${fund}; the Netherlands: ${nl}).`
	},
	fundNote: {
		nl: (circulaire: string) => `Fondsbedrag: cluster ‘Individuele voorzieningen’, ${circulaire}, berekend uit gewichten en volumes. Geen geoormerkt budget.`,
		en: (circulaire: string) => `Fund amount: cluster ‘Individual provisions’, ${circulaire}, computed from weights and volumes. Not an earmarked budget.`
	},
	fund: { nl: 'Gemeentefonds (berekend)', en: 'Municipal Fund (computed)' },
	budgeted: { nl: 'Begroot', en: 'Budgeted' },
	fundDescription: {
		nl: (caption: string) => `Staafdiagram: begrote uitgaven als procent van het fondsbedrag, per gemeente. ${caption}`,
		en: (caption: string) => `Bar chart: budgeted spending as a percentage of the fund amount, per municipality. ${caption}`
	},

	// Headline tiles
	realFigures: { nl: 'Echte cijfers (CBS)', en: 'Real figures (CBS)' },
	demoFigures: { nl: 'Voorbeelddata over contracten (demo)', en: 'Example data on contracts (demo)' },
	mineFigures: { nl: 'Uw gegevens over contracten', en: 'Your data on contracts' },
	tilePerInhabitant: { nl: 'jeugdhulp per inwoner (begroting 2025)', en: 'youth care per inhabitant (budget 2025)' },
	tileRegional: { nl: 'van de jeugdhulp regionaal ingekocht (begroting 2025)', en: 'of youth care bought regionally (budget 2025)' },
	tilePgb: { nl: 'pgb in de jeugdhulp (begroting 2025)', en: 'personal budgets in youth care (budget 2025)' },
	tileBudget: { nl: 'jeugdhulp uitgegeven t.o.v. begroot (2023)', en: 'youth care spent vs budgeted (2023)' },
	tileFund: { nl: 'van het fondsbedrag voor jeugd begroot (2025, berekend)', en: 'of the youth fund amount budgeted (2025, computed)' },

	demoDivider: { nl: 'Contracten, aanbieders en wachttijden: voorbeelddata (demo)', en: 'Contracts, providers and waiting times: example data (demo)' },
	demoDividerText: {
		nl: 'Er is geen open register van regionale zorgcontracten. Alles hieronder is verzonnen voorbeelddata op de echte gemeenten, tenzij er ‘echt’ bij staat. Het telt contracten en cliënten, geen euro’s uit de begroting. Met uw eigen bestanden (Eigen data) worden het uw cijfers.',
		en: 'There is no open register of regional care contracts. Everything below is made-up example data on the real municipalities, unless marked real. It counts contracts and clients, not budget euros. With your own files (Your own data) they become your figures.'
	}
};
