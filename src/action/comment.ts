import { apiFailure, type Api, type ApiFailure } from './api.js';

/**
 * One pull request comment, kept up to date: created on the first failure, edited in place
 * on every later run (found by a hidden marker on the first line), and turned into a short
 * note once everything is covered. A marker counts only on a comment a bot account wrote:
 * anyone can paste the marker into a comment of their own, and theirs is never edited.
 */

/** Pages of 100 comments read in search of ours. */
const MAX_PAGES = 10;

export function commentMarker(context: string): string {
  return `<!-- agentops/verdict comment: ${context.replace(/-->/g, '')} -->`;
}

interface IssueComment {
  id: number;
  body?: string;
  user?: { login?: string; type?: string } | null;
}

export type CommentResult =
  | { done: 'created' | 'updated'; id: number }
  | { done: 'nothing'; why: string }
  | { done: 'denied'; failure: ApiFailure }
  | { done: 'failed'; failure: ApiFailure };

/** Finds our comment: the first, by a bot, whose body starts with the marker. */
async function findOurs(api: Api, issue: number, marker: string): Promise<IssueComment | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await api.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: issue,
      per_page: 100,
      page,
    });
    const comments = Array.isArray(data) ? (data as IssueComment[]) : [];
    const ours = comments.find(
      (c) => typeof c.body === 'string' && c.body.startsWith(marker) && c.user?.type === 'Bot',
    );
    if (ours) return ours;
    if (comments.length < 100) return undefined;
  }
  return undefined;
}

/**
 * `failing`: the body to show while something is uncovered (or would be, in observe mode);
 * `passing`: the note that replaces it once covered, never posted as a new comment.
 */
export async function upsertComment(
  api: Api,
  issue: number,
  marker: string,
  body: { failing?: string; passing: string },
): Promise<CommentResult> {
  let existing: IssueComment | undefined;
  try {
    existing = await findOurs(api, issue, marker);
  } catch (error) {
    const failure = apiFailure(error);
    return failure.denied ? { done: 'denied', failure } : { done: 'failed', failure };
  }
  const text = body.failing ?? (existing ? body.passing : undefined);
  if (text === undefined)
    return { done: 'nothing', why: 'everything is covered and there is no earlier comment to update' };
  const full = `${marker}\n${text}`;
  try {
    if (existing) {
      if (existing.body === full) return { done: 'nothing', why: 'the comment already says this' };
      await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        comment_id: existing.id,
        body: full,
      });
      return { done: 'updated', id: existing.id };
    }
    const { data } = await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: issue,
      body: full,
    });
    return { done: 'created', id: Number((data as { id?: unknown }).id) };
  } catch (error) {
    const failure = apiFailure(error);
    return failure.denied ? { done: 'denied', failure } : { done: 'failed', failure };
  }
}
