/** Injection tokens for the platform's singletons (interfaces have no runtime identity in TypeScript). */
export const CONFIG = Symbol('CONFIG');
export const LOGGER = Symbol('LOGGER');
export const DATABASE = Symbol('DATABASE');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const PROCESSOR_RUNNER = Symbol('PROCESSOR_RUNNER');
export const INTEGRATION_PUBLISHER = Symbol('INTEGRATION_PUBLISHER');
export const CACHE = Symbol('CACHE');
