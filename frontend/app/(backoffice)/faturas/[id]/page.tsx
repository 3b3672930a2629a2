'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Alert, Anchor, Button, Card, Grid, Group, Loader, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type InvoiceView, type PaymentRecorded, type PaymentView, type SecondCopy } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { fmt } from '../../../../lib/i18n';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { formatCompetence, formatDigitableLine, percentFromBp } from '../../../../lib/billing';
import { formatDate, formatDateTime, formatMoney, saoPauloToday } from '../../../../lib/format';
import { centsFromMasked, maskMoney } from '../../../../lib/masks';
import { fieldErrors } from '../../../../lib/problems';
import { blobOf } from '../../../../lib/files';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { MaskedInput } from '../../../../components/MaskedInput';
import { DateField } from '../../../../components/DateField';
import { CustomerName } from '../../../../components/CustomerName';
import { CopyField } from '../../../../components/CopyField';
import { PdfButton } from '../../../../components/PdfButton';
import { PixQr } from '../../../../components/PixQr';
import { InvoiceStatusBadge } from '../../../../components/StatusBadge';

const t = messages.billing.invoices;

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text component="div">{value}</Text>
    </Stack>
  );
}

const receiptPdf = async (invoiceId: string, paymentId: string) =>
  blobOf(await api.GET('/api/v1/invoices/{id}/payments/{paymentId}/receipt.pdf', { params: { path: { id: invoiceId, paymentId } }, parseAs: 'blob' }));

export default function InvoicePage() {
  const { id } = useParams<{ id: string }>();
  const me = useMe();
  const [paying, setPaying] = useState(false);
  const [reversing, setReversing] = useState<PaymentView | null>(null);
  const [changingDueDate, setChangingDueDate] = useState(false);
  const [dueDateChangedTo, setDueDateChangedTo] = useState<string | null>(null);
  const invoice = useQuery({
    queryKey: ['invoices', 'detail', id],
    queryFn: async () => unwrap<InvoiceView>(await api.GET('/api/v1/invoices/{id}', { params: { path: { id } } })),
  });
  if (invoice.isPending) return <Loader aria-label={messages.common.loading} />;
  if (invoice.error) return <ErrorAlert error={invoice.error} />;
  const v = invoice.data;
  const payable = v.status !== 'paid' && v.status !== 'cancelled';
  const writePayments = can(me.data, 'payments:write');
  // the API takes open and overdue invoices (partly paid included); the decider says why otherwise
  const dueDateChangeable = (v.status === 'open' || v.status === 'overdue' || v.status === 'partially_paid') && can(me.data, 'invoices:write');
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={1} size="h2">{t.detail} {v.number}</Title>
          <InvoiceStatusBadge status={v.status} />
        </Group>
        <Group>
          {dueDateChangeable && <Button variant="default" onClick={() => setChangingDueDate(true)}>{t.changeDueDate}</Button>}
          {payable && writePayments && <Button onClick={() => setPaying(true)}>{t.recordPayment}</Button>}
        </Group>
      </Group>
      {dueDateChangedTo && <Alert color="green" role="status" data-testid="due-date-changed" withCloseButton closeButtonLabel={messages.common.close} onClose={() => setDueDateChangedTo(null)}>{fmt(t.dueDateChanged, { date: formatDate(dueDateChangedTo) })}</Alert>}
      {v.cancellation && <Alert color="gray">{fmt(t.cancelled, { reason: v.cancellation.reason })}</Alert>}
      {v.writeOff && (
        <Alert color="dark" data-testid="write-off-notice">{fmt(messages.writeOff.writtenOff, { date: formatDateTime(v.writeOff.at), amount: formatMoney(v.writeOff.amountCents), reason: v.writeOff.reason })}</Alert>
      )}

      <Card withBorder>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Fact label={messages.billing.customer} value={<CustomerName id={v.customerId} />} />
          <Fact label={messages.billing.contract} value={v.contractId ? <Anchor component={Link} href={`/contratos/${v.contractId}`}>{v.contractId.slice(0, 8)}</Anchor> : '—'} />
          <Fact label={messages.billing.competence} value={formatCompetence(v.competence)} />
          <Fact label={t.issuedOn} value={formatDate(v.issuedOn)} />
          <Fact label={messages.billing.dueDate} value={<span data-testid="invoice-due-date">{formatDate(v.dueDate)}</span>} />
          <Fact label={t.payableUntil} value={formatDate(v.payableWithoutChargesUntil)} />
          <Fact label={messages.billing.total} value={<Text fw={700} data-testid="invoice-total">{formatMoney(v.totalCents)}</Text>} />
          <Fact label={t.outstanding} value={<Text fw={700} data-testid="invoice-outstanding">{formatMoney(Math.max(0, v.outstandingCents))}</Text>} />
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="sm">
          {t.rules}: {fmt(t.rulesText, { fine: `${percentFromBp(v.rules.finePercentBp)}%`, interest: `${percentFromBp(v.rules.interestMonthlyBp)}%`, grace: v.rules.graceDays })}
        </Text>
      </Card>

      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">{t.items}</Title>
              <Table>
                <Table.Thead><Table.Tr><Table.Th>{t.description}</Table.Th><Table.Th ta="right">{t.amount}</Table.Th></Table.Tr></Table.Thead>
                <Table.Tbody>
                  {v.items.map((i, n) => (
                    <Table.Tr key={n}><Table.Td>{i.description}</Table.Td><Table.Td ta="right">{formatMoney(i.amountCents)}</Table.Td></Table.Tr>
                  ))}
                  <Table.Tr><Table.Td fw={700}>{messages.billing.total}</Table.Td><Table.Td ta="right" fw={700}>{formatMoney(v.totalCents)}</Table.Td></Table.Tr>
                </Table.Tbody>
              </Table>
            </Card>
            <Payments invoice={v} write={writePayments} onReverse={setReversing} />
            {payable && v.status !== 'written_off' && <SecondCopyCard invoice={v} />}
            {can(me.data, 'write-offs:write') && (v.writeOff || ((v.status === 'open' || v.status === 'overdue' || v.status === 'partially_paid') && v.outstandingCents > 0)) && <WriteOffCard invoice={v} />}
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">{t.history}</Title>
              <Timeline bulletSize={14} lineWidth={2}>
                {v.history.map((h) => (
                  <Timeline.Item key={h.version} title={h.summary || h.type}>
                    <Text size="xs" c="dimmed">{formatDateTime(h.at)}</Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            {v.boleto && (
              <Card withBorder>
                <Stack>
                  <Title order={2} size="h4">{t.boleto}</Title>
                  <Text size="sm">{t.nossoNumero}: {v.boleto.nossoNumeroFormatted}</Text>
                  <CopyField label={t.digitableLine} value={v.boleto.digitableLine} display={formatDigitableLine(v.boleto.digitableLine)} copyLabel={t.copyLine} testId="digitable-line" />
                  <PdfButton label={t.boletoPdf} testId="boleto-pdf-link" fetchPdf={async () => blobOf(await api.GET('/api/v1/invoices/{id}/pdf', { params: { path: { id } }, parseAs: 'blob' }))} />
                  {v.contractId && <Carne contractId={v.contractId} from={v.competence ?? v.dueDate.slice(0, 7)} />}
                </Stack>
              </Card>
            )}
            {v.pix && payable && (
              <Card withBorder>
                <Stack align="flex-start">
                  <Title order={2} size="h4">{t.pix}</Title>
                  <PixQr code={v.pix.brCode} alt={t.pixQrAlt} />
                  <CopyField label={t.pixCode} value={v.pix.brCode} copyLabel={t.copyPix} testId="pix-code" />
                </Stack>
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>

      <Modal opened={paying} onClose={() => setPaying(false)} title={t.recordTitle}>
        {paying && <RecordPayment invoice={v} onClose={() => setPaying(false)} />}
      </Modal>
      <Modal opened={changingDueDate} onClose={() => setChangingDueDate(false)} title={t.changeDueDateTitle}>
        {changingDueDate && <ChangeDueDate invoice={v} onClose={() => setChangingDueDate(false)} onDone={(date) => { setChangingDueDate(false); setDueDateChangedTo(date); }} />}
      </Modal>
      <Modal opened={!!reversing} onClose={() => setReversing(null)} title={t.reverseTitle}>
        {reversing && <ReversePayment invoice={v} payment={reversing} onClose={() => setReversing(null)} />}
      </Modal>
    </Stack>
  );
}

function Carne({ contractId, from }: { contractId: string; from: string }) {
  const [months, setMonths] = useState<number | string>(12);
  return (
    <Group align="flex-end" gap="xs">
      <NumberInput label={`${t.carneMonths} (${formatCompetence(from)})`} min={1} max={24} value={months} onChange={setMonths} w={180} />
      <PdfButton
        label={t.carne}
        fetchPdf={async () => blobOf(await api.GET('/api/v1/contracts/{id}/carne.pdf', { params: { path: { id: contractId }, query: { from, months: Number(months) || 12 } }, parseAs: 'blob' }))}
      />
    </Group>
  );
}

function Payments({ invoice, write, onReverse }: { invoice: InvoiceView; write: boolean; onReverse: (p: PaymentView) => void }) {
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">{t.payments}</Title>
      {invoice.payments.length === 0 ? <Text c="dimmed">{t.noPayments}</Text> : (
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Thead><Table.Tr><Table.Th>{t.paidOn}</Table.Th><Table.Th>{t.method}</Table.Th><Table.Th ta="right">{t.amount}</Table.Th><Table.Th>{messages.common.actions}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {invoice.payments.map((p) => (
                <Table.Tr key={p.id} data-testid="payment-row">
                  <Table.Td>{formatDate(p.paidOn)}</Table.Td>
                  <Table.Td>
                    {t.methods[p.method] ?? p.method}
                    <Text size="xs" c="dimmed">{fmt(t.breakdown, { principal: formatMoney(p.principalCents), fine: formatMoney(p.fineCents), interest: formatMoney(p.interestCents) })}</Text>
                    {p.reversed && <Text size="xs" c="red">{fmt(t.reversed, { reason: p.reversed.reason })}</Text>}
                  </Table.Td>
                  <Table.Td ta="right" td={p.reversed ? 'line-through' : undefined}>{formatMoney(p.amountCents)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <PdfButton label={t.receipt} size="xs" fetchPdf={() => receiptPdf(invoice.id, p.id)} />
                      {write && !p.reversed && p.method !== 'credit' && <Button size="xs" variant="outline" color="red" onClick={() => onReverse(p)}>{t.reverse}</Button>}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function SecondCopyCard({ invoice }: { invoice: InvoiceView }) {
  const [payOn, setPayOn] = useState(saoPauloToday());
  const [asked, setAsked] = useState<string | null>(null);
  const copy = useQuery({
    queryKey: ['invoices', 'second-copy', invoice.id, asked, invoice.version],
    enabled: !!asked,
    queryFn: async () => unwrap<SecondCopy>(await api.GET('/api/v1/invoices/{id}/second-copy', { params: { path: { id: invoice.id }, query: { payOn: asked! } } })),
  });
  const c = copy.data;
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">{t.secondCopy}</Title>
        <form onSubmit={(e) => { e.preventDefault(); if (payOn) setAsked(payOn); }}>
          <Group align="flex-end">
            <DateField label={t.secondCopyDate} value={payOn} onDate={setPayOn} error={fieldErrors(copy.error).payOn} w={200} />
            <Button type="submit" variant="light" disabled={!payOn}>{t.secondCopyShow}</Button>
          </Group>
        </form>
        <ErrorAlert error={copy.error} placed={['payOn']} />
        {c && (
          <Stack gap="xs" data-testid="second-copy">
            <Text fw={700}>{fmt(t.secondCopyTotal, { date: formatDate(c.payOn), total: formatMoney(c.totalCents) })}</Text>
            <Text size="sm" c="dimmed">
              {fmt(t.secondCopyDetail, { outstanding: formatMoney(c.outstandingCents), fine: formatMoney(c.fineCents), interest: formatMoney(c.interestCents), discount: formatMoney(c.discountCents), days: c.daysLate })}
            </Text>
            {c.boleto && <CopyField label={`${t.digitableLine} (${formatDate(c.boleto.dueDate)})`} value={c.boleto.digitableLine} display={formatDigitableLine(c.boleto.digitableLine)} copyLabel={t.copyLine} />}
            {c.pix && <CopyField label={t.pixCode} value={c.pix.brCode} copyLabel={t.copyPix} />}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function RecordPayment({ invoice, onClose }: { invoice: InvoiceView; onClose: () => void }) {
  const qc = useQueryClient();
  const [amount, setAmount] = useState(maskMoney(String(Math.max(0, invoice.outstandingCents))));
  const [method, setMethod] = useState<string>('cash');
  const [paidOn, setPaidOn] = useState(saoPauloToday());
  // one key per dialog: a retried click records one payment
  const [key] = useState(() => crypto.randomUUID());
  const record = useMutation({
    mutationFn: async () =>
      unwrap<PaymentRecorded>(
        await api.POST('/api/v1/invoices/{id}/payments', {
          params: { path: { id: invoice.id }, header: { 'idempotency-key': key } },
          body: { amountCents: centsFromMasked(amount), method: method as 'cash', ...(paidOn ? { paidOn } : {}) },
        }),
      ),
    onSuccess: (r) => {
      qc.setQueryData(['invoices', 'detail', invoice.id], r.invoice);
      void qc.invalidateQueries({ queryKey: ['invoices', 'list'] });
      void qc.invalidateQueries({ queryKey: ['credits'] });
    },
  });
  const errs = fieldErrors(record.error);
  if (record.data) {
    const p = record.data.payment;
    return (
      <Stack>
        <Alert color="green">
          <Text fw={700}>{t.recorded}</Text>
          {p && <Text size="sm">{formatMoney(p.amountCents)} — {t.methods[p.method]} — {formatDate(p.paidOn)}</Text>}
        </Alert>
        {p && <PdfButton label={t.receipt} fetchPdf={() => receiptPdf(invoice.id, p.id)} />}
        <Group justify="flex-end"><Button onClick={onClose}>{messages.common.close}</Button></Group>
      </Stack>
    );
  }
  return (
    <form onSubmit={(e) => { e.preventDefault(); record.mutate(); }}>
      <Stack>
        <Text size="sm" c="dimmed">{t.recordHint}</Text>
        <MaskedInput label={t.recordAmount} mask={maskMoney} value={amount} onValue={setAmount} inputMode="numeric" error={errs.amountCents} data-autofocus />
        <Select label={t.method} data={(['cash', 'card', 'transfer', 'pix', 'boleto'] as const).map((m) => ({ value: m, label: t.methods[m]! }))} value={method} onChange={(v) => setMethod(v ?? 'cash')} allowDeselect={false} error={errs.method} />
        <DateField label={t.recordDate} value={paidOn} onDate={setPaidOn} error={errs.paidOn} />
        <ErrorAlert error={record.error} placed={['amountCents', 'method', 'paidOn']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{messages.common.cancel}</Button>
          <Button type="submit" loading={record.isPending}>{messages.common.confirm}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Alteração de vencimento: a new date (today or later) and why; the answer is the invoice with its new boleto line. */
function ChangeDueDate({ invoice, onClose, onDone }: { invoice: InvoiceView; onClose: () => void; onDone: (dueDate: string) => void }) {
  const qc = useQueryClient();
  const [dueDate, setDueDate] = useState('');
  const [reason, setReason] = useState('');
  const change = useMutation({
    mutationFn: async () =>
      unwrap<InvoiceView>(await api.POST('/api/v1/invoices/{id}/due-date', { params: { path: { id: invoice.id } }, body: { dueDate, reason } })),
    onSuccess: (updated) => {
      qc.setQueryData(['invoices', 'detail', invoice.id], updated);
      void qc.invalidateQueries({ queryKey: ['invoices', 'list'] });
      onDone(updated.dueDate);
    },
  });
  const errs = fieldErrors(change.error);
  return (
    <form onSubmit={(e) => { e.preventDefault(); change.mutate(); }}>
      <Stack>
        <Text size="sm" c="dimmed">{fmt(t.changeDueDateHint, { date: formatDate(invoice.dueDate) })}</Text>
        <DateField label={t.newDueDate} value={dueDate} onDate={setDueDate} error={errs.dueDate} required data-autofocus />
        <TextInput label={t.changeDueDateReason} description={t.changeDueDateReasonHint} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errs.reason} required />
        <ErrorAlert error={change.error} placed={['dueDate', 'reason']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{messages.common.cancel}</Button>
          <Button type="submit" loading={change.isPending} disabled={!dueDate || reason.trim().length < 3}>{messages.common.confirm}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReversePayment({ invoice, payment, onClose }: { invoice: InvoiceView; payment: PaymentView; onClose: () => void }) {
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const reverse = useMutation({
    mutationFn: async () =>
      unwrap<InvoiceView>(await api.POST('/api/v1/invoices/{id}/payments/{paymentId}/reverse', { params: { path: { id: invoice.id, paymentId: payment.id } }, body: { reason } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['invoices'] });
      void qc.invalidateQueries({ queryKey: ['credits'] });
      onClose();
    },
  });
  return (
    <form onSubmit={(e) => { e.preventDefault(); reverse.mutate(); }}>
      <Stack>
        <Text size="sm">{formatMoney(payment.amountCents)} — {t.methods[payment.method]} — {formatDate(payment.paidOn)}</Text>
        <TextInput label={t.reverseReason} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrors(reverse.error).reason} required data-autofocus />
        <ErrorAlert error={reverse.error} placed={['reason']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{messages.common.cancel}</Button>
          <Button type="submit" color="red" loading={reverse.isPending}>{t.reverse}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Baixa por perda and its reversal (write-offs:write only): a reason, then a confirmation dialog. */
function WriteOffCard({ invoice }: { invoice: InvoiceView }) {
  const w = messages.writeOff;
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const reversing = !!invoice.writeOff;
  const amount = formatMoney(invoice.writeOff?.amountCents ?? Math.max(0, invoice.outstandingCents));
  const go = useMutation({
    mutationFn: async () =>
      reversing
        ? unwrap<InvoiceView>(await api.POST('/api/v1/invoices/{id}/write-off/reverse', { params: { path: { id: invoice.id } }, body: { reason } }))
        : unwrap<InvoiceView>(await api.POST('/api/v1/invoices/{id}/write-off', { params: { path: { id: invoice.id } }, body: { reason } })),
    onSuccess: () => {
      setReason('');
      setConfirming(false);
      void qc.invalidateQueries({ queryKey: ['invoices'] });
    },
    onError: () => setConfirming(false),
  });
  const errs = fieldErrors(go.error);
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">{w.title}</Title>
        <form onSubmit={(e) => { e.preventDefault(); go.reset(); setConfirming(true); }}>
          <Stack gap="xs">
            <TextInput label={w.reason} description={w.reasonHint} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errs.reason} />
            <Group><Button type="submit" color={reversing ? 'blue' : 'dark'} variant={reversing ? 'light' : 'filled'} disabled={reason.trim().length < 3}>{reversing ? w.reverse : w.do}</Button></Group>
          </Stack>
        </form>
        <ErrorAlert error={go.error} placed={['reason']} />
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={reversing ? w.reverseTitle : w.confirmTitle}>
        <Stack>
          <Text>{fmt(reversing ? w.reverseText : w.confirmText, { amount })}</Text>
          <Text size="sm" c="dimmed">{w.reason}: {reason}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>{messages.common.cancel}</Button>
            <Button color={reversing ? 'blue' : 'red'} loading={go.isPending} onClick={() => go.mutate()} data-autofocus>{messages.common.confirm}</Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
