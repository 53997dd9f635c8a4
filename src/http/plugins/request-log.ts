// Requests are logged at debug level, one line each when they complete (LOG_LEVEL=debug shows them). Fastify's
// default writes two info lines for every request ("incoming request", "request completed"): at the default
// level a label page scanned from many shelves at once would spend its time writing to stdout, and a person
// running `npm start` would see the start-up lines scroll away. Requests that fail are still logged at error
// level with their error, and unhandled errors by the error handler with the request id the client is shown.
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

export class RequestsAtDebug extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.debug({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
