/**
 * Pushed diagnostics (`textDocument/publishDiagnostics`), for clients that do not pull (Neovim).
 * A document is validated at once when opened; after an edit, at once too when it is small and its
 * last check was fast, else shortly after typing stops. A result is published only if the document
 * is still open at the version it was computed for.
 */
import { type Feature, type FeatureHooks, isCurrent, type ServerContext } from './context';
import { describeError } from './logger';
import { diagnose } from './diagnostics';
import { clientPullsDiagnostics } from './pullDiagnostics';
import { runSafeAsync } from './runSafe';

/** Pause after the last change before validating a large or slow document, so fast typing does not validate every keystroke. */
export const CHANGE_DEBOUNCE_MS = 150;

/** A check at most this long (ms) is fast: the next edit of its document is checked at once. */
export const FAST_CHECK_MS = 10;

/**
 * How long to wait after an edit before checking again: nothing for a document below
 * `largeFileThreshold` whose last check took at most {@link FAST_CHECK_MS} (a pull client gets its
 * answer as soon as it asks; a push client should not wait a fixed pause for a 3 ms check — edits
 * during a check are coalesced into one more run anyway), {@link CHANGE_DEBOUNCE_MS} otherwise,
 * and for a document not checked yet.
 */
export function changeDelay(last: { readonly ms: number; readonly large: boolean } | undefined): number {
  return last && !last.large && last.ms <= FAST_CHECK_MS ? 0 : CHANGE_DEBOUNCE_MS;
}

/** Schedules validations and publishes their results. */
export class DiagnosticsPusher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /**
   * Documents being validated now, each with whether another validation was asked for meanwhile:
   * that one runs after, once, instead of alongside (so bursts never pile up validations).
   */
  private readonly running = new Map<string, boolean>();
  /** How the last check of each document went: its time and whether the file is large. */
  private readonly lastCheck = new Map<string, { ms: number; large: boolean }>();

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

  /** Validates the document `uri` after an edit, at once or after a pause (see {@link changeDelay}). */
  scheduleAfterEdit(uri: string): void {
    this.schedule(uri, changeDelay(this.lastCheck.get(uri)));
  }

  /** Validates every open document again (after a settings change). */
  scheduleAll(): void {
    for (const document of this.context.documents.all()) this.schedule(document.uri, 0);
  }

  /** Drops a waiting validation and clears what was published (on close). */
  clear(uri: string): void {
    this.cancel(uri);
    this.lastCheck.delete(uri);
    this.context.connection
      .sendDiagnostics({ uri, diagnostics: [] })
      .catch((error: unknown) => this.context.logger.warn(`Clearing diagnostics failed: ${describeError(error)}`));
  }

  /** Stops every waiting validation (on shutdown). */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.running.clear();
    this.lastCheck.clear();
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
        const started = performance.now();
        const large = await this.publish(uri);
        if (large !== undefined) this.lastCheck.set(uri, { ms: performance.now() - started, large });
      } finally {
        const again = this.running.get(uri) === true;
        this.running.delete(uri);
        if (again) this.schedule(uri, 0);
      }
    });
  }

  /** Checks and publishes; says whether the file is large, or undefined when nothing was published. */
  private async publish(uri: string): Promise<boolean | undefined> {
    const document = this.context.documents.get(uri);
    if (!document) return undefined;
    const diagnosed = await diagnose(this.context, document);
    // Closed, reopened or edited meanwhile: the validation scheduled by that event publishes instead.
    if (!isCurrent(this.context, diagnosed)) return undefined;
    await this.context.connection.sendDiagnostics({ uri, version: diagnosed.version, diagnostics: diagnosed.diagnostics });
    return diagnosed.large === true;
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
    context.documents.onDidChangeContent((e) =>
      opened.delete(e.document.uri) ? pusher.schedule(e.document.uri, 0) : pusher.scheduleAfterEdit(e.document.uri),
    );
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
