/**
 * Entry point of the language server process (dist/server.js). Only creates the connection, from
 * the command line (`--stdio`, `--node-ipc`, `--socket=`), and starts the server on it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './csvServer';

startServer(createConnection(ProposedFeatures.all));
