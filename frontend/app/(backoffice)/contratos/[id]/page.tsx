'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { Alert, Anchor, Button, Card, Checkbox, Group, Loader, Modal, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type AddOnView, type ContractView, type CustomerView, type PlanView } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { fmt } from '../../../../lib/i18n';
import { api } from '../../../../lib/api';
import { can, useMe } from '../../../../lib/hooks';
import { formatDate, formatMoney, formatSpeed, saoPauloToday } from '../../../../lib/format';
import { centsFromMasked, maskMoney } from '../../../../lib/masks';
import { showAddress } from '../../../../lib/display';
import { fieldErrors } from '../../../../lib/problems';
import { previewLoyaltyPenalty, previewPlanChange } from '../../../../lib/prorata';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { MaskedInput } from '../../../../components/MaskedInput';
import { DateField } from '../../../../components/DateField';
import { ContractStatusBadge } from '../../../../components/StatusBadge';
import { PenaltyPreviewCard, PlanChangePreviewCard } from '../../../../components/ContractPreviews';
import { ContractCollections } from '../../../../components/ContractCollections';
import { ContractDocument } from '../../../../components/ContractDocument';

const t = messages.contracts;
type Action = 'accept' | 'activate' | 'suspend' | 'reactivate' | 'change-plan' | 'cancel';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text>{value}</Text>
    </Stack>
  );
}

export default function ContractPage() {
  const { id } = useParams<{ id: string }>();
  const me = useMe();
  const [action, setAction] = useState<Action | null>(null);
  const contract = useQuery({
    queryKey: ['contracts', 'detail', id],
    queryFn: async () => unwrap<ContractView>(await api.GET('/api/v1/contracts/{id}', { params: { path: { id } } })),
  });
  const customer = useQuery({
    queryKey: ['customers', 'detail', contract.data?.customerId, null],
    enabled: !!contract.data && can(me.data, 'customers:read'),
    queryFn: async () => unwrap<CustomerView>(await api.GET('/api/v1/customers/{id}', { params: { path: { id: contract.data!.customerId } } })),
  });
  if (contract.isPending) return <Loader aria-label={messages.common.loading} />;
  if (contract.error) return <ErrorAlert error={contract.error} />;
  const k = contract.data;
  const write = can(me.data, 'contracts:write');
  const actions: Array<[Action, string]> = (
    {
      draft: [['accept', t.accept], ['cancel', t.cancel]],
      awaiting_installation: [['activate', t.activate], ['cancel', t.cancel]],
      active: [['change-plan', t.changePlan], ['suspend', t.suspend], ['cancel', t.cancel]],
      suspended: [['reactivate', t.reactivate], ['cancel', t.cancel]],
      cancelled: [],
    } as Record<string, Array<[Action, string]>>
  )[k.status] ?? [];
  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Group>
          <Title order={1} size="h2">{t.detail} {k.id.slice(0, 8)}</Title>
          <ContractStatusBadge status={k.status} />
        </Group>
        {write && (
          <Group gap="xs">
            {actions.map(([a, label]) => (
              <Button key={a} variant={a === 'cancel' ? 'outline' : 'filled'} color={a === 'cancel' ? 'red' : undefined} onClick={() => setAction(a)}>{label}</Button>
            ))}
          </Group>
        )}
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">{t.customer}</Text>
            <Anchor component={Link} href={`/clientes/${k.customerId}`}>{customer.data?.name ?? customer.data?.pseudonym ?? messages.common.details}</Anchor>
          </Stack>
          <Fact label={t.plan} value={k.plan ? `${formatSpeed(k.plan.downloadMbps)} / ${formatSpeed(k.plan.uploadMbps)} (v${k.plan.planVersion})` : '—'} />
          <Fact label={t.price} value={k.plan ? formatMoney(k.plan.priceCents) : '—'} />
          <Fact label={t.dueDay} value={String(k.dueDay)} />
          <Fact label={t.pppoeLogin} value={k.pppoeLogin ?? '—'} />
          <Fact label={t.activatedOn} value={formatDate(k.activatedOn)} />
          <Fact label={t.billingStartsOn} value={formatDate(k.billingStartsOn)} />
          <Fact label={t.loyalty} value={k.loyalty ? fmt(t.loyaltyUntil, { date: formatDate(k.loyalty.endsOn) }) : t.noLoyalty} />
          {k.suspension && <Fact label={t.suspension} value={`${t.suspendReasons[k.suspension.reason]} — ${formatDate(k.suspension.startsOn)}${k.suspension.endsOn ? ` a ${formatDate(k.suspension.endsOn)}` : ''}`} />}
        </SimpleGrid>
        <Text mt="md" size="sm"><b>{t.address}:</b> {showAddress(k.installationAddress)}</Text>
        {k.addOns.length > 0 && <ContractAddOns addOns={k.addOns} />}
        {k.promotion && (
          <Text size="sm">
            <b>{t.promotion}:</b> {fmt(t.promotionMonths, { discount: k.promotion.discount.kind === 'percentage' ? `${(k.promotion.discount.basisPoints / 100).toLocaleString('pt-BR')}%` : formatMoney(k.promotion.discount.amountCents), months: k.promotion.months })}
          </Text>
        )}
      </Card>
      <ContractDocument contractId={k.id} status={k.status} write={write} />
      {can(me.data, 'collections:read') && ['active', 'suspended', 'cancelled'].includes(k.status) && <ContractCollections contractId={k.id} write={can(me.data, 'collections:write')} />}
      <Modal opened={!!action} onClose={() => setAction(null)} title={action ? titles[action] : ''} size="lg">
        {action && <ActionForm action={action} contract={k} onDone={() => setAction(null)} />}
      </Modal>
    </Stack>
  );
}

/** The contract's add-ons by name (the contract keeps the id, version and price it was sold at). */
function ContractAddOns({ addOns }: { addOns: ContractView['addOns'] }) {
  const catalogue = useQuery({
    queryKey: ['add-ons', 'list'],
    queryFn: async () => unwrap<{ items: AddOnView[] }>(await api.GET('/api/v1/add-ons')).items,
  });
  const name = (id: string) => catalogue.data?.find((a) => a.id === id)?.name ?? id.slice(0, 8);
  return (
    <Text size="sm">
      <b>{t.addOns}:</b> {addOns.map((a) => `${name(a.addOnId)} (${formatMoney(a.priceCents)})`).join(', ')}
    </Text>
  );
}

const titles: Record<Action, string> = {
  accept: t.accept,
  activate: t.activateTitle,
  suspend: t.suspendTitle,
  reactivate: t.reactivateTitle,
  'change-plan': t.changePlanTitle,
  cancel: t.cancelTitle,
};

function ActionForm({ action, contract, onDone }: { action: Action; contract: ContractView; onDone: () => void }) {
  const qc = useQueryClient();
  const today = saoPauloToday();
  const [date, setDate] = useState(today);
  const [endsOn, setEndsOn] = useState('');
  const [reason, setReason] = useState(action === 'cancel' ? 'customer_request' : 'customer_request');
  const [waive, setWaive] = useState(false);
  const [planId, setPlanId] = useState<string | null>(null);
  const [fee, setFee] = useState('');
  const [method, setMethod] = useState('in-person');
  const [evidence, setEvidence] = useState('');
  const plans = useQuery({
    queryKey: ['plans', 'list', { active: true }],
    enabled: action === 'change-plan',
    // the plans for sale may have changed elsewhere: the choice is always asked fresh
    refetchOnMount: 'always',
    queryFn: async () => unwrap<{ items: PlanView[] }>(await api.GET('/api/v1/plans', { params: { query: { active: 'true' } } })).items,
  });
  const id = contract.id;
  const path = { params: { path: { id } } };
  const run = useMutation({
    mutationFn: async () => {
      switch (action) {
        case 'accept':
          return unwrap<ContractView>(await api.POST('/api/v1/contracts/{id}/accept', { ...path, body: { method: method as 'in-person', evidence } }));
        case 'activate':
          return unwrap<ContractView>(await api.POST('/api/v1/contracts/{id}/activate', { ...path, body: { installedOn: date } }));
        case 'suspend':
          return unwrap<ContractView>(
            await api.POST('/api/v1/contracts/{id}/suspend', { ...path, body: { reason: reason as 'customer_request', startsOn: date, ...(endsOn ? { endsOn } : {}) } }),
          );
        case 'reactivate':
          return unwrap<ContractView>(await api.POST('/api/v1/contracts/{id}/reactivate', { ...path, body: { on: date } }));
        case 'change-plan':
          return unwrap<ContractView>(
            await api.POST('/api/v1/contracts/{id}/change-plan', { ...path, body: { planId: planId ?? '', changeOn: date, ...(fee ? { downgradeFeeCents: centsFromMasked(fee) } : {}) } }),
          );
        case 'cancel':
          return unwrap<ContractView>(await api.POST('/api/v1/contracts/{id}/cancel', { ...path, body: { reason: reason as 'customer_request', cancelledOn: date, waivePenalty: waive } }));
      }
    },
    onSuccess: (k) => {
      qc.setQueryData(['contracts', 'detail', id], k);
      void qc.invalidateQueries({ queryKey: ['contracts', 'list'] });
      onDone();
    },
  });
  const errs = fieldErrors(run.error);
  const newPlan = plans.data?.find((p) => p.id === planId);
  const dateLabel = { accept: '', activate: t.installedOn, suspend: t.suspendStartsOn, reactivate: t.reactivateOn, 'change-plan': t.changeOn, cancel: t.cancelledOn }[action];
  const dateField = { accept: '', activate: 'installedOn', suspend: 'startsOn', reactivate: 'on', 'change-plan': 'changeOn', cancel: 'cancelledOn' }[action];
  return (
    <Stack>
      {action === 'accept' ? (
        <>
          <Select label={t.wizard.acceptanceMethod} data={Object.entries(t.wizard.methods).map(([value, label]) => ({ value, label }))} value={method} onChange={(v) => setMethod(v ?? 'in-person')} allowDeselect={false} />
          <TextInput label={t.wizard.acceptanceEvidence} description={t.wizard.acceptanceEvidenceHint} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} error={errs.evidence} />
        </>
      ) : (
        <DateField label={dateLabel} value={date} onDate={setDate} error={errs[dateField]} />
      )}
      {action === 'suspend' && (
        <>
          <Select label={t.suspendReason} data={Object.entries(t.suspendReasons).map(([value, label]) => ({ value, label }))} value={reason} onChange={(v) => setReason(v ?? 'customer_request')} allowDeselect={false} error={errs.reason} />
          <DateField label={t.suspendEndsOn} value={endsOn} onDate={setEndsOn} error={errs.endsOn} />
        </>
      )}
      {action === 'change-plan' && (
        <>
          <Select
            label={t.newPlan}
            placeholder={t.newPlanPlaceholder}
            data={(plans.data ?? []).filter((p) => p.id !== contract.plan?.planId).map((p) => ({ value: p.id, label: `${p.name} — ${formatMoney(p.terms.priceCents)}` }))}
            value={planId}
            onChange={setPlanId}
            error={errs.planId}
          />
          <MaskedInput label={`${t.downgradeFee} (${messages.common.optional})`} mask={maskMoney} value={fee} onValue={setFee} error={errs.downgradeFeeCents} inputMode="numeric" />
          {newPlan && contract.plan && /^\d{4}-\d{2}-\d{2}$/.test(date) && (
            <PlanChangePreviewCard
              preview={previewPlanChange({ oldPriceCents: contract.plan.priceCents, newPriceCents: newPlan.terms.priceCents, dueDay: contract.dueDay, changeOn: date, loyaltyEndsOn: contract.loyalty?.endsOn })}
            />
          )}
        </>
      )}
      {action === 'cancel' && (
        <>
          <Select label={t.cancelReason} data={Object.entries(t.cancelReasons).map(([value, label]) => ({ value, label }))} value={reason} onChange={(v) => setReason(v ?? 'customer_request')} allowDeselect={false} error={errs.reason} />
          <Checkbox label={t.waivePenalty} checked={waive} onChange={(e) => setWaive(e.currentTarget.checked)} />
          {/^\d{4}-\d{2}-\d{2}$/.test(date) && <PenaltyPreviewCard preview={previewLoyaltyPenalty(contract.loyalty, date, reason, waive)} />}
        </>
      )}
      <ErrorAlert error={run.error} placed={[dateField, 'reason', 'endsOn', 'planId', 'downgradeFeeCents', 'evidence']} />
      {action === 'cancel' && <Alert color="red" variant="light">{t.cancelTitle}?</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>{messages.common.cancel}</Button>
        <Button color={action === 'cancel' ? 'red' : undefined} loading={run.isPending} disabled={action === 'change-plan' && !planId} onClick={() => run.mutate()}>
          {action === 'cancel' ? t.confirmCancel : messages.common.confirm}
        </Button>
      </Group>
    </Stack>
  );
}
