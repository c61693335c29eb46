/**
 * `miitelCsv/documentInfo`: what the client's status bar shows about an open document (is it a
 * MiiTel file, which format, how many users) and the columns the table view shows.
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
        const { format, headerColumns } = file.doc;
        const headers = headerColumns.map((h) => h.column?.header ?? null);
        return { isMiitel: true, users: file.doc.rowCount, formatName: updateFeatureText.formatName(format), formatId: format.id, headers };
      }),
    );
  },
};
