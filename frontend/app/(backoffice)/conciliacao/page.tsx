'use client';
import { useState, type FormEvent } from 'react';
import Link from 'next/link';
import { Alert, Anchor, Badge, Button, Card, FileInput, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type StatementLineView, type StatementSummary, type StatementView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { fmt } from '../../../lib/i18n';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/format';
import { fieldErrors } from '../../../lib/problems';
import { fileBody } from '../../../lib/files';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CustomerName } from '../../../components/CustomerName';

const t = messages.billing.reconciliation;
const STATUS_COLORS: Record<string, string> = { proposed: 'blue', unmatched: 'yellow', duplicate: 'gray', debit: 'gray', confirmed: 'green', ignored: 'gray' };

export default function ReconciliationPage() {
  const me = useMe();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const statements = useQuery({
    queryKey: ['statements', 'list'],
    queryFn: async () => unwrap<{ items: StatementSummary[] }>(await api.GET('/api/v1/billing/statements')).items,
  });
  const upload = useMutation({
    mutationFn: async () => unwrap<StatementView>(await api.POST('/api/v1/billing/statements', fileBody(file!))),
    onSuccess: (s) => {
      setSelected(s.id);
      qc.setQueryData(['statements', 'detail', s.id], s);
      void qc.invalidateQueries({ queryKey: ['statements', 'list'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate();
  };
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      <Text c="dimmed">{t.intro}</Text>
      {can(me.data, 'payments:write') && (
        <Card withBorder component="form" onSubmit={submit}>
          <Group align="flex-end">
            <FileInput clearButtonProps={{ 'aria-label': messages.billing.removeFile }} label={t.file} value={file} onChange={setFile} clearable w={360} accept=".ofx,.OFX" error={fieldErrors(upload.error).file} />
            <Button type="submit" disabled={!file} loading={upload.isPending}>{t.import}</Button>
          </Group>
          <ErrorAlert error={upload.error} placed={['file']} />
          {upload.data?.alreadyImported && <Alert mt="sm" color="yellow">{t.alreadyImported}</Alert>}
        </Card>
      )}
      <ErrorAlert error={statements.error} />
      {!!statements.data?.length && (
        <Select
          label={t.statements}
          data={statements.data.map((s) => ({ value: s.id, label: `${s.fileName ?? s.id.slice(0, 8)} — ${formatDate(s.periodStart)} a ${formatDate(s.periodEnd)} (${s.counts.lines}) · ${formatDateTime(s.uploadedAt)}` }))}
          value={selected}
          onChange={setSelected}
          maw={560}
        />
      )}
      {selected && <Statement id={selected} write={can(me.data, 'payments:write')} />}
    </Stack>
  );
}

function Statement({ id, write }: { id: string; write: boolean }) {
  const qc = useQueryClient();
  const [choosing, setChoosing] = useState<StatementLineView | null>(null);
  const [ignoring, setIgnoring] = useState<StatementLineView | null>(null);
  const statement = useQuery({
    queryKey: ['statements', 'detail', id],
    queryFn: async () => unwrap<StatementView>(await api.GET('/api/v1/billing/statements/{id}', { params: { path: { id } } })),
  });
  const confirm = useMutation({
    mutationFn: async ({ fitId, invoiceId }: { fitId: string; invoiceId: string }) =>
      unwrap<unknown>(await api.POST('/api/v1/billing/statements/{id}/lines/{fitId}/confirm', { params: { path: { id, fitId } }, body: { invoiceId } })),
    onSuccess: () => {
      setChoosing(null);
      void qc.invalidateQueries({ queryKey: ['statements'] });
      void qc.invalidateQueries({ queryKey: ['invoices'] });
    },
  });
  const ignore = useMutation({
    mutationFn: async ({ fitId, reason }: { fitId: string; reason: string }) =>
      unwrap<unknown>(await api.POST('/api/v1/billing/statements/{id}/lines/{fitId}/ignore', { params: { path: { id, fitId } }, body: { reason } })),
    onSuccess: () => {
      setIgnoring(null);
      void qc.invalidateQueries({ queryKey: ['statements'] });
    },
  });
  if (!statement.data) return <ErrorAlert error={statement.error} />;
  return (
    <Stack>
      <ErrorAlert error={confirm.error ?? ignore.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <Table.Thead>
            <Table.Tr><Table.Th>{t.date}</Table.Th><Table.Th>{t.memo}</Table.Th><Table.Th ta="right">{messages.billing.invoices.amount}</Table.Th><Table.Th>{messages.common.status}</Table.Th><Table.Th>{t.proposals}</Table.Th><Table.Th>{messages.common.actions}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statement.data.lines.map((l) => (
              <Table.Tr key={l.fitId}>
                <Table.Td>{formatDate(l.postedAt)}</Table.Td>
                <Table.Td>{l.memo}{l.name ? ` — ${l.name}` : ''}</Table.Td>
                <Table.Td ta="right">{formatMoney(l.amountCents)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[l.status]} variant="dot">{t.status[l.status] ?? l.status}</Badge>
                  {l.invoiceId && <Anchor component={Link} href={`/faturas/${l.invoiceId}`} size="sm" ml="xs">{messages.billing.invoices.detail}</Anchor>}
                  {l.ignoreReason && <Text size="xs" c="dimmed">{l.ignoreReason}</Text>}
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {l.status === 'proposed' && l.proposals.map((p) => (
                      <Group key={p.invoiceId} gap="xs" wrap="nowrap">
                        <Anchor component={Link} href={`/faturas/${p.invoiceId}`} size="sm">{messages.billing.invoices.detail} {p.number}</Anchor>
                        <Text size="xs"><CustomerName id={p.customerId} /> · {fmt(t.score, { score: p.score })} · {p.reasons.map((r) => t.reasons[r] ?? r).join(', ')}</Text>
                        {write && <Button size="xs" onClick={() => confirm.mutate({ fitId: l.fitId, invoiceId: p.invoiceId })} loading={confirm.isPending && confirm.variables?.fitId === l.fitId}>{t.confirm}</Button>}
                      </Group>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {write && (l.status === 'proposed' || l.status === 'unmatched') && (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => setChoosing(l)}>{t.choose}</Button>
                      <Button size="xs" variant="subtle" onClick={() => setIgnoring(l)}>{t.ignore}</Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={!!choosing} onClose={() => setChoosing(null)} title={t.choose}>
        {choosing && <PromptForm label={t.chooseLabel} submit={t.confirm} pending={confirm.isPending} error={confirm.error} onSubmit={(invoiceId) => confirm.mutate({ fitId: choosing.fitId, invoiceId })} />}
      </Modal>
      <Modal opened={!!ignoring} onClose={() => setIgnoring(null)} title={t.ignore}>
        {ignoring && <PromptForm label={t.ignoreReason} submit={t.ignore} pending={ignore.isPending} error={ignore.error} onSubmit={(reason) => ignore.mutate({ fitId: ignoring.fitId, reason })} />}
      </Modal>
    </Stack>
  );
}

function PromptForm({ label, submit, pending, error, onSubmit }: { label: string; submit: string; pending: boolean; error: unknown; onSubmit: (v: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(value.trim()); }}>
      <Stack>
        <TextInput label={label} value={value} onChange={(e) => setValue(e.currentTarget.value)} data-autofocus required />
        <ErrorAlert error={error} />
        <Group justify="flex-end"><Button type="submit" loading={pending} disabled={!value.trim()}>{submit}</Button></Group>
      </Stack>
    </form>
  );
}
