'use client';
import { useState } from 'react';
import { useRouter, useSearchParams } from 'next/navigation';
import { Alert, Button, Card, Checkbox, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Stepper, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, type AddOnView, type BodyOf, type ContractView, type CustomerListItem, type CustomerView, type Page, type PlanView, type PromotionView } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { fmt } from '../../../../lib/i18n';
import { api } from '../../../../lib/api';
import { formatMoney, formatSpeed, saoPauloToday } from '../../../../lib/format';
import { maskCep } from '../../../../lib/masks';
import { showAddress, showDocument } from '../../../../lib/display';
import { fieldErrors } from '../../../../lib/problems';
import { MaskedInput } from '../../../../components/MaskedInput';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { ContractDocument } from '../../../../components/ContractDocument';

const t = messages.contracts;
const w = t.wizard;
const c = messages.customers;
const OTHER = 'other';
const emptyAddress = { zipCode: '', street: '', number: '', complement: '', district: '', city: '', state: '' };

/** A promotion on sale today for this plan (eligibility by plan; the API checks the rest: new customer, region). */
export function promotionOffered(p: PromotionView, planId: string, today: string): boolean {
  if (p.startsOn > today || (p.endsOn !== null && p.endsOn < today)) return false;
  const plans = p.eligibility?.planIds;
  return !plans?.length || plans.includes(planId);
}

export const discountLabel = (d: PromotionView['discount']) =>
  d.kind === 'percentage' ? `${(d.basisPoints / 100).toLocaleString('pt-BR')}%` : formatMoney(d.amountCents);

/**
 * customer → plan, add-ons and promotion → address → due day → PPPoE and acceptance; one POST, then the
 * contract's PDF and its electronic-acceptance link.
 */
export function ContractWizard() {
  const router = useRouter();
  const params = useSearchParams();
  const qc = useQueryClient();
  const [step, setStep] = useState(params.get('cliente') ? 1 : 0);
  const [customerId, setCustomerId] = useState(params.get('cliente') ?? '');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [planId, setPlanId] = useState('');
  const [addressChoice, setAddressChoice] = useState('');
  const [address, setAddress] = useState(emptyAddress);
  const [dueDay, setDueDay] = useState<number | string>(10);
  const [pppoeLogin, setPppoeLogin] = useState('');
  const [method, setMethod] = useState('in-person');
  const [evidence, setEvidence] = useState('');
  const [addOnIds, setAddOnIds] = useState<string[]>([]);
  const [promotionId, setPromotionId] = useState<string | null>(null);

  const results = useQuery({
    queryKey: ['customers', 'list', { search: debounced, page: 1 }],
    enabled: step === 0 && debounced.length > 0,
    queryFn: async () => unwrap<Page<CustomerListItem>>(await api.GET('/api/v1/customers', { params: { query: { search: debounced, pageSize: 10 } } })),
  });
  const customer = useQuery({
    queryKey: ['customers', 'detail', customerId, null],
    enabled: !!customerId,
    queryFn: async () => unwrap<CustomerView>(await api.GET('/api/v1/customers/{id}', { params: { path: { id: customerId } } })),
  });
  const plans = useQuery({
    queryKey: ['plans', 'list', { active: true }],
    queryFn: async () => unwrap<{ items: PlanView[] }>(await api.GET('/api/v1/plans', { params: { query: { active: 'true' } } })).items,
  });
  const addOns = useQuery({
    queryKey: ['add-ons', 'list', { active: true }],
    queryFn: async () => unwrap<{ items: AddOnView[] }>(await api.GET('/api/v1/add-ons', { params: { query: { active: 'true' } } })).items,
  });
  const promotions = useQuery({
    queryKey: ['promotions', 'list'],
    queryFn: async () => unwrap<{ items: PromotionView[] }>(await api.GET('/api/v1/promotions')).items,
  });
  const today = saoPauloToday();
  const offered = (promotions.data ?? []).filter((p) => planId && promotionOffered(p, planId, today));
  const addresses = customer.data?.addresses ?? [];
  const chosenAddress = addressChoice || addresses.find((a) => a.type === 'installation')?.id || addresses[0]?.id || OTHER;

  const create = useMutation({
    mutationFn: async () => {
      const body: BodyOf<'/api/v1/contracts', 'post'> = {
        customerId,
        planId,
        dueDay: Number(dueDay),
        addOnIds,
        ...(promotionId && offered.some((p) => p.id === promotionId) ? { promotionId } : {}),
        ...(chosenAddress === OTHER
          ? { installationAddress: { ...address, state: address.state.toUpperCase(), ...(address.complement ? {} : { complement: undefined }) } }
          : { installationAddressId: chosenAddress }),
        ...(pppoeLogin.trim() ? { pppoeLogin: pppoeLogin.trim() } : {}),
        ...(evidence.trim() ? { acceptance: { method: method as 'in-person', evidence: evidence.trim() } } : {}),
      };
      return unwrap<ContractView>(await api.POST('/api/v1/contracts', { body }));
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['contracts'] });
      setStep(5);
    },
  });
  const errs = fieldErrors(create.error);
  const a = (f: keyof typeof emptyAddress) => errs[`installationAddress.${f}`];
  const setA = (f: keyof typeof emptyAddress) => (v: string) => setAddress((s) => ({ ...s, [f]: v }));
  const canNext = [!!customerId, !!planId, chosenAddress !== OTHER || !!address.street, Number(dueDay) >= 1 && Number(dueDay) <= 31, true][step];

  return (
    <Stack maw={900}>
      <Title order={1} size="h2">{t.new}</Title>
      {customer.data && <Text size="sm">{fmt(w.chosen, { name: `${customer.data.name} (${showDocument(customer.data.document)})` })}</Text>}
      <Stepper active={step} onStepClick={(s) => s < step && step < 5 && setStep(s)} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={w.customer}>
          <Stack mt="md">
            <TextInput label={w.searchCustomer} value={search} onChange={(e) => setSearch(e.currentTarget.value)} autoFocus />
            <ErrorAlert error={results.error} />
            <Radio.Group value={customerId} onChange={setCustomerId}>
              <Stack gap="xs">
                {results.data?.items.map((r) => (
                  <Radio key={r.id} value={r.id} label={`${r.name ?? r.pseudonym} — ${showDocument(r.document)}`} disabled={r.status !== 'active'} />
                ))}
              </Stack>
            </Radio.Group>
            {results.data?.items.length === 0 && <Text c="dimmed">{c.noResults}</Text>}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={w.plan}>
          <Radio.Group value={planId} onChange={setPlanId} mt="md" label={t.plan}>
            <Stack gap="xs" mt="xs">
              {plans.data?.map((p) => (
                <Radio
                  key={p.id}
                  value={p.id}
                  label={`${p.name} — ${formatSpeed(p.terms.downloadMbps)} — ${formatMoney(p.terms.priceCents)}/mês${p.terms.loyaltyMonths ? ` — ${p.terms.loyaltyMonths} meses de fidelidade` : ''}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          {plans.data?.length === 0 && <Alert color="yellow" mt="md">{messages.common.empty}</Alert>}
          <Text c="red" size="sm">{errs.planId}</Text>
          {!!addOns.data?.length && (
            <Checkbox.Group mt="md" label={t.addOns} description={w.addOnsHint} value={addOnIds} onChange={setAddOnIds} error={errs.addOnIds}>
              <Stack gap="xs" mt="xs">
                {addOns.data.map((a) => <Checkbox key={a.id} value={a.id} label={`${a.name} — ${formatMoney(a.priceCents)}/mês`} />)}
              </Stack>
            </Checkbox.Group>
          )}
          {offered.length > 0 && (
            <Select
              mt="md"
              maw={480}
              label={t.promotion}
              placeholder={t.promotionNone}
              clearable
              data={offered.map((p) => ({ value: p.id, label: `${p.name} — ${fmt(t.promotionMonths, { discount: discountLabel(p.discount), months: p.months })}` }))}
              value={promotionId}
              onChange={setPromotionId}
              error={errs.promotionId}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={w.address}>
          <Stack mt="md">
            <Radio.Group value={chosenAddress} onChange={setAddressChoice} label={t.address}>
              <Stack gap="xs" mt="xs">
                {addresses.map((ad) => <Radio key={ad.id} value={ad.id} label={showAddress(ad)} />)}
                <Radio value={OTHER} label={t.otherAddress} />
              </Stack>
            </Radio.Group>
            {chosenAddress === OTHER && (
              <Card withBorder>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <MaskedInput label={c.zipCode} mask={maskCep} value={address.zipCode} onValue={setA('zipCode')} error={a('zipCode')} inputMode="numeric" />
                  <TextInput label={c.street} value={address.street} onChange={(e) => setA('street')(e.currentTarget.value)} error={a('street')} />
                  <TextInput label={c.number} value={address.number} onChange={(e) => setA('number')(e.currentTarget.value)} error={a('number')} />
                  <TextInput label={c.complement} value={address.complement} onChange={(e) => setA('complement')(e.currentTarget.value)} error={a('complement')} />
                  <TextInput label={c.district} value={address.district} onChange={(e) => setA('district')(e.currentTarget.value)} error={a('district')} />
                  <TextInput label={c.city} value={address.city} onChange={(e) => setA('city')(e.currentTarget.value)} error={a('city')} />
                  <TextInput label={c.state} maxLength={2} value={address.state} onChange={(e) => setA('state')(e.currentTarget.value.toUpperCase())} error={a('state')} />
                </SimpleGrid>
              </Card>
            )}
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={w.dueDay}>
          <NumberInput mt="md" label={t.dueDay} min={1} max={31} value={dueDay} onChange={setDueDay} error={errs.dueDay} maw={200} />
        </Stepper.Step>
        <Stepper.Step label={w.pppoe}>
          <Stack mt="md">
            <TextInput label={t.pppoeLogin} description={t.pppoeHint} value={pppoeLogin} onChange={(e) => setPppoeLogin(e.currentTarget.value.toLowerCase())} error={errs.pppoeLogin} autoComplete="off" />
            <Select
              label={w.acceptanceMethod}
              data={Object.entries(w.methods).map(([value, label]) => ({ value, label }))}
              value={method}
              onChange={(v) => setMethod(v ?? 'in-person')}
              allowDeselect={false}
              error={errs['acceptance.method']}
            />
            <TextInput label={`${w.acceptanceEvidence} (${messages.common.optional})`} description={w.acceptanceEvidenceHint} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} error={errs['acceptance.evidence']} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={w.document}>
          {create.data && (
            <Stack mt="md">
              <Alert color="green" role="status">{w.createdHint}</Alert>
              <ContractDocument contractId={create.data.id} status={create.data.status} write />
              <Group>
                <Button onClick={() => router.push(`/contratos/${create.data.id}`)}>{w.open}</Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>
      </Stepper>
      <ErrorAlert error={create.error} placed={['planId', 'addOnIds', 'promotionId', 'dueDay', 'pppoeLogin', 'acceptance.method', 'acceptance.evidence', ...Object.keys(emptyAddress).map((f) => `installationAddress.${f}`)]} />
      {step < 5 && (
        <Group>
          {step > 0 && <Button variant="default" onClick={() => setStep(step - 1)}>{messages.common.back}</Button>}
          {step < 4 ? (
            <Button onClick={() => setStep(step + 1)} disabled={!canNext}>{messages.common.next}</Button>
          ) : (
            <Button onClick={() => create.mutate()} loading={create.isPending}>{w.submit}</Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
