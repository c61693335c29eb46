/**
 * `miitelCsv/documentInfo`: what the client's status bar shows about an open document (is it a
 * MiiTel file, which format, how many users, which encoding), and the columns the table view shows. The counts of errors and warnings the client takes
 * from the diagnostics it already has.
 */
import { type DocumentInfo, DocumentInfoRequest } from '../../../shared/protocol';
import { updateFeatureText } from '../service/messages';
import { miitelFile, type Feature } from './context';
import { runSafe } from './runSafe';

const notMiitel: DocumentInfo = { isMiitel: false, users: 0 };

export const documentInfo: Feature = {
  register(context) {
    context.connection.onRequest(DocumentInfoRequest, (params, token) =>
      runSafe<DocumentInfo>(context.logger, 'Document info', token, notMiitel, async () => {
        const document = typeof params?.uri === 'string' ? context.documents.get(params.uri) : undefined;
        const file = document && (await miitelFile(context, document));
        if (!file) return notMiitel;
        const { decodedAs, file: onDisk } = await context.encodings.evidence(file.document);
        // The editor's reading is what a save writes, so it comes before what the bytes on disk say.
        const encoding = decodedAs ?? onDisk;
        const { format, headerColumns } = file.doc;
        const headers = headerColumns.map((h) => h.column?.header ?? null);
        const info = {
          isMiitel: true,
          users: file.doc.rowCount,
          formatName: updateFeatureText.formatName(format),
          formatId: format.id,
          headers,
        };
        return encoding === undefined ? info : { ...info, encoding };
      }),
    );
  },
};
