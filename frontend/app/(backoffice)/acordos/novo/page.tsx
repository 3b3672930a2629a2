'use client';
import { useState } from 'react';
import Link from 'next/link';
import { Alert, Anchor, Button, Card, Checkbox, Group, Loader, NumberInput, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type InvoiceListItem, type Page } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { formatDate, formatMoney, saoPauloToday } from '../../../../lib/format';
import { centsFromMasked, maskMoney } from '../../../../lib/masks';
import { fieldErrors } from '../../../../lib/problems';
import { agreementPreview, type AgreementTerms } from '../../../../lib/finance';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { CustomerPicker } from '../../../../components/CustomerPicker';
import { MaskedInput } from '../../../../components/MaskedInput';
import { AgreementTermsView } from '../../../../components/AgreementTerms';
import { Guard } from '../../../../components/Guard';

const t = messages.agreements;

export default function NewAgreementPage() {
  return (
    <Guard permission="agreements:write">
      <NewAgreement />
    </Guard>
  );
}

function NewAgreement() {
  const me = useMe();
  const qc = useQueryClient();
  const canWaive = can(me.data, 'write-offs:write');
  const [customerId, setCustomerId] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [down, setDown] = useState('');
  const [count, setCount] = useState<number | string>(3);
  const [dueDay, setDueDay] = useState<number | string>(10);
  const [waive, setWaive] = useState(false);
  const overdue = useQuery({
    queryKey: ['invoices', 'list', { status: 'overdue', customerId }],
    enabled: !!customerId,
    queryFn: async () => unwrap<Page<InvoiceListItem>>(await api.GET('/api/v1/invoices', { params: { query: { status: 'overdue', customerId: customerId!, pageSize: 100 } } })).items,
  });
  const body = () => ({ customerId: customerId!, invoiceIds: picked, downPaymentCents: centsFromMasked(down), instalments: Number(count) || 0, dueDay: Number(dueDay) || 0, waiveCharges: waive });
  const simulate = useMutation({ mutationFn: async () => unwrap<AgreementTerms>(await api.POST('/api/v1/agreements/simulate', { body: body() })) });
  const make = useMutation({
    mutationFn: async () => unwrap<AgreementTerms>(await api.POST('/api/v1/agreements', { body: body() })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['invoices'] }).then(() => qc.invalidateQueries({ queryKey: ['agreements'] })),
  });
  const errs = fieldErrors(simulate.error ?? make.error);
  const placed = ['customerId', 'invoiceIds', 'downPaymentCents', 'instalments', 'dueDay', 'waiveCharges'];
  const outstanding = (overdue.data ?? []).filter((i) => picked.includes(i.id)).reduce((s, i) => s + i.outstandingCents, 0);
  // before simulating: the split of the principal alone (the API adds the fine and interest to the date)
  const preview = agreementPreview({ totalCents: outstanding, downPaymentCents: centsFromMasked(down), instalments: Number(count) || 0, dueDay: Number(dueDay) || 0, date: saoPauloToday() });
  const changed = () => {
    simulate.reset();
  };
  if (make.data) {
    return (
      <Stack>
        <Title order={1} size="h2">{t.new}</Title>
        <Alert color="green" data-testid="agreement-made">{t.issued}</Alert>
        <Card withBorder><AgreementTermsView terms={make.data} issued /></Card>
        <Group><Anchor component={Link} href={`/acordos/${make.data.agreementId}`}>{t.detail}</Anchor></Group>
      </Stack>
    );
  }
  return (
    <Stack maw={1000}>
      <Title order={1} size="h2">{t.new}</Title>
      <Card withBorder>
        <Stack>
          <CustomerPicker
            label={t.pickCustomer}
            description={t.pickCustomerHint}
            value={customerId}
            onChange={(v) => { setCustomerId(v); setPicked([]); changed(); }}
            error={errs.customerId}
          />
          {customerId && (overdue.isPending ? <Loader aria-label={messages.common.loading} /> : (
            <>
              <Title order={2} size="h5">{t.overdue}</Title>
              {overdue.data?.length === 0 ? <Text c="dimmed">{t.noOverdue}</Text> : (
                <Table>
                  <Table.Thead><Table.Tr><Table.Th /><Table.Th>{messages.billing.invoices.number}</Table.Th><Table.Th>{messages.finance.dueDate}</Table.Th><Table.Th ta="right">{messages.billing.invoices.outstanding}</Table.Th></Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {overdue.data?.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td><Checkbox aria-label={`${i.number} — ${formatDate(i.dueDate)}`} checked={picked.includes(i.id)} onChange={(e) => { const on = e.currentTarget.checked; setPicked((p) => (on ? [...p, i.id] : p.filter((x) => x !== i.id))); changed(); }} /></Table.Td>
                        <Table.Td><Anchor component={Link} href={`/faturas/${i.id}`}>{i.number}</Anchor></Table.Td>
                        <Table.Td>{formatDate(i.dueDate)}</Table.Td>
                        <Table.Td ta="right">{formatMoney(i.outstandingCents)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              {errs.invoiceIds && <Text c="red" size="sm">{errs.invoiceIds}</Text>}
            </>
          ))}
        </Stack>
      </Card>
      {picked.length > 0 && (
        <Card withBorder>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <MaskedInput label={t.downPayment} mask={maskMoney} value={down} onValue={(v) => { setDown(v); changed(); }} inputMode="numeric" error={errs.downPaymentCents} />
              <NumberInput label={t.instalmentCount} min={1} max={60} value={count} onChange={(v) => { setCount(v); changed(); }} error={errs.instalments} />
              <NumberInput label={t.dueDay} min={1} max={31} value={dueDay} onChange={(v) => { setDueDay(v); changed(); }} error={errs.dueDay} />
            </SimpleGrid>
            {canWaive && <Checkbox label={t.waive} description={t.waiveHint} checked={waive} onChange={(e) => { setWaive(e.currentTarget.checked); changed(); }} />}
            {!simulate.data && preview.length > 0 && (
              <Stack gap={4}>
                <Text size="sm" fw={500}>{t.preview} ({t.debt} {formatMoney(outstanding)})</Text>
                <Text size="sm" c="dimmed">{preview.map((p) => `${p.number === 0 ? t.downPaymentRow : p.number}: ${formatMoney(p.amountCents)} (${formatDate(p.dueDate)})`).join(' · ')}</Text>
              </Stack>
            )}
            <ErrorAlert error={simulate.error ?? make.error} placed={placed} />
            {simulate.data && <AgreementTermsView terms={simulate.data} issued={false} />}
            <Group justify="flex-end">
              <Button variant="default" loading={simulate.isPending} onClick={() => simulate.mutate()}>{t.simulate}</Button>
              <Button loading={make.isPending} disabled={!simulate.data} onClick={() => make.mutate()}>{t.confirm}</Button>
            </Group>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
