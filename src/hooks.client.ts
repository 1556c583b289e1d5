import type { HandleClientError } from '@sveltejs/kit';

/** A 404 is an answer, not a fault: show the error page without logging it as an error. */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
