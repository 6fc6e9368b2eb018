import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A scripted model service on 127.0.0.1 that speaks the vendors' documented APIs, so the
 * real agent CLIs (pointed at it through their base-URL settings) run offline: Anthropic's
 * Messages API (streaming and not), OpenAI's Chat Completions and Responses API (SSE, as Codex
 * CLI streams it), Google's Gemini API (generateContent, streamGenerateContent with alt=sse,
 * countTokens). Each request is logged and
 * answered by the test's script; nothing leaves the machine.
 */

export type Reply =
  | { text: string }
  | { tool: string; input: unknown }
  /** Never answer (the connection stays open until the server closes). */
  | { hang: true }
  /** Answer with these raw bytes and status. */
  | { raw: string; status?: number };

export interface LoggedRequest {
  path: string;
  body: Record<string, unknown>;
}

export interface ModelServer {
  url: string;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

export async function startModelServer(script: (request: LoggedRequest) => Reply): Promise<ModelServer> {
  const requests: LoggedRequest[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        body = {};
      }
      const path = (req.url ?? '/').split('?')[0]!;
      const logged = { path, body };
      if (req.method === 'POST' && path.endsWith(':countTokens')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ totalTokens: 1 }));
      }
      if (req.method !== 'POST') {
        res.writeHead(404, { 'content-type': 'application/json' });
        return res.end('{}');
      }
      requests.push(logged);
      let reply: Reply;
      try {
        reply = script(logged);
      } catch (error) {
        reply = { raw: JSON.stringify({ error: { message: String(error) } }), status: 500 };
      }
      if ('hang' in reply) {
        open.add(res);
        return;
      }
      if ('raw' in reply) {
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        return res.end(reply.raw);
      }
      if (path.endsWith('/messages')) return anthropic(res, body, reply);
      if (path.endsWith('/chat/completions')) return chat(res, body, reply);
      if (path.endsWith('/responses')) return responses(res, body, reply);
      if (path.endsWith(':generateContent') || path.endsWith(':streamGenerateContent')) return gemini(res, path, reply);
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let counter = 0;

function anthropic(
  res: ServerResponse,
  body: Record<string, unknown>,
  reply: { text: string } | { tool: string; input: unknown },
): void {
  counter++;
  const block =
    'text' in reply
      ? { type: 'text', text: reply.text }
      : { type: 'tool_use', id: `toolu_${counter}`, name: reply.tool, input: reply.input };
  const stopReason = 'text' in reply ? 'end_turn' : 'tool_use';
  const message = {
    id: `msg_${counter}`,
    type: 'message',
    role: 'assistant',
    model: body.model ?? 'claude-sonnet-4-5',
    content: [] as unknown[],
    stop_reason: null,
    stop_sequence: null,
    usage: { input_tokens: 1, output_tokens: 1 },
  };
  if (body.stream !== true) {
    res.writeHead(200, { 'content-type': 'application/json' });
    return void res.end(JSON.stringify({ ...message, content: [block], stop_reason: stopReason }));
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const event = (type: string, data: object) =>
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  event('message_start', { message });
  if (block.type === 'text') {
    event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: (block as { text: string }).text } });
  } else {
    event('content_block_start', { index: 0, content_block: { ...block, input: {} } });
    event('content_block_delta', {
      index: 0,
      delta: { type: 'input_json_delta', partial_json: JSON.stringify((block as { input: unknown }).input) },
    });
  }
  event('content_block_stop', { index: 0 });
  event('message_delta', { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: 1 } });
  event('message_stop', {});
  res.end();
}

function chat(
  res: ServerResponse,
  body: Record<string, unknown>,
  reply: { text: string } | { tool: string; input: unknown },
): void {
  counter++;
  const content = 'text' in reply ? reply.text : JSON.stringify(reply.input);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      id: `chatcmpl-${counter}`,
      object: 'chat.completion',
      model: body.model ?? 'gpt-5',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
    }),
  );
}

/**
 * OpenAI's Responses API as a server-sent event stream: the output item added, its text
 * deltas (or a function call's arguments), the item done, the response completed.
 */
function responses(
  res: ServerResponse,
  body: Record<string, unknown>,
  reply: { text: string } | { tool: string; input: unknown },
): void {
  counter++;
  const id = `resp_${counter}`;
  const item =
    'text' in reply
      ? {
          type: 'message',
          id: `msg_${counter}`,
          role: 'assistant',
          status: 'completed',
          content: [{ type: 'output_text', text: reply.text, annotations: [] }],
        }
      : {
          type: 'function_call',
          id: `fc_${counter}`,
          call_id: `call_${counter}`,
          name: reply.tool,
          arguments: JSON.stringify(reply.input),
          status: 'completed',
        };
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const event = (type: string, data: object) =>
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  event('response.created', { response: { id, model: body.model, status: 'in_progress', output: [] } });
  if (item.type === 'message') {
    event('response.output_item.added', { output_index: 0, item: { ...item, status: 'in_progress', content: [] } });
    event('response.output_text.delta', {
      item_id: item.id,
      output_index: 0,
      content_index: 0,
      delta: (reply as { text: string }).text,
    });
  } else {
    event('response.output_item.added', { output_index: 0, item: { ...item, status: 'in_progress', arguments: '' } });
  }
  event('response.output_item.done', { output_index: 0, item });
  const usage = {
    input_tokens: 1,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: 1,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: 2,
  };
  event('response.completed', { response: { id, model: body.model, status: 'completed', output: [item], usage } });
  res.end();
}

/** The Gemini API's answer: one candidate, as JSON or (streamGenerateContent) one server-sent event. */
function gemini(res: ServerResponse, path: string, reply: { text: string } | { tool: string; input: unknown }): void {
  counter++;
  const part = 'text' in reply ? { text: reply.text } : { functionCall: { name: reply.tool, args: reply.input } };
  const model = /models\/([^:/]+):/.exec(path)?.[1] ?? 'gemini';
  const answer = {
    candidates: [{ content: { role: 'model', parts: [part] }, finishReason: 'STOP', index: 0 }],
    usageMetadata: { promptTokenCount: 1, candidatesTokenCount: 1, totalTokenCount: 2 },
    modelVersion: model,
    responseId: `gem_${counter}`,
  };
  if (path.endsWith(':generateContent')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    return void res.end(JSON.stringify(answer));
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  res.write(`data: ${JSON.stringify(answer)}\r\n\r\n`);
  res.end();
}

/** Every text a request's messages carry (tool results included), newest last. */
export function messageTexts(request: LoggedRequest): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const item = value as Record<string, unknown>;
      if (typeof item.text === 'string') texts.push(item.text);
      if (item.content !== undefined) walk(item.content);
    }
  };
  walk(request.body.messages);
  // The Gemini API's contents: text parts and function responses.
  if (Array.isArray(request.body.contents)) {
    for (const content of request.body.contents as { parts?: Record<string, unknown>[] }[]) {
      for (const part of content.parts ?? []) {
        if (typeof part.text === 'string') texts.push(part.text);
        if (part.functionResponse) texts.push(JSON.stringify(part.functionResponse));
      }
    }
  }
  // The Responses API's input items (Codex CLI), function-call outputs included.
  if (Array.isArray(request.body.input)) {
    for (const item of request.body.input as Record<string, unknown>[]) {
      if (typeof item.output === 'string') texts.push(item.output);
      else walk(item.content ?? item.output);
    }
  }
  return texts;
}

export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program without blocking the event loop (the model server answers meanwhile); killed after `timeoutMs`. */
export function runAsync(
  program: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string; timeoutMs?: number },
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}
