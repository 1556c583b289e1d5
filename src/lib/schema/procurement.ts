/**
 * A regional deal in OCDS terms: a procurement (tender) with lots, awarded as contracts.
 * Field names follow OCDS 1.1 (+ lots extension) where the concept exists there.
 */
import { z } from 'zod';
import { defineTable, doc } from './table';
import { categoryCode, domain, isoDate, municipalityCode, source } from './fields';

export const procurementMethods = ['open', 'selective', 'limited', 'direct'] as const;
export const procedureTypes = [
	'europees-openbaar',
	'europees-niet-openbaar',
	'nationaal-openbaar',
	'meervoudig-onderhands',
	'open-house',
	'bestuurlijk-aanbesteden',
	'subsidie',
	'inbesteding',
	'enkelvoudig-onderhands'
] as const;
export const fundingModels = ['inspanningsgericht', 'outputgericht', 'taakgericht'] as const;

export const procurements = defineTable({
	name: 'procurements',
	title: { nl: 'Inkooptrajecten', en: 'Procurements' },
	description: {
		nl: 'Een regionale inkoop (aanbesteding, open house, subsidie, …) met procedure, bekostiging en looptijd.',
		en: 'A regional purchase (tender, open house, grant, …) with procedure, funding model and duration.'
	},
	primaryKey: ['id'],
	references: { regionId: 'regions.id' },
	schema: z.object({
		id: doc(z.string().min(1), 'Id van het traject (OCDS ocid waar bekend).', 'Procurement id (OCDS ocid where known).'),
		regionId: doc(z.string().min(1), 'Regio die inkoopt.', 'Region that buys.'),
		domain: domain(),
		title: doc(z.string().min(1), 'Titel.', 'Title.'),
		procurementMethod: doc(z.enum(procurementMethods), 'OCDS-procedure: open, selective, limited of direct.', 'OCDS procurement method: open, selective, limited or direct.'),
		procurementMethodDetails: doc(z.enum(procedureTypes), 'Nederlandse procedure (Europese openbare aanbesteding, open house, …).', 'Dutch procedure (European open tender, open house, …).'),
		fundingModel: doc(z.enum(fundingModels), 'Bekostiging: inspanningsgericht (per uur/dag), outputgericht (per traject) of taakgericht (budget).', 'Funding model: effort-based (per hour/day), output-based (per trajectory) or task-based (budget).'),
		publicationDate: doc(isoDate().nullable(), 'Datum van publicatie.', 'Publication date.'),
		decisionDate: doc(isoDate().nullable(), 'Datum van het gunnings- of bestuursbesluit.', 'Date of the award or board decision.'),
		startDate: doc(isoDate().nullable(), 'Ingangsdatum van de contracten (leeg = onbekend, bijv. een OCDS-aanbesteding zonder contractPeriod).', 'Contract start date (empty = unknown, e.g. an OCDS tender without contractPeriod).'),
		endDate: doc(isoDate().nullable(), 'Einddatum zonder verlengingen (leeg = onbekend).', 'End date without extensions (empty = unknown).'),
		extensionYears: doc(z.int().min(0).max(20), 'Mogelijke verlenging in jaren (totaal).', 'Possible extension in years (total).'),
		estimatedValue: doc(z.number().min(0).nullable(), 'Geraamde waarde in euro per jaar.', 'Estimated value in euros per year.'),
		numberOfTenderers: doc(z.int().min(0).nullable(), 'Aantal inschrijvers (OCDS numberOfTenderers).', 'Number of tenderers (OCDS numberOfTenderers).'),
		documentUrl: doc(z.url().nullable(), 'Link naar het besluit of de publicatie.', 'Link to the decision or notice.'),
		source: source()
	})
});

export const procurementParticipants = defineTable({
	name: 'procurementParticipants',
	title: { nl: 'Deelnemende gemeenten', en: 'Participating municipalities' },
	description: {
		nl: 'Gemeenten die meedoen aan een inkooptraject (OCDS: buyer-partijen).',
		en: 'Municipalities taking part in a procurement (OCDS: buyer parties).'
	},
	primaryKey: ['procurementId', 'municipalityCode'],
	references: { procurementId: 'procurements.id', municipalityCode: 'municipalities.code' },
	schema: z.object({
		procurementId: doc(z.string().min(1), 'Inkooptraject.', 'Procurement.'),
		municipalityCode: municipalityCode(),
		source: source()
	})
});

export const lots = defineTable({
	name: 'lots',
	title: { nl: 'Percelen', en: 'Lots' },
	description: {
		nl: 'Delen van een inkooptraject, elk voor een zorgcategorie (OCDS lots-extensie).',
		en: 'Parts of a procurement, each for a care category (OCDS lots extension).'
	},
	primaryKey: ['id'],
	references: { procurementId: 'procurements.id', category: 'careCategories.code' },
	schema: z.object({
		id: doc(z.string().min(1), 'Perceel-id.', 'Lot id.'),
		procurementId: doc(z.string().min(1), 'Inkooptraject.', 'Procurement.'),
		title: doc(z.string().min(1), 'Titel van het perceel.', 'Lot title.'),
		category: categoryCode(),
		productCode: doc(z.string().nullable(), 'Oorspronkelijke productcode (iJw/iWmo, 5 tekens), ongewijzigd bewaard.', 'Original product code (iJw/iWmo, 5 characters), kept as given.'),
		numberOfTenderers: doc(z.int().min(0).nullable(), 'Aantal inschrijvers op dit perceel.', 'Number of tenderers for this lot.'),
		source: source()
	})
});

export const contracts = defineTable({
	name: 'contracts',
	title: { nl: 'Contracten', en: 'Contracts' },
	description: {
		nl: 'Gunning van een perceel aan een aanbieder, als hoofdaannemer of onderaannemer.',
		en: 'Award of a lot to a provider, as main contractor or subcontractor.'
	},
	primaryKey: ['id'],
	references: { lotId: 'lots.id', providerId: 'providers.id', mainContractorId: 'providers.id' },
	schema: z.object({
		id: doc(z.string().min(1), 'Contract-id.', 'Contract id.'),
		lotId: doc(z.string().min(1), 'Perceel.', 'Lot.'),
		providerId: doc(z.string().min(1), 'Aanbieder.', 'Provider.'),
		startDate: doc(isoDate().nullable(), 'Begin (leeg = onbekend; telt dan als lopend).', 'Start (empty = unknown; then counted as running).'),
		endDate: doc(isoDate().nullable(), 'Einde (leeg = onbepaald).', 'End (empty = open-ended).'),
		value: doc(z.number().min(0).nullable(), 'Plafond of verwachte omzet in euro per jaar.', 'Ceiling or expected turnover in euros per year.'),
		clients: doc(z.int().min(0).nullable(), 'Aantal cliënten per jaar, waar bekend.', 'Number of clients per year, where known.'),
		role: doc(z.enum(['main', 'sub']), 'main = hoofdaannemer, sub = onderaannemer.', 'main = main contractor, sub = subcontractor.'),
		mainContractorId: doc(z.string().nullable(), 'Bij onderaanneming: de hoofdaannemer.', 'For subcontracts: the main contractor.'),
		pgbPossible: doc(z.boolean().nullable(), 'Kan deze zorg ook met een pgb worden ingekocht?', 'Can this care also be bought with a personal budget (pgb)?'),
		source: source()
	})
});
