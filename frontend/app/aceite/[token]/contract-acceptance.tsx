'use client';
import { useState } from 'react';
import { useParams } from 'next/navigation';
import { Alert, Anchor, Button, Card, Checkbox, Divider, List, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiProblem, unwrap, type AcceptanceSummary } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { fmt } from '../../../lib/i18n';
import { publicApi } from '../../../lib/api';
import { formatDateTime, formatMoney, formatSpeed } from '../../../lib/format';
import { showAddress } from '../../../lib/display';
import { ErrorAlert } from '../../../components/ErrorAlert';

const t = messages.acceptance;

const discountText = (d: NonNullable<AcceptanceSummary['promotion']>['discount']) =>
  d.kind === 'percentage' ? `${(d.basisPoints / 100).toLocaleString('pt-BR')}% de desconto` : `${formatMoney(d.amountCents)} de desconto`;

/**
 * The page behind a contract's acceptance link: the subscriber reads the summary and the PDF and accepts
 * once. The accepted document's SHA-256 goes with the request, so a contract changed after the page was
 * opened is refused instead of accepted unseen.
 */
export function ContractAcceptance() {
  const { token } = useParams<{ token: string }>();
  const [agreed, setAgreed] = useState(false);
  const summary = useQuery({
    queryKey: ['public', 'contract-acceptance', token],
    retry: false,
    queryFn: async () => unwrap<AcceptanceSummary>(await publicApi.GET('/api/v1/public/contract-acceptance/{token}', { params: { path: { token } } })),
  });
  const accept = useMutation({
    mutationFn: async (sha256: string) =>
      unwrap<unknown>(await publicApi.POST('/api/v1/public/contract-acceptance/{token}/accept', { params: { path: { token } }, body: { documentSha256: sha256 } })),
  });

  if (summary.isPending) return <Loader aria-label={messages.common.loading} />;
  if (summary.error) {
    const status = summary.error instanceof ApiProblem ? summary.error.status : 0;
    if (status === 410) return <Alert color="yellow" role="alert">{t.gone}</Alert>;
    if (status === 404) return <Alert color="yellow" role="alert">{t.notFound}</Alert>;
    return <ErrorAlert error={summary.error} />;
  }
  const s = summary.data;
  if (accept.isSuccess) {
    return (
      <Stack>
        <Alert color="green" role="status" data-testid="acceptance-done">{t.accepted}</Alert>
        <Text size="xs" c="dimmed">{fmt(t.record, { hash: s.documentSha256 })}</Text>
        <Anchor href={s.documentUrl} target="_blank">{t.readPdf}</Anchor>
      </Stack>
    );
  }
  return (
    <Stack>
      <Text>{fmt(t.intro, { name: s.customerName ?? '—' })}</Text>
      <Card withBorder>
        <Stack gap={6}>
          <Text><b>{t.plan}:</b> {s.plan.name}</Text>
          <Text><b>{t.speed}:</b> {formatSpeed(s.plan.downloadMbps)} / {formatSpeed(s.plan.uploadMbps)}</Text>
          <Text><b>{t.monthly}:</b> {formatMoney(s.monthly?.totalCents ?? s.plan.priceCents)}</Text>
          {s.addOns.length > 0 && (
            <>
              <Text fw={700}>{t.addOns}</Text>
              <List size="sm">{s.addOns.map((a) => <List.Item key={a.name}>{a.name} — {formatMoney(a.priceCents)}</List.Item>)}</List>
            </>
          )}
          {s.promotion && <Text><b>{t.promotion}:</b> {discountText(s.promotion.discount)} por {s.promotion.months} meses</Text>}
          <Text>{fmt(t.dueDay, { day: s.dueDay })}</Text>
          <Text>{s.plan.loyaltyMonths ? fmt(t.loyalty, { months: s.plan.loyaltyMonths }) : t.noLoyalty}</Text>
          {s.installationAddress && <Text size="sm"><b>{t.address}:</b> {showAddress(s.installationAddress)}</Text>}
        </Stack>
      </Card>
      <Anchor href={s.documentUrl} target="_blank" data-testid="acceptance-pdf">{t.readPdf}</Anchor>
      <Divider />
      <Checkbox label={t.agree} checked={agreed} onChange={(e) => setAgreed(e.currentTarget.checked)} size="md" />
      <ErrorAlert error={accept.error} />
      <Button size="md" disabled={!agreed} loading={accept.isPending} onClick={() => accept.mutate(s.documentSha256)}>{t.accept}</Button>
      <Text size="xs" c="dimmed">{fmt(t.expires, { at: formatDateTime(s.expiresAt) })}</Text>
    </Stack>
  );
}
