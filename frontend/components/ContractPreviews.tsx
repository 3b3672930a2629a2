import { Alert, Card, Group, Stack, Text } from '@mantine/core';
import { messages } from '../messages/pt-BR';
import { fmt } from '../lib/i18n';
import { formatDate, formatMoney } from '../lib/format';
import type { PenaltyPreview, PlanChangePreview } from '../lib/prorata';

const t = messages.contracts;

function Row({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm">{label}</Text>
      <Text size="sm" fw={600} data-testid={testId}>{value}</Text>
    </Group>
  );
}

/** What a plan change adds to (or takes from) the next invoice, shown before the attendant confirms. */
export function PlanChangePreviewCard({ preview }: { preview: PlanChangePreview }) {
  const owes = preview.netCents >= 0;
  return (
    <Card withBorder data-testid="prorata-preview">
      <Stack gap={6}>
        <Text fw={700}>{t.prorataTitle}</Text>
        <Text size="xs" c="dimmed">
          {fmt(t.prorataCycle, { start: formatDate(preview.cycleStart), end: formatDate(preview.cycleEnd), remaining: preview.remainingDays, days: preview.cycleDays })}
        </Text>
        <Row label={t.prorataCredit} value={`− ${formatMoney(preview.creditCents)}`} />
        <Row label={t.prorataDebit} value={`+ ${formatMoney(preview.debitCents)}`} />
        <Row label={`${t.prorataNet} (${owes ? t.prorataOwes : t.prorataCredited})`} value={formatMoney(Math.abs(preview.netCents))} testId="prorata-net" />
        {preview.downgradeDuringLoyalty && <Alert color="yellow">{t.downgradeLoyalty}</Alert>}
      </Stack>
    </Card>
  );
}

/** The loyalty penalty a cancellation will charge, shown before the attendant confirms. */
export function PenaltyPreviewCard({ preview }: { preview: PenaltyPreview }) {
  return (
    <Card withBorder data-testid="penalty-preview">
      <Stack gap={6}>
        <Text fw={700}>{t.penaltyTitle}</Text>
        {preview.amountCents > 0 ? (
          <Text size="sm" data-testid="penalty-amount">
            {fmt(t.penaltyValue, { amount: formatMoney(preview.amountCents), remaining: preview.remainingDays, days: preview.loyaltyDays })}
          </Text>
        ) : (
          <Text size="sm" data-testid="penalty-amount">{t.penaltyNone}</Text>
        )}
      </Stack>
    </Card>
  );
}
