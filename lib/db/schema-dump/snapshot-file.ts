import { projectPath } from '../../paths.js'

/** The committed schema snapshot: written by `npm run codegen`, compared with a fresh migrate by CI and a test. */
export const SCHEMA_SNAPSHOT_FILE = projectPath('sql', 'schema.sql')
