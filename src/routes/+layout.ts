// Every page is prerendered at build; nothing runs on a server at run time.
export const prerender = true;
export const trailingSlash = 'never';
