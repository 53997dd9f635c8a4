// Kept so that suites written against the old names keep working: the server is test-server.ts (startServer,
// with options) and the accounts are api-user.ts. New suites import those directly.
import { startServer, type TestServer } from './test-server.js';

export { ApiUser, createUser, enrolTotp, PASSWORD, setupAdministrator, signIn } from './api-user.js';
export type OwnServer = TestServer;

export function startOwnServer(): Promise<TestServer> {
  return startServer({ name: 'governance', setupLink: true });
}
