/**
 * `miitelCsv/splitPlan`: how to split an open file with too many users, for the command of the
 * `rows/too-many` quick fix. The plan is the service's, made on the parse the server already holds
 * (the client used to parse the file a second time); the client asks before overwriting, writes the
 * parts in the file's encoding and applies the edits.
 */
import { type SplitPlan, SplitPlanRequest } from '../../../shared/protocol';
import { parseOptionsOf, planSplit } from '../service/languageService';
import type { Feature } from './context';
import { runSafe } from './runSafe';
import { toTextEdits } from './textEdits';

/** Answers {@link SplitPlanRequest}; null for a document the server does not have open. */
export const splitPlan: Feature = {
  register(context) {
    context.connection.onRequest(SplitPlanRequest, (params, token) =>
      runSafe<SplitPlan | null>(context.logger, 'Split plan', token, null, async () => {
        if (typeof params?.uri !== 'string') return null;
        // Read with the options every other feature reads it with (the cache parses once for all).
        const options = parseOptionsOf(await context.settings.get(params.uri));
        // Synchronous from here on: the plan, its edits and the version all describe the same text.
        const document = context.documents.get(params.uri);
        if (!document) return null;
        const max = params.maxUsers;
        const plan = Number.isInteger(max) && max >= 1 ? planSplit(context.cache.get(document, options), max) : { changes: [], parts: [] };
        return { version: document.version, edits: toTextEdits(document, plan.changes), parts: plan.parts };
      }),
    );
  },
};
