/**
 * Pushed diagnostics (`textDocument/publishDiagnostics`), for clients that do not pull (Neovim).
 * A document is validated at once when opened and shortly after typing stops; a result is
 * published only if the document is still open at the version it was computed for.
 */
import { type Feature, type FeatureHooks, isCurrent, type ServerContext } from './context';
import { describeError } from './logger';
import { diagnose } from './diagnostics';
import { clientPullsDiagnostics } from './pullDiagnostics';
import { runSafeAsync } from './runSafe';

/** Pause after the last change before validating, so fast typing does not validate every keystroke. */
export const CHANGE_DEBOUNCE_MS = 150;

/** Schedules validations and publishes their results. */
export class DiagnosticsPusher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /**
   * Documents being validated now, each with whether another validation was asked for meanwhile:
   * that one runs after, once, instead of alongside (so bursts never pile up validations).
   */
  private readonly running = new Map<string, boolean>();

  constructor(private readonly context: ServerContext) {}

  /** Validates the document `uri` after `delayMs`, replacing any validation already waiting. */
  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      if (this.running.has(uri)) this.running.set(uri, true);
      else this.run(uri);
    }, delayMs);
    this.timers.set(uri, timer);
  }

  /** Validates every open document again (after a settings change). */
  scheduleAll(): void {
    for (const document of this.context.documents.all()) this.schedule(document.uri, 0);
  }

  /** Drops a waiting validation and clears what was published (on close). */
  clear(uri: string): void {
    this.cancel(uri);
    this.context.connection
      .sendDiagnostics({ uri, diagnostics: [] })
      .catch((error: unknown) => this.context.logger.warn(`Clearing diagnostics failed: ${describeError(error)}`));
  }

  /** Stops every waiting validation (on shutdown). */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.running.clear();
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private run(uri: string): void {
    this.running.set(uri, false);
    runSafeAsync(this.context.logger, 'Diagnostics', async () => {
      try {
        await this.publish(uri);
      } finally {
        const again = this.running.get(uri) === true;
        this.running.delete(uri);
        if (again) this.schedule(uri, 0);
      }
    });
  }

  private async publish(uri: string): Promise<void> {
    const document = this.context.documents.get(uri);
    if (!document) return;
    const diagnosed = await diagnose(this.context, document);
    // Closed, reopened or edited meanwhile: the validation scheduled by that event publishes instead.
    if (!isCurrent(this.context, diagnosed)) return;
    await this.context.connection.sendDiagnostics({ uri, version: diagnosed.version, diagnostics: diagnosed.diagnostics });
  }
}

/** Wires document events to a pusher when the client does not pull diagnostics. */
export const pushDiagnostics: Feature = {
  register(context: ServerContext): FeatureHooks | void {
    if (clientPullsDiagnostics(context.capabilities)) return;
    const pusher = new DiagnosticsPusher(context);
    const opened = new Set<string>();
    context.documents.onDidOpen((e) => opened.add(e.document.uri));
    // TextDocuments fires a content change right after every open: validate that one at once.
    context.documents.onDidChangeContent((e) => pusher.schedule(e.document.uri, opened.delete(e.document.uri) ? 0 : CHANGE_DEBOUNCE_MS));
    context.documents.onDidClose((e) => {
      opened.delete(e.document.uri);
      pusher.clear(e.document.uri);
    });
    return {
      settingsChanged: () => pusher.scheduleAll(),
      filesChanged: (uris) => uris.forEach((uri) => pusher.schedule(uri, 0)),
      dispose: () => pusher.dispose(),
    };
  },
};
