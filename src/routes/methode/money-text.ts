/**
 * /methode's words for the real money data (CBS Iv3, Gemeentefonds) and the taakveld dictionary.
 * Kept beside the page, not in the shared i18n/text.ts. The code lists themselves are not
 * written here: the page prints them from metrics/taakvelden.ts, which a test checks.
 */
import type { Text } from '$lib/i18n/text';
import type { TaakveldRow } from '$lib/metrics/taakvelden';

export const moneyMethod = {
	h2: { nl: 'Geld voor jeugdhulp en Wmo', en: 'Money for youth care and Wmo' },
	intro: {
		nl: 'De geldcijfers komen uit CBS Iv3: de begroting en de jaarrekening die elke gemeente per taakveld aan het CBS geeft. Een taakveld is een vaste post in de begroting, zoals 6.752 Jeugdhulp ambulant regionaal. We zetten de uitgaven naast wat het Gemeentefonds de gemeente geeft. Hieronder staat precies welke taakvelden we optellen.',
		en: 'The money figures come from CBS Iv3: the budget (begroting) and the accounts (jaarrekening) every municipality reports to CBS per taakveld. A taakveld is a fixed heading in the budget, such as 6.752 youth care outpatient, bought regionally. We set spending beside what the Municipal Fund (Gemeentefonds) gives the municipality. Below is exactly which taakvelden we add up.'
	},

	counts: { nl: 'Wat telt mee', en: 'What counts' },
	countsIntro: {
		nl: 'We tellen de lasten (uitgaven) op deze taakvelden op, geen baten. De nummering is in 2025 veranderd, daarom staan er twee kolommen.',
		en: 'We add up the expenditure (lasten) on these taakvelden, not the income. The numbering changed in 2025, so there are two columns.'
	},
	countsCaption: { nl: 'Welke taakvelden meetellen, per nummering', en: 'Which taakvelden count, per numbering' },
	figure: { nl: 'Cijfer', en: 'Figure' },
	before2025: { nl: '2023 en 2024', en: '2023 and 2024' },
	from2025: { nl: 'Vanaf 2025', en: 'From 2025' },
	jeugd: { nl: 'Jeugdhulp', en: 'Youth care' },
	wmo: { nl: 'Wmo', en: 'Wmo' },
	toegangBeleid: { nl: 'Niet meegeteld: toegang en beleid', en: 'Not counted: access and policy' },
	wonenOpvang: { nl: 'Niet meegeteld: beschermd wonen en opvang', en: 'Not counted: sheltered housing and shelters' },
	definitions: [
		{
			nl: 'Jeugdhulp: jeugdhulp zonder verblijf (ambulant) en met verblijf, het pgb voor jeugd, jeugdbescherming en jeugdreclassering.',
			en: 'Youth care: youth care without a stay (outpatient) and with a stay, personal budgets for youth, child protection and youth probation.'
		},
		{
			nl: 'Wmo: hulpmiddelen en diensten, maatwerk (huishoudelijke hulp, begeleiding, dagbesteding en overig) en het pgb voor de Wmo.',
			en: 'Wmo: aids and services, tailored support (household help, supervision, day activities and other) and personal budgets under the Wmo.'
		},
		{
			nl: 'Toegang (wijkteams) en beleid tellen niet mee. Vóór 2025 stond de toegang voor jeugd en Wmo samen op 6.2 Wijkteams, en beleid stond ergens anders in de begroting. Met deze posten erbij zou 2025 niet te vergelijken zijn met de jaren ervoor.',
			en: 'Access (neighbourhood teams) and policy do not count. Before 2025, access for youth and Wmo was booked together on 6.2 neighbourhood teams, and policy was booked elsewhere in the budget. With these headings included, 2025 could not be compared with the years before.'
		},
		{
			nl: 'Beschermd wonen en opvang tellen niet mee. Die betaalt meestal één centrumgemeente voor de hele regio. Met deze posten erbij lijkt de centrumgemeente duur en lijken de andere gemeenten goedkoop.',
			en: 'Sheltered housing and shelters do not count. Mostly one centre municipality pays for them on behalf of the whole region. With these headings included, the centre municipality would look expensive and the others cheap.'
		}
	] satisfies Text[],

	howCounted: { nl: 'Hoe we rekenen', en: 'How we calculate' },
	perInhabitant: {
		nl: 'Per inwoner: gedeeld door het inwonertal dat in hetzelfde Iv3-bestand staat. Het CBS geeft bij elk bestand het inwonertal van die gemeente; we gebruiken geen ander bevolkingscijfer.',
		en: 'Per inhabitant: divided by the population given in the same Iv3 file. CBS gives each municipality’s population with every file; we use no other population figure.'
	},
	region: {
		nl: 'Regio en Nederland: eerst tellen we alle euro’s en alle inwoners van de gemeenten op, daarna delen we. Een regiocijfer is dus geen gemiddelde van de gemeentecijfers: een grote gemeente telt zwaarder mee.',
		en: 'Region and the Netherlands: first we add up all the euros and all the inhabitants of the municipalities, then we divide. So a region’s figure is not an average of its municipalities’ figures: a large municipality counts for more.'
	},
	bought: {
		nl: (codes: string) =>
			`Hoe de jeugdhulp is ingekocht (alleen vanaf 2025): het deel van de lasten op ${codes} dat lokaal, regionaal of landelijk is ingekocht. Het pgb voor jeugd telt hier niet mee: dat koopt de gemeente niet in.`,
		en: (codes: string) =>
			`How youth care is bought (from 2025 only): the share of the expenditure on ${codes} that is bought locally, regionally or nationally. Personal budgets for youth are not included: the municipality does not buy those.`
	},
	budgetActual: {
		nl: 'Begroting tegen jaarrekening: de jaarrekening min de begroting van hetzelfde jaar, in euro’s en als deel van de begroting. Dat kan alleen voor 2023: alleen dat jaar heeft beide.',
		en: 'Budget against accounts: the accounts minus the budget of the same year, in euros and as a share of the budget. This is only possible for 2023: only that year has both.'
	},
	fund: {
		nl: (circulaires: string) =>
			`Gemeentefonds: jeugdhulp tegen het cluster Individuele voorzieningen Jeugd, en Wmo tegen het cluster Individuele voorzieningen Wmo, van hetzelfde uitkeringsjaar. Per uitkeringsjaar gebruiken we de laatste circulaire: ${circulaires}.`,
		en: (circulaires: string) =>
			`Municipal Fund: youth care against the cluster Individuele voorzieningen Jeugd (individual provisions, youth), and Wmo against the cluster Individuele voorzieningen Wmo, of the same payment year. For each payment year we use the latest circular: ${circulaires}.`
	},
	circulaire: {
		nl: (year: number, circulaire: string) => `${year}: ${circulaire.replace(/^(mei|september)-(\d{4})$/, '$1circulaire $2')}`,
		en: (year: number, circulaire: string) => `${year}: ${circulaire.replace(/^(mei|september)-(\d{4})$/, (_, m: string, y: string) => `${m === 'mei' ? 'May' : 'September'} circular ${y}`)}`
	},
	peers: {
		nl: 'Vergelijkbare gemeenten: de gemeenten met dezelfde CBS-grootteklasse én dezelfde stedelijkheid in het Iv3-bestand van dat jaar, de gemeente zelf meegeteld. Zijn dat er minder dan 5, dan nemen we alle gemeenten met dezelfde grootteklasse.',
		en: 'Similar municipalities: the municipalities with the same CBS size class and the same urbanity in that year’s Iv3 file, the municipality itself included. If there are fewer than 5, we take all municipalities with the same size class.'
	},

	breakH: { nl: 'Breuk in de reeks 2025', en: 'Break in the series in 2025' },
	breakIntro: {
		nl: 'In 2025 heeft het CBS de taakvelden voor jeugd en Wmo anders genummerd en anders verdeeld. Dit veranderde:',
		en: 'In 2025 CBS renumbered the taakvelden for youth and Wmo and divided them differently. This changed:'
	},
	breakList: [
		{
			nl: '6.2 Wijkteams is gesplitst in 6.21 (toegang Wmo), 6.22 (toegang jeugd) en 6.23 (toegang voor beide samen).',
			en: '6.2 neighbourhood teams was split into 6.21 (access Wmo), 6.22 (access youth) and 6.23 (access for both together).'
		},
		{ nl: '6.6 Maatwerkvoorziening (Wmo) heet nu 6.60 Hulpmiddelen en diensten.', en: '6.6 tailored provisions (Wmo) is now 6.60 aids and services.' },
		{
			nl: '6.71a–d (huishoudelijke hulp, begeleiding, dagbesteding, overig) zijn nu 6.711–6.714.',
			en: '6.71a–d (household help, supervision, day activities, other) are now 6.711–6.714.'
		},
		{
			nl: 'Jeugdhulp op 6.72–6.74 staat nu op 6.751–6.753 (ambulant) en 6.761–6.763 (met verblijf). De nieuwe codes zijn verdeeld naar inkoop: lokaal, regionaal of landelijk. De oude codes waren verdeeld naar soort hulp (begeleiding, behandeling, pleegzorg, ggz en meer). Er is dus geen één-op-één-koppeling: een bedrag op een oude code valt niet te verdelen over de nieuwe codes.',
			en: 'Youth care on 6.72–6.74 is now on 6.751–6.753 (outpatient) and 6.761–6.763 (with a stay). The new codes are divided by how the care is bought: locally, regionally or nationally. The old codes were divided by kind of help (supervision, treatment, foster care, mental health and more). So there is no one-to-one link: an amount on an old code cannot be divided over the new codes.'
		},
		{
			nl: 'Pgb’s hebben vanaf 2025 eigen taakvelden: 6.791 PGB Wmo en 6.792 PGB Jeugd. Daarvoor zaten ze in de gewone taakvelden (6.6 en 6.71 voor de Wmo, 6.72–6.74 voor jeugd).',
			en: 'From 2025 personal budgets have their own taakvelden: 6.791 PGB Wmo and 6.792 PGB youth. Before, they were in the ordinary taakvelden (6.6 and 6.71 for the Wmo, 6.72–6.74 for youth).'
		},
		{
			nl: 'Kleinere wijzigingen: 6.81a en 6.81b (beschermd wonen, opvang) zijn nu 6.811 en 6.812; 6.82a en 6.82b (jeugdbescherming, jeugdreclassering) zijn nu 6.821 en 6.822; 6.91 en 6.92 (coördinatie en beleid Wmo en jeugd) zijn nieuw.',
			en: 'Smaller changes: 6.81a and 6.81b (sheltered housing, shelters) are now 6.811 and 6.812; 6.82a and 6.82b (child protection, youth probation) are now 6.821 and 6.822; 6.91 and 6.92 (coordination and policy, Wmo and youth) are new.'
		}
	] satisfies Text[],
	compareH: { nl: '2023 naast 2025: wat kan wel en wat niet', en: '2023 beside 2025: what you can and cannot compare' },
	compareList: [
		{
			nl: 'De totalen voor jeugdhulp en Wmo kunt u naast elkaar zetten: ze tellen in beide nummeringen dezelfde soorten hulp, pgb’s inbegrepen (zie ‘Wat telt mee’). Maar een gemeente kan in 2025 anders boeken, bijvoorbeeld meer op toegang of beleid. Een verschil kan dus ook door de nieuwe indeling komen.',
			en: 'You can set the totals for youth care and Wmo side by side: in both numberings they count the same kinds of help, personal budgets included (see ‘What counts’). But a municipality may book differently in 2025, for example more on access or policy. So a difference may also come from the new division.'
		},
		{
			nl: 'Lokaal, regionaal en landelijk ingekocht, en het pgb-aandeel, bestaan alleen vanaf 2025. Voor 2023 en 2024 blijven ze leeg, niet 0.',
			en: 'Bought locally, regionally and nationally, and the personal-budget share, exist only from 2025. For 2023 and 2024 they stay empty, not 0.'
		},
		{
			nl: 'Losse taakvelden zijn niet gelijk. Zo is 6.712 Begeleiding (2025) niet hetzelfde als 6.71b Begeleiding (2023): vanaf 2025 staat het pgb-deel apart op 6.791.',
			en: 'Single taakvelden are not the same. For example, 6.712 supervision (2025) is not the same as 6.71b supervision (2023): from 2025 the personal-budget part is booked apart on 6.791.'
		},
		{
			nl: 'Vergelijk een begroting met een begroting. Voor 2025 is er alleen een begroting; de jaarrekening 2023 is wat echt is uitgegeven, en dat is iets anders.',
			en: 'Compare a budget with a budget. For 2025 there is only a budget; the 2023 accounts are what was really spent, and that is something else.'
		}
	] satisfies Text[],
	pgbH: { nl: 'Het pgb-aandeel, precies (vanaf 2025)', en: 'The personal-budget share, exactly (from 2025)' },
	pgbWmo: { nl: 'Pgb-aandeel Wmo', en: 'Personal-budget share, Wmo' },
	pgbJeugd: { nl: 'Pgb-aandeel jeugd', en: 'Personal-budget share, youth' },
	pgbNote: {
		nl: 'Bij de Wmo staat het pgb tegenover maatwerk plus pgb; hulpmiddelen (6.60) tellen niet mee. Bij jeugd staat het pgb tegenover alle ingekochte jeugdhulp plus pgb; jeugdbescherming en jeugdreclassering tellen niet mee.',
		en: 'For the Wmo, personal budgets are set against tailored support plus personal budgets; aids (6.60) do not count. For youth, personal budgets are set against all bought youth care plus personal budgets; child protection and youth probation do not count.'
	},

	caveatsH: { nl: 'Waar u op moet letten', en: 'What to keep in mind' },
	caveats: [
		{
			nl: 'Een begroting is een plan, geen uitgave. Alleen 2023 heeft ook een jaarrekening: wat echt is uitgegeven. 2024 en 2025 zijn begrotingen.',
			en: 'A budget is a plan, not spending. Only 2023 also has accounts: what was really spent. 2024 and 2025 are budgets.'
		},
		{
			nl: 'Alle bedragen staan hier in euro’s. De Iv3-bestanden tellen in duizenden euro’s; wij vermenigvuldigen met 1.000.',
			en: 'All amounts here are in euros. The Iv3 files count in thousands of euros; we multiply by 1,000.'
		},
		{
			nl: 'De bedragen van het Gemeentefonds zijn berekend uit de officiële gewichten en aantallen per gemeente in de circulaires. Het zijn geen betalingen.',
			en: 'The Municipal Fund amounts are computed from the official weights and volumes per municipality in the circulars. They are not payments.'
		},
		{
			nl: 'Een cluster van het Gemeentefonds is geen geoormerkt geld. Zo wordt het fonds verdeeld, maar een gemeente mag het geld ook aan iets anders uitgeven. Meer uitgeven dan het cluster is dus geen tekort in de boekhouding.',
			en: 'A Municipal Fund cluster is not earmarked money. It is how the fund is divided, but a municipality may spend the money on something else. So spending more than the cluster is not a deficit in the accounts.'
		},
		{
			nl: 'Per uitkeringsjaar zijn er meer circulaires (in mei en in september). We gebruiken steeds de laatste die in de bestanden staat.',
			en: 'There are several circulars per payment year (in May and in September). We always use the latest one in the files.'
		},
		{
			nl: 'Gemeenten boeken niet allemaal op dezelfde manier. Kleine verschillen tussen gemeenten zeggen daarom weinig.',
			en: 'Not all municipalities book in the same way. So small differences between municipalities mean little.'
		}
	] satisfies Text[],

	taakveldenH: { nl: 'Taakvelden', en: 'Taakvelden (budget headings)' },
	taakveldenIntro: {
		nl: 'Alle taakvelden voor jeugd en Wmo in de geladen bestanden, met wat ze betekenen. Wet, soort en ‘zet voort’ zijn onze indeling; de namen in het Engels zijn onze vertaling. ‘Jaren’ zijn de jaren in de geladen bestanden (2023–2025): ‘vanaf 2023’ kan dus ook al eerder bestaan.',
		en: 'All taakvelden for youth and Wmo in the loaded files, with what they mean. Law, kind and ‘continues’ are our classification; the English names are our translation. ‘Years’ are the years in the loaded files (2023–2025): ‘from 2023’ may well exist earlier.'
	},
	taakveldenCaption: { nl: 'Taakvelden voor jeugd en Wmo', en: 'Taakvelden for youth and Wmo' },
	otherTaakvelden: {
		nl: (n: number) => `De andere ${n} taakvelden (tellen niet mee in de geldcijfers)`,
		en: (n: number) => `The other ${n} taakvelden (not in the money figures)`
	},
	otherCaption: { nl: 'Andere taakvelden', en: 'Other taakvelden' },
	code: { nl: 'Code', en: 'Code' },
	name: { nl: 'Naam', en: 'Name' },
	years: { nl: 'Jaren', en: 'Years' },
	law: { nl: 'Wet', en: 'Law' },
	group: { nl: 'Soort', en: 'Kind' },
	purchase: { nl: 'Inkoop', en: 'Bought' },
	pgb: { nl: 'Pgb', en: 'PGB' },
	continues: { nl: 'Zet voort', en: 'Continues' },
	yearsText: {
		nl: (from: number, to: number | null) => (to === null ? `vanaf ${from}` : from === to ? `${from}` : `${from}–${to}`),
		en: (from: number, to: number | null) => (to === null ? `from ${from}` : from === to ? `${from}` : `${from}–${to}`)
	},
	yes: { nl: 'ja', en: 'yes' },
	no: { nl: 'nee', en: 'no' },
	none: { nl: 'geen', en: 'none' },

	financeTablesH: { nl: 'Geldtabellen', en: 'Money tables' },
	financeTablesIntro: {
		nl: 'Deze tabellen zijn echt, voor alle 342 gemeenten. Ze horen niet bij de tabellen hierboven: u kunt ze niet vervangen door eigen data, en de browser laadt ze niet bij het openen van de site.',
		en: 'These tables are real, for all 342 municipalities. They are not part of the tables above: you cannot replace them with your own data, and the browser does not load them when the site opens.'
	}
};

export const domainName: Record<TaakveldRow['domain'], Text> = {
	jeugd: { nl: 'Jeugdwet', en: 'Youth Act' },
	wmo: { nl: 'Wmo', en: 'Wmo' },
	other: { nl: 'anders of beide', en: 'other or both' }
};

export const groupName: Record<TaakveldRow['group'], Text> = {
	toegang: { nl: 'toegang', en: 'access' },
	ambulant: { nl: 'ambulant', en: 'outpatient' },
	verblijf: { nl: 'met verblijf', en: 'with a stay' },
	pgb: { nl: 'pgb', en: 'personal budget' },
	hulpmiddelen: { nl: 'hulpmiddelen', en: 'aids' },
	maatwerk: { nl: 'maatwerk', en: 'tailored support' },
	'beschermd wonen': { nl: 'beschermd wonen', en: 'sheltered housing' },
	opvang: { nl: 'opvang', en: 'shelter' },
	jeugdbescherming: { nl: 'jeugdbescherming', en: 'child protection' },
	beleid: { nl: 'beleid', en: 'policy' },
	overig: { nl: 'overig', en: 'other' }
};

export const purchaseName: Record<NonNullable<TaakveldRow['purchaseLevel']>, Text> = {
	lokaal: { nl: 'lokaal', en: 'local' },
	regionaal: { nl: 'regionaal', en: 'regional' },
	landelijk: { nl: 'landelijk', en: 'national' }
};
