import { z } from 'zod';
import { defineTable, doc } from './table';
import { municipalityCode, source } from './fields';

export const providers = defineTable({
	name: 'providers',
	title: { nl: 'Zorgaanbieders', en: 'Care providers' },
	description: {
		nl: 'Organisaties en zelfstandigen die zorg leveren. Id is het KvK-nummer waar bekend.',
		en: 'Organisations and independents that deliver care. Id is the KvK number where known.'
	},
	primaryKey: ['id'],
	schema: z.object({
		id: doc(z.string().min(1), 'Aanbieder-id: KvK-nummer waar bekend, anders de id van de bron (bijv. NZa-id).', 'Provider id: KvK number where known, else the source id (e.g. NZa id).'),
		name: doc(z.string().min(1), 'Naam van de aanbieder.', 'Provider name.'),
		kvk: doc(z.string().regex(/^\d{8}$/).nullable(), 'KvK-nummer (8 cijfers).', 'Chamber of Commerce number (8 digits).'),
		legalForm: doc(z.string().nullable(), 'Rechtsvorm (stichting, bv, zzp, …).', 'Legal form (foundation, ltd, sole trader, …).'),
		providerType: doc(z.string().nullable(), 'Soort aanbieder volgens de bron (bijv. instelling of vrijgevestigde).', 'Kind of provider per the source (e.g. institution or independent).'),
		source: source()
	})
});

export const providerLocations = defineTable({
	name: 'providerLocations',
	title: { nl: 'Zorglocaties', en: 'Care locations' },
	description: {
		nl: 'Plaatsen waar een aanbieder zorg levert (niet alleen het hoofdkantoor), met gemeente en postcodegebied.',
		en: 'Places where a provider delivers care (not only the head office), with municipality and postcode area.'
	},
	primaryKey: ['providerId', 'locationId'],
	references: { providerId: 'providers.id', municipalityCode: 'municipalities.code' },
	schema: z.object({
		providerId: doc(z.string().min(1), 'Aanbieder-id.', 'Provider id.'),
		locationId: doc(z.string().min(1), 'Locatie-id binnen de aanbieder.', 'Location id within the provider.'),
		name: doc(z.string().nullable(), 'Naam van de locatie.', 'Location name.'),
		place: doc(z.string().nullable(), 'Plaatsnaam.', 'Place name.'),
		municipalityCode: municipalityCode(),
		postcode: doc(z.string().regex(/^\d{4}$/).nullable(), 'Postcodegebied (PC4).', 'Postcode area (PC4).'),
		source: source()
	})
});
