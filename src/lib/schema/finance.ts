/**
 * Real money: what every municipality budgets and spends per taakveld (CBS Iv3), the taakveld
 * dictionary that says what each code means, and what the Gemeentefonds allocates to it.
 *
 * These tables are real for all 342 municipalities but know nothing of contracts or providers.
 * They are not part of the importable model in index.ts (`tables`): the browser does not load
 * them at start; pages show their figures computed at build with the same metric SQL.
 */
import { z } from 'zod';
import { defineTable, doc } from './table';
import { municipalityCode, source, year } from './fields';

export const iv3Kinds = ['begroting', 'jaarrekening'] as const;
export type Iv3Kind = (typeof iv3Kinds)[number];
const kind = () =>
	doc(z.enum(iv3Kinds), 'begroting (plan, vooraf vastgesteld) of jaarrekening (werkelijk uitgegeven).', 'begroting (budget, set in advance) or jaarrekening (actual accounts).');

export const taakveldGroups = [
	'toegang',
	'ambulant',
	'verblijf',
	'pgb',
	'hulpmiddelen',
	'maatwerk',
	'beschermd wonen',
	'opvang',
	'jeugdbescherming',
	'beleid',
	'overig'
] as const;
export type TaakveldGroup = (typeof taakveldGroups)[number];

export const taakvelden = defineTable({
	name: 'taakvelden',
	title: { nl: 'Taakvelden (Iv3)', en: 'Budget headings (Iv3 taakvelden)' },
	description: {
		nl: 'Wat elke taakveldcode van de gemeentebegroting betekent: wet, soort zorg, hoe ingekocht (vanaf 2025), pgb, en welke oudere codes een code uit 2025 voortzet.',
		en: 'What each taakveld code of the municipal budget means: law, kind of care, how it is bought (from 2025), PGB, and which older codes a 2025 code continues.'
	},
	primaryKey: ['code'],
	schema: z.object({
		code: doc(z.string().regex(/^\d\.\d+[a-d]?$/), 'Taakveldcode, zoals 6.752.', 'Taakveld code, such as 6.752.'),
		name: doc(z.string().min(1), 'Naam van het taakveld (voluit).', 'Name of the taakveld (in full, Dutch).'),
		nameEn: doc(z.string().min(1), 'Naam in het Engels (onze vertaling).', 'Name in English (our translation).'),
		fromYear: doc(year(), 'Eerste jaar in de geladen bestanden.', 'First year in the loaded files.'),
		toYear: doc(year().nullable(), 'Laatste jaar (leeg = nog in gebruik).', 'Last year (empty = still in use).'),
		domain: doc(z.enum(['jeugd', 'wmo', 'other']), 'Wet: jeugd (Jeugdwet), wmo (Wmo 2015) of other (iets anders of beide samen).', 'Law: jeugd (Youth Act), wmo (Social Support Act) or other (something else, or both together).'),
		group: doc(z.enum(taakveldGroups), 'Soort uitgave: toegang, ambulant, verblijf, pgb, hulpmiddelen, maatwerk, beschermd wonen, opvang, jeugdbescherming, beleid of overig.', 'Kind of spending: access, outpatient, with stay, PGB, aids, tailored support, sheltered housing, shelter, child protection, policy or other.'),
		purchaseLevel: doc(z.enum(['lokaal', 'regionaal', 'landelijk']).nullable(), 'Hoe de jeugdhulp is ingekocht (alleen taakvelden 6.75x en 6.76x, vanaf 2025).', 'How youth care is bought (only taakvelden 6.75x and 6.76x, from 2025).'),
		pgb: doc(z.boolean(), 'true als het taakveld alleen persoonsgebonden budgetten (pgb) bevat.', 'true if the taakveld holds personal budgets (PGB) only.'),
		continues: doc(z.string().nullable(), 'Oudere codes (2023–2024) die deze code voortzet, gescheiden door |; leeg = nieuw of ongewijzigd.', 'Older codes (2023–2024) this code continues, separated by |; empty = new or unchanged.'),
		seriesNote: doc(z.string().nullable(), 'Breuk in de reeks: wat vóór 2025 anders werd geboekt.', 'Break in the series: what was booked differently before 2025.')
	})
});

export const spending = defineTable({
	name: 'spending',
	title: { nl: 'Uitgaven per taakveld (CBS Iv3)', en: 'Spending per taakveld (CBS Iv3)' },
	description: {
		nl: 'Lasten en baten van elke gemeente per taakveld, per jaar, uit de begroting of de jaarrekening, in euro’s.',
		en: 'Expenditure (lasten) and income (baten) of every municipality per taakveld, per year, from the budget or the accounts, in euros.'
	},
	primaryKey: ['municipalityCode', 'year', 'kind', 'taakveld'],
	references: { municipalityCode: 'municipalities.code', taakveld: 'taakvelden.code' },
	schema: z.object({
		municipalityCode: municipalityCode(),
		year: doc(year(), 'Begrotings- of boekjaar.', 'Budget or accounting year.'),
		kind: kind(),
		taakveld: doc(z.string().min(1), 'Taakveldcode (zie taakvelden).', 'Taakveld code (see taakvelden).'),
		lasten: doc(z.number(), 'Lasten in euro’s (het bestand telt in duizenden; ×1000).', 'Expenditure in euros (the file counts in thousands; ×1000).'),
		baten: doc(z.number(), 'Baten in euro’s (×1000).', 'Income in euros (×1000).'),
		salaries: doc(z.number().nullable(), 'Waarvan salarissen en sociale lasten (L1.1), in euro’s; leeg als niet opgegeven.', 'Of which salaries and social charges (L1.1), in euros; empty if not given.'),
		source: source()
	})
});

export const municipalityProfiles = defineTable({
	name: 'municipalityProfiles',
	title: { nl: 'Gemeenteprofiel per Iv3-bestand', en: 'Municipality profile per Iv3 file' },
	description: {
		nl: 'Inwonertal en CBS-klassen (grootte, stedelijkheid, centrumfunctie, sociale structuur) zoals in elk Iv3-bestand; grootte en stedelijkheid vormen de groep vergelijkbare gemeenten.',
		en: 'Population and CBS classes (size, urbanity, centre function, social structure) as in each Iv3 file; size and urbanity make up the group of similar municipalities.'
	},
	primaryKey: ['municipalityCode', 'year', 'kind'],
	references: { municipalityCode: 'municipalities.code' },
	schema: z.object({
		municipalityCode: municipalityCode(),
		year: doc(year(), 'Jaar van het Iv3-bestand.', 'Year of the Iv3 file.'),
		kind: kind(),
		population: doc(z.int().min(1), 'Inwonertal dat het CBS bij dit bestand gebruikt.', 'Population CBS uses with this file.'),
		sizeClass: doc(z.string().min(1), 'Gemeentegrootte (CBS-klasse), zoals 50000tot100000inwoners.', 'Size class (CBS), such as 50000tot100000inwoners.'),
		urbanity: doc(z.string().min(1), 'Stedelijkheid (CBS-klasse), zoals Sterkstedelijk.', 'Urbanity (CBS class), such as Sterkstedelijk.'),
		centreFunction: doc(z.string().nullable(), 'Centrumfunctie (CBS-klasse); leeg als niet opgegeven.', 'Centre function (CBS class); empty if not given.'),
		socialStructure: doc(z.string().nullable(), 'Sociale structuur (CBS-klasse).', 'Social structure (CBS class).'),
		source: source()
	})
});

export const fundClusters = [
	'Sociale basisvoorzieningen',
	'Participatie',
	'Individuele voorzieningen Wmo',
	'Individuele voorzieningen Jeugd',
	'Bestuur en ondersteuning',
	'Orde en veiligheid',
	'Onderwijs',
	'Sport, cultuur en recreatie',
	'Infrastructuur, ruimte en milieu',
	'Overig',
	'Overige eigen middelen',
	'Onroerendezaakbelasting'
] as const;

export const fundAllocations = defineTable({
	name: 'fundAllocations',
	title: { nl: 'Gemeentefonds per cluster (berekend)', en: 'Municipal Fund per cluster (computed)' },
	description: {
		nl: 'Wat elke gemeente uit het Gemeentefonds krijgt per cluster, per uitkeringsjaar en circulaire. Berekend uit de officiële gewichten en volumes, geen betaaloverzicht.',
		en: 'What each municipality receives from the Municipal Fund per cluster, per payment year and circular. Computed from the official weights and volumes, not a payment ledger.'
	},
	primaryKey: ['municipalityCode', 'paymentYear', 'circulaire', 'cluster'],
	references: { municipalityCode: 'municipalities.code' },
	schema: z.object({
		municipalityCode: municipalityCode(),
		paymentYear: doc(year(), 'Uitkeringsjaar.', 'Payment year.'),
		circulaire: doc(z.string().regex(/^(mei|september)-\d{4}$/), 'Circulaire waarin de verdeling staat, zoals september-2024.', 'Circular that sets the allocation, such as september-2024.'),
		cluster: doc(z.enum(fundClusters), 'Cluster van het Gemeentefonds.', 'Cluster of the Municipal Fund.'),
		euros: doc(z.number(), 'Bedrag in euro’s.', 'Amount in euros.'),
		derived: doc(z.literal(true), 'Altijd true: berekend uit gewichten en volumes, niet uit betalingen.', 'Always true: computed from weights and volumes, not from payments.'),
		source: source()
	})
});

/** The money tables, in load order. Built to static/data but not loaded by the browser at start. */
export const financeTables = [taakvelden, spending, municipalityProfiles, fundAllocations] as const;
