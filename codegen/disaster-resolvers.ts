import type { GraphQLResolveInfo } from 'graphql';
import type { DrillModel } from '../subgraphs/disaster/drills/drills.model.js';
import type { ShelterModel } from '../subgraphs/disaster/shelters/shelters.model.js';
import type { ShelterStatusReportModel, ResponseStatusModel, EvacuationAlertModel } from '../subgraphs/disaster/situation/situation.model.js';
import type { SupplyItemModel, StockpileSiteModel, StockLotModel, StockTransferModel, StockCoverageModel } from '../subgraphs/disaster/stockpiles/stockpiles.model.js';
import type { EvacuationArrangementModel } from '../subgraphs/disaster/wide-area/wide-area.model.js';
import type { MunicipalityModel, InitiativeModel } from '../lib/graphql/entity-refs.js';
import type { CountedLazily } from '../lib/graphql/pagination.js';
import type { DisasterContext } from '../subgraphs/disaster/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** How crowded a shelter is. */
export type CongestionLevel =
  /** At or over capacity. */
  | 'FULL'
  /** 80–100 %. */
  | 'HIGH'
  /** Below 50 % of capacity. */
  | 'LOW'
  /** 50–80 %. */
  | 'MODERATE'
  /** Closed, or the capacity is unknown. */
  | 'UNKNOWN';

/** The decision of the town an arrangement binds. */
export type DecideEvacuationArrangementInput = {
  /** Consent or decline. */
  decision: EvacuationArrangementDecision;
  /** The arrangement's id. */
  id: Scalars['ID']['input'];
  /** Why, or conditions, up to 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A joint drill, training or education session (防災教育・防災訓練等の共同実施). */
export type Drill = {
  /** Date held (ISO 8601 date). */
  heldOn: Scalars['String']['output'];
  /** The municipality that hosted it. */
  host: Municipality;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The 取組内容 line it was held under. */
  initiative: Initiative;
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** Kind of activity. */
  kind: DrillKind;
  /** Participant counts by group (counts only, never names). */
  participants: DrillParticipants;
  /** Towns that took part besides the host. */
  participatingMunicipalities: Array<Municipality>;
  /** Title. */
  title: Scalars['String']['output'];
};

/** A page of drills. */
export type DrillConnection = {
  /** The drills on this page with their cursors. */
  edges: Array<DrillEdge>;
  /** The drills on this page. */
  nodes: Array<Drill>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** A drill with its cursor. */
export type DrillEdge = {
  /** Pass as `after` to continue after this drill. */
  cursor: Scalars['String']['output'];
  /** The drill. */
  node: Drill;
};

/** Drills of one fiscal year (年度, April–March) across the region. */
export type DrillFiscalYearTotals = {
  /** Drills held. */
  drills: Scalars['Int']['output'];
  /** The fiscal year: 2025 for April 2025 – March 2026 (令和7年度). */
  fiscalYear: Scalars['Int']['output'];
  /** Participants by group, summed. */
  participants: DrillParticipants;
  /** How many of those drills are generated sample records. */
  sampleDrills: Scalars['Int']['output'];
};

/** A drill as recorded by its host. */
export type DrillInput = {
  /** Date held (YYYY-MM-DD). */
  heldOn: Scalars['String']['input'];
  /** Host town; defaults to the caller's. */
  hostMunicipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** The 取組内容 line, e.g. `disaster-1`. */
  initiativeId: Scalars['ID']['input'];
  /** Kind. */
  kind: DrillKind;
  /** Other towns that took part. */
  participatingMunicipalityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Residents taking part. */
  residents: Scalars['Int']['input'];
  /** Municipal staff taking part. */
  staff: Scalars['Int']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
  /** Members of 自主防災組織 taking part. */
  volunteers: Scalars['Int']['input'];
};

/** Kind of joint activity. */
export type DrillKind =
  /** 防災教育: education for residents. */
  | 'EDUCATION'
  /** 訓練: an exercise. */
  | 'EXERCISE'
  /** 研修: training for staff or volunteers. */
  | 'TRAINING';

/** How many took part, by group. */
export type DrillParticipants = {
  /** Residents (住民). */
  residents: Scalars['Int']['output'];
  /** Municipal staff (職員). */
  staff: Scalars['Int']['output'];
  /** All participants. */
  total: Scalars['Int']['output'];
  /** Members of voluntary disaster-prevention organisations (自主防災組織). */
  volunteers: Scalars['Int']['output'];
};

/** Drills of one year across the region. */
export type DrillYearTotals = {
  /** Drills held. */
  drills: Scalars['Int']['output'];
  /** Participants by group, summed. */
  participants: DrillParticipants;
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** A 警戒レベル for an area. */
export type EvacuationAlert = {
  /** The area (地区). */
  area: Scalars['String']['output'];
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** When it was issued or lifted. */
  issuedAt: Scalars['String']['output'];
  /** 3 高齢者等避難, 4 避難指示, 5 緊急安全確保; null when lifted. */
  level: Maybe<Scalars['Int']['output']>;
  /** Note. */
  note: Scalars['String']['output'];
};

/** An arrangement for wide-area evacuation between two towns. */
export type EvacuationArrangement = {
  /** The date of the arrangement as proposed (ISO 8601 date); it is in effect only once consented (see status). */
  agreedOn: Scalars['String']['output'];
  /** The town whose consent it needs: the one of its two towns that did not propose it. */
  consentingTown: Municipality;
  /** When it was consented, declined or withdrawn (ISO 8601 timestamp); null while PROPOSED. */
  decidedAt: Maybe<Scalars['String']['output']>;
  /** The deciding town's note (empty when none was given, or when withdrawn). */
  decisionNote: Scalars['String']['output'];
  /** The town whose residents evacuate. */
  from: Municipality;
  /** The hazard it covers; null for all. */
  hazard: Maybe<Hazard>;
  /** People covered. */
  headCount: Scalars['Int']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** True when the arrangement binds both towns: the other town consented. */
  inEffect: Scalars['Boolean']['output'];
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** Terms. */
  note: Scalars['String']['output'];
  /** The town that recorded (proposed) it. */
  proposedBy: Municipality;
  /** PROPOSED until the other town decides; only CONSENTED arrangements are in effect. */
  status: EvacuationArrangementStatus;
  /** The host town. */
  to: Municipality;
};

/** A town's answer to an arrangement proposed to it. */
export type EvacuationArrangementDecision =
  /** Agree: the arrangement takes effect. */
  | 'CONSENT'
  /** Refuse: the arrangement never takes effect. */
  | 'DECLINE';

/** A new arrangement, proposed to the other town. */
export type EvacuationArrangementInput = {
  /** The date of the arrangement (YYYY-MM-DD). */
  agreedOn: Scalars['String']['input'];
  /** The town whose residents evacuate. */
  fromMunicipalityCode: Scalars['String']['input'];
  /** The hazard it covers; omit for all. */
  hazard?: InputMaybe<Hazard>;
  /** People covered (1–1 000 000). */
  headCount: Scalars['Int']['input'];
  /** Terms, up to 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The host town. */
  toMunicipalityCode: Scalars['String']['input'];
};

/** Where an arrangement stands. Only a CONSENTED arrangement is in effect; every other status is final but PROPOSED. */
export type EvacuationArrangementStatus =
  /** The other town consented: in effect for both towns. */
  | 'CONSENTED'
  /** The other town declined: never in effect. */
  | 'DECLINED'
  /** Recorded by one town (proposedBy), waiting for the other town's decision: not in effect. */
  | 'PROPOSED'
  /** The proposing town withdrew it before a decision: never in effect. */
  | 'WITHDRAWN';

/** One shelter offered for a wide-area evacuation. */
export type EvacuationCandidate = {
  /** How many of the people who need care the plan sends here (0 unless the shelter takes them). */
  careAssigned: Scalars['Int']['output'];
  /** Distance from the origin town in metres. */
  distanceMetres: Scalars['Float']['output'];
  /** Whether its latest report says open (false: designated, not opened yet). */
  isOpen: Scalars['Boolean']['output'];
  /** Free places: capacity minus the latest evacuee count of an open shelter. */
  remainingCapacity: Scalars['Int']['output'];
  /** The shelter. */
  shelter: Shelter;
};

/** A WGS84 position in decimal degrees. */
export type GeoPoint = {
  /** Latitude in decimal degrees (WGS84). */
  latitude: Scalars['Float']['output'];
  /** Longitude in decimal degrees (WGS84). */
  longitude: Scalars['Float']['output'];
};

/** A disaster type of the 指定緊急避難場所 designation (災害対策基本法施行令). */
export type Hazard =
  /** 地震 */
  | 'EARTHQUAKE'
  /** 洪水 */
  | 'FLOOD'
  /** 内水氾濫 */
  | 'INLAND_FLOOD'
  /** 崖崩れ、土石流及び地滑り */
  | 'LANDSLIDE'
  /** 大規模な火事 */
  | 'LARGE_FIRE'
  /** 高潮 */
  | 'STORM_SURGE'
  /** 津波 */
  | 'TSUNAMI'
  /** 火山現象 */
  | 'VOLCANO';

/** A town's response level (体制). */
export type HeadquartersLevel =
  /** 警戒体制. */
  | 'ALERT'
  /** 注意体制. */
  | 'CAUTION'
  /** 災害対策本部設置. */
  | 'HEADQUARTERS'
  /** No special arrangement. */
  | 'NONE';

export type Initiative = {
  /** Drills held under this initiative, newest first. */
  drills: DrillConnection;
  id: Scalars['ID']['output'];
};


export type InitiativeDrillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Municipality = {
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /**
   * The town's response history (headquarters levels and alerts), newest first, at most 200 entries of each: the same
   * as `Query.responseHistory`, answered for a whole page of towns at once (e.g. under `servedMunicipalities`).
   */
  responseHistory: ResponseHistory;
  /** The municipality's shelters in service, ordered by id; retired shelters are left out. */
  shelters: ShelterConnection;
  /** The town's stockpile sites (a town has a handful), by name. */
  stockpileSites: Array<StockpileSite>;
};


export type MunicipalitySheltersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  designation?: InputMaybe<ShelterDesignation>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  /** Adds a lot of an item to a site of the caller's town. */
  addStockLot: StockLot;
  /**
   * Approves a request (giving town): the quantity leaves the lot at once; it never goes below zero,
   * even under concurrent approvals.
   */
  approveStockTransfer: StockTransfer;
  /** Designates a new shelter of a town (editors: their own town only). */
  createShelter: Shelter;
  /** Registers a stockpile site of a town (editors: their own). */
  createStockpileSite: StockpileSite;
  /**
   * Consents to or declines an arrangement that another town proposed and that binds your town: staff of the town
   * that did not propose it (consentingTown) or an admin; only while PROPOSED (else CONFLICT); the decision is final
   * and appears in both towns' audit logs.
   */
  decideEvacuationArrangement: EvacuationArrangement;
  /**
   * Imports a shelter file into one of a town's two lists (`designation`): 自治体標準オープンデータセット v1 or v2, the
   * 国土地理院 per-town, prefectural or national files (指定緊急避難場所 and 指定避難所), a 指定避難所一覧 as published here,
   * or any file whose headers name the columns (English headers included); UTF-8 with or without BOM, or Shift_JIS.
   *
   * Each row belongs to the town its code, 共通ID or town name says (a row that says none belongs to
   * `municipalityCode`). Editors write only their own town's rows; an admin writes each party's rows to that party
   * (or only `municipalityCode`'s). Every other town's rows are counted in `skipped`, never written. For each town
   * written, the file is the town's full list: its rows are matched on the file's id (ID / 共通ID / NO), else on name
   * and address, else on coordinates; new ones are added, changed ones updated, and the town's sites of that list
   * missing from the file are retired. Importing the same file twice changes nothing.
   *
   * All or nothing: any problem is a BAD_USER_INPUT error listing every `file:line:column: reason` (also in
   * `extensions.problems`), and nothing changes. Limits: docs/api.md "Security limits".
   */
  importShelters: ShelterImportResult;
  /** Receives a shipped transfer into a site of the receiving town: a new lot with the same item and expiry. */
  receiveStockTransfer: StockTransfer;
  /** Records a drill hosted by a town (its staff) under an initiative of the disaster field. */
  recordDrill: Drill;
  /**
   * Proposes an arrangement between two towns: staff of either town (an admin of neither town proposes for the
   * origin town). It binds the other town only once that town consents (decideEvacuationArrangement); until then it
   * is PROPOSED and not in effect. The proposal appears in both towns' audit logs.
   */
  recordEvacuationArrangement: EvacuationArrangement;
  /** Rejects a request (giving town). */
  rejectStockTransfer: StockTransfer;
  /** Reports a shelter's current state (append-only). Staff of the shelter's town only. */
  reportShelterStatus: ShelterStatusReport;
  /** Asks another town for part of one of its lots (広域備蓄). Requested by the receiving town. */
  requestStockTransfer: StockTransfer;
  /** Retires a shelter: it leaves the lists but stays in history, and its id is never reused. */
  retireShelter: Shelter;
  /** Issues (level 3–5) or lifts (level null) the 警戒レベル for an area of the town. Staff of the town only. */
  setEvacuationAlert: EvacuationAlert;
  /** Records the town's response level. Staff of the town only. */
  setResponseStatus: ResponseStatus;
  /** Sets the quantity a town aims to hold of an item. */
  setStockTarget: StockCoverage;
  /** Marks an approved transfer as shipped (giving town). */
  shipStockTransfer: StockTransfer;
  /**
   * Changes a shelter. Staff of the owning town only; every field of the input replaces the stored one. A
   * `municipalityCode` other than the shelter's is refused (a shelter never changes town: retire it and create it
   * in the other town).
   */
  updateShelter: Shelter;
  /**
   * Withdraws an arrangement your town proposed, before the other town has decided: staff of the proposing town or
   * an admin. It never takes effect; the withdrawal appears in both towns' audit logs.
   */
  withdrawEvacuationArrangement: EvacuationArrangement;
};


export type MutationAddStockLotArgs = {
  input: StockLotInput;
};


export type MutationApproveStockTransferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateShelterArgs = {
  input: ShelterInput;
};


export type MutationCreateStockpileSiteArgs = {
  input: StockpileSiteInput;
};


export type MutationDecideEvacuationArrangementArgs = {
  input: DecideEvacuationArrangementInput;
};


export type MutationImportSheltersArgs = {
  contentBase64: Scalars['String']['input'];
  designation?: InputMaybe<ShelterDesignation>;
  fileName: Scalars['String']['input'];
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReceiveStockTransferArgs = {
  id: Scalars['ID']['input'];
  siteId: Scalars['ID']['input'];
};


export type MutationRecordDrillArgs = {
  input: DrillInput;
};


export type MutationRecordEvacuationArrangementArgs = {
  input: EvacuationArrangementInput;
};


export type MutationRejectStockTransferArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReportShelterStatusArgs = {
  input: ShelterStatusInput;
  shelterId: Scalars['ID']['input'];
};


export type MutationRequestStockTransferArgs = {
  lotId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
};


export type MutationRetireShelterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetEvacuationAlertArgs = {
  area: Scalars['String']['input'];
  level?: InputMaybe<Scalars['Int']['input']>;
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetResponseStatusArgs = {
  level: HeadquartersLevel;
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetStockTargetArgs = {
  itemId: Scalars['ID']['input'];
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
};


export type MutationShipStockTransferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateShelterArgs = {
  id: Scalars['ID']['input'];
  input: ShelterInput;
};


export type MutationWithdrawEvacuationArrangementArgs = {
  id: Scalars['ID']['input'];
};

/** Relay-style page information. */
export type PageInfo = {
  /** Cursor of the last item on this page; null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** ペット同行: whether people may bring their pets. */
export type PetPolicy =
  /** 同行避難: pets come along and are kept in a separate area. */
  | 'ACCOMPANIED'
  /** 同伴避難: pets stay with their owners. */
  | 'COHABITATION'
  /** Pets cannot come. */
  | 'NOT_ALLOWED';

export type Query = {
  /** Region totals of drills per calendar year, newest year first. */
  drillTotals: Array<DrillYearTotals>;
  /** Region totals of drills per fiscal year (年度, April to March: 2025 = April 2025 – March 2026), newest first. */
  drillTotalsByFiscalYear: Array<DrillFiscalYearTotals>;
  /**
   * Arrangements a town has with others (as origin or host), newest first, at most 200. By default only those in
   * effect (CONSENTED); ask for PROPOSED to see the proposals waiting for a decision.
   */
  evacuationArrangements: Array<EvacuationArrangement>;
  /** Lots with stock that expire within the given number of days (0–3650), soonest first, at most 200. */
  expiringStock: Array<StockLot>;
  /**
   * The region at a glance: every served town's response level, alerts and shelters (in the served order: the
   * agreement's parties first), in a constant number of SQL statements; the totals are over the towns listed.
   */
  regionalSituation: RegionalSituation;
  /** A town's response history (headquarters levels and alerts), newest first, at most 200 entries of each. */
  responseHistory: ResponseHistory;
  /** One shelter by id, retired ones included. Null when unknown. */
  shelter: Maybe<Shelter>;
  /** Shelters in service of one town, optionally only one list, or those safe for a hazard, ordered by id. */
  shelters: ShelterConnection;
  /** Shelters in service near a point, nearest first, with their distance; optionally only those safe for a hazard. */
  sheltersNear: Array<ShelterDistance>;
  /** Stock against targets per town and item (unexpired lots only), and the region per item. */
  stockCoverage: StockCoverageReport;
  /** Transfers a town gives or receives, newest first, at most 200. */
  stockTransfers: Array<StockTransfer>;
  /** The catalogue of supply items. */
  supplyItems: Array<SupplyItem>;
  /**
   * Where people of one town could go in the OTHER towns for a hazard: shelters designated for it, open or
   * not yet reported closed, nearest first in 1 km steps and, within a step, most free places first — as many
   * as it takes to cover the head count. Distances are from the centre of the town's own shelters.
   * People who need care (要配慮者: careHeadCount, part of the head count) are placed only in shelters that take
   * them (Shelter.acceptsPeopleNeedingCare: 要配慮者 受入, every 福祉避難所), in rank order, before anyone else is
   * placed there; the others fill any shelter, including what the care places leave. So a coordinator asks once for
   * the whole group (headCount 300, careHeadCount 25) and gets one plan in which no place is counted twice; with
   * careHeadCount equal to headCount only shelters that take people who need care are proposed.
   */
  wideAreaEvacuation: WideAreaEvacuationPlan;
};


export type QueryEvacuationArrangementsArgs = {
  municipalityCode: Scalars['String']['input'];
  statuses?: InputMaybe<Array<EvacuationArrangementStatus>>;
};


export type QueryExpiringStockArgs = {
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionalSituationArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryResponseHistoryArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryShelterArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySheltersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  designation?: InputMaybe<ShelterDesignation>;
  first?: InputMaybe<Scalars['Int']['input']>;
  hazard?: InputMaybe<Hazard>;
  municipalityCode: Scalars['String']['input'];
  needsCare?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySheltersNearArgs = {
  designation?: InputMaybe<ShelterDesignation>;
  first?: InputMaybe<Scalars['Int']['input']>;
  hazard?: InputMaybe<Hazard>;
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  needsCare?: InputMaybe<Scalars['Boolean']['input']>;
  radiusMetres?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryStockCoverageArgs = {
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStockTransfersArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryWideAreaEvacuationArgs = {
  careHeadCount?: InputMaybe<Scalars['Int']['input']>;
  fromMunicipalityCode: Scalars['String']['input'];
  hazard: Hazard;
  headCount: Scalars['Int']['input'];
};

/** The situation of the whole region. */
export type RegionalSituation = {
  /** Evacuees in the region. */
  evacuees: Scalars['Int']['output'];
  /** Shelters open in the region. */
  openShelters: Scalars['Int']['output'];
  /** Free places in open shelters with a known capacity. */
  remainingCapacity: Scalars['Int']['output'];
  /**
   * Free places in open shelters with a known capacity that take people who need care (要配慮者 受入, every
   * 福祉避難所): the part of remainingCapacity that people who need care can use.
   */
  remainingCareCapacity: Scalars['Int']['output'];
  /** Every party, in the order they signed. */
  towns: Array<TownSituation>;
};

/** A town's response history. */
export type ResponseHistory = {
  /** Alerts issued and lifted, newest first. */
  alerts: Array<EvacuationAlert>;
  /** Response levels, newest first. */
  statuses: Array<ResponseStatus>;
};

/** A recorded response level. */
export type ResponseStatus = {
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** The level. */
  level: HeadquartersLevel;
  /** Note. */
  note: Scalars['String']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['String']['output'];
};

/** A 指定緊急避難場所 or 指定避難所, owned by the municipality that designated it. */
export type Shelter = {
  /** 受入対象者 as the town wrote it (e.g. 要配慮者、高齢者、障害者). */
  acceptedPersons: Maybe<Scalars['String']['output']>;
  /** 要配慮者 受入: accepts people who need care (the elderly, disabled, pregnant, infants…); every 福祉避難所 does. */
  acceptsPeopleNeedingCare: Scalars['Boolean']['output'];
  /** その他市町村長が必要と認める事項 (国土地理院 指定避難所 data). */
  additionalMatters: Maybe<Scalars['String']['output']>;
  /** Address (住所). */
  address: Scalars['String']['output'];
  /** 方書: the part of the address after the lot number (building, floor). */
  addressDetail: Maybe<Scalars['String']['output']>;
  /** Planned capacity in persons (想定収容人数), where known. */
  capacity: Maybe<Scalars['Int']['output']>;
  /** Indoor part of the capacity, where the source gives one (e.g. 屋内191人／屋外0人). */
  capacityIndoor: Maybe<Scalars['Int']['output']>;
  /** The capacity as the source wrote it when it is not a plain number (then `capacity` may be empty). */
  capacityNote: Maybe<Scalars['String']['output']>;
  /** Outdoor part of the capacity, where the source gives one. */
  capacityOutdoor: Maybe<Scalars['Int']['output']>;
  /** The hazards for which the site is usable only under conditions (△ in files); never also in safeFor. */
  conditionallySafeFor: Array<Hazard>;
  /** The list this row belongs to. */
  designation: ShelterDesignation;
  /** Elevation in metres (標高), where known. */
  elevationMetres: Maybe<Scalars['Float']['output']>;
  /** Stable id; never reused, even after the shelter is retired. */
  id: Scalars['ID']['output'];
  /** Barrier-free (step-free access, accessible toilet); null when unknown. */
  isBarrierFree: Maybe<Scalars['Boolean']['output']>;
  /** Also designated as a 指定避難所 (指定避難所との重複). */
  isDesignatedShelter: Scalars['Boolean']['output'];
  /** Also a 指定緊急避難場所 (always true on that list; 指定緊急避難場所との重複 on the 指定避難所 list). */
  isEmergencySite: Scalars['Boolean']['output'];
  /** True once the municipality has retired the shelter; it stays for history. */
  isRetired: Scalars['Boolean']['output'];
  /** True for generated sample records, false for data a municipality loaded. */
  isSample: Scalars['Boolean']['output'];
  /** 福祉避難所 (指定福祉避難所 or by agreement). */
  isWelfareShelter: Scalars['Boolean']['output'];
  /** The most recent status report; null when none was ever made. */
  latestStatus: Maybe<ShelterStatusReport>;
  /** Location (WGS84); null where the source file gave none. */
  location: Maybe<GeoPoint>;
  /** The municipality that designated the shelter and alone may change it. */
  municipality: Municipality;
  /** Name (名称). */
  name: Scalars['String']['output'];
  /** Reading in katakana (名称_カナ), where known. */
  nameKana: Maybe<Scalars['String']['output']>;
  /** Notes (備考). */
  notes: Maybe<Scalars['String']['output']>;
  /** ペット同行; null when unknown. */
  petPolicy: Maybe<PetPolicy>;
  /** Phone number (電話番号). */
  phone: Maybe<Scalars['String']['output']>;
  /** Extension (内線番号). */
  phoneExtension: Maybe<Scalars['String']['output']>;
  /** The hazards the site is designated for (災害種別; ○ or 1 in files). */
  safeFor: Array<Hazard>;
  /**
   * The town's own identifier of the site, exactly as its file had it (ID / 共通ID / NO, e.g. `0012`, `A-3`); re-imports
   * match on it and the open-data files publish it unchanged. Null when the town gave none (a shelter created through
   * the API without one, or imported from a file without ids).
   */
  sourceId: Maybe<Scalars['String']['output']>;
  /** The neighbourhood associations it serves (対象となる町会・自治会). */
  targetCommunity: Maybe<Scalars['String']['output']>;
  /** Web page. */
  url: Maybe<Scalars['String']['output']>;
};

/** A page of shelters. */
export type ShelterConnection = {
  /** The shelters on this page with their cursors. */
  edges: Array<ShelterEdge>;
  /** The shelters on this page. */
  nodes: Array<Shelter>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** The two lists a town designates under 災害対策基本法; each has its own file, ids and open dataset. */
export type ShelterDesignation =
  /** 指定避難所: where to stay until returning home is safe (福祉避難所 among them). */
  | 'DESIGNATED_SHELTER'
  /** 指定緊急避難場所: where to flee from an imminent hazard (safe for the hazards listed). */
  | 'EMERGENCY_SITE';

/** A shelter and how far it is from the point asked about. */
export type ShelterDistance = {
  /** Great-circle distance in metres. */
  distanceMetres: Scalars['Float']['output'];
  /** The shelter. */
  shelter: Shelter;
};

/** A shelter with its cursor. */
export type ShelterEdge = {
  /** Pass as `after` to continue after this shelter. */
  cursor: Scalars['String']['output'];
  /** The shelter. */
  node: Shelter;
};

/** Layouts of shelter files. */
export type ShelterFileLayout =
  /** 国土地理院 指定緊急避難場所データ (per town, or national and prefectural files with 都道府県名及び市町村名). */
  | 'GSI'
  /** 国土地理院 指定避難所データ (受入対象者, その他市町村長が必要と認める事項). */
  | 'GSI_SHELTER'
  /** No known layout: every column recognised by its header (English headers included). */
  | 'NAMED_COLUMNS'
  /** 指定避難所一覧 in the 自治体標準 style (指定緊急避難場所との重複, 福祉避難所 columns), as published here. */
  | 'STANDARD_SHELTER'
  /** 自治体標準オープンデータセット 指定緊急避難場所一覧, v1 (26 columns). */
  | 'V1'
  /** 自治体標準オープンデータセット, v2 (39 columns, split address). */
  | 'V2';

/** What an import changed, town by town, and what it did not take. */
export type ShelterImportResult = {
  /** Shelters added, all towns together. */
  added: Scalars['Int']['output'];
  /** The list imported. */
  designation: ShelterDesignation;
  /** The text encoding recognised. */
  encoding: Scalars['String']['output'];
  /** The layout recognised from the header. */
  layout: ShelterFileLayout;
  /** Shelters retired because the file no longer lists them, all towns together. */
  retired: Scalars['Int']['output'];
  /** Rows of other towns, counted per town and not written (towns that are not parties named as such). */
  skipped: Array<SkippedShelterRows>;
  /** Each town written, with its counts. */
  towns: Array<ShelterImportTown>;
  /** Rows identical to what was stored, all towns together. */
  unchanged: Scalars['Int']['output'];
  /** Shelters changed (including retired ones that reappeared), all towns together. */
  updated: Scalars['Int']['output'];
  /** What the import did not take as written or at all: unknown columns, values read with a reading, … (at most 200). */
  warnings: Array<ShelterImportWarning>;
};

/** One town's part of an import. */
export type ShelterImportTown = {
  /** Shelters added. */
  added: Scalars['Int']['output'];
  /** The town. */
  municipality: Municipality;
  /** Shelters retired. */
  retired: Scalars['Int']['output'];
  /** Rows identical to what was stored. */
  unchanged: Scalars['Int']['output'];
  /** Shelters changed. */
  updated: Scalars['Int']['output'];
};

/** Something an import did not take as written; `line` 1 and a column for the whole column. */
export type ShelterImportWarning = {
  /** Column (1-based); 0 for the whole line. */
  column: Scalars['Int']['output'];
  /** Line of the file (1 is the header). */
  line: Scalars['Int']['output'];
  /** What happened. */
  message: Scalars['String']['output'];
};

/** A shelter as a town records it (create, or full replacement on update). */
export type ShelterInput = {
  /** 受入対象者, up to 500 characters. */
  acceptedPersons?: InputMaybe<Scalars['String']['input']>;
  /** 要配慮者 受入 (a 福祉避難所 always; defaults to isWelfareShelter). */
  acceptsPeopleNeedingCare?: InputMaybe<Scalars['Boolean']['input']>;
  /** その他市町村長が必要と認める事項, up to 1000 characters. */
  additionalMatters?: InputMaybe<Scalars['String']['input']>;
  /** Address (1–300 characters). */
  address: Scalars['String']['input'];
  /** 方書. */
  addressDetail?: InputMaybe<Scalars['String']['input']>;
  /** Capacity in persons; when omitted, the sum of the indoor and outdoor parts. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Indoor capacity in persons. */
  capacityIndoor?: InputMaybe<Scalars['Int']['input']>;
  /** The capacity as written, when it is not a plain number (up to 200 characters). */
  capacityNote?: InputMaybe<Scalars['String']['input']>;
  /** Outdoor capacity in persons. */
  capacityOutdoor?: InputMaybe<Scalars['Int']['input']>;
  /** The hazards it is usable for only under conditions (△); none of safeFor. */
  conditionallySafeFor?: InputMaybe<Array<Hazard>>;
  /** The list (default 指定緊急避難場所). */
  designation?: InputMaybe<ShelterDesignation>;
  /** Elevation in metres. */
  elevationMetres?: InputMaybe<Scalars['Float']['input']>;
  /** Barrier-free; omit when unknown. */
  isBarrierFree?: InputMaybe<Scalars['Boolean']['input']>;
  /** Also a 指定避難所 (on the 指定緊急避難場所 list). */
  isDesignatedShelter?: InputMaybe<Scalars['Boolean']['input']>;
  /** Also a 指定緊急避難場所 (on the 指定避難所 list). */
  isEmergencySite?: InputMaybe<Scalars['Boolean']['input']>;
  /** 福祉避難所. */
  isWelfareShelter?: InputMaybe<Scalars['Boolean']['input']>;
  /** Latitude (WGS84); give both coordinates or neither. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude (WGS84); give both coordinates or neither. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Owning municipality; defaults to the caller's. Editors may only name their own; on update only the shelter's own. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** Name (1–200 characters). */
  name: Scalars['String']['input'];
  /** Reading in katakana. */
  nameKana?: InputMaybe<Scalars['String']['input']>;
  /** Notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** ペット同行; omit when unknown. */
  petPolicy?: InputMaybe<PetPolicy>;
  /** Phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Extension. */
  phoneExtension?: InputMaybe<Scalars['String']['input']>;
  /** The hazards it is designated for. */
  safeFor?: InputMaybe<Array<Hazard>>;
  /** The town's identifier of the site, unique within the town (1–100 characters). */
  sourceId?: InputMaybe<Scalars['String']['input']>;
  /** Neighbourhood associations served. */
  targetCommunity?: InputMaybe<Scalars['String']['input']>;
  /** Web page (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A shelter's state at one moment. */
export type ShelterStatusInput = {
  /** People present (0–100 000). */
  evacuees: Scalars['Int']['input'];
  /** Households present, where counted. */
  households?: InputMaybe<Scalars['Int']['input']>;
  /** Whether the shelter is open. */
  isOpen: Scalars['Boolean']['input'];
  /** Needs (supplies, care), up to 1000 characters. */
  needs?: InputMaybe<Scalars['String']['input']>;
};

/** One status report of a shelter. */
export type ShelterStatusReport = {
  /** How crowded, from the occupancy. */
  congestion: CongestionLevel;
  /** People present. */
  evacuees: Scalars['Int']['output'];
  /** Households present, where counted. */
  households: Maybe<Scalars['Int']['output']>;
  /** Whether the shelter was open. */
  isOpen: Scalars['Boolean']['output'];
  /** Needs reported. */
  needs: Scalars['String']['output'];
  /** Evacuees divided by capacity; null when the capacity is unknown. */
  occupancyRate: Maybe<Scalars['Float']['output']>;
  /** When it was reported. */
  reportedAt: Scalars['String']['output'];
};

/** The rows of one town that an import did not write. */
export type SkippedShelterRows = {
  /**
   * False for towns the platform does not serve. (Named for the nine-party platform: a town of another 圏域 the
   * platform serves counts as a party here.)
   */
  isParty: Scalars['Boolean']['output'];
  /** The town's code, when the file gives one. */
  municipalityCode: Maybe<Scalars['String']['output']>;
  /** The town's name, when known. */
  name: Maybe<Scalars['String']['output']>;
  /** Why they were not written. */
  reason: Scalars['String']['output'];
  /** How many rows. */
  rows: Scalars['Int']['output'];
};

/** Stock of one item against the target, for a town or (municipality null) the region. */
export type StockCoverage = {
  /** quantity / target; null without a target. */
  coverageRatio: Maybe<Scalars['Float']['output']>;
  /** The item. */
  item: SupplyItem;
  /** Of which held at joint (共同備蓄) sites. */
  jointQuantity: Scalars['Int']['output'];
  /** The town; null for the region's total. */
  municipality: Maybe<Municipality>;
  /** Unexpired quantity held. */
  quantity: Scalars['Int']['output'];
  /** The target quantity; null when none is set. */
  target: Maybe<Scalars['Int']['output']>;
};

/** Coverage per town and item, and per item for the region. */
export type StockCoverageReport = {
  /** One row per item: the sums over the towns in `towns`. */
  region: Array<StockCoverage>;
  /** One row per town and item that has stock or a target. */
  towns: Array<StockCoverage>;
};

/** A quantity of one item at one site. */
export type StockLot = {
  /** Expiry (ISO 8601 date); null for items that do not expire. */
  expiresOn: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** The item. */
  item: SupplyItem;
  /** Quantity in the item's unit. */
  quantity: Scalars['Int']['output'];
  /** Where it is kept. */
  site: StockpileSite;
};

/** A new lot. */
export type StockLotInput = {
  /** Expiry (YYYY-MM-DD). */
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  /** A catalogue item. */
  itemId: Scalars['ID']['input'];
  /** Quantity, 0 or more. */
  quantity: Scalars['Int']['input'];
  /** A site of the caller's town. */
  siteId: Scalars['ID']['input'];
};

/** A request to move stock between towns. */
export type StockTransfer = {
  /** The giving town. */
  from: Municipality;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The item. */
  item: SupplyItem;
  /** The lot it draws from. */
  lot: StockLot;
  /** Note. */
  note: Scalars['String']['output'];
  /** Quantity. */
  quantity: Scalars['Int']['output'];
  /** When it was requested. */
  requestedAt: Scalars['String']['output'];
  /** Where the request stands. */
  status: TransferStatus;
  /** The receiving town. */
  to: Municipality;
};

/** A place where a town keeps stock. */
export type StockpileSite = {
  /** Address. */
  address: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Holds the region's joint stock (共同備蓄). */
  isJoint: Scalars['Boolean']['output'];
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** Its lots with stock, soonest expiry first. */
  lots: Array<StockLot>;
  /** The owning town. */
  municipality: Municipality;
  /** Name. */
  name: Scalars['String']['output'];
};

/** A new stockpile site. */
export type StockpileSiteInput = {
  /** Address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Holds joint stock. */
  isJoint?: InputMaybe<Scalars['Boolean']['input']>;
  /** Owning town; defaults to the caller's. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1–200 characters. */
  name: Scalars['String']['input'];
};

/** A kind of supply. */
export type SupplyItem = {
  /** Category: 防寒着, 段ボールベッド, 食料, 飲料水, 生活必需品 or 避難所資機材. */
  category: Scalars['String']['output'];
  /** Stable id, e.g. `blanket`. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 毛布. */
  name: Scalars['String']['output'];
  /** Unit of count, e.g. 枚. */
  unit: Scalars['String']['output'];
};

/** One town's situation. */
export type TownSituation = {
  /** Alerts in force (level 3–5), per area. */
  activeAlerts: Array<EvacuationAlert>;
  /** Evacuees in its open shelters. */
  evacuees: Scalars['Int']['output'];
  /** Its current response level (NONE when never set). */
  headquartersLevel: HeadquartersLevel;
  /** The highest alert level in force; null when none. */
  highestAlertLevel: Maybe<Scalars['Int']['output']>;
  /** Time of its latest shelter report; null when none. */
  latestReportAt: Maybe<Scalars['String']['output']>;
  /** The town. */
  municipality: Municipality;
  /** Shelters whose latest report says open. */
  openShelters: Scalars['Int']['output'];
  /** Free places in its open shelters with a known capacity. */
  remainingCapacity: Scalars['Int']['output'];
  /**
   * Free places in its open shelters with a known capacity that take people who need care (要配慮者 受入, every
   * 福祉避難所): the part of remainingCapacity that people who need care can use.
   */
  remainingCareCapacity: Scalars['Int']['output'];
};

/** Where a transfer stands. */
export type TransferStatus =
  /** Approved by the giving town; the quantity has left the lot. */
  | 'APPROVED'
  /** Arrived and stored by the receiving town. */
  | 'RECEIVED'
  /** Refused by the giving town. */
  | 'REJECTED'
  /** Asked for by the receiving town. */
  | 'REQUESTED'
  /** On its way. */
  | 'SHIPPED';

/** Shelters in other towns for a wide-area evacuation. */
export type WideAreaEvacuationPlan = {
  /** The shelters, in rank order, until the head count is covered. */
  candidates: Array<EvacuationCandidate>;
  /** Free places the candidates that take people who need care offer together (part of places). */
  carePlaces: Scalars['Int']['output'];
  /** True when the candidates that take people who need care have room for all of careHeadCount. */
  coversCareHeadCount: Scalars['Boolean']['output'];
  /** True when the candidates can take everyone, those who need care in shelters that take them. */
  coversHeadCount: Scalars['Boolean']['output'];
  /** Free places the candidates offer together. */
  places: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Initiative: Initiative;
  Municipality: Municipality;
  Shelter: Shelter;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Initiative:
    ( { __typename: 'Initiative' }
    & GraphQLRecursivePick<FederationTypes['Initiative'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"code":true}> );
  Shelter:
    ( { __typename: 'Shelter' }
    & GraphQLRecursivePick<FederationTypes['Shelter'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CongestionLevel: CongestionLevel;
  DecideEvacuationArrangementInput: DecideEvacuationArrangementInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Drill: ResolverTypeWrapper<DrillModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DrillConnection: ResolverTypeWrapper<CountedLazily<Omit<DrillConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DrillEdge']>, nodes: Array<ResolversTypes['Drill']> }>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DrillEdge: ResolverTypeWrapper<Omit<DrillEdge, 'node'> & { node: ResolversTypes['Drill'] }>;
  DrillFiscalYearTotals: ResolverTypeWrapper<DrillFiscalYearTotals>;
  DrillInput: DrillInput;
  DrillKind: DrillKind;
  DrillParticipants: ResolverTypeWrapper<DrillParticipants>;
  DrillYearTotals: ResolverTypeWrapper<DrillYearTotals>;
  EvacuationAlert: ResolverTypeWrapper<EvacuationAlertModel>;
  EvacuationArrangement: ResolverTypeWrapper<EvacuationArrangementModel>;
  EvacuationArrangementDecision: EvacuationArrangementDecision;
  EvacuationArrangementInput: EvacuationArrangementInput;
  EvacuationArrangementStatus: EvacuationArrangementStatus;
  EvacuationCandidate: ResolverTypeWrapper<Omit<EvacuationCandidate, 'shelter'> & { shelter: ResolversTypes['Shelter'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Hazard: Hazard;
  HeadquartersLevel: HeadquartersLevel;
  Initiative: ResolverTypeWrapper<InitiativeModel>;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PetPolicy: PetPolicy;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegionalSituation: ResolverTypeWrapper<Omit<RegionalSituation, 'towns'> & { towns: Array<ResolversTypes['TownSituation']> }>;
  ResponseHistory: ResolverTypeWrapper<Omit<ResponseHistory, 'alerts' | 'statuses'> & { alerts: Array<ResolversTypes['EvacuationAlert']>, statuses: Array<ResolversTypes['ResponseStatus']> }>;
  ResponseStatus: ResolverTypeWrapper<ResponseStatusModel>;
  Shelter: ResolverTypeWrapper<ShelterModel>;
  ShelterConnection: ResolverTypeWrapper<CountedLazily<Omit<ShelterConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ShelterEdge']>, nodes: Array<ResolversTypes['Shelter']> }>>;
  ShelterDesignation: ShelterDesignation;
  ShelterDistance: ResolverTypeWrapper<Omit<ShelterDistance, 'shelter'> & { shelter: ResolversTypes['Shelter'] }>;
  ShelterEdge: ResolverTypeWrapper<Omit<ShelterEdge, 'node'> & { node: ResolversTypes['Shelter'] }>;
  ShelterFileLayout: ShelterFileLayout;
  ShelterImportResult: ResolverTypeWrapper<Omit<ShelterImportResult, 'towns'> & { towns: Array<ResolversTypes['ShelterImportTown']> }>;
  ShelterImportTown: ResolverTypeWrapper<Omit<ShelterImportTown, 'municipality'> & { municipality: ResolversTypes['Municipality'] }>;
  ShelterImportWarning: ResolverTypeWrapper<ShelterImportWarning>;
  ShelterInput: ShelterInput;
  ShelterStatusInput: ShelterStatusInput;
  ShelterStatusReport: ResolverTypeWrapper<ShelterStatusReportModel>;
  SkippedShelterRows: ResolverTypeWrapper<SkippedShelterRows>;
  StockCoverage: ResolverTypeWrapper<StockCoverageModel>;
  StockCoverageReport: ResolverTypeWrapper<Omit<StockCoverageReport, 'region' | 'towns'> & { region: Array<ResolversTypes['StockCoverage']>, towns: Array<ResolversTypes['StockCoverage']> }>;
  StockLot: ResolverTypeWrapper<StockLotModel>;
  StockLotInput: StockLotInput;
  StockTransfer: ResolverTypeWrapper<StockTransferModel>;
  StockpileSite: ResolverTypeWrapper<StockpileSiteModel>;
  StockpileSiteInput: StockpileSiteInput;
  SupplyItem: ResolverTypeWrapper<SupplyItemModel>;
  TownSituation: ResolverTypeWrapper<Omit<TownSituation, 'activeAlerts' | 'municipality'> & { activeAlerts: Array<ResolversTypes['EvacuationAlert']>, municipality: ResolversTypes['Municipality'] }>;
  TransferStatus: TransferStatus;
  WideAreaEvacuationPlan: ResolverTypeWrapper<Omit<WideAreaEvacuationPlan, 'candidates'> & { candidates: Array<ResolversTypes['EvacuationCandidate']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DecideEvacuationArrangementInput: DecideEvacuationArrangementInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Drill: DrillModel;
  Boolean: Scalars['Boolean']['output'];
  DrillConnection: CountedLazily<Omit<DrillConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DrillEdge']>, nodes: Array<ResolversParentTypes['Drill']> }>;
  Int: Scalars['Int']['output'];
  DrillEdge: Omit<DrillEdge, 'node'> & { node: ResolversParentTypes['Drill'] };
  DrillFiscalYearTotals: DrillFiscalYearTotals;
  DrillInput: DrillInput;
  DrillParticipants: DrillParticipants;
  DrillYearTotals: DrillYearTotals;
  EvacuationAlert: EvacuationAlertModel;
  EvacuationArrangement: EvacuationArrangementModel;
  EvacuationArrangementInput: EvacuationArrangementInput;
  EvacuationCandidate: Omit<EvacuationCandidate, 'shelter'> & { shelter: ResolversParentTypes['Shelter'] };
  Float: Scalars['Float']['output'];
  GeoPoint: GeoPoint;
  Initiative: InitiativeModel;
  Municipality: MunicipalityModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RegionalSituation: Omit<RegionalSituation, 'towns'> & { towns: Array<ResolversParentTypes['TownSituation']> };
  ResponseHistory: Omit<ResponseHistory, 'alerts' | 'statuses'> & { alerts: Array<ResolversParentTypes['EvacuationAlert']>, statuses: Array<ResolversParentTypes['ResponseStatus']> };
  ResponseStatus: ResponseStatusModel;
  Shelter: ShelterModel;
  ShelterConnection: CountedLazily<Omit<ShelterConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ShelterEdge']>, nodes: Array<ResolversParentTypes['Shelter']> }>;
  ShelterDistance: Omit<ShelterDistance, 'shelter'> & { shelter: ResolversParentTypes['Shelter'] };
  ShelterEdge: Omit<ShelterEdge, 'node'> & { node: ResolversParentTypes['Shelter'] };
  ShelterImportResult: Omit<ShelterImportResult, 'towns'> & { towns: Array<ResolversParentTypes['ShelterImportTown']> };
  ShelterImportTown: Omit<ShelterImportTown, 'municipality'> & { municipality: ResolversParentTypes['Municipality'] };
  ShelterImportWarning: ShelterImportWarning;
  ShelterInput: ShelterInput;
  ShelterStatusInput: ShelterStatusInput;
  ShelterStatusReport: ShelterStatusReportModel;
  SkippedShelterRows: SkippedShelterRows;
  StockCoverage: StockCoverageModel;
  StockCoverageReport: Omit<StockCoverageReport, 'region' | 'towns'> & { region: Array<ResolversParentTypes['StockCoverage']>, towns: Array<ResolversParentTypes['StockCoverage']> };
  StockLot: StockLotModel;
  StockLotInput: StockLotInput;
  StockTransfer: StockTransferModel;
  StockpileSite: StockpileSiteModel;
  StockpileSiteInput: StockpileSiteInput;
  SupplyItem: SupplyItemModel;
  TownSituation: Omit<TownSituation, 'activeAlerts' | 'municipality'> & { activeAlerts: Array<ResolversParentTypes['EvacuationAlert']>, municipality: ResolversParentTypes['Municipality'] };
  WideAreaEvacuationPlan: Omit<WideAreaEvacuationPlan, 'candidates'> & { candidates: Array<ResolversParentTypes['EvacuationCandidate']> };
};

export type DrillResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['Drill'] = ResolversParentTypes['Drill']> = {
  heldOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DrillKind'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['DrillParticipants'], ParentType, ContextType>;
  participatingMunicipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DrillConnectionResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['DrillConnection'] = ResolversParentTypes['DrillConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DrillEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Drill']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DrillEdgeResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['DrillEdge'] = ResolversParentTypes['DrillEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Drill'], ParentType, ContextType>;
};

export type DrillFiscalYearTotalsResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['DrillFiscalYearTotals'] = ResolversParentTypes['DrillFiscalYearTotals']> = {
  drills?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['DrillParticipants'], ParentType, ContextType>;
  sampleDrills?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DrillParticipantsResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['DrillParticipants'] = ResolversParentTypes['DrillParticipants']> = {
  residents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DrillYearTotalsResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['DrillYearTotals'] = ResolversParentTypes['DrillYearTotals']> = {
  drills?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['DrillParticipants'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvacuationAlertResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['EvacuationAlert'] = ResolversParentTypes['EvacuationAlert']> = {
  area?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvacuationArrangementResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['EvacuationArrangement'] = ResolversParentTypes['EvacuationArrangement']> = {
  agreedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consentingTown?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  hazard?: Resolver<Maybe<ResolversTypes['Hazard']>, ParentType, ContextType>;
  headCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inEffect?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EvacuationArrangementStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
};

export type EvacuationCandidateResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['EvacuationCandidate'] = ResolversParentTypes['EvacuationCandidate']> = {
  careAssigned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distanceMetres?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remainingCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shelter?: Resolver<ResolversTypes['Shelter'], ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type InitiativeResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative'], FederationReferenceType extends FederationReferenceTypes['Initiative'] = FederationReferenceTypes['Initiative']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Initiative']> | FederationReferenceType, FederationReferenceType, ContextType>;
  drills?: Resolver<ResolversTypes['DrillConnection'], ParentType, ContextType, RequireFields<InitiativeDrillsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responseHistory?: Resolver<ResolversTypes['ResponseHistory'], ParentType, ContextType>;
  shelters?: Resolver<ResolversTypes['ShelterConnection'], ParentType, ContextType, RequireFields<MunicipalitySheltersArgs, 'first'>>;
  stockpileSites?: Resolver<Array<ResolversTypes['StockpileSite']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addStockLot?: Resolver<ResolversTypes['StockLot'], ParentType, ContextType, RequireFields<MutationAddStockLotArgs, 'input'>>;
  approveStockTransfer?: Resolver<ResolversTypes['StockTransfer'], ParentType, ContextType, RequireFields<MutationApproveStockTransferArgs, 'id'>>;
  createShelter?: Resolver<ResolversTypes['Shelter'], ParentType, ContextType, RequireFields<MutationCreateShelterArgs, 'input'>>;
  createStockpileSite?: Resolver<ResolversTypes['StockpileSite'], ParentType, ContextType, RequireFields<MutationCreateStockpileSiteArgs, 'input'>>;
  decideEvacuationArrangement?: Resolver<ResolversTypes['EvacuationArrangement'], ParentType, ContextType, RequireFields<MutationDecideEvacuationArrangementArgs, 'input'>>;
  importShelters?: Resolver<ResolversTypes['ShelterImportResult'], ParentType, ContextType, RequireFields<MutationImportSheltersArgs, 'contentBase64' | 'designation' | 'fileName'>>;
  receiveStockTransfer?: Resolver<ResolversTypes['StockTransfer'], ParentType, ContextType, RequireFields<MutationReceiveStockTransferArgs, 'id' | 'siteId'>>;
  recordDrill?: Resolver<ResolversTypes['Drill'], ParentType, ContextType, RequireFields<MutationRecordDrillArgs, 'input'>>;
  recordEvacuationArrangement?: Resolver<ResolversTypes['EvacuationArrangement'], ParentType, ContextType, RequireFields<MutationRecordEvacuationArrangementArgs, 'input'>>;
  rejectStockTransfer?: Resolver<ResolversTypes['StockTransfer'], ParentType, ContextType, RequireFields<MutationRejectStockTransferArgs, 'id'>>;
  reportShelterStatus?: Resolver<ResolversTypes['ShelterStatusReport'], ParentType, ContextType, RequireFields<MutationReportShelterStatusArgs, 'input' | 'shelterId'>>;
  requestStockTransfer?: Resolver<ResolversTypes['StockTransfer'], ParentType, ContextType, RequireFields<MutationRequestStockTransferArgs, 'lotId' | 'quantity'>>;
  retireShelter?: Resolver<ResolversTypes['Shelter'], ParentType, ContextType, RequireFields<MutationRetireShelterArgs, 'id'>>;
  setEvacuationAlert?: Resolver<ResolversTypes['EvacuationAlert'], ParentType, ContextType, RequireFields<MutationSetEvacuationAlertArgs, 'area'>>;
  setResponseStatus?: Resolver<ResolversTypes['ResponseStatus'], ParentType, ContextType, RequireFields<MutationSetResponseStatusArgs, 'level'>>;
  setStockTarget?: Resolver<ResolversTypes['StockCoverage'], ParentType, ContextType, RequireFields<MutationSetStockTargetArgs, 'itemId' | 'quantity'>>;
  shipStockTransfer?: Resolver<ResolversTypes['StockTransfer'], ParentType, ContextType, RequireFields<MutationShipStockTransferArgs, 'id'>>;
  updateShelter?: Resolver<ResolversTypes['Shelter'], ParentType, ContextType, RequireFields<MutationUpdateShelterArgs, 'id' | 'input'>>;
  withdrawEvacuationArrangement?: Resolver<ResolversTypes['EvacuationArrangement'], ParentType, ContextType, RequireFields<MutationWithdrawEvacuationArrangementArgs, 'id'>>;
};

export type PageInfoResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  drillTotals?: Resolver<Array<ResolversTypes['DrillYearTotals']>, ParentType, ContextType>;
  drillTotalsByFiscalYear?: Resolver<Array<ResolversTypes['DrillFiscalYearTotals']>, ParentType, ContextType>;
  evacuationArrangements?: Resolver<Array<ResolversTypes['EvacuationArrangement']>, ParentType, ContextType, RequireFields<QueryEvacuationArrangementsArgs, 'municipalityCode' | 'statuses'>>;
  expiringStock?: Resolver<Array<ResolversTypes['StockLot']>, ParentType, ContextType, RequireFields<QueryExpiringStockArgs, 'withinDays'>>;
  regionalSituation?: Resolver<ResolversTypes['RegionalSituation'], ParentType, ContextType, Partial<QueryRegionalSituationArgs>>;
  responseHistory?: Resolver<ResolversTypes['ResponseHistory'], ParentType, ContextType, RequireFields<QueryResponseHistoryArgs, 'municipalityCode'>>;
  shelter?: Resolver<Maybe<ResolversTypes['Shelter']>, ParentType, ContextType, RequireFields<QueryShelterArgs, 'id'>>;
  shelters?: Resolver<ResolversTypes['ShelterConnection'], ParentType, ContextType, RequireFields<QuerySheltersArgs, 'first' | 'municipalityCode' | 'needsCare'>>;
  sheltersNear?: Resolver<Array<ResolversTypes['ShelterDistance']>, ParentType, ContextType, RequireFields<QuerySheltersNearArgs, 'first' | 'latitude' | 'longitude' | 'needsCare' | 'radiusMetres'>>;
  stockCoverage?: Resolver<ResolversTypes['StockCoverageReport'], ParentType, ContextType, Partial<QueryStockCoverageArgs>>;
  stockTransfers?: Resolver<Array<ResolversTypes['StockTransfer']>, ParentType, ContextType, RequireFields<QueryStockTransfersArgs, 'municipalityCode'>>;
  supplyItems?: Resolver<Array<ResolversTypes['SupplyItem']>, ParentType, ContextType>;
  wideAreaEvacuation?: Resolver<ResolversTypes['WideAreaEvacuationPlan'], ParentType, ContextType, RequireFields<QueryWideAreaEvacuationArgs, 'careHeadCount' | 'fromMunicipalityCode' | 'hazard' | 'headCount'>>;
};

export type RegionalSituationResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['RegionalSituation'] = ResolversParentTypes['RegionalSituation']> = {
  evacuees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openShelters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingCareCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  towns?: Resolver<Array<ResolversTypes['TownSituation']>, ParentType, ContextType>;
};

export type ResponseHistoryResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['ResponseHistory'] = ResolversParentTypes['ResponseHistory']> = {
  alerts?: Resolver<Array<ResolversTypes['EvacuationAlert']>, ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['ResponseStatus']>, ParentType, ContextType>;
};

export type ResponseStatusResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['ResponseStatus'] = ResolversParentTypes['ResponseStatus']> = {
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['HeadquartersLevel'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ShelterResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['Shelter'] = ResolversParentTypes['Shelter'], FederationReferenceType extends FederationReferenceTypes['Shelter'] = FederationReferenceTypes['Shelter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Shelter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedPersons?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  acceptsPeopleNeedingCare?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  additionalMatters?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  addressDetail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  capacityIndoor?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  capacityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacityOutdoor?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  conditionallySafeFor?: Resolver<Array<ResolversTypes['Hazard']>, ParentType, ContextType>;
  designation?: Resolver<ResolversTypes['ShelterDesignation'], ParentType, ContextType>;
  elevationMetres?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isBarrierFree?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isDesignatedShelter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isEmergencySite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isRetired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isWelfareShelter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latestStatus?: Resolver<Maybe<ResolversTypes['ShelterStatusReport']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameKana?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  petPolicy?: Resolver<Maybe<ResolversTypes['PetPolicy']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phoneExtension?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  safeFor?: Resolver<Array<ResolversTypes['Hazard']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetCommunity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ShelterConnectionResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['ShelterConnection'] = ResolversParentTypes['ShelterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ShelterEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Shelter']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ShelterDistanceResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['ShelterDistance'] = ResolversParentTypes['ShelterDistance']> = {
  distanceMetres?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shelter?: Resolver<ResolversTypes['Shelter'], ParentType, ContextType>;
};

export type ShelterEdgeResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['ShelterEdge'] = ResolversParentTypes['ShelterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Shelter'], ParentType, ContextType>;
};

export type ShelterImportResultResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['ShelterImportResult'] = ResolversParentTypes['ShelterImportResult']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  designation?: Resolver<ResolversTypes['ShelterDesignation'], ParentType, ContextType>;
  encoding?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  layout?: Resolver<ResolversTypes['ShelterFileLayout'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedShelterRows']>, ParentType, ContextType>;
  towns?: Resolver<Array<ResolversTypes['ShelterImportTown']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ShelterImportWarning']>, ParentType, ContextType>;
};

export type ShelterImportTownResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['ShelterImportTown'] = ResolversParentTypes['ShelterImportTown']> = {
  added?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ShelterImportWarningResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['ShelterImportWarning'] = ResolversParentTypes['ShelterImportWarning']> = {
  column?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ShelterStatusReportResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['ShelterStatusReport'] = ResolversParentTypes['ShelterStatusReport']> = {
  congestion?: Resolver<ResolversTypes['CongestionLevel'], ParentType, ContextType>;
  evacuees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  households?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  needs?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupancyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SkippedShelterRowsResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['SkippedShelterRows'] = ResolversParentTypes['SkippedShelterRows']> = {
  isParty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  municipalityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StockCoverageResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['StockCoverage'] = ResolversParentTypes['StockCoverage']> = {
  coverageRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  item?: Resolver<ResolversTypes['SupplyItem'], ParentType, ContextType>;
  jointQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type StockCoverageReportResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['StockCoverageReport'] = ResolversParentTypes['StockCoverageReport']> = {
  region?: Resolver<Array<ResolversTypes['StockCoverage']>, ParentType, ContextType>;
  towns?: Resolver<Array<ResolversTypes['StockCoverage']>, ParentType, ContextType>;
};

export type StockLotResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['StockLot'] = ResolversParentTypes['StockLot']> = {
  expiresOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['SupplyItem'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  site?: Resolver<ResolversTypes['StockpileSite'], ParentType, ContextType>;
};

export type StockTransferResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['StockTransfer'] = ResolversParentTypes['StockTransfer']> = {
  from?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['SupplyItem'], ParentType, ContextType>;
  lot?: Resolver<ResolversTypes['StockLot'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TransferStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
};

export type StockpileSiteResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['StockpileSite'] = ResolversParentTypes['StockpileSite']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isJoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lots?: Resolver<Array<ResolversTypes['StockLot']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupplyItemResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['SupplyItem'] = ResolversParentTypes['SupplyItem']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TownSituationResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['TownSituation'] = ResolversParentTypes['TownSituation']> = {
  activeAlerts?: Resolver<Array<ResolversTypes['EvacuationAlert']>, ParentType, ContextType>;
  evacuees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  headquartersLevel?: Resolver<ResolversTypes['HeadquartersLevel'], ParentType, ContextType>;
  highestAlertLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  latestReportAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  openShelters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remainingCareCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WideAreaEvacuationPlanResolvers<ContextType = DisasterContext, ParentType extends ResolversParentTypes['WideAreaEvacuationPlan'] = ResolversParentTypes['WideAreaEvacuationPlan']> = {
  candidates?: Resolver<Array<ResolversTypes['EvacuationCandidate']>, ParentType, ContextType>;
  carePlaces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coversCareHeadCount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  coversHeadCount?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = DisasterContext> = {
  Drill?: DrillResolvers<ContextType>;
  DrillConnection?: DrillConnectionResolvers<ContextType>;
  DrillEdge?: DrillEdgeResolvers<ContextType>;
  DrillFiscalYearTotals?: DrillFiscalYearTotalsResolvers<ContextType>;
  DrillParticipants?: DrillParticipantsResolvers<ContextType>;
  DrillYearTotals?: DrillYearTotalsResolvers<ContextType>;
  EvacuationAlert?: EvacuationAlertResolvers<ContextType>;
  EvacuationArrangement?: EvacuationArrangementResolvers<ContextType>;
  EvacuationCandidate?: EvacuationCandidateResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegionalSituation?: RegionalSituationResolvers<ContextType>;
  ResponseHistory?: ResponseHistoryResolvers<ContextType>;
  ResponseStatus?: ResponseStatusResolvers<ContextType>;
  Shelter?: ShelterResolvers<ContextType>;
  ShelterConnection?: ShelterConnectionResolvers<ContextType>;
  ShelterDistance?: ShelterDistanceResolvers<ContextType>;
  ShelterEdge?: ShelterEdgeResolvers<ContextType>;
  ShelterImportResult?: ShelterImportResultResolvers<ContextType>;
  ShelterImportTown?: ShelterImportTownResolvers<ContextType>;
  ShelterImportWarning?: ShelterImportWarningResolvers<ContextType>;
  ShelterStatusReport?: ShelterStatusReportResolvers<ContextType>;
  SkippedShelterRows?: SkippedShelterRowsResolvers<ContextType>;
  StockCoverage?: StockCoverageResolvers<ContextType>;
  StockCoverageReport?: StockCoverageReportResolvers<ContextType>;
  StockLot?: StockLotResolvers<ContextType>;
  StockTransfer?: StockTransferResolvers<ContextType>;
  StockpileSite?: StockpileSiteResolvers<ContextType>;
  SupplyItem?: SupplyItemResolvers<ContextType>;
  TownSituation?: TownSituationResolvers<ContextType>;
  WideAreaEvacuationPlan?: WideAreaEvacuationPlanResolvers<ContextType>;
};

