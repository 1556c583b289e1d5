/** One small regional deal in the canonical CSVs, as a user would load it on /eigen-data (shared by the own-data specs). */
export const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

export const ownDeal = [
	csv('providers.csv', 'id,name,kvk,legalForm,providerType,source\np1,Zorg Oost,12345678,stichting,,mijn-bron\n'),
	csv(
		'procurements.csv',
		'id,regionId,domain,title,procurementMethod,procurementMethodDetails,fundingModel,publicationDate,decisionDate,startDate,endDate,extensionYears,estimatedValue,numberOfTenderers,documentUrl,source\n' +
			'NV-1,JZ12,jeugd,Jeugdhulp NV,open,open-house,inspanningsgericht,,,2025-01-01,2027-12-31,2,,,,mijn-bron\n'
	),
	csv('procurementParticipants.csv', 'procurementId,municipalityCode,source\nNV-1,GM0243,mijn-bron\n'),
	csv('lots.csv', 'id,procurementId,title,category,productCode,numberOfTenderers,source\nNV-1-L1,NV-1,Ambulant,45,,3,mijn-bron\n'),
	csv('contracts.csv', 'id,lotId,providerId,startDate,endDate,value,clients,role,mainContractorId,pgbPossible,source\nNV-1-C1,NV-1-L1,p1,2025-01-01,2027-12-31,100000,20,main,,true,mijn-bron\n')
];
export const ownDealFiles = 'providers.csv, procurements.csv, procurementParticipants.csv, lots.csv, contracts.csv';
