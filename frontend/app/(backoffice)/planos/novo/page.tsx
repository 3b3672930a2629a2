'use client';
import { useRouter } from 'next/navigation';
import { Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, type PlanView } from '@netprovider/api-client';
import { messages } from '../../../../messages/pt-BR';
import { api } from '../../../../lib/api';
import { PlanForm, emptyPlan, planBody, type PlanFormValues } from '../../../../components/PlanForm';

export default function NewPlanPage() {
  const router = useRouter();
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: async (v: PlanFormValues) => unwrap<PlanView>(await api.POST('/api/v1/plans', { body: planBody(v) })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['plans'] });
      router.push('/planos');
    },
  });
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">{messages.plans.new}</Title>
      <PlanForm initial={emptyPlan} onSubmit={(v) => create.mutate(v)} busy={create.isPending} error={create.error} submitLabel={messages.common.create} />
    </Stack>
  );
}
