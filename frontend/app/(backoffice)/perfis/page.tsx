'use client';
import { useState } from 'react';
import { Badge, Checkbox, MultiSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type RoleDefinition, type RoleList } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { fieldErrors } from '../../../lib/problems';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { CreateCard } from '../../../components/CreateCard';

const t = messages.roles;

export default function RolesPage() {
  const me = useMe();
  const qc = useQueryClient();
  const roles = useQuery({ queryKey: ['roles', 'list'], queryFn: async () => unwrap<RoleList>(await api.GET('/api/v1/roles')) });
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [mfa, setMfa] = useState(false);
  const [permissions, setPermissions] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: async () => unwrap<RoleDefinition>(await api.POST('/api/v1/roles', { body: { name, description, mfaRequired: mfa, permissions } })),
    onSuccess: () => {
      setName('');
      setDescription('');
      setPermissions([]);
      void qc.invalidateQueries({ queryKey: ['roles'] });
    },
  });
  const errs = fieldErrors(create.error);
  return (
    <Stack>
      <Title order={1} size="h2">{t.title}</Title>
      {can(me.data, 'roles:manage') && (
        <CreateCard title={t.new} cols={2} error={create.error} placed={['name', 'description', 'permissions']} pending={create.isPending} onSubmit={() => create.mutate()}>
            <TextInput label={t.name} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errs.name} />
            <TextInput label={t.description} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errs.description} />
            <MultiSelect label={t.permissions} data={[...(roles.data?.permissions ?? [])]} value={permissions} onChange={setPermissions} searchable error={errs.permissions} />
            <Checkbox label={t.mfaRequired} checked={mfa} onChange={(e) => setMfa(e.currentTarget.checked)} mt={{ sm: 'xl' }} />
        </CreateCard>
      )}
      <ErrorAlert error={roles.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr><Table.Th>{t.name}</Table.Th><Table.Th>{t.mfaRequired}</Table.Th><Table.Th>{t.permissions}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roles.data?.items.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>
                  <Text fw={600}>{r.name}</Text>
                  <Badge size="xs" variant="dot">{r.builtIn ? t.builtIn : t.custom}</Badge>
                </Table.Td>
                <Table.Td>{r.mfaRequired ? messages.common.yes : messages.common.no}</Table.Td>
                <Table.Td><Text size="xs">{r.permissions.join(', ')}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
