'use client';
import Link from 'next/link';
import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type CustomerView } from '@netprovider/api-client';
import { api } from '../lib/api';
import { can, useMe } from '../lib/hooks';

/** A customer's name linking to their page (the billing read models hold ids only: names come from customers). */
export function CustomerName({ id }: { id: string }) {
  const me = useMe();
  const allowed = can(me.data, 'customers:read');
  const customer = useQuery({
    queryKey: ['customers', 'detail', id, null],
    enabled: allowed,
    staleTime: 5 * 60_000,
    queryFn: async () => unwrap<CustomerView>(await api.GET('/api/v1/customers/{id}', { params: { path: { id } } })),
  });
  const label = customer.data?.name ?? customer.data?.pseudonym ?? id.slice(0, 8);
  if (!allowed) return <Text span>{label}</Text>;
  return <Anchor component={Link} href={`/clientes/${id}`}>{label}</Anchor>;
}
