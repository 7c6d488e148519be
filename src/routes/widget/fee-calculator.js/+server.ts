import type { RequestHandler } from './$types';
import { widgetScript } from '$lib/server';
// Built by `npm run build:widget` (widget.vite.config.ts) before the app, which embeds it.
import code from '../../../../generated/widget/fee-calculator.js?raw';

const serve = widgetScript(code);

export const GET: RequestHandler = ({ request }) => serve(request);
