/**
 * The GitHub REST API, as the action uses it: one client per run, every request bounded in
 * time, and failures classified so that a token that may not write (a fork's read-only
 * token, a job without the permission) is told apart from an API that cannot be reached.
 */

const API_TIMEOUT_MS = 15_000;

export interface Api {
  owner: string;
  repo: string;
  /** `octokit.request`: route and parameters as GitHub's REST docs name them. */
  request(
    route: string,
    parameters?: Record<string, unknown>,
  ): Promise<{ status: number; data: unknown; headers: Record<string, string | number | undefined> }>;
}

export interface ApiFailure {
  status?: number;
  /** The first line of the error. */
  message: string;
  /** 401, 403 or 404: the token may not do this here. */
  denied: boolean;
}

export async function openApi(apiUrl: string, token: string, repository: string): Promise<Api | undefined> {
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined) return undefined;
  // Loaded only now: @actions/github parses GITHUB_EVENT_PATH with JSON.parse as it loads, and
  // would crash on a payload our strict parser has already refused.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, '') });
  return {
    owner,
    repo,
    request: async (route, parameters = {}) => {
      const response = await octokit.request(route, {
        owner,
        repo,
        ...parameters,
        request: { signal: AbortSignal.timeout(API_TIMEOUT_MS) },
      });
      return {
        status: response.status,
        data: response.data as unknown,
        headers: response.headers as Record<string, string | number | undefined>,
      };
    },
  };
}

export function apiFailure(error: unknown): ApiFailure {
  const status = (error as { status?: number }).status;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
  return {
    status,
    message: status ? `HTTP ${status} (${message})` : message,
    denied: status === 401 || status === 403 || status === 404,
  };
}
