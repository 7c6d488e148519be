import type { RequestHandler } from './$types';
import {
	getRules,
	jsonResponse,
	listSchedules,
	methodNotAllowed,
	refuseParameters
} from '$lib/server';

export const GET: RequestHandler = ({ url }) =>
	refuseParameters(url) ?? jsonResponse(listSchedules(getRules(), Date.now()));
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
