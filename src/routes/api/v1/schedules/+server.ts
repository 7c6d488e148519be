import type { RequestHandler } from './$types';
import { getRules, jsonResponse, listSchedules, methodNotAllowed } from '$lib/server';

export const GET: RequestHandler = () => jsonResponse(listSchedules(getRules(), Date.now()));
export const fallback: RequestHandler = () => methodNotAllowed(['GET', 'HEAD']);
