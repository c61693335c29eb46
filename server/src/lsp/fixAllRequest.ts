/**
 * `miitelCsv/fixAll`: fix-all for the command "MiiTel CSV: Fix all safe problems", which applies
 * the same edit as the `source.fixAll.miitelCsv` action and then says what it fixed, by kind.
 */
import { type FixAllOutcome, FixAllRequest } from '../../../shared/protocol';
import { fixAllText, fixAllTotal } from '../service/messages';
import { type Feature, miitelFile } from './context';
import { computeFixAll } from './fixAllEdit';
import { runSafe } from './runSafe';

/** Answers {@link FixAllRequest}; null when the document is not open, not a MiiTel file, or changed meanwhile. */
export const fixAllRequest: Feature = {
  register(context) {
    context.connection.onRequest(FixAllRequest, (params, token) =>
      runSafe<FixAllOutcome | null>(context.logger, 'Fix all', token, null, async () => {
        const document = typeof params?.uri === 'string' ? context.documents.get(params.uri) : undefined;
        const file = document && (await miitelFile(context, document));
        if (!file) return null;
        const result = await computeFixAll(context, file);
        if (result === undefined) return null;
        if ('refused' in result) return { version: file.version, refused: result.reason };
        const count = fixAllTotal(result.counts);
        if (!result.edit || count === 0) return { version: file.version, edits: [], count: 0, summary: '' };
        const summary = fixAllText.summary(result.counts);
        // Counts only, never values, as for the source action.
        context.logger.info(fixAllText.log(file.document.uri, summary));
        return { version: file.version, edits: [result.edit], count, summary };
      }),
    );
  },
};
