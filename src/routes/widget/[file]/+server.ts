import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { widgetScript } from '$lib/server';

// The files fee-calculator.js loads beside itself (the Chinese texts), named by their content and
// built with it by `npm run build:widget` (widget.vite.config.ts).
const files = import.meta.glob<string>('../../../../generated/widget/fee-calculator-*.js', {
	query: '?raw',
	import: 'default',
	eager: true
});
const served = new Map(
	Object.entries(files).map(([path, code]) => [
		path.slice(path.lastIndexOf('/') + 1),
		widgetScript(code, 'by-content')
	])
);

export const GET: RequestHandler = ({ params, request }) => {
	const serve = served.get(params.file);
	if (!serve) error(404, 'Not found');
	return serve(request);
};
