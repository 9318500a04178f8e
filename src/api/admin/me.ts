import { meResponse } from '../../contract/site.ts';
import { permissionsOf } from '../../domain/roles.ts';
import { endpoint, type AdminEndpoint } from './admin-endpoint.ts';

/** Who the newsroom app is working for: the account, what its role may do, the CSRF token for writes. */
export function meEndpoints(): AdminEndpoint[] {
  return [
    endpoint({
      method: 'GET',
      path: '/me',
      operationId: 'getMe',
      summary: 'Who is signed in, what they may do, and the CSRF token to send with every change',
      access: 'newsroom.enter',
      response: meResponse,
      handler: ({ user, csrf }) =>
        Promise.resolve({
          data: {
            id: user.id,
            email: user.email,
            name: user.name,
            role: user.role,
            permissions: permissionsOf(user.role),
          },
          csrf,
        }),
    }),
  ];
}
