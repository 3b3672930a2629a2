import { z } from 'zod';
import { uf } from '@netprovider/br-docs';

/**
 * The fields of a Brazilian postal address as responses show them (customers' addresses, a contract's
 * installation and billing address): each context keeps its own type and adds its own fields (id, type).
 */
export const postalAddressFields = {
  zipCode: z.string().describe('8 digits'),
  street: z.string(),
  number: z.string(),
  complement: z.string().optional(),
  district: z.string(),
  city: z.string(),
  cityIbgeCode: z.string().optional().describe('7-digit IBGE code of the city'),
  state: z.enum(uf.UF_CODES),
  lat: z.number().optional(),
  lng: z.number().optional(),
};
