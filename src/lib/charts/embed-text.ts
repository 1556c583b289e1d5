/** Words of a chart's "Insluiten / Embed" panel and the embed page, Dutch and English; loaded with them, not with the dashboards. */

export const embedText = {
	intro: {
		nl: 'Zet deze code in uw eigen webpagina. De grafiek toont dezelfde filters als hier, met titel, bron en demo-label. Het stukje script maakt het kader even hoog als de grafiek.',
		en: 'Put this code in your own web page. The chart shows the same filters as here, with its title, source and demo label. The small script makes the frame as tall as the chart.'
	},
	codeLabel: {
		nl: (title: string) => `Code om “${title}” in te sluiten`,
		en: (title: string) => `Code to embed “${title}”`
	},
	copy: { nl: 'Code kopiëren', en: 'Copy code' },
	copied: { nl: 'Code gekopieerd', en: 'Code copied' },
	copyFailed: {
		nl: 'Kopiëren lukte niet. Selecteer de code en kopieer die zelf (Ctrl+C of Cmd+C).',
		en: 'Copying did not work. Select the code and copy it yourself (Ctrl+C or Cmd+C).'
	},
	preview: { nl: 'Bekijk de ingesloten grafiek', en: 'View the embedded chart' },
	// The embed page.
	loading: { nl: 'De grafiek wordt berekend…', en: 'Calculating the chart…' },
	failed: {
		nl: (reason: string) => `De grafiek kon niet worden berekend: ${reason}`,
		en: (reason: string) => `The chart could not be calculated: ${reason}`
	},
	unknownSubject: {
		nl: (id: string) => `Onbekende pagina “${id}”. Kopieer de code opnieuw vanaf de pagina met de grafiek.`,
		en: (id: string) => `Unknown page “${id}”. Copy the code again from the page with the chart.`
	},
	notOnPage: {
		nl: 'Deze pagina heeft deze grafiek niet (meer). Kopieer de code opnieuw vanaf de pagina met de grafiek.',
		en: 'This page does not have this chart (any more). Copy the code again from the page with the chart.'
	},
	fullView: {
		nl: (name: string) => `Bekijk alles over ${name} op Regiozicht`,
		en: (name: string) => `See everything about ${name} on Regiozicht`
	},
	fullViewPlain: { nl: 'Bekijk de hele pagina op Regiozicht', en: 'See the whole page on Regiozicht' }
};
