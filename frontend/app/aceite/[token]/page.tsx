import { Suspense } from 'react';
import { ContractAcceptance } from './contract-acceptance';

export default function ContractAcceptancePage() {
  return (
    <Suspense>
      <ContractAcceptance />
    </Suspense>
  );
}
