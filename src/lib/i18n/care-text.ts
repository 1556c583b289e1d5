/**
 * Words of the care finder (/aanbieders), the provider profile (/aanbieder) and the comparison
 * (/aanbieders/vergelijk), Dutch and English, as in text.ts. Kept apart so the other pages do
 * not carry them in their JavaScript.
 */
import { type Text } from './text';
import { plural } from '../format';

/* ------------------------------------------------------------------ care finder, provider profile, comparison */

/** Words the care finder, the provider profile and the comparison share. */
export const providerTerms = {
	contracted: { nl: 'Gecontracteerd', en: 'Contracted' },
	pgb: { nl: 'Pgb', en: 'Personal budget (PGB)' },
	norm: { nl: 'Norm', en: 'Norm' },
	demo: { nl: 'demo', en: 'demo' },
	madeUpProvider: { nl: 'Verzonnen voorbeeldaanbieder', en: 'Made-up example provider' },
	unknown: { nl: 'Onbekend', en: 'Unknown' },
	yes: { nl: 'Ja', en: 'Yes' },
	no: { nl: 'Nee', en: 'No' },
	pgbPossible: { nl: 'Pgb mogelijk', en: 'Personal budget possible' },
	nearest: { nl: 'Dichtstbijzijnde locatie', en: 'Nearest location' },
	noLocation: { nl: 'Geen locatie bekend', en: 'No location known' },
	/** The month of a wait, beside it: "8 wk, in maart 2018". */
	inMonth: { nl: (month: string) => `in ${month}`, en: (month: string) => `in ${month}` },
	/** "in the municipality of …" after a place name. */
	inMunicipality: { nl: (name: string) => ` (gemeente ${name})`, en: (name: string) => ` (municipality of ${name})` },
	about: { nl: (km: string) => `, ca. ${km} km`, en: (km: string) => `, about ${km} km` },
	vsNorm: {
		nl: (over: boolean, norm: string) => `${over ? 'boven' : 'binnen'} de norm van ${norm}`,
		en: (over: boolean, norm: string) => `${over ? 'above' : 'within'} the norm of ${norm}`
	},
	lawName: {
		jeugd: { nl: 'Jeugdwet', en: 'Youth Act' },
		wmo: { nl: 'Wmo', en: 'Social Support Act (Wmo)' },
		zvw: { nl: 'Zorgverzekeringswet', en: 'Health Insurance Act' }
	} as Record<string, Text>,
	/** The link back to the finder. */
	findCare: { nl: 'Zorg zoeken', en: 'Find care' },
	unknownMunicipality: {
		nl: (value: string, fallback: string) => `De link vroeg om gemeente “${value}”, die kennen we niet. ${fallback}`,
		en: (value: string, fallback: string) => `The link asked for municipality “${value}”, which we do not know. ${fallback}`
	}
};

/** The care finder, /aanbieders. */
export const finder = {
	title: { nl: 'Zorg zoeken · Regiozicht', en: 'Find care · Regiozicht' },
	description: {
		nl: 'Zoek zorgaanbieders voor jeugdhulp, Wmo-ondersteuning of ggz in uw gemeente: zitten ze dichtbij, en hoe lang is de wachttijd?',
		en: 'Find care providers for youth care, Wmo support or mental health care in your municipality: are they nearby, and how long is the waiting time?'
	},
	h1: { nl: 'Zorg zoeken bij u in de buurt', en: 'Find care near you' },
	lede: {
		nl: 'Kies uw gemeente en de soort zorg. U ziet welke aanbieders er zijn, of ze dichtbij zitten en hoe lang u moet wachten.',
		en: 'Choose your municipality and the type of care. You see which providers there are, whether they are nearby and how long you have to wait.'
	},
	searchLabel: { nl: 'Zorg zoeken', en: 'Find care' },
	municipalityLabel: { nl: '1. Uw gemeente', en: '1. Your municipality' },
	categoryLabel: { nl: '2. Soort zorg', en: '2. Type of care' },
	hintCounts: { nl: 'Tussen haakjes: hoeveel aanbieders er voor uw gemeente zijn.', en: 'In brackets: how many providers there are for your municipality.' },
	hintFirst: {
		nl: 'Kies eerst uw gemeente, dan ziet u hoeveel aanbieders er per soort zijn.',
		en: 'Choose your municipality first; then you see how many providers there are for each type.'
	},
	chooseCategory: { nl: 'Kies een soort zorg', en: 'Choose a type of care' },
	groups: {
		iJw: { nl: 'Jeugdhulp (Jeugdwet)', en: 'Youth care (Youth Act)' },
		iWmo: { nl: 'Wmo-ondersteuning', en: 'Wmo support (Social Support Act)' },
		'nza-ggz': { nl: 'Geestelijke zorg (ggz, NZa 2018)', en: 'Mental health care (NZa 2018)' }
	},
	categoryCount: {
		nl: (n: number, count: string) => (n === 0 ? 'geen aanbieders' : n === 1 ? '1 aanbieder' : `${count} aanbieders`),
		en: (n: number, count: string) => (n === 0 ? 'no providers' : n === 1 ? '1 provider' : `${count} providers`)
	},
	chooseMunicipalityFirst: { nl: 'Kies eerst uw gemeente.', en: 'First choose your municipality.' },
	chooseCategoryFor: { nl: (name: string) => `Kies nu een soort zorg voor ${name}.`, en: (name: string) => `Now choose a type of care for ${name}.` },
	listFailed: { nl: 'De lijst kon niet worden berekend in uw browser.', en: 'The list could not be calculated in your browser.' },
	searching: { nl: 'Bezig met zoeken…', en: 'Searching…' },
	noneFound: {
		nl: (category: string, municipality: string) => `Geen aanbieders gevonden voor ${category} in ${municipality}.`,
		en: (category: string, municipality: string) => `No providers found for ${category} in ${municipality}.`
	},
	found: {
		nl: (count: string, n: number, sort: string) => `${count} ${n === 1 ? 'aanbieder' : 'aanbieders'} gevonden, gesorteerd op ${sort}.`,
		en: (count: string, n: number, sort: string) => `${count} ${n === 1 ? 'provider' : 'providers'} found, sorted by ${sort}.`
	},
	range: { nl: (from: number, to: number) => ` Hieronder ${from}–${to}.`, en: (from: number, to: number) => ` Below: ${from}–${to}.` },
	pageMissing: {
		nl: (page: number) => `Pagina ${page} bestaat niet voor deze lijst. We tonen de eerste pagina.`,
		en: (page: number) => `Page ${page} does not exist for this list. We show the first page.`
	},
	resultsHeading: { nl: (category: string, municipality: string) => `${category} in ${municipality}`, en: (category: string, municipality: string) => `${category} in ${municipality}` },
	providers: { nl: 'Aanbieders', en: 'Providers' },
	realBadge: { nl: 'echt, 2018', en: 'real, 2018' },
	realNote: {
		nl: (months: string | null) => `ggz-aanbieders uit de NZa-lijst van 2018 — geen contractinformatie.${months ? ` De wachttijden zijn van ${months}, niet van nu.` : ''}`,
		en: (months: string | null) => `mental health care providers from the 2018 NZa list — no contract information.${months ? ` The waiting times are from ${months}, not from today.` : ''}`
	},
	adultsNote: {
		nl: 'Ggz voor volwassenen valt onder de zorgverzekering, niet onder de gemeente.',
		en: 'Mental health care for adults falls under health insurance, not under the municipality.'
	},
	demoNoteBefore: { nl: 'Deze aanbieders, contracten en wachttijden zijn', en: 'These providers, contracts and waiting times are' },
	mineNote: {
		nl: (source: string, demoWaits: boolean) => `Deze aanbieders en contracten komen uit uw eigen bestanden (${source}).${demoWaits ? ' De wachttijden buiten de ggz zijn nog verzonnen voorbeelddata (demo).' : ''}`,
		en: (source: string, demoWaits: boolean) => `These providers and contracts come from your own files (${source}).${demoWaits ? ' Waiting times outside mental health care are still made-up example data (demo).' : ''}`
	},
	demoNoteStrong: { nl: 'verzonnen voorbeelddata', en: 'made-up example data' },
	demoNoteAfter: {
		nl: (date: string) => `op de echte gemeenten. Peildatum ${date}.`,
		en: (date: string) => `on the real municipalities. Reference date ${date}.`
	},
	contractedExplain: {
		nl: ': uw gemeente heeft (via de regio) afspraken met deze aanbieder, zodat de gemeente de zorg betaalt.',
		en: ': your municipality (through the region) has an agreement with this provider, so the municipality pays for the care.'
	},
	pgbExplain: {
		nl: ' (persoonsgebonden budget): u krijgt geld van de gemeente en koopt de zorg zelf in.',
		en: ': you get money from the municipality and buy the care yourself.'
	},
	normExplain: { nl: ': de wachttijd die nog als redelijk geldt —', en: ': the waiting time that still counts as reasonable —' },
	normGgz: { nl: 'voor de ggz de Treeknorm van 14 weken.', en: 'for mental health care, the Treek norm of 14 weeks.' },
	normDemo: {
		nl: (n: number) => `hier een demo-norm van ${n} ${n === 1 ? 'week' : 'weken'}.`,
		en: (n: number) => `here a demo norm of ${n} ${n === 1 ? 'week' : 'weeks'}.`
	},
	sort: { nl: 'Sorteer', en: 'Sort' },
	sorts: {
		wachttijd: { nl: 'Kortste wachttijd eerst', en: 'Shortest waiting time first' },
		naam: { nl: 'Naam (A–Z)', en: 'Name (A–Z)' },
		lokaal: { nl: 'Dichtbij eerst', en: 'Nearby first' }
	},
	pager: { nl: 'Meer aanbieders', en: 'More providers' },
	previous: { nl: (n: number) => `Vorige ${n}`, en: (n: number) => `Previous ${n}` },
	next: { nl: (n: number) => `Volgende ${n}`, en: (n: number) => `Next ${n}` },
	pageOf: { nl: (page: number, pages: number) => `Pagina ${page} van ${pages}`, en: (page: number, pages: number) => `Page ${page} of ${pages}` },
	tryOtherBefore: { nl: 'Probeer een andere soort zorg, of kijk hoe regio', en: 'Try another type of care, or see how region' },
	tryOtherAfter: { nl: 'zorg inkoopt.', en: 'buys care.' },
	compareRegion: { nl: 'Vergelijken', en: 'Compare' },
	compareLink: {
		nl: (n: number) => `Vergelijk ${n === 1 ? '1 aanbieder' : `${n} aanbieders`}`,
		en: (n: number) => `Compare ${n === 1 ? '1 provider' : `${n} providers`}`
	},
	compareCount: { nl: (n: number, max: number) => `(${n} van max. ${max})`, en: (n: number, max: number) => `(${n} of max. ${max})` },
	clearChoice: { nl: 'Wis keuze', en: 'Clear choice' }
};

/** Notices for finder and comparison links with values that do not exist (src/routes/aanbieders/finder-url.ts). */
export const finderNotices = {
	rejected: {
		nl: (what: string, value: string, fallback: string) => `De link vroeg om ${what} “${value}”, die kennen we niet. ${fallback}`,
		en: (what: string, value: string, fallback: string) => `The link asked for ${what} “${value}”, which we do not know. ${fallback}`
	},
	municipality: { what: { nl: 'gemeente', en: 'municipality' }, fallback: { nl: 'Kies hieronder uw gemeente.', en: 'Choose your municipality below.' } },
	category: { what: { nl: 'zorgsoort', en: 'type of care' }, fallback: { nl: 'Kies hieronder een soort zorg.', en: 'Choose a type of care below.' } },
	sort: { what: { nl: 'sortering', en: 'sort order' }, fallback: { nl: 'We sorteren op wachttijd.', en: 'We sort by waiting time.' } },
	page: { what: { nl: 'pagina', en: 'page' }, fallback: { nl: 'We tonen de eerste pagina.', en: 'We show the first page.' } },
	provider: {
		nl: (value: string) => `De link vroeg om aanbieder “${value}”, die kennen we niet. We laten die weg.`,
		en: (value: string) => `The link asked for provider “${value}”, which we do not know. We leave it out.`
	},
	tooMany: {
		nl: (max: number) => `U kunt maximaal ${max} aanbieders vergelijken. We tonen de eerste ${max}.`,
		en: (max: number) => `You can compare at most ${max} providers. We show the first ${max}.`
	}
};

/** The municipality type-ahead (src/lib/components/MunicipalityPicker.svelte and the search behind it). */
export const picker = {
	hint: { nl: 'Typ de naam van uw gemeente of uw postcode (4 cijfers).', en: 'Type the name of your municipality or your postcode (4 digits).' },
	choices: { nl: (label: string) => `${label}: keuzes`, en: (label: string) => `${label}: choices` },
	found: {
		nl: (total: number, shown: number) =>
			`${total} ${total === 1 ? 'gemeente' : 'gemeenten'} gevonden${total > shown ? `, de eerste ${shown} staan in de lijst` : ''}. Kies met pijltje omlaag en Enter.`,
		en: (total: number, shown: number) =>
			`${total} ${total === 1 ? 'municipality' : 'municipalities'} found${total > shown ? `; the first ${shown} are in the list` : ''}. Choose with the down arrow and Enter.`
	},
	chosen: { nl: (name: string) => `${name} gekozen.`, en: (name: string) => `${name} chosen.` },
	postcodeOne: { nl: (postcode: string, name: string) => `Postcode ${postcode} ligt in ${name}.`, en: (postcode: string, name: string) => `Postcode ${postcode} is in ${name}.` },
	postcodeMany: {
		nl: (postcode: string, n: number) => `Postcode ${postcode} komt voor in ${n} gemeenten; kies de uwe.`,
		en: (postcode: string, n: number) => `Postcode ${postcode} occurs in ${n} municipalities; choose yours.`
	},
	postcodeNone: {
		nl: (postcode: string) => `Postcode ${postcode} kunnen we niet aan een gemeente koppelen: in onze gegevens staan bijna geen postcodes. Typ de naam van uw gemeente.`,
		en: (postcode: string) => `We cannot link postcode ${postcode} to a municipality: our data hold hardly any postcodes. Type the name of your municipality.`
	},
	noMatch: { nl: (query: string) => `Geen gemeente gevonden voor “${query}”.`, en: (query: string) => `No municipality found for “${query}”.` }
};

/** The finder's result list (src/lib/lenses/ProviderList.svelte). */
export const providerList = {
	label: {
		nl: (category: string, municipality: string) => `Aanbieders voor ${category} in ${municipality}`,
		en: (category: string, municipality: string) => `Providers for ${category} in ${municipality}`
	},
	wait: { nl: 'Wachttijd', en: 'Waiting time' },
	noWait: { nl: 'Geen wachttijd bekend', en: 'No waiting time known' },
	measuredInRegion: { nl: '(gemeten elders in uw regio)', en: '(measured elsewhere in your region)' },
	tiers: {
		gemeente: { nl: 'In uw gemeente', en: 'In your municipality' },
		regio: { nl: 'In uw regio', en: 'In your region' },
		elders: { nl: 'Verder weg', en: 'Further away' }
	} as Record<string, Text>,
	contractedSince: { nl: 'Gecontracteerd sinds', en: 'Contracted since' },
	asSub: { nl: ' (als onderaannemer)', en: ' (as a subcontractor)' },
	contractAndPgb: { nl: 'Contract en pgb', en: 'Contract and personal budget' },
	nzaUnknown: { nl: 'Onbekend: de NZa-lijst van 2018 zegt niets over contracten', en: 'Unknown: the 2018 NZa list says nothing about contracts' },
	compare: { nl: 'Vergelijk', en: 'Compare' },
	full: {
		nl: (max: number) => `U heeft ${max} aanbieders gekozen: meer kunnen niet naast elkaar.`,
		en: (max: number) => `You have chosen ${max} providers: no more fit side by side.`
	}
};

/** The provider profile page, /aanbieder. */
export const profilePage = {
	provider: { nl: 'Aanbieder', en: 'Provider' },
	title: { nl: (name: string) => `${name} · Regiozicht`, en: (name: string) => `${name} · Regiozicht` },
	description: {
		nl: 'Profiel van een zorgaanbieder: waar gecontracteerd, welke zorg, wachttijden en locaties.',
		en: 'Profile of a care provider: where it is contracted, which care, waiting times and locations.'
	},
	withoutMunicipality: { nl: 'We tonen de aanbieder zonder gemeente.', en: 'We show the provider without a municipality.' },
	computing: { nl: 'Het profiel wordt in uw browser berekend…', en: 'The profile is being calculated in your browser…' },
	whichH1: { nl: 'Welke aanbieder?', en: 'Which provider?' },
	noIdBefore: { nl: 'Dit adres noemt geen aanbieder. Zoek een aanbieder via', en: 'This address names no provider. Find a provider with' },
	notFoundH1: { nl: 'Aanbieder niet gevonden', en: 'Provider not found' },
	notFoundLede: {
		nl: (code: string) => `We kennen geen aanbieder met de code “${code}”. Misschien is de link oud of zit er een typefout in.`,
		en: (code: string) => `We do not know a provider with the code “${code}”. Perhaps the link is old, or it has a typo.`
	},
	searchNear: { nl: 'Zoek een aanbieder bij u in de buurt', en: 'Find a provider near you' },
	failed: { nl: 'Het profiel kon niet worden berekend in uw browser.', en: 'The profile could not be calculated in your browser.' },
	back: { nl: (name: string) => `← Terug naar de lijst voor ${name}`, en: (name: string) => `← Back to the list for ${name}` }
};

/** A provider's profile (src/lib/lenses/ProviderProfile.svelte). */
export const providerProfile = {
	demoNoteStrong: { nl: 'Verzonnen voorbeeldaanbieder.', en: 'Made-up example provider.' },
	demoNote: {
		nl: 'Naam, contracten, locaties en wachttijden zijn demodata: ze laten zien hoe Regiozicht werkt, niet hoe het echt is.',
		en: 'Name, contracts, locations and waiting times are demo data: they show how Regiozicht works, not how things really are.'
	},
	realNoteBefore: {
		nl: 'Deze aanbieder staat in de lijst met ggz-wachttijden van de NZa uit 2018 (echt). Over contracten met gemeenten hebben we',
		en: 'This provider is on the 2018 NZa list of mental health waiting times (real). About contracts with municipalities we have'
	},
	realNoteStrong: { nl: 'geen informatie', en: 'no information' },
	mineNote: {
		nl: (source: string) => `Deze aanbieder komt uit uw eigen bestanden (${source}); alleen in dit tabblad.`,
		en: (source: string) => `This provider comes from your own files (${source}); only in this tab.`
	},
	realNoteAfter: {
		nl: (months: string | null) => (months ? `; de wachttijden zijn van ${months}, niet van nu.` : '.'),
		en: (months: string | null) => (months ? `; the waiting times are from ${months}, not from today.` : '.')
	},
	statsLabel: { nl: 'Kerncijfers van de aanbieder', en: 'Key figures of the provider' },
	statContracts: {
		nl: (asSub: string | null) => `lopende contracten${asSub ? `, waarvan ${asSub} als onderaannemer` : ''}`,
		en: (asSub: string | null) => `current contracts${asSub ? `, ${asSub} of them as a subcontractor` : ''}`
	},
	statRegions: {
		nl: (n: number, municipalities: string) => `${n === 1 ? 'regio' : 'regio’s'} en ${municipalities} gemeenten`,
		en: (n: number, municipalities: string) => `${n === 1 ? 'region' : 'regions'} and ${municipalities} municipalities`
	},
	statCategories: { nl: (n: number): string => (n === 1 ? 'zorgsoort' : 'zorgsoorten'), en: (n: number): string => (n === 1 ? 'care category' : 'care categories') },
	statLocations: { nl: (n: number): string => (n === 1 ? 'locatie' : 'locaties'), en: (n: number): string => (n === 1 ? 'location' : 'locations') },
	forH2: { nl: (name: string) => `Voor ${name}`, en: (name: string) => `For ${name}` },
	tierMunicipality: {
		nl: (municipality: string, place: string | null) => `Deze aanbieder heeft een locatie in ${municipality}${place ? ` (${place})` : ''}.`,
		en: (municipality: string, place: string | null) => `This provider has a location in ${municipality}${place ? ` (${place})` : ''}.`
	},
	tierRegion: {
		nl: (place: string, km: string, municipality: string) => `Deze aanbieder heeft een locatie in uw regio: ${place}, ca. ${km} km van ${municipality}.`,
		en: (place: string, km: string, municipality: string) => `This provider has a location in your region: ${place}, about ${km} km from ${municipality}.`
	},
	tierElsewhere: {
		nl: (place: string, km: string, municipality: string) => `Deze aanbieder zit niet in uw regio; de dichtstbijzijnde locatie is ${place}, ca. ${km} km van ${municipality}.`,
		en: (place: string, km: string, municipality: string) => `This provider is not in your region; the nearest location is ${place}, about ${km} km from ${municipality}.`
	},
	tierNone: { nl: 'Deze aanbieder heeft geen bekende locatie.', en: 'This provider has no known location.' },
	contractedHere: {
		nl: (municipality: string, since: string, count: string, n: number, pgb: string) =>
			`Gecontracteerd voor ${municipality} sinds ${since} (${count} ${n === 1 ? 'contract' : 'contracten'}); pgb mogelijk: ${pgb}.`,
		en: (municipality: string, since: string, count: string, n: number, pgb: string) =>
			`Contracted for ${municipality} since ${since} (${count} ${n === 1 ? 'contract' : 'contracts'}); personal budget possible: ${pgb}.`
	},
	noContractHere: { nl: (municipality: string) => `Geen lopend contract voor ${municipality}.`, en: (municipality: string) => `No current contract for ${municipality}.` },
	contractedExplain: {
		nl: ': de gemeente heeft (via de regio) afspraken met de aanbieder, zodat de gemeente de zorg betaalt.',
		en: ': the municipality (through the region) has an agreement with the provider, so the municipality pays for the care.'
	},
	pgbExplain: {
		nl: ': persoonsgebonden budget, u krijgt geld en koopt de zorg zelf in.',
		en: ': you get money and buy the care yourself.'
	},
	yesNo: {
		unknown: { nl: 'onbekend', en: 'unknown' },
		yes: { nl: 'ja', en: 'yes' },
		no: { nl: 'nee', en: 'no' }
	},
	categoriesH2: { nl: 'Zorgsoorten en wachttijd', en: 'Care categories and waiting time' },
	normExplain: {
		nl: ': de wachttijd die nog als redelijk geldt — voor de ggz de Treeknorm van 14 weken, voor jeugdhulp en Wmo hier een demo-norm.',
		en: ': the waiting time that still counts as reasonable — for mental health care the Treek norm of 14 weeks, for youth care and Wmo support a demo norm here.'
	},
	noCategories: { nl: 'Geen zorgsoorten bekend.', en: 'No care categories known.' },
	categoriesCaption: {
		nl: (name: string) => `Zorgsoorten van ${name}, met de laatste wachttijd`,
		en: (name: string) => `Care categories of ${name}, with the latest waiting time`
	},
	category: { nl: 'Zorgsoort', en: 'Care category' },
	contract: { nl: 'Contract', en: 'Contract' },
	lastWait: { nl: 'Laatste wachttijd', en: 'Latest waiting time' },
	noRunning: { nl: 'geen lopend contract', en: 'no current contract' },
	running: { nl: (count: string) => `${count} lopend`, en: (count: string) => `${count} current` },
	alsoFor: { nl: (municipality: string) => `, ook voor ${municipality}`, en: (municipality: string) => `, also for ${municipality}` },
	notFor: { nl: (municipality: string) => `, niet voor ${municipality}`, en: (municipality: string) => `, not for ${municipality}` },
	pgbShort: { nl: (yesNo: string) => `; pgb ${yesNo}`, en: (yesNo: string) => `; personal budget: ${yesNo}` },
	trendH2: { nl: 'Wachttijd per maand', en: 'Waiting time per month' },
	noTrend: { nl: 'Van deze aanbieder zijn geen wachttijden bekend.', en: 'No waiting times are known for this provider.' },
	shortSeries: {
		nl: 'Minder dan een jaar aan cijfers is te kort voor een lijn. Dit zijn de cijfers per maand:',
		en: 'Less than a year of figures is too short for a line. These are the figures per month:'
	},
	trendTitle: { nl: (category: string) => `Wachttijd: ${category}`, en: (category: string) => `Waiting time: ${category}` },
	trendCaption: {
		nl: (month: string, wait: string, over: number, months: number, norm: string | null) =>
			`In ${month} was de mediane wachttijd ${wait}${norm === null ? '' : `; in ${over} van de ${months} maanden lag die boven de norm van ${norm}`}.`,
		en: (month: string, wait: string, over: number, months: number, norm: string | null) =>
			`In ${month} the median waiting time was ${wait}${norm === null ? '' : `; in ${over} of the ${months} months it was above the norm of ${norm}`}.`
	},
	month: { nl: 'Maand', en: 'Month' },
	medianWeeks: { nl: 'Mediaan (weken)', en: 'Median (weeks)' },
	normWeeks: { nl: 'Norm (weken)', en: 'Norm (weeks)' },
	measurements: { nl: 'Metingen', en: 'Measurements' },
	normLabel: { nl: (weeks: string) => `norm ${weeks} wk`, en: (weeks: string) => `norm ${weeks} wk` },
	weeks: { nl: 'weken', en: 'weeks' },
	trendDescription: {
		nl: (category: string, provider: string, caption: string) => `Lijn: mediane wachttijd per maand voor ${category} bij ${provider}. ${caption}`,
		en: (category: string, provider: string, caption: string) => `Line: median waiting time per month for ${category} at ${provider}. ${caption}`
	},
	contractedH2: { nl: 'Waar gecontracteerd', en: 'Where contracted' },
	noContract: { nl: 'Op de peildatum heeft deze aanbieder geen lopend contract.', en: 'On the reference date this provider has no current contract.' },
	municipalities: {
		nl: (n: number, list: string) => `${n} gemeenten — ${list}`,
		en: (n: number, list: string) => `${n} municipalities — ${list}`
	},
	subH2: { nl: 'Onderaanneming', en: 'Subcontracting' },
	subExplainBefore: { nl: 'Een', en: 'A' },
	subTerm: { nl: 'onderaannemer', en: 'subcontractor' },
	subExplainAfter: {
		nl: 'levert zorg in opdracht van een hoofdaannemer, die het contract met de regio heeft.',
		en: 'provides care on behalf of a main contractor, which holds the contract with the region.'
	},
	noSub: {
		nl: 'Deze aanbieder werkt niet als onderaannemer en heeft geen onderaannemers.',
		en: 'This provider does not work as a subcontractor and has no subcontractors.'
	},
	worksFor: { nl: 'Werkt als onderaannemer voor:', en: 'Works as a subcontractor for:' },
	worksUnder: { nl: 'Onderaannemers die voor deze aanbieder werken:', en: 'Subcontractors who work for this provider:' },
	partnerDeals: {
		nl: (count: string, n: number, running: boolean) => `(${count} ${n === 1 ? 'traject' : 'trajecten'}${running ? ', loopt nog' : ', afgelopen'})`,
		en: (count: string, n: number, running: boolean) => `(${count} ${n === 1 ? 'procurement' : 'procurements'}${running ? ', still running' : ', ended'})`
	},
	dealsH2: { nl: 'Gewonnen inkooptrajecten', en: 'Procurements won' },
	noDeals: { nl: 'Geen inkooptrajecten bekend.', en: 'No procurements known.' },
	dealsCaption: {
		nl: (name: string) => `Inkooptrajecten waarin ${name} een contract kreeg`,
		en: (name: string) => `Procurements in which ${name} won a contract`
	},
	deal: { nl: 'Traject', en: 'Procurement' },
	region: { nl: 'Regio', en: 'Region' },
	role: { nl: 'Rol', en: 'Role' },
	categories: { nl: 'Zorgsoorten', en: 'Care categories' },
	duration: { nl: 'Looptijd', en: 'Duration' },
	runningNow: { nl: 'Loopt nu', en: 'Running now' },
	roleMain: { nl: 'hoofdaannemer', en: 'main contractor' },
	roleSub: { nl: 'onderaannemer', en: 'subcontractor' },
	openEnded: { nl: 'onbepaald', en: 'open-ended' },
	locationsH2: { nl: 'Locaties', en: 'Locations' },
	noLocations: { nl: 'Geen locaties bekend.', en: 'No locations known.' }
};

/** The comparison page, /aanbieders/vergelijk. */
export const comparePage = {
	title: { nl: 'Aanbieders vergelijken · Regiozicht', en: 'Compare providers · Regiozicht' },
	description: {
		nl: 'Zet tot vier zorgaanbieders naast elkaar: wachttijden, zorgsoorten, locaties en contracten.',
		en: 'Put up to four care providers side by side: waiting times, care categories, locations and contracts.'
	},
	crumb: { nl: 'Vergelijken', en: 'Compare' },
	h1: { nl: 'Aanbieders vergelijken', en: 'Compare providers' },
	ledeBefore: {
		nl: (max: number, municipality: string | null) => `Zet tot ${max} aanbieders naast elkaar${municipality ? ` voor ${municipality}` : ''}. Kies ze in de lijst bij`,
		en: (max: number, municipality: string | null) => `Put up to ${max} providers side by side${municipality ? ` for ${municipality}` : ''}. Choose them in the list at`
	},
	ledeAfter: { nl: 'met “Vergelijk”.', en: 'with “Compare”.' },
	withoutMunicipality: { nl: 'We vergelijken zonder gemeente.', en: 'We compare without a municipality.' },
	unknownCategory: {
		nl: (value: string) => `De link vroeg om zorgsoort “${value}”, die kennen we niet.`,
		en: (value: string) => `The link asked for type of care “${value}”, which we do not know.`
	},
	none: { nl: 'Nog geen aanbieders gekozen.', en: 'No providers chosen yet.' },
	failed: { nl: (error: string) => `Vergelijken lukte niet in uw browser. ${error}`, en: (error: string) => `Comparing did not work in your browser. ${error}` },
	busy: { nl: 'Bezig met vergelijken…', en: 'Comparing…' },
	ready: { nl: (n: number) => `${plural(n, 'aanbieder', 'aanbieders', 'nl')} naast elkaar.`, en: (n: number) => `${plural(n, 'provider', 'providers', 'en')} side by side.` },
	pgbExplain: { nl: ' (persoonsgebonden budget): u krijgt geld en koopt de zorg zelf in.', en: ': you get money and buy the care yourself.' },
	normExplain: {
		nl: ': de wachttijd die nog als redelijk geldt (ggz: Treeknorm 14 weken; jeugdhulp en Wmo: een demo-norm).',
		en: ': the waiting time that still counts as reasonable (mental health care: Treek norm of 14 weeks; youth care and Wmo support: a demo norm).'
	},
	back: {
		nl: (kept: boolean) => `← Terug naar de lijst${kept ? ' (uw keuze blijft bewaard)' : ''}`,
		en: (kept: boolean) => `← Back to the list${kept ? ' (your choice is kept)' : ''}`
	}
};

/** Providers side by side (src/lib/lenses/ProviderCompare.svelte). */
export const providerCompare = {
	unknown: {
		nl: (n: number, ids: string) => `${n === 1 ? 'Deze aanbieder kennen we niet' : 'Deze aanbieders kennen we niet'}: ${ids}.`,
		en: (n: number, ids: string) => `${n === 1 ? 'We do not know this provider' : 'We do not know these providers'}: ${ids}.`
	},
	removeMissing: { nl: (id: string) => `Haal ${id} weg`, en: (id: string) => `Remove ${id}` },
	mixed: {
		nl: 'Let op: u vergelijkt verzonnen demo-aanbieders met echte ggz-aanbieders uit de NZa-lijst van 2018. Hun cijfers komen uit verschillende bronnen en jaren.',
		en: 'Note: you are comparing made-up demo providers with real mental health care providers from the 2018 NZa list. Their figures come from different sources and years.'
	},
	caption: {
		nl: (municipality: string | null) => `Aanbieders naast elkaar${municipality ? ` voor ${municipality}` : ''}`,
		en: (municipality: string | null) => `Providers side by side${municipality ? ` for ${municipality}` : ''}`
	},
	remove: { nl: 'Verwijder', en: 'Remove' },
	removeLabel: { nl: (name: string) => `Verwijder ${name}`, en: (name: string) => `Remove ${name}` },
	source: { nl: 'Bron', en: 'Source' },
	sourceDemo: { nl: 'Verzonnen voorbeelddata', en: 'Made-up example data' },
	sourceNza: { nl: 'NZa-lijst ggz 2018 (echt)', en: 'NZa mental health care list 2018 (real)' },
	locations: { nl: 'Locaties', en: 'Locations' },
	contractedFor: { nl: (municipality: string) => `Gecontracteerd voor ${municipality}`, en: (municipality: string) => `Contracted for ${municipality}` },
	noContractInfo: { nl: 'Onbekend (geen contractinformatie)', en: 'Unknown (no contract information)' },
	yesSince: { nl: (date: string) => `Ja, sinds ${date}`, en: (date: string) => `Yes, since ${date}` },
	runningContracts: { nl: 'Lopende contracten', en: 'Current contracts' },
	runningValue: {
		nl: (count: string, asSub: string | null, regions: string, n: number) => `${count}${asSub ? ` (${asSub} als onderaannemer)` : ''} in ${regions} ${n === 1 ? 'regio' : 'regio’s'}`,
		en: (count: string, asSub: string | null, regions: string, n: number) => `${count}${asSub ? ` (${asSub} as a subcontractor)` : ''} in ${regions} ${n === 1 ? 'region' : 'regions'}`
	},
	categories: { nl: 'Zorgsoorten', en: 'Care categories' },
	waitFor: {
		nl: (name: string) => `Wachttijd ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
		en: (name: string) => `Waiting time: ${name.charAt(0).toLowerCase()}${name.slice(1)}`
	},
	notOffered: { nl: 'biedt dit niet aan', en: 'does not offer this' },
	scrollHint: {
		nl: (n: number) => `Schuif de tabel opzij om ${n === 2 ? 'beide' : `alle ${n}`} aanbieders te zien`,
		en: (n: number) => `Scroll the table sideways to see ${n === 2 ? 'both' : `all ${n}`} providers`
	},
	noWait: { nl: 'geen wachttijd bekend', en: 'no waiting time known' },
	tierMunicipality: {
		nl: (municipality: string, place: string | null) => `In ${municipality}${place ? ` (${place})` : ''}`,
		en: (municipality: string, place: string | null) => `In ${municipality}${place ? ` (${place})` : ''}`
	},
	tierRegion: { nl: (place: string, km: string) => `In uw regio: ${place}, ca. ${km} km`, en: (place: string, km: string) => `In your region: ${place}, about ${km} km` },
	tierElsewhere: { nl: (place: string, km: string) => `Verder weg: ${place}, ca. ${km} km`, en: (place: string, km: string) => `Further away: ${place}, about ${km} km` },
	locationCount: {
		nl: (count: string, n: number) => `${count} ${n === 1 ? 'locatie' : 'locaties'}`,
		en: (count: string, n: number) => `${count} ${n === 1 ? 'location' : 'locations'}`
	}
};

/** The next step on every provider (src/lib/lenses/NextStep.svelte) and the warning beside an old wait. */
export const nextStep = {
	label: { nl: 'Volgende stap', en: 'Next step' },
	link: { nl: (name: string) => `Wachttijden op de website van ${name}`, en: (name: string) => `Waiting times on the website of ${name}` },
	linkFor: { nl: (categories: string) => `Wachttijden voor ${categories}`, en: (categories: string) => `Waiting times for ${categories}` },
	opensSite: { nl: '(opent de website van de aanbieder in een nieuw tabblad)', en: '(opens the provider’s website in a new tab)' },
	noSiteDemo: { nl: 'Dit is een verzonnen aanbieder: er is geen website om naar toe te gaan.', en: 'This is a made-up provider: there is no website to go to.' },
	noSiteNza: { nl: 'De NZa-lijst noemt geen website van deze aanbieder.', en: 'The NZa list names no website for this provider.' },
	noSiteSource: { nl: 'De bron noemt geen website van deze aanbieder.', en: 'The source names no website for this provider.' },
	yourMunicipality: { nl: 'uw gemeente', en: 'your municipality' },
	theMunicipality: { nl: (name: string) => `de gemeente ${name}`, en: (name: string) => `the municipality of ${name}` },
	routes: {
		ggz: {
			nl: () => 'Voor ggz gaat u eerst naar uw huisarts: die verwijst u door.',
			en: () => 'For mental health care you first go to your GP (huisarts), who refers you.'
		},
		'ggz-jeugd': {
			nl: (who: string) => `Voor ggz voor kinderen en jongeren gaat u naar de huisarts, de jeugdarts of het wijkteam van ${who}.`,
			en: (who: string) => `For mental health care for children and young people you go to the GP, the youth doctor or the neighbourhood team of ${who}.`
		},
		jeugd: {
			nl: (who: string) => `Jeugdhulp vraagt u aan bij het wijkteam of jeugdteam van ${who}; de huisarts kan u ook doorverwijzen.`,
			en: (who: string) => `You apply for youth care at the neighbourhood or youth team of ${who}; your GP can also refer you.`
		},
		wmo: {
			nl: (who: string) => `Wmo-ondersteuning vraagt u aan bij het Wmo-loket of het wijkteam van ${who}.`,
			en: (who: string) => `You apply for Wmo support at the Wmo desk or the neighbourhood team of ${who}.`
		}
	} satisfies Record<string, { nl: (who: string) => string; en: (who: string) => string }>,
	oldWait: {
		nl: (month: string) => `Dit was de wachttijd in ${month}, niet die van nu: vraag de aanbieder hoe lang u nu moet wachten.`,
		en: (month: string) => `This was the wait in ${month}, not today’s: ask the provider how long you would wait now.`
	},
	/** Months as words: "februari 2018 en maart 2018". */
	and: { nl: ' en ', en: ' and ' }
};
