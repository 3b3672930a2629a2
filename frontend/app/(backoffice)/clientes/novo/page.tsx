'use client';
import { useRouter } from 'next/navigation';
import { Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CustomerView } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { CustomerForm, createCustomerBody, emptyCustomer, type CustomerFormValues } from '../../../../components/CustomerForm';

export default function NewCustomerPage() {
  const router = useRouter();
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: async (v: CustomerFormValues) =>
      unwrap<CustomerView>(await api.POST('/api/v1/customers', { body: createCustomerBody(v) })),
    onSuccess: (c) => {
      void qc.invalidateQueries({ queryKey: ['customers'] });
      router.push(`/clientes/${c.id}`);
    },
  });
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">{messages.customers.new}</Title>
      <CustomerForm initial={emptyCustomer} mode="create" onSubmit={(v) => create.mutate(v)} busy={create.isPending} error={create.error} />
    </Stack>
  );
}
