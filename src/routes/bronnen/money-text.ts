/** /bronnen's words for the real money data (kept beside the page, not in the shared i18n/text.ts). */
export const moneySources = {
	/** Under the CBS Iv3 source. */
	dictionaryLinkText: { nl: 'lijst met taakvelden', en: 'list of taakvelden' },
	/** Before the link text / after it, so the link sits inside the sentence. */
	dictionaryBefore: { nl: 'Wat elke taakveldcode betekent, staat in de ', en: 'What each taakveld code means is in the ' },
	dictionaryAfter: { nl: ' op de pagina Methode.', en: ' on the Method page.' },
	/** Under the table of row counts. */
	tablesNote: {
		nl: 'De tabellen onder ‘Geld’ zijn echt, voor alle 342 gemeenten. De browser laadt ze niet bij het openen van de site, en ze zijn niet te vervangen door eigen data.',
		en: 'The tables under ‘Money’ are real, for all 342 municipalities. The browser does not load them when the site opens, and they cannot be replaced with your own data.'
	},
	/** The row group heading in the table of row counts. */
	moneyGroup: { nl: 'Geld (CBS Iv3 en Gemeentefonds)', en: 'Money (CBS Iv3 and Municipal Fund)' }
};
