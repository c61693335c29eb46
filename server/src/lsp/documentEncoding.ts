/**
 * `miitelCsv/documentEncoding`: the client tells which encoding VS Code decoded each document with;
 * the facts are kept in {@link DocumentEncodings} (encodingFacts.ts).
 */
import { DocumentEncodingNotification } from '../../../shared/protocol';
import type { Feature } from './context';
import { refreshPulledDiagnostics } from './pullDiagnostics';

/** Receives `miitelCsv/documentEncoding` and re-validates when a document's encoding changes. */
export const documentEncoding: Feature = {
  register(context) {
    context.connection.onNotification(DocumentEncodingNotification, (params) => {
      if (typeof params?.uri !== 'string' || typeof params.encoding !== 'string') return;
      if (context.encodings.setEditorEncoding(params.uri, params.encoding)) refreshPulledDiagnostics(context);
    });
  },
};
