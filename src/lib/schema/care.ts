import { z } from 'zod';
import { defineTable, doc } from './table';
import { categoryCode, domain, httpUrl, municipalityCode, source, year } from './fields';

export const careCategories = defineTable({
	name: 'careCategories',
	title: { nl: 'Zorgcategorieën', en: 'Care categories' },
	description: {
		nl: 'Landelijke productcategorieën (iJw, iWmo) en NZa-ggz-circuits, met een naam in gewone taal.',
		en: 'National product categories (iJw, iWmo) and NZa mental-health circuits, with a plain-language name.'
	},
	primaryKey: ['code'],
	schema: z.object({
		code: categoryCode(),
		scheme: doc(z.enum(['iJw', 'iWmo', 'nza-ggz']), 'Codelijst: iJw, iWmo of NZa-ggz-circuit.', 'Code list: iJw, iWmo or NZa mental-health circuit.'),
		domain: doc(z.enum(['jeugd', 'wmo', 'zvw']), 'Wet: jeugd, wmo, of zvw (Zorgverzekeringswet, bijv. ggz voor volwassenen).', 'Law: jeugd, wmo, or zvw (Health Insurance Act, e.g. adult mental health).'),
		officialName: doc(z.string().min(1), 'Officiële naam in de codelijst.', 'Official name in the code list.'),
		plainNl: doc(z.string().min(1), 'Naam in gewone taal (Nederlands).', 'Plain-language name (Dutch).'),
		plainEn: doc(z.string().min(1), 'Naam in gewone taal (Engels).', 'Plain-language name (English).'),
		normWeeks: doc(z.number().min(0).nullable(), 'Norm voor de wachttijd in weken.', 'Waiting-time norm in weeks.'),
		normSource: doc(z.string().nullable(), 'Waar de norm vandaan komt.', 'Where the norm comes from.')
	})
});

export const waitingTimes = defineTable({
	name: 'waitingTimes',
	title: { nl: 'Wachttijden', en: 'Waiting times' },
	description: {
		nl: 'Wachttijd per aanbieder, zorgcategorie, gemeente en maand, tegen de norm.',
		en: 'Waiting time per provider, care category, municipality and month, against the norm.'
	},
	primaryKey: ['providerId', 'locationId', 'category', 'subCategory', 'municipalityCode', 'month'],
	references: { providerId: 'providers.id', category: 'careCategories.code', municipalityCode: 'municipalities.code' },
	schema: z.object({
		providerId: doc(z.string().min(1), 'Aanbieder.', 'Provider.'),
		locationId: doc(z.string().min(1), 'Locatie van de aanbieder.', 'Provider location.'),
		category: categoryCode(),
		subCategory: doc(z.string(), 'Nadere indeling volgens de bron (bijv. NZa-diagnosegroep); leeg als er geen is.', 'Finer grouping per the source (e.g. NZa diagnosis group); empty if none.'),
		municipalityCode: municipalityCode(),
		month: doc(z.string().regex(/^\d{4}-\d{2}$/), 'Maand (JJJJ-MM).', 'Month (YYYY-MM).'),
		medianWeeks: doc(z.number().min(0).nullable(), 'Mediane wachttijd in weken (bij NZa: aanmelding + behandeling).', 'Median wait in weeks (NZa: registration + treatment).'),
		p90Weeks: doc(z.number().min(0).nullable(), '90e percentiel van de wachttijd in weken.', '90th percentile wait in weeks.'),
		registrationWeeks: doc(z.number().min(0).nullable(), 'Aanmeldwachttijd in weken (tot intake).', 'Registration wait in weeks (until intake).'),
		treatmentWeeks: doc(z.number().min(0).nullable(), 'Behandelwachttijd in weken (na intake).', 'Treatment wait in weeks (after intake).'),
		clientsWaiting: doc(z.int().min(0).nullable(), 'Aantal wachtenden.', 'Number of people waiting.'),
		normWeeks: doc(z.number().min(0).nullable(), 'Norm in weken.', 'Norm in weeks.'),
		normSource: doc(z.string().nullable(), 'Bron van de norm.', 'Source of the norm.'),
		providerUrl: doc(
			httpUrl().nullable(),
			'Webpagina van de aanbieder waar deze wachttijd staat (http of https); leeg als de bron er geen noemt.',
			'The provider’s web page where this waiting time is published (http or https); empty if the source names none.'
		),
		source: source()
	})
});

export const usage = defineTable({
	name: 'usage',
	title: { nl: 'Gebruik en uitgaven', en: 'Use and spending' },
	description: {
		nl: 'Cliënten, pgb-cliënten en uitgaven per gemeente, zorgcategorie en jaar, met het rijksbudget.',
		en: 'Clients, personal-budget clients and spending per municipality, category and year, with the national budget.'
	},
	primaryKey: ['municipalityCode', 'category', 'year'],
	references: { municipalityCode: 'municipalities.code', category: 'careCategories.code' },
	schema: z.object({
		municipalityCode: municipalityCode(),
		category: categoryCode(),
		domain: domain(),
		year: year(),
		clients: doc(z.int().min(0).nullable(), 'Cliënten in natura.', 'Clients receiving care in kind.'),
		pgbClients: doc(z.int().min(0).nullable(), 'Cliënten met een persoonsgebonden budget (pgb).', 'Clients with a personal budget (pgb).'),
		spend: doc(z.number().min(0).nullable(), 'Uitgaven in euro.', 'Spending in euros.'),
		budget: doc(z.number().min(0).nullable(), 'Rijksbijdrage voor dit domein in euro (per gemeente, niet per categorie: herhaald).', 'National grant for this domain in euros (per municipality, not per category: repeated).'),
		source: source()
	})
});
