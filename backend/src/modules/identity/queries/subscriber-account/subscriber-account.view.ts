export interface SubscriberAccountRow {
  id: string;
  customer_id: string;
  company_id: string;
  document_kind: 'cpf' | 'cnpj';
  email: string | null;
  status: 'invited' | 'active' | 'disabled';
  created_at: Date;
  updated_at: Date;
}

export interface SubscriberAccountView {
  id: string;
  customerId: string;
  companyId: string;
  documentKind: 'cpf' | 'cnpj';
  email: string | null;
  status: 'invited' | 'active' | 'disabled';
  createdAt: string;
  updatedAt: string;
}

export const toSubscriberAccountView = (r: SubscriberAccountRow): SubscriberAccountView => ({
  id: r.id, customerId: r.customer_id, companyId: r.company_id, documentKind: r.document_kind, email: r.email, status: r.status,
  createdAt: new Date(r.created_at).toISOString(), updatedAt: new Date(r.updated_at).toISOString(),
});

export const SUBSCRIBER_ACCOUNT_COLUMNS = 'id, customer_id, company_id, document_kind, email, status, created_at, updated_at';
