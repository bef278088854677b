import {
  ApiClient,
  type ApiTokenSummary,
  type CreatedApiToken,
  type InstanceInfo,
  type InstancePerson,
  type IssuedSignInLink,
  type Person,
  type SignInLinkPreview,
} from "@tavolo/shared";

const client = new ApiClient("");
const linkPath = (token: string) => `/api/sign-in-links/${encodeURIComponent(token)}`;

/** The calls of administration, sign-in links and API tokens; they throw `ApiRequestError`. */
export const identityApi = {
  instance: () => client.ok<InstanceInfo>("GET", "/api/instance"),

  people: () => client.ok<InstancePerson[]>("GET", "/api/admin/people"),
  updatePerson: (id: string, change: { isAdmin: boolean }) =>
    client.ok<InstancePerson>("PATCH", `/api/admin/people/${encodeURIComponent(id)}`, change),
  inviteCreator: (displayName: string) =>
    client.ok<IssuedSignInLink>("POST", "/api/admin/invitations", { displayName }),

  issueSignInLink: (pid: string, personId: string) =>
    client.ok<IssuedSignInLink>(
      "POST",
      `/api/procedures/${encodeURIComponent(pid)}/sign-in-links`,
      { personId },
    ),
  previewSignInLink: (token: string) => client.ok<SignInLinkPreview>("GET", linkPath(token)),
  spendSignInLink: (token: string) => client.ok<Person>("POST", `${linkPath(token)}/use`),

  tokens: () => client.ok<ApiTokenSummary[]>("GET", "/api/tokens"),
  createToken: (name: string) => client.ok<CreatedApiToken>("POST", "/api/tokens", { name }),
  revokeToken: (id: string) => client.ok<null>("DELETE", `/api/tokens/${encodeURIComponent(id)}`),
};
