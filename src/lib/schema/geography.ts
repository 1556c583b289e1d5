import { z } from 'zod';
import { defineTable, doc } from './table';
import { domain, municipalityCode, source, year } from './fields';

const percentage = () => z.number().min(0).max(100).nullable();

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
		age0to15: doc(percentage(), 'Percentage inwoners 0–15 jaar (CBS, afgerond).', 'Percentage of residents aged 0–15 (CBS, rounded).'),
		age15to25: doc(percentage(), 'Percentage inwoners 15–25 jaar.', 'Percentage of residents aged 15–25.'),
		age25to45: doc(percentage(), 'Percentage inwoners 25–45 jaar.', 'Percentage of residents aged 25–45.'),
		age45to65: doc(percentage(), 'Percentage inwoners 45–65 jaar.', 'Percentage of residents aged 45–65.'),
		age65plus: doc(percentage(), 'Percentage inwoners van 65 jaar en ouder.', 'Percentage of residents aged 65 and over.'),
		households: doc(z.int().min(0).nullable(), 'Aantal huishoudens (CBS).', 'Number of households (CBS).'),
		urbanity: doc(z.int().min(1).max(5).nullable(), 'Stedelijkheid: 1 = zeer sterk stedelijk … 5 = niet stedelijk (CBS).', 'Urbanity: 1 = very strongly urban … 5 = not urban (CBS).'),
		jeugdregioCode: doc(z.string().regex(/^JZ\d{2}$/), 'Jeugdregio (CBS-code JZxx).', 'Youth-care region (CBS code JZxx).'),
		ggdRegionCode: doc(z.string().regex(/^GG\d{4}$/), 'GGD-regio (CBS-code GGxxxx).', 'Public health (GGD) region (CBS code GGxxxx).'),
		ggdRegionName: doc(z.string().min(1), 'Naam van de GGD-regio.', 'GGD region name.'),
		careOfficeCode: doc(z.string().regex(/^ZK\d{2}$/), 'Zorgkantoorregio (Wlz, CBS-code ZKxx).', 'Care-office region (Wlz, CBS code ZKxx).'),
		careOfficeName: doc(z.string().min(1), 'Naam van de zorgkantoorregio.', 'Care-office region name.'),
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
