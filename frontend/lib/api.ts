import { createApiClient } from '@netprovider/api-client';
import { authFetch } from './session';

/** The API as a staff user (back office). Same origin: the API is served by the process serving this app. */
export const api = createApiClient({ baseUrl: '', fetch: authFetch('staff') });

/** The API as a subscriber (customer area). */
export const portalApi = createApiClient({ baseUrl: '', fetch: authFetch('portal') });

/** The API without credentials: public routes only (e.g. a contract acceptance link). */
export const publicApi = createApiClient({ baseUrl: '' });
