'use client';
import { useState, type FormEvent } from 'react';
import { Badge, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type BodyOf, type CollectionAccountView } from '@netprovider/api-client';
import { messages } from '../../../messages/pt-BR';
import { api } from '../../../lib/api';
import { can, useMe } from '../../../lib/hooks';
import { fieldErrors } from '../../../lib/problems';
import { ErrorAlert } from '../../../components/ErrorAlert';

const t = messages.billing.accounts;

/** What each bank asks for besides agency and account (mirrors billing's SUPPORTED_BANKS). */
const BANKS: Record<string, { name: string; needs: Array<'agreement' | 'wallet' | 'station'>; layouts: Array<240 | 400> }> = {
  '001': { name: 'Banco do Brasil', needs: ['agreement', 'wallet'], layouts: [240, 400] },
  '033': { name: 'Santander', needs: ['agreement'], layouts: [240, 400] },
  '104': { name: 'Caixa Econômica Federal', needs: ['agreement'], layouts: [240] },
  '237': { name: 'Bradesco', needs: ['wallet'], layouts: [400, 240] },
  '341': { name: 'Itaú', needs: ['wallet'], layouts: [400, 240] },
  '748': { name: 'Sicredi', needs: ['agreement', 'station'], layouts: [240] },
  '756': { name: 'Sicoob', needs: ['agreement'], layouts: [240, 400] },
};

export default function CollectionAccountsPage() {
  const me = useMe();
  const [open, setOpen] = useState(false);
  const accounts = useQuery({
    queryKey: ['collection-accounts'],
    queryFn: async () => unwrap<{ items: CollectionAccountView[] }>(await api.GET('/api/v1/billing/collection-accounts')).items,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.title}</Title>
        {can(me.data, 'collection-accounts:write') && <Button onClick={() => setOpen(true)}>{t.new}</Button>}
      </Group>
      <Text c="dimmed">{t.intro}</Text>
      <ErrorAlert error={accounts.error} />
      {accounts.data?.length === 0 && <Text c="dimmed">{messages.common.empty}</Text>}
      {!!accounts.data?.length && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Thead>
              <Table.Tr><Table.Th>{t.name}</Table.Th><Table.Th>{t.bank}</Table.Th><Table.Th>{t.agency} / {t.account}</Table.Th><Table.Th>{t.agreement}</Table.Th><Table.Th>{t.wallet}</Table.Th><Table.Th>{t.layout}</Table.Th><Table.Th>{t.pixKey}</Table.Th><Table.Th>{t.nextNossoNumero}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    {a.name} {a.isDefault && <Badge size="sm" variant="dot">{t.default}</Badge>} {!a.active && <Badge size="sm" color="gray">{t.inactive}</Badge>}
                  </Table.Td>
                  <Table.Td>{a.bankCode} — {a.bankName}</Table.Td>
                  <Table.Td>{a.agency}{a.agencyDigit ? `-${a.agencyDigit}` : ''} / {a.account}{a.accountDigit ? `-${a.accountDigit}` : ''}</Table.Td>
                  <Table.Td>{a.agreement ?? '—'}</Table.Td>
                  <Table.Td>{a.wallet ?? '—'}</Table.Td>
                  <Table.Td>CNAB {a.cnabLayout}</Table.Td>
                  <Table.Td>{a.pixKey ?? '—'}</Table.Td>
                  <Table.Td>{a.nextNossoNumero}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t.new} size="lg">
        {open && <AccountForm onDone={() => setOpen(false)} />}
      </Modal>
    </Stack>
  );
}

type Body = BodyOf<'/api/v1/billing/collection-accounts', 'post'>;

function AccountForm({ onDone }: { onDone: () => void }) {
  const qc = useQueryClient();
  const [f, setF] = useState({ bankCode: '001', agency: '', agencyDigit: '', account: '', accountDigit: '', agreement: '', wallet: '17', station: '', cnabLayout: '240', pixKey: '', pixMerchantCity: '', name: '', isDefault: true });
  const set = (k: keyof typeof f) => (v: string | boolean) => setF((s) => ({ ...s, [k]: v }));
  const bank = BANKS[f.bankCode]!;
  const create = useMutation({
    mutationFn: async () => {
      const opt = (v: string) => (v.trim() ? v.trim() : undefined);
      const body: Body = {
        bankCode: f.bankCode, agency: f.agency.trim(), account: f.account.trim(), agencyDigit: opt(f.agencyDigit), accountDigit: opt(f.accountDigit),
        agreement: bank.needs.includes('agreement') ? opt(f.agreement) : undefined, wallet: bank.needs.includes('wallet') ? opt(f.wallet) : undefined,
        station: bank.needs.includes('station') ? opt(f.station) : undefined, cnabLayout: Number(f.cnabLayout) as 240 | 400, pixKey: opt(f.pixKey),
        pixMerchantCity: opt(f.pixMerchantCity), name: opt(f.name), isDefault: f.isDefault,
      };
      return unwrap<CollectionAccountView>(await api.POST('/api/v1/billing/collection-accounts', { body }));
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['collection-accounts'] });
      onDone();
    },
  });
  const errs = fieldErrors(create.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const digits = (k: keyof typeof f, max: number) => (e: React.ChangeEvent<HTMLInputElement>) => set(k)(e.currentTarget.value.replace(/\D/g, '').slice(0, max));
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t.bank}
          data={Object.entries(BANKS).map(([value, b]) => ({ value, label: `${value} — ${b.name}` }))}
          value={f.bankCode}
          onChange={(v) => {
            const code = v ?? '001';
            setF((s) => ({ ...s, bankCode: code, cnabLayout: String(BANKS[code]!.layouts[0]), wallet: code === '001' ? '17' : code === '237' ? '09' : code === '341' ? '109' : '' }));
          }}
          allowDeselect={false}
          error={errs.bankCode}
        />
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput label={t.agency} value={f.agency} onChange={digits('agency', 5)} inputMode="numeric" required error={errs.agency} />
          <TextInput label={t.agencyDigit} value={f.agencyDigit} onChange={(e) => set('agencyDigit')(e.currentTarget.value.slice(0, 1))} error={errs.agencyDigit} />
          <TextInput label={t.account} value={f.account} onChange={digits('account', 12)} inputMode="numeric" required error={errs.account} />
          <TextInput label={t.accountDigit} value={f.accountDigit} onChange={(e) => set('accountDigit')(e.currentTarget.value.slice(0, 1))} error={errs.accountDigit} />
        </SimpleGrid>
        {bank.needs.includes('agreement') && (
          <TextInput label={t.agreement} description={t.agreementHint[f.bankCode]} value={f.agreement} onChange={digits('agreement', 20)} inputMode="numeric" required error={errs.agreement} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {bank.needs.includes('wallet') && (
            <TextInput label={t.wallet} description={t.walletHint[f.bankCode]} value={f.wallet} onChange={digits('wallet', 3)} inputMode="numeric" required error={errs.wallet} />
          )}
          {bank.needs.includes('station') && <TextInput label={t.station} value={f.station} onChange={digits('station', 2)} inputMode="numeric" required error={errs.station} />}
          <Select label={t.layout} data={bank.layouts.map((l) => ({ value: String(l), label: `CNAB ${l}` }))} value={f.cnabLayout} onChange={(v) => set('cnabLayout')(v ?? '240')} allowDeselect={false} error={errs.cnabLayout} />
        </SimpleGrid>
        <TextInput label={`${t.pixKey} (${messages.common.optional})`} description={t.pixKeyHint} value={f.pixKey} onChange={(e) => set('pixKey')(e.currentTarget.value)} error={errs.pixKey} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={`${t.pixCity} (${messages.common.optional})`} value={f.pixMerchantCity} onChange={(e) => set('pixMerchantCity')(e.currentTarget.value.slice(0, 15))} error={errs.pixMerchantCity} />
          <TextInput label={`${t.name} (${messages.common.optional})`} value={f.name} onChange={(e) => set('name')(e.currentTarget.value)} error={errs.name} />
        </SimpleGrid>
        <Checkbox label={t.isDefault} checked={f.isDefault} onChange={(e) => set('isDefault')(e.currentTarget.checked)} />
        <ErrorAlert error={create.error} placed={['bankCode', 'agency', 'agencyDigit', 'account', 'accountDigit', 'agreement', 'wallet', 'station', 'cnabLayout', 'pixKey', 'pixMerchantCity', 'name']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{messages.common.cancel}</Button>
          <Button type="submit" loading={create.isPending}>{messages.common.create}</Button>
        </Group>
      </Stack>
    </form>
  );
}
