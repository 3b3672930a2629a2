'use client';
import Link from 'next/link';
import { Anchor, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { messages } from '../messages/pt-BR';
import { fmt } from '../lib/i18n';
import { formatDate, formatMoney } from '../lib/format';
import type { AgreementTerms } from '../lib/finance';

const t = messages.agreements;

/** An agreement's figures and instalments (simulation or the agreement made); instalments link to their invoices when issued. */
export function AgreementTermsView({ terms, issued }: { terms: AgreementTerms; issued: boolean }) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Fact label={t.debt} value={formatMoney(terms.debtCents)} />
        <Fact label={t.charges} value={formatMoney(terms.chargesCents)} />
        <Fact label={t.total} value={<Text fw={700} data-testid="agreement-total">{formatMoney(terms.totalCents)}</Text>} />
      </SimpleGrid>
      <Table.ScrollContainer minWidth={480}>
        <Table striped data-testid="agreement-instalments">
          <Table.Thead><Table.Tr><Table.Th>{t.instalments}</Table.Th><Table.Th>{messages.finance.dueDate}</Table.Th><Table.Th ta="right">{t.debt}</Table.Th><Table.Th ta="right">{t.charges}</Table.Th><Table.Th ta="right">{messages.finance.amount}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {terms.instalments.map((i) => {
              const label = i.number === 0 ? t.downPaymentRow : fmt(t.instalmentRow, { n: i.number });
              return (
                <Table.Tr key={i.number}>
                  <Table.Td>{issued ? <Anchor component={Link} href={`/faturas/${i.invoiceId}`}>{label}</Anchor> : label}</Table.Td>
                  <Table.Td>{formatDate(i.dueDate)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(i.debtCents)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(i.chargesCents)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(i.amountCents)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed">{fmt(t.breakAfter, { n: terms.breakAfterDays })}</Text>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text component="div">{value}</Text>
    </Stack>
  );
}
