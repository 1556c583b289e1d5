import { z } from 'zod';
import { defineTable, doc } from './table';
import { domain, municipalityCode, source, year } from './fields';

export const municipalities = defineTable({
	name: 'municipalities',
	title: { nl: 'Gemeenten', en: 'Municipalities' },
	description: {
		nl: 'Alle gemeenten volgens de CBS-indeling van het genoemde jaar, met provincie en inwonertal.',
		en: 'All municipalities in the CBS division of the stated year, with province and population.'
	},
	primaryKey: ['code'],
	schema: z.object({
		code: municipalityCode(),
		name: doc(z.string().min(1), 'Officiële CBS-naam.', 'Official CBS name.'),
		provinceCode: doc(z.string().regex(/^PV\d{2}$/), 'CBS-provinciecode (PVxx).', 'CBS province code (PVxx).'),
		provinceName: doc(z.string().min(1), 'Provincie.', 'Province.'),
		population: doc(z.int().min(0).nullable(), 'Inwoners op 1 januari van populationYear (CBS).', 'Residents on 1 January of populationYear (CBS).'),
		populationYear: doc(year().nullable(), 'Peiljaar van het inwonertal.', 'Reference year of the population.'),
		youthShare: doc(z.number().min(0).max(100).nullable(), 'Percentage inwoners 0–25 jaar (CBS, afgerond).', 'Percentage of residents aged 0–25 (CBS, rounded).'),
		elderlyShare: doc(z.number().min(0).max(100).nullable(), 'Percentage inwoners 65+ (CBS, afgerond).', 'Percentage of residents aged 65+ (CBS, rounded).'),
		indelingYear: doc(year(), 'Jaar van de gemeentelijke indeling (CBS).', 'Year of the municipal division (CBS).'),
		labelLon: doc(z.number().min(3).max(8), 'Lengtegraad van een punt binnen de gemeente (voor labels).', 'Longitude of a point inside the municipality (for labels).'),
		labelLat: doc(z.number().min(50).max(54), 'Breedtegraad van een punt binnen de gemeente.', 'Latitude of a point inside the municipality.'),
		source: source()
	})
});

export const regions = defineTable({
	name: 'regions',
	title: { nl: 'Regio’s', en: 'Regions' },
	description: {
		nl: 'Samenwerkingsregio’s die zorg samen inkopen, per wet (jeugd of Wmo), met centrumgemeente.',
		en: 'Cooperation regions that buy care jointly, per law (youth or Wmo), with lead municipality.'
	},
	primaryKey: ['id', 'domain'],
	references: { leadMunicipality: 'municipalities.code' },
	schema: z.object({
		id: doc(z.string().regex(/^[A-Z]{2}\d{2,4}$/), 'Regiocode, voor jeugdregio’s de CBS-code (JZxx).', 'Region code; for youth regions the CBS code (JZxx).'),
		domain: domain(),
		name: doc(z.string().min(1), 'Naam van de regio.', 'Region name.'),
		leadMunicipality: doc(municipalityCode().nullable(), 'Centrumgemeente die namens de regio inkoopt.', 'Lead municipality that buys on behalf of the region.'),
		source: source()
	})
});

export const regionMembership = defineTable({
	name: 'regionMembership',
	title: { nl: 'Regio-deelname', en: 'Region membership' },
	description: {
		nl: 'Welke gemeente in welke regio samenwerkt, per wet en periode.',
		en: 'Which municipality cooperates in which region, per law and period.'
	},
	primaryKey: ['municipalityCode', 'regionId', 'domain', 'fromYear'],
	references: { municipalityCode: 'municipalities.code', regionId: 'regions.id' },
	schema: z.object({
		municipalityCode: municipalityCode(),
		regionId: doc(z.string().min(1), 'Regiocode.', 'Region code.'),
		domain: domain(),
		fromYear: doc(year(), 'Eerste jaar van deelname.', 'First year of membership.'),
		toYear: doc(year().nullable(), 'Laatste jaar (leeg = nog steeds).', 'Last year (empty = still).'),
		source: source()
	})
});
