'use client';
import { useEffect } from 'react';
import Link from 'next/link';
import { useParams, useRouter } from 'next/navigation';
import { Alert, Anchor, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type PortalInvoiceView } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { fmt } from '../../../../lib/i18n';
import { portalApi } from '../../../../lib/api';
import { useSession } from '../../../../lib/hooks';
import { blobOf } from '../../../../lib/files';
import { formatDate, formatMoney } from '../../../../lib/format';
import { formatCompetence, formatDigitableLine } from '../../../../lib/billing';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { CopyField } from '../../../../components/CopyField';
import { PdfButton } from '../../../../components/PdfButton';
import { PixQr } from '../../../../components/PixQr';
import { InvoiceStatusBadge } from '../../../../components/StatusBadge';

const t = messages.portal;
const bt = messages.billing.invoices;

export default function PortalInvoicePage() {
  const { id } = useParams<{ id: string }>();
  const router = useRouter();
  const session = useSession('portal');
  useEffect(() => {
    if (session === null) router.replace('/cliente');
  }, [session, router]);
  const invoice = useQuery({
    queryKey: ['portal', 'invoice', id],
    enabled: !!session,
    queryFn: async () => unwrap<PortalInvoiceView>(await portalApi.GET('/api/v1/portal/invoices/{id}', { params: { path: { id } } })),
  });
  if (!session || invoice.isPending) return <Loader aria-label={messages.common.loading} />;
  return (
    <Stack>
      <Anchor component={Link} href="/cliente">← {t.back}</Anchor>
      {invoice.error ? <ErrorAlert error={invoice.error} /> : <Detail v={invoice.data!} />}
    </Stack>
  );
}

function Detail({ v }: { v: PortalInvoiceView }) {
  const pay = v.payToday;
  const brCode = pay?.pix?.brCode ?? null;
  const line = pay?.boleto?.digitableLine ?? null;
  return (
    <Stack>
      <Title order={2} size="h3">{fmt(t.invoice, { number: v.number })} · {formatCompetence(v.competence)}</Title>
      <InvoiceStatusBadge status={v.status} />
      {pay ? (
        <Card withBorder padding="lg">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">{t.payToday}</Text>
            <Text fz={32} fw={700} data-testid="pay-today">{formatMoney(pay.totalCents)}</Text>
            {pay.daysLate > 0 && <Text size="sm">{fmt(t.payTodayDetail, { fine: formatMoney(pay.fineCents), interest: formatMoney(pay.interestCents), days: pay.daysLate })}</Text>}
            <Text size="sm" c="dimmed">{fmt(t.originalAmount, { total: formatMoney(v.totalCents), date: formatDate(v.dueDate) })}</Text>
          </Stack>
        </Card>
      ) : (
        <Alert color={v.status === 'paid' ? 'green' : 'gray'}>{bt.status[v.status]} · {formatMoney(v.totalCents)}</Alert>
      )}
      {brCode && (
        <Card withBorder padding="lg">
          <Stack align="center">
            <Title order={3} size="h4">{t.payWithPix}</Title>
            <Text size="sm" ta="center">{t.pixHelp}</Text>
            <PixQr code={brCode} alt={bt.pixQrAlt} size={240} />
            <CopyField label={bt.pixCode} value={brCode} copyLabel={bt.copyPix} testId="pix-code" />
          </Stack>
        </Card>
      )}
      {line && (
        <Card withBorder padding="lg">
          <Stack>
            <Title order={3} size="h4">{t.payWithBoleto}</Title>
            <CopyField label={bt.digitableLine} value={line} display={formatDigitableLine(line)} copyLabel={bt.copyLine} testId="digitable-line" />
            <PdfButton label={t.pdf} size="md" testId="portal-pdf-link" fetchPdf={async () => blobOf(await portalApi.GET('/api/v1/portal/invoices/{id}/pdf', { params: { path: { id: v.id } }, parseAs: 'blob' }))} />
          </Stack>
        </Card>
      )}
      <Card withBorder padding="lg">
        <Text fw={700} mb="xs">{t.items}</Text>
        <Table>
          <Table.Tbody>
            {v.items.map((i, n) => <Table.Tr key={n}><Table.Td>{i.description}</Table.Td><Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatMoney(i.amountCents)}</Table.Td></Table.Tr>)}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}
