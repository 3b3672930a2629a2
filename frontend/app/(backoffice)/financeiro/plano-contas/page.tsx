'use client';
import { useState, type FormEvent } from 'react';
import { Badge, Button, Card, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { fieldErrors } from '../../../../lib/problems';
import { accountTree, type AccountKind, type ChartAccount } from '../../../../lib/finance';
import { useChartOfAccounts } from '../../../../lib/finance-queries';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Guard } from '../../../../components/Guard';

const t = messages.finance.chart;
const KIND_COLORS: Record<string, string> = { revenue: 'green', deduction: 'orange', cost: 'red', expense: 'grape' };

export default function ChartOfAccountsPage() {
  return (
    <Guard permission="finance:read">
      <Chart />
    </Guard>
  );
}

function Chart() {
  const me = useMe();
  const write = can(me.data, 'finance:write');
  const accounts = useChartOfAccounts();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      <Text c="dimmed">{t.intro}</Text>
      {write && <NewAccount />}
      <ErrorAlert error={accounts.error} />
      {accounts.isPending ? <Loader aria-label={messages.common.loading} /> : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead><Table.Tr><Table.Th>{t.code}</Table.Th><Table.Th>{messages.common.name}</Table.Th><Table.Th>{t.kind}</Table.Th><Table.Th>{messages.common.status}</Table.Th><Table.Th>{messages.common.actions}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {accountTree(accounts.data ?? []).map(({ account: a, depth, group, kinds }) =>
                group ? (
                  <Table.Tr key={`g-${a.code}`}><Table.Td colSpan={5} fw={700} pl={8 + depth * 16}>{a.code} — {kinds.map((k) => t.kinds[k]).join(' / ')}</Table.Td></Table.Tr>
                ) : (
                  <Table.Tr key={a.id} data-testid="chart-row">
                    <Table.Td pl={8 + depth * 16} ff="monospace">{a.code}</Table.Td>
                    <Table.Td>{editing === a.id ? <Rename account={a} onDone={() => setEditing(null)} /> : a.name}</Table.Td>
                    <Table.Td><Badge variant="dot" color={KIND_COLORS[a.kind]}>{t.kinds[a.kind]}</Badge>{a.systemKey && <Badge ml={4} variant="outline" color="gray">{t.system}</Badge>}</Table.Td>
                    <Table.Td>{a.active ? t.active : <Text c="dimmed" span>{t.deactivate}</Text>}</Table.Td>
                    <Table.Td>{write && editing !== a.id && <Actions account={a} onRename={() => setEditing(a.id)} />}</Table.Td>
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function usePatch(id: string, onDone?: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name?: string; active?: boolean }) => unwrap<ChartAccount>(await api.PATCH('/api/v1/finance/chart-of-accounts/{id}', { params: { path: { id } }, body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['finance', 'chart'] });
      onDone?.();
    },
  });
}

function Actions({ account, onRename }: { account: ChartAccount; onRename: () => void }) {
  const patch = usePatch(account.id);
  return (
    <Stack gap={4}>
      <Group gap={4} wrap="nowrap">
        <Button size="xs" variant="default" onClick={onRename}>{t.rename}</Button>
        {!account.systemKey && (
          <Button size="xs" variant="subtle" color={account.active ? 'red' : 'green'} loading={patch.isPending} onClick={() => patch.mutate({ active: !account.active })}>{account.active ? t.deactivate : t.activate}</Button>
        )}
      </Group>
      <ErrorAlert error={patch.error} />
    </Stack>
  );
}

function Rename({ account, onDone }: { account: ChartAccount; onDone: () => void }) {
  const [name, setName] = useState(account.name);
  const patch = usePatch(account.id, onDone);
  const errs = fieldErrors(patch.error);
  return (
    <form onSubmit={(e) => { e.preventDefault(); patch.mutate({ name }); }}>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <TextInput size="xs" aria-label={messages.common.name} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errs.name} autoFocus />
        <Button size="xs" type="submit" loading={patch.isPending}>{messages.common.save}</Button>
        <Button size="xs" variant="default" onClick={onDone}>{messages.common.cancel}</Button>
      </Group>
      <ErrorAlert error={patch.error} placed={['name']} />
    </form>
  );
}

function NewAccount() {
  const qc = useQueryClient();
  const [v, setV] = useState({ code: '', name: '', kind: 'expense' as AccountKind });
  const save = useMutation({
    mutationFn: async () => unwrap<ChartAccount>(await api.POST('/api/v1/finance/chart-of-accounts', { body: v })),
    onSuccess: () => {
      setV({ code: '', name: '', kind: v.kind });
      void qc.invalidateQueries({ queryKey: ['finance', 'chart'] });
    },
  });
  const errs = fieldErrors(save.error);
  return (
    <Card withBorder component="form" onSubmit={(e: FormEvent) => { e.preventDefault(); save.mutate(); }} aria-label={t.new}>
      <Stack gap="xs">
        <Title order={2} size="h5">{t.new}</Title>
        <Group align="flex-start">
          <TextInput label={t.code} placeholder="4.2.10" value={v.code} onChange={(e) => setV({ ...v, code: e.currentTarget.value })} error={errs.code} w={140} />
          <TextInput label={messages.common.name} value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} error={errs.name} w={300} />
          <Select label={t.kind} data={Object.entries(t.kinds).map(([value, label]) => ({ value, label }))} value={v.kind} onChange={(x) => setV({ ...v, kind: (x ?? 'expense') as AccountKind })} allowDeselect={false} w={160} error={errs.kind} />
          <Button type="submit" mt={25} loading={save.isPending}>{messages.common.create}</Button>
        </Group>
        <ErrorAlert error={save.error} placed={['code', 'name', 'kind']} />
      </Stack>
    </Card>
  );
}
