'use client';
import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Group, Loader, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type RecurringBillCreated, type RecurringBillsGenerated } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { fmt } from '../../../../lib/i18n';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { formatCompetence } from '../../../../lib/billing';
import { formatMoney, saoPauloToday } from '../../../../lib/format';
import { centsFromMasked, maskMoney } from '../../../../lib/masks';
import { fieldErrors } from '../../../../lib/problems';
import type { RecurringBill } from '../../../../lib/finance';
import { payableAccountOptions, useChartOfAccounts, useSuppliers } from '../../../../lib/finance-queries';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { MaskedInput } from '../../../../components/MaskedInput';
import { Guard } from '../../../../components/Guard';

const f = messages.finance;
const t = messages.finance.recurring;

export default function RecurringBillsPage() {
  return (
    <Guard permission="finance:read">
      <Recurring />
    </Guard>
  );
}

function Recurring() {
  const me = useMe();
  const write = can(me.data, 'finance:write');
  const [creating, setCreating] = useState(false);
  const accounts = useChartOfAccounts();
  const suppliers = useSuppliers();
  const list = useQuery({ queryKey: ['finance', 'recurring'], queryFn: async () => unwrap<{ items: RecurringBill[] }>(await api.GET('/api/v1/finance/recurring-bills')).items });
  const accountName = (id: string) => {
    const a = accounts.data?.find((x) => x.id === id);
    return a ? `${a.code} ${a.name}` : id;
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.title}</Title>
        {write && !creating && <Button onClick={() => setCreating(true)}>{t.new}</Button>}
      </Group>
      <Text c="dimmed">{t.intro}</Text>
      {creating && <RecurringForm onDone={() => setCreating(false)} />}
      {write && <Generate />}
      <ErrorAlert error={list.error} />
      {list.isPending ? <Loader aria-label={messages.common.loading} /> : (
        <Table.ScrollContainer minWidth={700}>
          <Table striped>
            <Table.Thead><Table.Tr><Table.Th>{f.description}</Table.Th><Table.Th>{f.supplier}</Table.Th><Table.Th>{f.account}</Table.Th><Table.Th>{t.dueDay}</Table.Th><Table.Th>{t.startMonth}</Table.Th><Table.Th ta="right">{f.amount}</Table.Th><Table.Th>{f.status}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {list.data?.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{b.description}</Table.Td>
                  <Table.Td>{suppliers.data?.find((s) => s.id === b.supplierId)?.name ?? '—'}</Table.Td>
                  <Table.Td>{accountName(b.accountId)}</Table.Td>
                  <Table.Td>{b.dueDay}</Table.Td>
                  <Table.Td>{formatCompetence(b.startMonth)}{b.endMonth ? ` – ${formatCompetence(b.endMonth)}` : ''}</Table.Td>
                  <Table.Td ta="right">{formatMoney(b.amountCents)}</Table.Td>
                  <Table.Td><Badge variant="dot" color={b.active ? 'green' : 'gray'}>{b.active ? f.chart.active : f.chart.deactivate}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
    </Stack>
  );
}

function Generate() {
  const qc = useQueryClient();
  const [month, setMonth] = useState(saoPauloToday().slice(0, 7));
  const go = useMutation({
    mutationFn: async () => unwrap<RecurringBillsGenerated>(await api.POST('/api/v1/finance/recurring-bills/generate', { body: { month } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['finance', 'payables'] }),
  });
  const n = go.data?.created ?? 0;
  const errs = fieldErrors(go.error);
  return (
    <Card withBorder component="form" onSubmit={(e: FormEvent) => { e.preventDefault(); go.mutate(); }} aria-label={t.generate}>
      <Group align="flex-start">
        <TextInput label={t.month} placeholder="AAAA-MM" value={month} onChange={(e) => setMonth(e.currentTarget.value)} error={errs.month} w={140} />
        <Button type="submit" mt={25} variant="light" loading={go.isPending}>{t.generate}</Button>
      </Group>
      <ErrorAlert error={go.error} placed={['month']} />
      {go.isSuccess && <Alert mt="xs" color="green">{fmt(t.generated, { n })}</Alert>}
    </Card>
  );
}

function RecurringForm({ onDone }: { onDone: () => void }) {
  const qc = useQueryClient();
  const accounts = useChartOfAccounts();
  const suppliers = useSuppliers();
  const [v, setV] = useState({ description: '', supplierId: '', accountId: '', amount: '', dueDay: 10 as number | string, startMonth: saoPauloToday().slice(0, 7), endMonth: '' });
  const save = useMutation({
    mutationFn: async () =>
      unwrap<RecurringBillCreated>(
        await api.POST('/api/v1/finance/recurring-bills', {
          body: { description: v.description, accountId: v.accountId, amountCents: centsFromMasked(v.amount), dueDay: Number(v.dueDay) || 0, startMonth: v.startMonth, ...(v.endMonth ? { endMonth: v.endMonth } : {}), ...(v.supplierId ? { supplierId: v.supplierId } : {}) },
        }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['finance', 'recurring'] });
      onDone();
    },
  });
  const errs = fieldErrors(save.error);
  return (
    <Card withBorder component="form" onSubmit={(e: FormEvent) => { e.preventDefault(); save.mutate(); }} aria-label={t.new}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput label={f.description} value={v.description} onChange={(e) => setV({ ...v, description: e.currentTarget.value })} error={errs.description} required />
          <Select label={f.supplier} data={[{ value: '', label: f.payables.noSupplier }, ...(suppliers.data ?? []).map((s) => ({ value: s.id, label: s.name }))]} value={v.supplierId} onChange={(x) => setV({ ...v, supplierId: x ?? '' })} allowDeselect={false} error={errs.supplierId} />
          <Select label={f.account} data={payableAccountOptions(accounts.data, f.chart.kinds)} value={v.accountId || null} onChange={(x) => setV({ ...v, accountId: x ?? '' })} searchable error={errs.accountId} required />
          <MaskedInput label={`${f.amount} (R$)`} mask={maskMoney} value={v.amount} onValue={(x) => setV({ ...v, amount: x })} inputMode="numeric" error={errs.amountCents} required />
          <NumberInput label={t.dueDay} min={1} max={31} value={v.dueDay} onChange={(x) => setV({ ...v, dueDay: x })} error={errs.dueDay} />
          <TextInput label={t.startMonth} placeholder="AAAA-MM" value={v.startMonth} onChange={(e) => setV({ ...v, startMonth: e.currentTarget.value })} error={errs.startMonth} />
          <TextInput label={t.endMonth} placeholder="AAAA-MM" value={v.endMonth} onChange={(e) => setV({ ...v, endMonth: e.currentTarget.value })} error={errs.endMonth} />
        </SimpleGrid>
        <ErrorAlert error={save.error} placed={['description', 'supplierId', 'accountId', 'amountCents', 'dueDay', 'startMonth', 'endMonth']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{messages.common.cancel}</Button>
          <Button type="submit" loading={save.isPending}>{messages.common.create}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
