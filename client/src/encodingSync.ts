/**
 * Tells the server which encoding VS Code decoded each synchronised document with
 * (`TextDocument.encoding`, VS Code 1.100), as the document opens and whenever "Reopen with
 * Encoding" changes it, so `encoding/mismatch` knows how the text was read. Hooked in as
 * language client middleware: exactly the documents the server sees.
 */
import type { TextDocument } from 'vscode';
import type { BaseLanguageClient, Middleware } from 'vscode-languageclient/node';
import { DocumentEncodingNotification } from '../../shared/protocol';

/** Middleware for one client's lifetime (a restarted server starts with nothing sent). */
export function encodingMiddleware(client: () => BaseLanguageClient | undefined, log: (message: string) => void): Middleware {
  const sent = new Map<string, string>();
  const tell = (document: TextDocument) => {
    const uri = document.uri.toString();
    const encoding = (document as { encoding?: string }).encoding;
    const target = client();
    if (encoding === undefined || sent.get(uri) === encoding || !target) return;
    sent.set(uri, encoding);
    // Not awaited: holding back didOpen would let a diagnostics pull overtake it. The server
    // copes with either order (it re-validates when the encoding turns out different).
    target
      .sendNotification(DocumentEncodingNotification, { uri, encoding })
      .catch((error: unknown) => log(`Could not send the encoding of ${uri}: ${String(error)}`));
  };
  return {
    didOpen: (document, next) => {
      tell(document);
      return next(document);
    },
    didChange: (event, next) => {
      tell(event.document);
      return next(event);
    },
    didClose: (document, next) => {
      sent.delete(document.uri.toString());
      return next(document);
    },
  };
}
