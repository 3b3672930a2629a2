'use client';
import { useState } from 'react';
import Link from 'next/link';
import { Anchor, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type CustomerCreditView, type InvoiceListItem, type Page } from '@netprovider/api-client';
import { messages } from '../messages/pt-BR';
import { api } from '../lib/api';
import { formatCompetence } from '../lib/billing';
import { formatDate, formatMoney } from '../lib/format';
import { centsFromMasked, maskMoney } from '../lib/masks';
import { fieldErrors } from '../lib/problems';
import { ErrorAlert } from './ErrorAlert';
import { MaskedInput } from './MaskedInput';
import { InvoiceStatusBadge } from './StatusBadge';

const it = messages.billing.invoices;
const ct = messages.billing.credit;

/** The customer's invoices (customer page tab). */
export function CustomerInvoices({ customerId }: { customerId: string }) {
  const invoices = useQuery({
    queryKey: ['invoices', 'list', { customerId }],
    queryFn: async () => unwrap<Page<InvoiceListItem>>(await api.GET('/api/v1/invoices', { params: { query: { customerId, pageSize: 100 } } })),
  });
  if (invoices.error) return <ErrorAlert error={invoices.error} />;
  if (invoices.data?.items.length === 0) return <Text c="dimmed">{messages.common.empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr><Table.Th>{it.number}</Table.Th><Table.Th>{messages.billing.competence}</Table.Th><Table.Th>{messages.billing.dueDate}</Table.Th><Table.Th ta="right">{messages.billing.total}</Table.Th><Table.Th ta="right">{it.outstanding}</Table.Th><Table.Th>{messages.common.status}</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.data?.items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td><Anchor component={Link} href={`/faturas/${i.id}`}>{it.detail} {i.number}</Anchor></Table.Td>
              <Table.Td>{formatCompetence(i.competence)}</Table.Td>
              <Table.Td>{formatDate(i.dueDate)}</Table.Td>
              <Table.Td ta="right">{formatMoney(i.totalCents)}</Table.Td>
              <Table.Td ta="right">{formatMoney(Math.max(0, i.outstandingCents))}</Table.Td>
              <Table.Td><InvoiceStatusBadge status={i.status} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The customer's credit (overpayments, suspended-days credit grants): balance, movements and the refund dialog. */
export function CustomerCredit({ customerId, write }: { customerId: string; write: boolean }) {
  const [open, setOpen] = useState(false);
  const credit = useQuery({
    queryKey: ['credits', customerId],
    queryFn: async () => unwrap<CustomerCreditView>(await api.GET('/api/v1/billing/credits/{customerId}', { params: { path: { customerId } } })),
  });
  if (credit.error) return <ErrorAlert error={credit.error} />;
  const c = credit.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={0}>
          <Text size="xs" c="dimmed">{ct.balance}</Text>
          <Text fz={24} fw={700} data-testid="credit-balance">{formatMoney(c?.balanceCents ?? 0)}</Text>
        </Stack>
        {write && (c?.balanceCents ?? 0) > 0 && <Button variant="default" onClick={() => setOpen(true)}>{ct.refund}</Button>}
      </Group>
      {c?.movements.length === 0 && <Text c="dimmed">{ct.none}</Text>}
      {!!c?.movements.length && (
        <Table>
          <Table.Thead><Table.Tr><Table.Th>{it.paidOn}</Table.Th><Table.Th>{ct.movements}</Table.Th><Table.Th ta="right">{it.amount}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {c.movements.map((m, n) => (
              <Table.Tr key={n}>
                <Table.Td>{formatDate(m.on)}</Table.Td>
                <Table.Td>
                  {ct.kind[m.kind] ?? m.kind}
                  {'invoiceId' in m && <> · <Anchor component={Link} href={`/faturas/${m.invoiceId}`}>{it.detail}</Anchor></>}
                  {'reference' in m && <Text span size="xs" c="dimmed"> · {m.reference}</Text>}
                  {'description' in m && <Text span size="xs" c="dimmed"> · {m.description}</Text>}
                </Table.Td>
                <Table.Td ta="right">{formatMoney(m.amountCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={ct.refund}>
        {open && c && <RefundForm customerId={customerId} balanceCents={c.balanceCents} onDone={() => setOpen(false)} />}
      </Modal>
    </Stack>
  );
}

function RefundForm({ customerId, balanceCents, onDone }: { customerId: string; balanceCents: number; onDone: () => void }) {
  const qc = useQueryClient();
  const [amount, setAmount] = useState(maskMoney(String(balanceCents)));
  const [method, setMethod] = useState('pix');
  const [reference, setReference] = useState('');
  const refund = useMutation({
    mutationFn: async () =>
      unwrap<CustomerCreditView>(
        await api.POST('/api/v1/billing/credits/{customerId}/refunds', { params: { path: { customerId } }, body: { amountCents: centsFromMasked(amount), method: method as 'pix', reference: reference.trim() } }),
      ),
    onSuccess: (c) => {
      qc.setQueryData(['credits', customerId], c);
      onDone();
    },
  });
  const errs = fieldErrors(refund.error);
  return (
    <form onSubmit={(e) => { e.preventDefault(); refund.mutate(); }}>
      <Stack>
        <MaskedInput label={ct.refundAmount} mask={maskMoney} value={amount} onValue={setAmount} inputMode="numeric" error={errs.amountCents} data-autofocus />
        <Select label={ct.refundMethod} data={Object.entries(ct.refundMethods).map(([value, label]) => ({ value, label }))} value={method} onChange={(v) => setMethod(v ?? 'pix')} allowDeselect={false} error={errs.method} />
        <TextInput label={ct.refundReference} value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={errs.reference} required />
        <ErrorAlert error={refund.error} placed={['amountCents', 'method', 'reference']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{messages.common.cancel}</Button>
          <Button type="submit" loading={refund.isPending}>{messages.common.confirm}</Button>
        </Group>
      </Stack>
    </form>
  );
}
