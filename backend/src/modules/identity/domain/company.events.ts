/** A company (a legal entity of the ISP; stream `company-<uuid>`). Every stream's events carry a companyId. */
export type CompanyEvent = { type: 'CompanyCreated'; data: { companyId: string; name: string; at: string } };

export const companyStream = (companyId: string) => `company-${companyId}`;

/** The company created at first start: a fixed id so every process and every restart agree on it. */
export const DEFAULT_COMPANY_ID = '00000000-0000-4000-8000-000000000001';
