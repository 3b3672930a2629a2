'use client';
import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Grid, Group, Loader, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { formatDate, amountColor, formatMoney, saoPauloToday } from '../../../../lib/format';
import { centsFromMasked, maskMoney } from '../../../../lib/masks';
import { fieldErrors } from '../../../../lib/problems';
import type { BankAccount, Movement } from '../../../../lib/finance';
import { useBankAccounts } from '../../../../lib/finance-queries';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { MaskedInput } from '../../../../components/MaskedInput';
import { DateField } from '../../../../components/DateField';
import { Guard } from '../../../../components/Guard';

const f = messages.finance;
const t = messages.finance.banks;

export default function BankAccountsPage() {
  return (
    <Guard permission="finance:read">
      <BankAccounts />
    </Guard>
  );
}

function BankAccounts() {
  const me = useMe();
  const write = can(me.data, 'finance:write');
  const banks = useBankAccounts();
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  if (banks.isPending) return <Loader aria-label={messages.common.loading} />;
  if (banks.error) return <ErrorAlert error={banks.error} />;
  const items = banks.data;
  const current = items.find((b) => b.id === selected) ?? items[0];
  const total = items.reduce((s, b) => s + b.balanceCents, 0);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.title}</Title>
        {write && !creating && <Button onClick={() => setCreating(true)}>{t.new}</Button>}
      </Group>
      {creating && <BankAccountForm onDone={() => setCreating(false)} />}
      <Table.ScrollContainer minWidth={600}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr><Table.Th>{messages.common.name}</Table.Th><Table.Th>{t.kind}</Table.Th><Table.Th>{t.bankCode} / {t.agency} / {t.account}</Table.Th><Table.Th ta="right">{t.balance}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((b) => (
              <Table.Tr key={b.id} data-testid="bank-account-row" bg={current?.id === b.id ? 'var(--mantine-color-default-hover)' : undefined}>
                <Table.Td>
                  <UnstyledButton fz="sm" onClick={() => setSelected(b.id)} aria-pressed={current?.id === b.id} fw={current?.id === b.id ? 700 : 400}>{b.name}</UnstyledButton>
                </Table.Td>
                <Table.Td><Badge variant="dot" color={b.kind === "cash" ? "teal" : "blue"}>{t.kinds[b.kind]}</Badge></Table.Td>
                <Table.Td>{[b.bankCode, b.agency, b.account].filter(Boolean).join(' / ') || '—'}</Table.Td>
                <Table.Td ta="right" fw={600} c={amountColor(b.balanceCents)} data-testid="bank-balance">{formatMoney(b.balanceCents)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr><Table.Td colSpan={3} fw={700}>{t.total}</Table.Td><Table.Td ta="right" fw={700}>{formatMoney(total)}</Table.Td></Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>{current && <Movements account={current} />}</Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>{write && items.length > 1 && <TransferForm accounts={items} />}</Grid.Col>
      </Grid>
    </Stack>
  );
}

function Movements({ account }: { account: BankAccount }) {
  const today = saoPauloToday();
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState('');
  const list = useQuery({
    queryKey: ['finance', 'movements', account.id, from, to],
    queryFn: async () => unwrap<{ items: Movement[] }>(await api.GET('/api/v1/finance/bank-accounts/{id}/movements', { params: { path: { id: account.id }, query: { from: from || undefined, to: to || undefined } } })).items,
  });
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">{t.movements} — {account.name}</Title>
        <Group>
          <DateField label={f.from} value={from} onDate={setFrom} w={160} />
          <DateField label={f.to} value={to} onDate={setTo} w={160} />
        </Group>
        <ErrorAlert error={list.error} />
        {list.isPending ? <Loader aria-label={messages.common.loading} /> : list.data?.length === 0 ? <Text c="dimmed">{t.noMovements}</Text> : (
          <Table.ScrollContainer minWidth={480}>
            <Table striped>
              <Table.Thead><Table.Tr><Table.Th>{f.date}</Table.Th><Table.Th>{f.description}</Table.Th><Table.Th ta="right">{f.amount}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {list.data?.map((m) => (
                  <Table.Tr key={m.id}><Table.Td>{formatDate(m.date)}</Table.Td><Table.Td>{m.description}</Table.Td><Table.Td ta="right" c={amountColor(m.amountCents)}>{formatMoney(m.amountCents)}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

function TransferForm({ accounts }: { accounts: BankAccount[] }) {
  const qc = useQueryClient();
  const [v, setV] = useState({ from: '', to: '', amount: '', date: saoPauloToday(), description: '' });
  const options = accounts.map((a) => ({ value: a.id, label: a.name }));
  const go = useMutation({
    mutationFn: async () => unwrap<unknown>(await api.POST('/api/v1/finance/transfers', { body: { fromAccountId: v.from, toAccountId: v.to, amountCents: centsFromMasked(v.amount), date: v.date, ...(v.description ? { description: v.description } : {}) } })),
    onSuccess: () => {
      setV({ ...v, amount: '', description: '' });
      void qc.invalidateQueries({ queryKey: ['finance'] });
    },
  });
  const errs = fieldErrors(go.error);
  return (
    <Card withBorder component="form" onSubmit={(e: FormEvent) => { e.preventDefault(); go.mutate(); }} aria-label={t.transfer}>
      <Stack>
        <Title order={2} size="h4">{t.transfer}</Title>
        <Select label={t.fromAccount} data={options} value={v.from || null} onChange={(x) => setV({ ...v, from: x ?? '' })} error={errs.fromAccountId} />
        <Select label={t.toAccount} data={options} value={v.to || null} onChange={(x) => setV({ ...v, to: x ?? '' })} error={errs.toAccountId} />
        <SimpleGrid cols={2}>
          <MaskedInput label={`${f.amount} (R$)`} mask={maskMoney} value={v.amount} onValue={(x) => setV({ ...v, amount: x })} inputMode="numeric" error={errs.amountCents} />
          <DateField label={f.date} value={v.date} onDate={(x) => setV({ ...v, date: x })} error={errs.date} />
        </SimpleGrid>
        <TextInput label={f.description} value={v.description} onChange={(e) => setV({ ...v, description: e.currentTarget.value })} error={errs.description} />
        <ErrorAlert error={go.error} placed={['fromAccountId', 'toAccountId', 'amountCents', 'date', 'description']} />
        {go.isSuccess && <Alert color="green">{t.transferred}</Alert>}
        <Group justify="flex-end"><Button type="submit" loading={go.isPending} disabled={!v.from || !v.to}>{t.doTransfer}</Button></Group>
      </Stack>
    </Card>
  );
}

function BankAccountForm({ onDone }: { onDone: () => void }) {
  const qc = useQueryClient();
  const [v, setV] = useState({ name: '', kind: 'bank' as 'bank' | 'cash', bankCode: '', agency: '', account: '', opening: '', openingDate: saoPauloToday() });
  const save = useMutation({
    mutationFn: async () =>
      unwrap<BankAccount>(
        await api.POST('/api/v1/finance/bank-accounts', {
          body: {
            name: v.name, kind: v.kind, ...(v.bankCode ? { bankCode: v.bankCode } : {}), ...(v.agency ? { agency: v.agency } : {}), ...(v.account ? { account: v.account } : {}),
            openingBalanceCents: centsFromMasked(v.opening), ...(v.openingDate ? { openingDate: v.openingDate } : {}),
          },
        }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['finance', 'bank-accounts'] });
      onDone();
    },
  });
  const errs = fieldErrors(save.error);
  return (
    <Card withBorder component="form" onSubmit={(e: FormEvent) => { e.preventDefault(); save.mutate(); }} aria-label={t.new}>
      <Stack>
        <Title order={2} size="h4">{t.new}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput label={messages.common.name} value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} error={errs.name} required />
          <Select label={t.kind} data={Object.entries(t.kinds).map(([value, label]) => ({ value, label }))} value={v.kind} onChange={(x) => setV({ ...v, kind: (x ?? 'bank') as 'bank' })} allowDeselect={false} />
          <MaskedInput label={t.opening} mask={maskMoney} value={v.opening} onValue={(x) => setV({ ...v, opening: x })} inputMode="numeric" error={errs.openingBalanceCents} />
          <DateField label={t.openingDate} value={v.openingDate} onDate={(x) => setV({ ...v, openingDate: x })} error={errs.openingDate} />
          {v.kind === 'bank' && (
            <>
              <TextInput label={t.bankCode} value={v.bankCode} onChange={(e) => setV({ ...v, bankCode: e.currentTarget.value })} error={errs.bankCode} maxLength={3} inputMode="numeric" />
              <TextInput label={t.agency} value={v.agency} onChange={(e) => setV({ ...v, agency: e.currentTarget.value })} error={errs.agency} />
              <TextInput label={t.account} value={v.account} onChange={(e) => setV({ ...v, account: e.currentTarget.value })} error={errs.account} />
            </>
          )}
        </SimpleGrid>
        <ErrorAlert error={save.error} placed={['name', 'kind', 'bankCode', 'agency', 'account', 'openingBalanceCents', 'openingDate']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{messages.common.cancel}</Button>
          <Button type="submit" loading={save.isPending}>{messages.common.create}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
