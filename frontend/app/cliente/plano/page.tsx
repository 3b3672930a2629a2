'use client';
import { Card, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { unwrap, type PortalContractView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { fmt } from '../../../lib/i18n';
import { portalApi } from '../../../lib/api';
import { formatDate, formatDateTime, formatMoney, formatSpeed } from '../../../lib/format';
import { showAddress } from '../../../lib/display';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ContractStatusBadge } from '../../../components/StatusBadge';
import { PortalPage } from '../portal-page';

const t = messages.portal.plan;

export default function PortalPlanPage() {
  const contracts = useQuery({
    queryKey: ['portal', 'contracts'],
    queryFn: async () => unwrap<{ items: PortalContractView[] }>(await portalApi.GET('/api/v1/portal/contracts')).items,
  });
  return (
    <PortalPage title={t.title}>
      <ErrorAlert error={contracts.error} />
      {contracts.isPending && <Loader aria-label={messages.common.loading} />}
      {contracts.data?.length === 0 && <Text>{t.none}</Text>}
      {contracts.data?.map((c) => <ContractCard key={c.id} c={c} />)}
    </PortalPage>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text size="sm" ta="right" fw={500}>{children}</Text>
    </Group>
  );
}

function ContractCard({ c }: { c: PortalContractView }) {
  const promo = c.promotion;
  return (
    <Card withBorder padding="lg" data-testid="portal-contract">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h4">{c.plan?.name ?? t.contract}</Title>
          <ContractStatusBadge status={c.status} />
        </Group>
        {c.suspension && <Text c="red.8" size="sm" role="status">{c.suspension.reasonText}</Text>}
        {c.plan && (
          <>
            <Group grow>
              <Stack gap={0} align="center">
                <Text size="xs" c="dimmed">{t.download}</Text>
                <Text fz={26} fw={700}>{formatSpeed(c.plan.downloadMbps)}</Text>
              </Stack>
              <Stack gap={0} align="center">
                <Text size="xs" c="dimmed">{t.upload}</Text>
                <Text fz={26} fw={700}>{formatSpeed(c.plan.uploadMbps)}</Text>
              </Stack>
            </Group>
            <Divider />
            {c.plan.technology && <Row label={t.technology}>{t.technologies[c.plan.technology] ?? c.plan.technology}</Row>}
            <Row label={t.price}>{formatMoney(c.plan.priceCents)} <Text span size="xs" c="dimmed">({fmt(t.version, { version: c.plan.version })})</Text></Row>
          </>
        )}
        <Row label={t.addOns}>{c.addOns.length ? c.addOns.map((a) => `${a.name} (${formatMoney(a.priceCents)})`).join(', ') : t.noAddOns}</Row>
        {promo && (
          <Row label={t.promotion}>
            {promo.discount.kind === 'percentage' ? fmt(t.promotionPercent, { value: (promo.discount.basisPoints / 100).toLocaleString('pt-BR') }) : fmt(t.promotionFixed, { value: formatMoney(promo.discount.amountCents) })}
            {promo.endsOn ? ` ${fmt(t.promotionUntil, { date: formatDate(promo.endsOn), months: promo.monthsRemaining })}` : ''}
          </Row>
        )}
        {c.monthlyTotalCents !== null && <Row label={t.monthly}><Text span fw={700}>{formatMoney(c.monthlyTotalCents)}</Text></Row>}
        <Row label={t.dueDay}>{fmt(t.dueDayValue, { day: c.dueDay })}</Row>
        <Row label={t.loyalty}>{c.loyaltyEndsOn ? formatDate(c.loyaltyEndsOn) : t.noLoyalty}</Row>
        {c.activatedOn && <Row label={t.activatedOn}>{formatDate(c.activatedOn)}</Row>}
        {c.acceptedAt && <Row label={t.acceptedAt}>{formatDateTime(c.acceptedAt)}</Row>}
        <Row label={t.pppoe}><Text span ff="monospace" size="sm">{c.pppoeLogin ?? '—'}</Text></Row>
        <Divider />
        <Text size="sm" c="dimmed">{t.address}</Text>
        <Text size="sm">{showAddress(c.installationAddress as Parameters<typeof showAddress>[0])}</Text>
      </Stack>
    </Card>
  );
}
