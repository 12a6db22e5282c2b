import type { Selectable } from 'kysely'
import type { DB } from '../../../lib/db/database.js'

/** A policy field of the 別表 (防災, 地域公共交通, ICTインフラ) in one version: the model of PolicyField. */
export type PolicyFieldModel = Selectable<DB['agreement.policyField']>
/** A 取組内容 line of a policy field: the model of Initiative. */
export type InitiativeModel = Selectable<DB['agreement.initiative']>
/** One municipality's 役割分担 in a policy field: the model of MunicipalRole. */
export type MunicipalRoleModel = Selectable<DB['agreement.fieldRole']>
