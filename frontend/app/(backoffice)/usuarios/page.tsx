'use client';
import { useState, type FormEvent } from 'react';
import { Badge, Button, Card, Group, MultiSelect, PasswordInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type Page, type RoleList, type UserView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { fieldErrors } from '../../../lib/problems';
import { ErrorAlert } from '../../../components/ErrorAlert';

const t = messages.users;

export default function UsersPage() {
  const me = useMe();
  const qc = useQueryClient();
  const manage = can(me.data, 'users:manage');
  const users = useQuery({ queryKey: ['users', 'list'], queryFn: async () => unwrap<Page<UserView>>(await api.GET('/api/v1/users', { params: { query: { pageSize: 100 } } })) });
  const roles = useQuery({
    queryKey: ['roles', 'list'],
    enabled: can(me.data, 'roles:read'),
    queryFn: async () => unwrap<RoleList>(await api.GET('/api/v1/roles')),
  });
  const roleName = (key: string) => roles.data?.items.find((r) => r.key === key)?.name ?? key;
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: async () => unwrap<UserView>(await api.POST('/api/v1/users', { body: { name, email, roles: chosen, ...(password ? { password } : {}) } })),
    onSuccess: () => {
      setName('');
      setEmail('');
      setPassword('');
      setChosen([]);
      void qc.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const act = useMutation({
    mutationFn: async ({ id, op }: { id: string; op: 'disable' | 'enable' | 'reset-mfa' }) => {
      const p = { params: { path: { id } } };
      if (op === 'disable') return unwrap<UserView>(await api.POST('/api/v1/users/{id}/disable', p));
      if (op === 'enable') return unwrap<UserView>(await api.POST('/api/v1/users/{id}/enable', p));
      return unwrap<UserView>(await api.POST('/api/v1/users/{id}/reset-mfa', p));
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['users'] }),
  });
  const errs = fieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      {manage && (
        <Card withBorder>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={2} size="h4">{t.new}</Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={messages.common.name} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errs.name} />
                <TextInput label={messages.common.email} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errs.email} />
                <MultiSelect label={t.roles} data={(roles.data?.items ?? []).map((r) => ({ value: r.key, label: r.name }))} value={chosen} onChange={setChosen} error={errs.roles} />
                <PasswordInput label={messages.common.password} description={t.passwordHint} value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errs.password} />
              </SimpleGrid>
              <ErrorAlert error={create.error} placed={['name', 'email', 'roles', 'password']} />
              <Group><Button type="submit" loading={create.isPending}>{messages.common.create}</Button></Group>
            </Stack>
          </form>
        </Card>
      )}
      <ErrorAlert error={users.error ?? act.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr><Table.Th>{messages.common.name}</Table.Th><Table.Th>{messages.common.email}</Table.Th><Table.Th>{t.roles}</Table.Th><Table.Th>{t.mfa}</Table.Th><Table.Th>{messages.common.status}</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data?.items.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>{u.roles.map(roleName).join(', ')}</Table.Td>
                <Table.Td>{u.mfaEnrolled ? t.mfaOn : t.mfaOff}</Table.Td>
                <Table.Td><Badge variant="dot" color={u.status === 'active' ? 'green' : 'gray'}>{u.status === 'active' ? t.active : t.disabled}</Badge></Table.Td>
                <Table.Td>
                  {manage && u.id !== me.data?.id && (
                    <Group gap={4} wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => act.mutate({ id: u.id, op: u.status === 'active' ? 'disable' : 'enable' })}>{u.status === 'active' ? t.disable : t.enable}</Button>
                      {u.mfaEnrolled && <Button size="xs" variant="default" onClick={() => act.mutate({ id: u.id, op: 'reset-mfa' })}>{t.resetMfa}</Button>}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {users.data?.items.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
    </Stack>
  );
}
