'use client';
import { useParams, useRouter } from 'next/navigation';
import { Loader, Stack, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CustomerView } from '@netprovider/api-client';
import { messages } from '../../../../../messages/pt-BR';
import { api } from '../../../../../lib/api';
import { CustomerForm, updateCustomerBody, valuesFromCustomer, type CustomerFormValues } from '../../../../../components/CustomerForm';
import { ErrorAlert } from '../../../../../components/ErrorAlert';

export default function EditCustomerPage() {
  const { id } = useParams<{ id: string }>();
  const router = useRouter();
  const qc = useQueryClient();
  const customer = useQuery({
    queryKey: ['customers', 'detail', id, null],
    queryFn: async () => unwrap<CustomerView>(await api.GET('/api/v1/customers/{id}', { params: { path: { id } } })),
  });
  const update = useMutation({
    mutationFn: async (v: CustomerFormValues) => unwrap<CustomerView>(await api.PATCH('/api/v1/customers/{id}', { params: { path: { id } }, body: updateCustomerBody(v) })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['customers'] });
      router.push(`/clientes/${id}`);
    },
  });
  if (customer.isPending) return <Loader aria-label={messages.common.loading} />;
  if (customer.error) return <ErrorAlert error={customer.error} />;
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">{messages.customers.editTitle}</Title>
      <CustomerForm initial={valuesFromCustomer(customer.data)} mode="edit" onSubmit={(v) => update.mutate(v)} busy={update.isPending} error={update.error} />
    </Stack>
  );
}
