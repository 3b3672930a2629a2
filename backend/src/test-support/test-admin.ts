/** The first admin every test server starts with (startTestServer sets NETPROVIDER_ADMIN_*). */
export const TEST_ADMIN = { email: 'chefe.ti@provedor.test', password: 'Root#Prova-Senha-2025' } as const;
