/**
 * Events of a subscriber's customer-area account (stream `subscriber-account-<uuid>`). The CPF/CNPJ itself is
 * not stored: only its blind index (HMAC), enough to find the account at login. `email` is personal data
 * (encrypted under the customer's subject key, so erasing the customer erases it).
 */
export type SubscriberAccountEvent =
  | { type: 'SubscriberAccountInvited'; data: { accountId: string; customerId: string; documentIndex: string; documentKind: 'cpf' | 'cnpj'; email: string | null; at: string } }
  | { type: 'SubscriberPasswordSet'; data: { accountId: string; via: 'first-access' | 'reset'; at: string } }
  | { type: 'SubscriberAccountDisabled'; data: { accountId: string; at: string } };

export const SUBSCRIBER_ACCOUNT_EVENT_TYPES = ['SubscriberAccountInvited', 'SubscriberPasswordSet', 'SubscriberAccountDisabled'] as const;
export const subscriberAccountStream = (accountId: string) => `subscriber-account-${accountId}`;
