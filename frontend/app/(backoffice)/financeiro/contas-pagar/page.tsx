'use client';
import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Group, Loader, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { fmt } from '../../../../lib/i18n';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { formatCompetence } from '../../../../lib/billing';
import { formatDate, formatMoney, saoPauloToday } from '../../../../lib/format';
import { centsFromMasked, maskMoney } from '../../../../lib/masks';
import { fieldErrors } from '../../../../lib/problems';
import { splitInstalments, type Payable, type PayableInstalment } from '../../../../lib/finance';
import { payableAccountOptions, useBankAccounts, useChartOfAccounts, useSuppliers } from '../../../../lib/finance-queries';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { MaskedInput } from '../../../../components/MaskedInput';
import { DateField } from '../../../../components/DateField';
import { Guard } from '../../../../components/Guard';

const f = messages.finance;
const t = messages.finance.payables;
const STATUS_COLORS: Record<string, string> = { open: 'blue', paid: 'green', cancelled: 'gray' };

export default function PayablesPage() {
  return (
    <Guard permission="finance:read">
      <Payables />
    </Guard>
  );
}

function Payables() {
  const me = useMe();
  const write = can(me.data, 'finance:write');
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [dueFrom, setDueFrom] = useState('');
  const [dueTo, setDueTo] = useState('');
  const [paying, setPaying] = useState<{ payable: Payable; instalment: PayableInstalment } | null>(null);
  const [cancelling, setCancelling] = useState<Payable | null>(null);
  const list = useQuery({
    queryKey: ['finance', 'payables', { status, dueFrom, dueTo }],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap<{ items: Payable[] }>(
        await api.GET('/api/v1/finance/accounts-payable', { params: { query: { status: (status ?? undefined) as 'open' | undefined, dueFrom: dueFrom || undefined, dueTo: dueTo || undefined } } }),
      ).items,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.title}</Title>
        {write && !creating && <Button onClick={() => setCreating(true)}>{t.new}</Button>}
      </Group>
      {creating && <PayableForm onDone={() => setCreating(false)} />}
      <Group align="flex-end">
        <Select label={f.status} data={[{ value: '', label: f.all }, ...Object.entries(t.statuses).map(([value, label]) => ({ value, label }))]} value={status ?? ''} onChange={(v) => setStatus(v || null)} allowDeselect={false} w={180} />
        <DateField label={`${f.dueDate} — ${f.from}`} value={dueFrom} onDate={setDueFrom} w={170} />
        <DateField label={`${f.dueDate} — ${f.to}`} value={dueTo} onDate={setDueTo} w={170} />
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <Loader aria-label={messages.common.loading} />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{f.description}</Table.Th><Table.Th>{f.supplier}</Table.Th><Table.Th>{f.account}</Table.Th><Table.Th>{f.competence}</Table.Th>
                <Table.Th>{t.instalment}</Table.Th><Table.Th>{f.dueDate}</Table.Th><Table.Th ta="right">{f.amount}</Table.Th><Table.Th>{f.status}</Table.Th><Table.Th>{messages.common.actions}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data ?? []).flatMap((p) =>
                p.instalments.map((i, k) => (
                  <Table.Tr key={`${p.id}-${i.number}`} data-testid="payable-row">
                    <Table.Td c={k === 0 ? undefined : 'dimmed'}>{p.description}</Table.Td>
                    <Table.Td>{k === 0 ? p.supplierName ?? '—' : ''}</Table.Td>
                    <Table.Td>{k === 0 ? `${p.account.code} ${p.account.name}` : ''}</Table.Td>
                    <Table.Td>{k === 0 ? formatCompetence(p.competence) : ''}</Table.Td>
                    <Table.Td>{i.number}/{p.instalments.length}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(i.dueDate)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatMoney(i.amountCents)}</Table.Td>
                    <Table.Td>
                      {i.paidOn ? (
                        <Stack gap={2} align="flex-start">
                          <Badge variant="dot" color="green">{t.statuses.paid}</Badge>
                          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{t.paidOn} {formatDate(i.paidOn)}</Text>
                        </Stack>
                      ) : (
                        <Badge variant="dot" color={STATUS_COLORS[p.status]}>{t.statuses[p.status]}</Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {write && p.status === 'open' && !i.paidOn && <Button size="xs" onClick={() => setPaying({ payable: p, instalment: i })}>{t.pay}</Button>}
                        {write && k === 0 && p.status === 'open' && p.instalments.every((x) => !x.paidOn) && (
                          <Button size="xs" variant="subtle" color="red" onClick={() => setCancelling(p)}>{t.cancel}</Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
      <Modal opened={!!paying} onClose={() => setPaying(null)} title={paying ? fmt(t.payTitle, { n: paying.instalment.number, desc: paying.payable.description }) : ''}>
        {paying && <PayInstalment {...paying} onClose={() => setPaying(null)} />}
      </Modal>
      <Modal opened={!!cancelling} onClose={() => setCancelling(null)} title={t.cancel}>
        {cancelling && <CancelPayable payable={cancelling} onClose={() => setCancelling(null)} />}
      </Modal>
    </Stack>
  );
}

function PayableForm({ onDone }: { onDone: () => void }) {
  const qc = useQueryClient();
  const accounts = useChartOfAccounts();
  const suppliers = useSuppliers();
  const today = saoPauloToday();
  const [v, setV] = useState({ description: '', document: '', supplierId: '', accountId: '', issueDate: today, competence: today.slice(0, 7), total: '', count: 1 as number | string, firstDueDate: '' });
  const totalCents = centsFromMasked(v.total);
  const preview = splitInstalments(totalCents, Number(v.count) || 0, v.firstDueDate);
  const save = useMutation({
    mutationFn: async () =>
      unwrap<Payable>(
        await api.POST('/api/v1/finance/accounts-payable', {
          body: {
            description: v.description, accountId: v.accountId, issueDate: v.issueDate, competence: v.competence || undefined,
            ...(v.document ? { document: v.document } : {}), ...(v.supplierId ? { supplierId: v.supplierId } : {}),
            totalCents, instalmentCount: Number(v.count) || 0, firstDueDate: v.firstDueDate,
          },
        }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['finance', 'payables'] });
      onDone();
    },
  });
  const errs = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const placed = ['description', 'document', 'supplierId', 'accountId', 'issueDate', 'competence', 'totalCents', 'instalmentCount', 'firstDueDate', 'instalments'];
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label={t.new}>
      <Stack>
        <Title order={2} size="h4">{t.new}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <TextInput label={f.description} value={v.description} onChange={(e) => setV({ ...v, description: e.currentTarget.value })} error={errs.description} required />
          <Select label={f.supplier} data={[{ value: '', label: t.noSupplier }, ...(suppliers.data ?? []).map((s) => ({ value: s.id, label: s.name }))]} value={v.supplierId} onChange={(x) => setV({ ...v, supplierId: x ?? '' })} allowDeselect={false} searchable error={errs.supplierId} />
          <Select label={f.account} data={payableAccountOptions(accounts.data, f.chart.kinds)} value={v.accountId || null} onChange={(x) => setV({ ...v, accountId: x ?? '' })} searchable error={errs.accountId} required />
          <TextInput label={t.document} value={v.document} onChange={(e) => setV({ ...v, document: e.currentTarget.value })} error={errs.document} />
          <DateField label={t.issueDate} value={v.issueDate} onDate={(x) => setV({ ...v, issueDate: x })} error={errs.issueDate} />
          <TextInput label={f.competence} placeholder="AAAA-MM" value={v.competence} onChange={(e) => setV({ ...v, competence: e.currentTarget.value })} error={errs.competence} />
          <MaskedInput label={t.total} mask={maskMoney} value={v.total} onValue={(x) => setV({ ...v, total: x })} inputMode="numeric" error={errs.totalCents} required />
          <NumberInput label={t.count} min={1} max={120} value={v.count} onChange={(x) => setV({ ...v, count: x })} error={errs.instalmentCount} />
          <DateField label={t.firstDue} value={v.firstDueDate} onDate={(x) => setV({ ...v, firstDueDate: x })} error={errs.firstDueDate} required />
        </SimpleGrid>
        {preview.length > 0 && (
          <Table data-testid="payable-preview">
            <Table.Thead><Table.Tr><Table.Th>{t.instalment}</Table.Th><Table.Th>{f.dueDate}</Table.Th><Table.Th ta="right">{f.amount}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {preview.map((p) => (
                <Table.Tr key={p.number}><Table.Td>{p.number}</Table.Td><Table.Td>{formatDate(p.dueDate)}</Table.Td><Table.Td ta="right">{formatMoney(p.amountCents)}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <ErrorAlert error={save.error ?? accounts.error ?? suppliers.error} placed={placed} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{messages.common.cancel}</Button>
          <Button type="submit" loading={save.isPending}>{t.create}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

function PayInstalment({ payable, instalment, onClose }: { payable: Payable; instalment: PayableInstalment; onClose: () => void }) {
  const qc = useQueryClient();
  const banks = useBankAccounts();
  const [bankAccountId, setBank] = useState<string | null>(null);
  const [paidOn, setPaidOn] = useState(saoPauloToday());
  const pay = useMutation({
    mutationFn: async () =>
      unwrap<Payable>(
        await api.POST('/api/v1/finance/accounts-payable/{id}/instalments/{number}/pay', {
          params: { path: { id: payable.id, number: String(instalment.number) } },
          body: { bankAccountId: bankAccountId ?? '', paidOn },
        }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['finance'] });
      onClose();
    },
  });
  const errs = fieldErrors(pay.error);
  return (
    <form onSubmit={(e) => { e.preventDefault(); pay.mutate(); }}>
      <Stack>
        <Text>{f.amount}: <b>{formatMoney(instalment.amountCents)}</b> — {f.dueDate} {formatDate(instalment.dueDate)}</Text>
        <Select label={t.bankAccount} data={(banks.data ?? []).filter((b) => b.active).map((b) => ({ value: b.id, label: `${b.name} (${formatMoney(b.balanceCents)})` }))} value={bankAccountId} onChange={setBank} error={errs.bankAccountId} required data-autofocus />
        <DateField label={t.paidOn} value={paidOn} onDate={setPaidOn} error={errs.paidOn} />
        <ErrorAlert error={pay.error ?? banks.error} placed={['bankAccountId', 'paidOn']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{messages.common.cancel}</Button>
          <Button type="submit" loading={pay.isPending} disabled={!bankAccountId || !paidOn}>{t.pay}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function CancelPayable({ payable, onClose }: { payable: Payable; onClose: () => void }) {
  const qc = useQueryClient();
  const cancel = useMutation({
    mutationFn: async () => unwrap<Payable>(await api.POST('/api/v1/finance/accounts-payable/{id}/cancel', { params: { path: { id: payable.id } } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['finance', 'payables'] });
      onClose();
    },
  });
  return (
    <Stack>
      <Alert color="orange">{fmt(t.cancelConfirm, { desc: payable.description })}</Alert>
      <ErrorAlert error={cancel.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>{messages.common.back}</Button>
        <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate()}>{t.cancel}</Button>
      </Group>
    </Stack>
  );
}
