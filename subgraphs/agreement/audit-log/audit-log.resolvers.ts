import type { Resolvers } from '../../../codegen/agreement-resolvers.js'
import { required } from '../../../lib/graphql/loaders.js'
import { listAuditEntries } from './audit-log.service.js'

/** `before`/`after` are jsonb: returned as JSON text, since the API has no untyped JSON scalar. */
const jsonText = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value))

export const auditLogResolvers: Resolvers = {
  Query: {
    auditLog: (_, args, ctx) => listAuditEntries(ctx, args),
  },
  AuditEntry: {
    id: (row) => String(row.id),
    occurredAt: (row) => row.occurredAt.toISOString(),
    actorMunicipality: (row, _, ctx) =>
      required(
        ctx.loaders.municipalityByCode.load(row.actorMunicipalityCode),
        `municipality ${row.actorMunicipalityCode}`,
      ),
    municipality: (row, _, ctx) =>
      row.ownerMunicipalityCode ? ctx.loaders.municipalityByCode.load(row.ownerMunicipalityCode) : null,
    concerns: (row, _, ctx) =>
      Promise.all(
        row.partyMunicipalityCodes.map((code) =>
          required(ctx.loaders.municipalityByCode.load(code), `municipality ${code}`),
        ),
      ),
    before: (row) => jsonText(row.before),
    after: (row) => jsonText(row.after),
  },
}
