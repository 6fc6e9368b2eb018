/**
 * The optional commit status, so branch protection can require the check by a stable name.
 * Posting it is best effort: a token that may not (a fork's read-only token, a job without
 * `statuses: write`) or an API that cannot be reached gives a warning, never a failure.
 */

export interface StatusRequest {
  apiUrl: string;
  token: string;
  /** owner/name */
  repository: string;
  sha: string;
  state: 'success' | 'failure' | 'error';
  context: string;
  description: string;
  targetUrl?: string;
}

export type StatusResult = { posted: true } | { posted: false; why: string };

const TIMEOUT_MS = 15_000;

export async function postStatus(request: StatusRequest): Promise<StatusResult> {
  const [owner, repo] = request.repository.split('/');
  if (!owner || !repo)
    return { posted: false, why: `GITHUB_REPOSITORY is ${JSON.stringify(request.repository)}, not owner/name` };
  try {
    // Loaded only now: @actions/github parses GITHUB_EVENT_PATH with JSON.parse as it loads, and
    // would crash on a payload our strict parser has already refused (no status is posted then).
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(request.token, { baseUrl: request.apiUrl.replace(/\/+$/, '') });
    await octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha: request.sha,
      state: request.state,
      context: request.context,
      // GitHub refuses a description over 140 characters.
      description:
        Array.from(request.description).length > 140
          ? `${Array.from(request.description).slice(0, 139).join('')}…`
          : request.description,
      ...(request.targetUrl ? { target_url: request.targetUrl } : {}),
      request: { signal: AbortSignal.timeout(TIMEOUT_MS) },
    });
    return { posted: true };
  } catch (error) {
    const status = (error as { status?: number }).status;
    const message = error instanceof Error ? error.message : String(error);
    if (status === 403 || status === 404 || status === 401) {
      return {
        posted: false,
        why: `HTTP ${status} (${message.split('\n')[0]}): the token may not write commit statuses. A pull request from a fork gets a read-only token; elsewhere, give the job \`permissions: statuses: write\`, or set \`status-context: ''\` to post none`,
      };
    }
    return { posted: false, why: status ? `HTTP ${status}: ${message.split('\n')[0]}` : message.split('\n')[0]! };
  }
}
