'use client';
import { useState, type FormEvent } from 'react';
import { Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { fieldErrors } from '../../../../lib/problems';
import type { Supplier } from '../../../../lib/finance';
import { useSuppliers } from '../../../../lib/finance-queries';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Guard } from '../../../../components/Guard';

const t = messages.finance.suppliers;

export default function SuppliersPage() {
  return (
    <Guard permission="finance:read">
      <Suppliers />
    </Guard>
  );
}

function Suppliers() {
  const me = useMe();
  const write = can(me.data, 'finance:write');
  const list = useSuppliers();
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.title}</Title>
        {write && !creating && <Button onClick={() => setCreating(true)}>{t.new}</Button>}
      </Group>
      {creating && <SupplierForm onDone={() => setCreating(false)} />}
      <ErrorAlert error={list.error} />
      {list.isPending ? <Loader aria-label={messages.common.loading} /> : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead><Table.Tr><Table.Th>{messages.common.name}</Table.Th><Table.Th>{t.document}</Table.Th><Table.Th>{messages.common.email}</Table.Th><Table.Th>{t.phone}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {list.data?.map((s) => (
                <Table.Tr key={s.id}><Table.Td>{s.name}</Table.Td><Table.Td>{s.document ?? '—'}</Table.Td><Table.Td>{s.email ?? '—'}</Table.Td><Table.Td>{s.phone ?? '—'}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
    </Stack>
  );
}

function SupplierForm({ onDone }: { onDone: () => void }) {
  const qc = useQueryClient();
  const [v, setV] = useState({ name: '', document: '', email: '', phone: '' });
  const save = useMutation({
    mutationFn: async () =>
      unwrap<Supplier>(await api.POST('/api/v1/finance/suppliers', { body: { name: v.name, ...(v.document ? { document: v.document } : {}), ...(v.email ? { email: v.email } : {}), ...(v.phone ? { phone: v.phone } : {}) } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['finance', 'suppliers'] });
      onDone();
    },
  });
  const errs = fieldErrors(save.error);
  return (
    <Card withBorder component="form" onSubmit={(e: FormEvent) => { e.preventDefault(); save.mutate(); }} aria-label={t.new}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput label={messages.common.name} value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} error={errs.name} required />
          <TextInput label={t.document} value={v.document} onChange={(e) => setV({ ...v, document: e.currentTarget.value })} error={errs.document} />
          <TextInput label={messages.common.email} type="email" value={v.email} onChange={(e) => setV({ ...v, email: e.currentTarget.value })} error={errs.email} />
          <TextInput label={t.phone} value={v.phone} onChange={(e) => setV({ ...v, phone: e.currentTarget.value })} error={errs.phone} />
        </SimpleGrid>
        <ErrorAlert error={save.error} placed={['name', 'document', 'email', 'phone']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{messages.common.cancel}</Button>
          <Button type="submit" loading={save.isPending}>{messages.common.create}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
