import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { RESPONSE_COMPONENTS } from '../http/validation.js';

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('NetProvider API')
    .setDescription(
      'ERP for Brazilian internet service providers. Errors are RFC 9457 problem+json; POST accepts an Idempotency-Key header.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const doc = SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
  doc.components = { ...doc.components, schemas: { ...doc.components?.schemas, ...(Object.fromEntries(RESPONSE_COMPONENTS) as Record<string, never>) } };
  return sortKeys(doc) as OpenAPIObject;
}

/** Stable key order so the committed spec only changes when the API does. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}
