import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { PERMISSION_KEY, type RouteAccess } from '../platform/auth/permissions.js';
import { BODY_SCHEMA } from '../platform/http/validation.js';

export interface RouteInfo {
  method: string;
  /** Full path with the global prefix, params as `:name`. */
  path: string;
  access: RouteAccess | undefined;
  controller: string;
  handler: string;
  hasBodySchema: boolean;
}

const join = (...parts: string[]) => '/' + parts.flatMap((p) => p.split('/')).filter(Boolean).join('/');

/**
 * Every HTTP route Nest registered, from the controllers of every module (the same metadata the router is
 * built from), with the access rule each declares.
 */
export function listRoutes(app: INestApplication, prefix = 'api'): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...a: unknown[]) => unknown) | undefined;
      if (!type?.prototype) continue;
      const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, type) ?? '');
      const proto = type.prototype as Record<string, unknown>;
      const seen = new Set<string>();
      for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
        for (const name of Object.getOwnPropertyNames(p)) {
          if (name === 'constructor' || seen.has(name)) continue;
          seen.add(name);
          const fn = (p as Record<string, unknown>)[name];
          if (typeof fn !== 'function') continue;
          const paths = Reflect.getMetadata(PATH_METADATA, fn) as string | string[] | undefined;
          if (paths === undefined) continue;
          const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod] ?? 'GET';
          const access = (Reflect.getMetadata(PERMISSION_KEY, fn) ?? Reflect.getMetadata(PERMISSION_KEY, type)) as RouteAccess | undefined;
          for (const b of base) {
            for (const path of ([] as string[]).concat(paths)) {
              routes.push({
                method, path: join(prefix, b, path), access, controller: type.name, handler: name,
                hasBodySchema: Reflect.getMetadata(BODY_SCHEMA, fn) !== undefined,
              });
            }
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** Express's own route table (what really answers), as "METHOD /path" strings under the prefix. */
export function expressRoutes(app: INestApplication, prefix = '/api'): string[] {
  const router = (app.getHttpAdapter().getInstance() as { router?: { stack: unknown[] } }).router;
  const out: string[] = [];
  for (const layer of (router?.stack ?? []) as Array<{ route?: { path: string; methods: Record<string, boolean> } }>) {
    if (!layer.route || !String(layer.route.path).startsWith(prefix)) continue;
    for (const [m, on] of Object.entries(layer.route.methods)) if (on && m !== '_all') out.push(`${m.toUpperCase()} ${layer.route.path}`);
  }
  return out.sort();
}
