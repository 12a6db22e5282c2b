import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PilotModel, PilotStatusChangeModel } from '../subgraphs/ict/pilots/pilots.model.js';
import type { ProcurementGroupModel, SystemMatrixCellModel, SystemMatrixRowModel, SystemMatrixModel } from '../subgraphs/ict/procurement/procurement.model.js';
import type { RegionalIssueModel } from '../subgraphs/ict/regional-issues/regional-issues.model.js';
import type { SharedCaseModel } from '../subgraphs/ict/shared-cases/shared-cases.model.js';
import type { InformationSystemModel, SystemContractModel } from '../subgraphs/ict/systems/systems.model.js';
import type { MunicipalityModel, InitiativeModel } from '../lib/graphql/entity-refs.js';
import type { CountedLazily } from '../lib/graphql/pagination.js';
import type { IctContext } from '../subgraphs/ict/context.js';
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
  /**
   * An amount of money in whole yen, serialised as a JSON number that is always a safe integer (at most
   * 9,007,199,254,740,991 in absolute value), so sums over 2^31 yen never overflow as a 32-bit Int would. Accepted as
   * input: a JSON integer or a decimal string such as "2147483648".
   */
  Yen: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A new pilot. */
export type CreatePilotInput = {
  /** The 取組内容 line of the ICT field it serves, e.g. `ict-3`. */
  initiativeId: Scalars['ID']['input'];
  /** Owning municipality; defaults to the caller's. Editors may only name their own. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** Companies taking part. */
  partnerCompanies?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Codes of other towns taking part. */
  partnerMunicipalityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** First day (YYYY-MM-DD). */
  startedOn?: InputMaybe<Scalars['String']['input']>;
  /** Status at creation (default CONSIDERING). */
  status?: InputMaybe<PilotStatus>;
  /** The business it targets. */
  targetBusiness?: InputMaybe<Scalars['String']['input']>;
  /** Technology, e.g. RPA, AI-OCR (1–100 characters). */
  technology: Scalars['String']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** A new regional issue. */
export type CreateRegionalIssueInput = {
  /** Description, up to 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** A new shared case. */
export type CreateSharedCaseInput = {
  /** Links (http or https, up to 10). */
  links?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The town it belongs to (editors: their own); omit for a region-wide case (coordinator only). */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** Where the case comes from (up to 200 characters). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Summary, up to 4000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Tags (up to 20, each 1–50 characters). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** A new system entry. */
export type CreateSystemInput = {
  /** The business, ideally one of `standardBusinesses` (1–100 characters). */
  business: Scalars['String']['input'];
  /** Last day of the current contract (YYYY-MM-DD). */
  contractEndsOn?: InputMaybe<Scalars['String']['input']>;
  /** Where it runs. */
  deployment: Deployment;
  /** Progress toward the standard system (default NOT_STARTED). */
  migrationStatus?: InputMaybe<MigrationStatus>;
  /** Owning municipality; defaults to the caller's. Editors may only name their own. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** Product (1–200 characters). */
  product: Scalars['String']['input'];
  /** Vendor (1–200 characters). */
  vendor: Scalars['String']['input'];
};

/** An inclusive range of dates. */
export type DateRange = {
  /** First day (ISO 8601 date). */
  from: Scalars['String']['output'];
  /** Last day (ISO 8601 date). */
  to: Scalars['String']['output'];
};

/** Where a system runs. */
export type Deployment =
  /** ガバメントクラウド: the national government cloud. */
  | 'GOVERNMENT_CLOUD'
  /** 自治体クラウド: shared with other municipalities in an external data centre. */
  | 'MUNICIPAL_CLOUD'
  /** オンプレミス: the municipality's own servers. */
  | 'ON_PREMISES';

/** An information system a municipality runs for one business (業務), e.g. 住民基本台帳. */
export type InformationSystem = {
  /** The business it serves, e.g. one of the 20 標準化対象事務. */
  business: Scalars['String']['output'];
  /**
   * RESTRICTED. Contract details: visible to staff of the owning town, admins, and the coordinator when the town is a
   * party to the agreement (not a town of another 圏域 the platform serves). For anyone else the field is null (no
   * error), so lists stay usable; the database refuses the read as well.
   * (Not marked @requiresScopes: Apollo Gateway refuses supergraphs that carry it; the subgraph enforces.)
   */
  contract: Maybe<SystemContract>;
  /** Last day of the current contract (ISO 8601 date), where known. Public: the finder aligns renewals on it. */
  contractEndsOn: Maybe<Scalars['String']['output']>;
  /** Where it runs. */
  deployment: Deployment;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** True once the town has retired the system. */
  isRetired: Scalars['Boolean']['output'];
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** One of the 20 標準化対象事務. */
  isStandardBusiness: Scalars['Boolean']['output'];
  /** Progress toward the national standard system. */
  migrationStatus: MigrationStatus;
  /** The municipality that runs it. */
  municipality: Municipality;
  /** Product name. */
  product: Scalars['String']['output'];
  /** Vendor. */
  vendor: Scalars['String']['output'];
};

/** A page of systems. */
export type InformationSystemConnection = {
  /** The systems on this page with their cursors. */
  edges: Array<InformationSystemEdge>;
  /** The systems on this page. */
  nodes: Array<InformationSystem>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** A system with its cursor. */
export type InformationSystemEdge = {
  /** Pass as `after` to continue after this system. */
  cursor: Scalars['String']['output'];
  /** The system. */
  node: InformationSystem;
};

export type Initiative = {
  id: Scalars['ID']['output'];
  /** Pilots serving this initiative, ordered by id. */
  pilots: PilotConnection;
};


export type InitiativePilotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Progress of a system toward the national standard specification. */
export type MigrationStatus =
  /** 移行済: runs a standard-compliant system. */
  | 'MIGRATED'
  /** 移行中: migration under way. */
  | 'MIGRATING'
  /** 対象外: not one of the standardised businesses. */
  | 'NOT_APPLICABLE'
  /** 未着手: not started. */
  | 'NOT_STARTED'
  /** 計画中: migration planned. */
  | 'PLANNING';

export type Municipality = {
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The municipality's information systems, ordered by id. */
  systems: InformationSystemConnection;
};


export type MunicipalitySystemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  /**
   * Records a status change of a pilot with the date it took effect (today or earlier, in Japan). The current status
   * is the latest change by that date, so a back-dated change takes its place in the history. Owning town only.
   */
  changePilotStatus: Pilot;
  /** Records a pilot of a town (editors: their own town only); its first status goes into the history. */
  createPilot: Pilot;
  /** Records a regional issue. Region-wide, so the coordinator (or an admin) only. */
  createRegionalIssue: RegionalIssue;
  /** Publishes a shared case: a town's own (editors) or region-wide without a town (coordinator). */
  createSharedCase: SharedCase;
  /** Records a system of a town (editors: their own town only). */
  createSystem: InformationSystem;
  /** Records that a pilot addresses an issue. Staff of the pilot's town only; linking twice changes nothing. */
  linkPilotToIssue: Pilot;
  /** Records a pilot's outcome. Owning town only. */
  recordPilotOutcome: Pilot;
  /** Retires a system that is no longer in service; it stays in history. */
  retireSystem: InformationSystem;
  /** Sets the restricted contract details of a system (start, annual cost, notes). */
  setSystemContract: InformationSystem;
  /** Changes a system's public fields. Only staff of the owning town or an admin; NOT_FOUND for an unknown id. */
  updateSystem: InformationSystem;
};


export type MutationChangePilotStatusArgs = {
  effectiveOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: PilotStatus;
};


export type MutationCreatePilotArgs = {
  input: CreatePilotInput;
};


export type MutationCreateRegionalIssueArgs = {
  input: CreateRegionalIssueInput;
};


export type MutationCreateSharedCaseArgs = {
  input: CreateSharedCaseInput;
};


export type MutationCreateSystemArgs = {
  input: CreateSystemInput;
};


export type MutationLinkPilotToIssueArgs = {
  issueId: Scalars['ID']['input'];
  pilotId: Scalars['ID']['input'];
};


export type MutationRecordPilotOutcomeArgs = {
  hoursSavedPerYear?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRetireSystemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetSystemContractArgs = {
  input: SystemContractInput;
  systemId: Scalars['ID']['input'];
};


export type MutationUpdateSystemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSystemInput;
};

/** Relay-style page information. */
export type PageInfo = {
  /** Cursor of the last item on this page; null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An experimental project using RPA, AI or other ICT (実験的事業). */
export type Pilot = {
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The 取組内容 line it serves. */
  initiative: Initiative;
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** The regional issues the pilot addresses. */
  issues: Array<RegionalIssue>;
  /** The municipality that runs it. */
  municipality: Municipality;
  /** What the pilot achieved so far. */
  outcome: PilotOutcome;
  /** Companies taking part. */
  partnerCompanies: Array<Scalars['String']['output']>;
  /** Other towns taking part. */
  partnerMunicipalities: Array<Municipality>;
  /** First day (ISO 8601 date), where known. */
  startedOn: Maybe<Scalars['String']['output']>;
  /** Where the pilot stands. */
  status: PilotStatus;
  /** Every status the pilot has had, oldest first, with the date each took effect. */
  statusHistory: Array<PilotStatusChange>;
  /** The business the pilot targets, e.g. 税務. */
  targetBusiness: Maybe<Scalars['String']['output']>;
  /** Technology, e.g. RPA, AI-OCR, 生成AI. */
  technology: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** A page of pilots. */
export type PilotConnection = {
  /** The pilots on this page with their cursors. */
  edges: Array<PilotEdge>;
  /** The pilots on this page. */
  nodes: Array<Pilot>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** A pilot with its cursor. */
export type PilotEdge = {
  /** Pass as `after` to continue after this pilot. */
  cursor: Scalars['String']['output'];
  /** The pilot. */
  node: Pilot;
};

/** The measured outcome of a pilot. */
export type PilotOutcome = {
  /** Working hours saved per year, where measured. */
  hoursSavedPerYear: Maybe<Scalars['Int']['output']>;
  /** Notes on the outcome. */
  notes: Scalars['String']['output'];
};

/** Where a pilot stands. */
export type PilotStatus =
  /** 導入済: adopted. */
  | 'ADOPTED'
  /** 検討中: being considered. */
  | 'CONSIDERING'
  /** 見送り: dropped. */
  | 'DROPPED'
  /** 実証中: being trialled. */
  | 'PILOTING';

/** One status of a pilot in its history. */
export type PilotStatusChange = {
  /** When it took effect (ISO 8601 date). */
  effectiveOn: Scalars['String']['output'];
  /** Why, where given. */
  note: Scalars['String']['output'];
  /** The status. */
  status: PilotStatus;
};

/** Towns whose systems could be procured together. */
export type ProcurementGroup = {
  /** The business. */
  business: Scalars['String']['output'];
  /**
   * RESTRICTED. The towns' combined annual cost in yen: only for callers who may see the costs of every town
   * in the group (admins; the coordinator for a group of the agreement's parties); null otherwise, and null when a
   * cost is not recorded.
   */
  combinedAnnualCostYen: Maybe<Scalars['Yen']['output']>;
  /** Earliest contract end in the group (ISO 8601 date). */
  earliestContractEnd: Scalars['String']['output'];
  /** Latest contract end in the group (ISO 8601 date). */
  latestContractEnd: Scalars['String']['output'];
  /** The towns, by contract end. */
  municipalities: Array<Municipality>;
  /** The 圏域 whose towns these are: the agreement under which they could procure together. */
  region: Region;
  /**
   * When a joint contract could start: from the day after the first contract ends (the others bridging with
   * a short extension) to the day after the last one ends.
   */
  renewalWindow: DateRange;
  /** Their systems, by contract end. */
  systems: Array<InformationSystem>;
  /** The common vendor. */
  vendor: Scalars['String']['output'];
};

export type Query = {
  /**
   * Joint procurement finder for the 自治体クラウド study: groups of two or more towns of one 圏域 that run the same
   * business on the same vendor's system and whose contracts end within `windowMonths` of each other. Only towns
   * bound by one agreement can procure together, so a group never spans regions; a town in two regions may appear
   * in a group of each. The agreement in force first, then the other regions by id; by earliest contract end within.
   */
  jointProcurementCandidates: Array<ProcurementGroup>;
  /** One pilot by id. Null when unknown. */
  pilot: Maybe<Pilot>;
  /** The region's issues (地域課題), oldest first. */
  regionalIssues: RegionalIssueConnection;
  /**
   * Shared cases (先進事例), newest first. `text` matches title, summary, source and tags from one character up
   * (short Japanese words such as 除雪 work); `tag` must be one of the case's tags. Both ignore case, full-width
   * and half-width forms and katakana/hiragana (`ＡＩ` finds `AI`, `ｶﾞﾊﾞｸﾗ` finds `ガバクラ`).
   */
  sharedCases: SharedCaseConnection;
  /** The 20 標準化対象事務, in the published order. */
  standardBusinesses: Array<Scalars['String']['output']>;
  /** One system by id. Null when unknown. */
  system: Maybe<InformationSystem>;
  /**
   * Business × town overview (systems in service): for each business, what each served town runs, a page of towns
   * at a time in the served order (the parties in signing order, then the other towns by code; a nationwide
   * deployment serves 1,741). Answered with a constant number of SQL statements.
   */
  systemMatrix: SystemMatrix;
};


export type QueryJointProcurementCandidatesArgs = {
  business?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  windowMonths?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPilotArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionalIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySharedCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySystemArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySystemMatrixArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  standardOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * A 圏域: towns bound by one agreement to work together — the agreement in force (whose text this API serves and
 * amends) or another region the platform serves.
 */
export type Region = {
  /** `agreement` for the agreement in force, else the region's own id (lower-case letters, digits and hyphens). */
  id: Scalars['ID']['output'];
  /** The region's name; for the agreement in force, its title. */
  name: Scalars['String']['output'];
};

/** A regional issue (地域課題) that ICT pilots may address. */
export type RegionalIssue = {
  /** Description. */
  description: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** Pilots that address it. */
  pilots: Array<Pilot>;
  /** Title, e.g. 除雪の担い手不足. */
  title: Scalars['String']['output'];
};

/** A page of regional issues. */
export type RegionalIssueConnection = {
  /** The issues on this page with their cursors. */
  edges: Array<RegionalIssueEdge>;
  /** The issues on this page. */
  nodes: Array<RegionalIssue>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** An issue with its cursor. */
export type RegionalIssueEdge = {
  /** Pass as `after` to continue after this issue. */
  cursor: Scalars['String']['output'];
  /** The issue. */
  node: RegionalIssue;
};

/** A shared case (先進事例). */
export type SharedCase = {
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** Links to further reading. */
  links: Array<Scalars['String']['output']>;
  /** The town the case is from; null for region-wide cases and cases from elsewhere. */
  municipality: Maybe<Municipality>;
  /** Where the case comes from when not from a town of the region (a ministry, another municipality). */
  source: Scalars['String']['output'];
  /** Summary. */
  summary: Scalars['String']['output'];
  /** Tags, e.g. RPA, 除雪. */
  tags: Array<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
};

/** A page of shared cases. */
export type SharedCaseConnection = {
  /** The cases on this page with their cursors. */
  edges: Array<SharedCaseEdge>;
  /** The cases on this page. */
  nodes: Array<SharedCase>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** A shared case with its cursor. */
export type SharedCaseEdge = {
  /** Pass as `after` to continue after this case. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: SharedCase;
};

/** The restricted contract details of a system. */
export type SystemContract = {
  /** Annual cost in yen (tax included), where known. */
  annualCostYen: Maybe<Scalars['Yen']['output']>;
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** Free notes on the contract. */
  notes: Scalars['String']['output'];
  /** First day of the current contract (ISO 8601 date), where known. */
  startsOn: Maybe<Scalars['String']['output']>;
};

/** Restricted contract details. */
export type SystemContractInput = {
  /** Annual cost in whole yen, 0 or more. */
  annualCostYen?: InputMaybe<Scalars['Yen']['input']>;
  /** Notes, up to 2000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** First day of the current contract (YYYY-MM-DD). */
  startsOn?: InputMaybe<Scalars['String']['input']>;
};

/** The region's systems, business by business. */
export type SystemMatrix = {
  /** The businesses, standard ones first in the published order, then others alphabetically. */
  businesses: Array<Scalars['String']['output']>;
  /** One row per business, with a cell per town of this page. */
  rows: Array<SystemMatrixRow>;
  /** Where this page of towns is: the cursor of the next page, and how many towns are served in all. */
  towns: SystemMatrixTowns;
};

/** What one town runs for one business (possibly nothing recorded). */
export type SystemMatrixCell = {
  /** The town. */
  municipality: Municipality;
  /** Its systems in service for the business; empty when none is recorded. */
  systems: Array<InformationSystem>;
};

/** What each town runs for one business. */
export type SystemMatrixRow = {
  /** The business. */
  business: Scalars['String']['output'];
  /** One cell per town of the page, in the served order (the parties in signing order first). */
  cells: Array<SystemMatrixCell>;
};

/** The paging of a system matrix's towns. */
export type SystemMatrixTowns = {
  /** Whether more towns follow, and the cursor to ask for them with (`after`). */
  pageInfo: PageInfo;
  /** Every served town, on every page. */
  totalCount: Scalars['Int']['output'];
};

/** Changes to a system; omitted fields stay as they are. */
export type UpdateSystemInput = {
  /** Last day of the current contract (YYYY-MM-DD); null clears it. */
  contractEndsOn?: InputMaybe<Scalars['String']['input']>;
  /** Where it runs. */
  deployment?: InputMaybe<Deployment>;
  /** Progress toward the standard system. */
  migrationStatus?: InputMaybe<MigrationStatus>;
  /** Product (1–200 characters). */
  product?: InputMaybe<Scalars['String']['input']>;
  /** Vendor (1–200 characters). */
  vendor?: InputMaybe<Scalars['String']['input']>;
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
  InformationSystem: InformationSystem;
  Initiative: Initiative;
  Municipality: Municipality;
  Pilot: Pilot;
  RegionalIssue: RegionalIssue;
  SharedCase: SharedCase;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  InformationSystem:
    ( { __typename: 'InformationSystem' }
    & GraphQLRecursivePick<FederationTypes['InformationSystem'], {"id":true}> );
  Initiative:
    ( { __typename: 'Initiative' }
    & GraphQLRecursivePick<FederationTypes['Initiative'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"code":true}> );
  Pilot:
    ( { __typename: 'Pilot' }
    & GraphQLRecursivePick<FederationTypes['Pilot'], {"id":true}> );
  RegionalIssue:
    ( { __typename: 'RegionalIssue' }
    & GraphQLRecursivePick<FederationTypes['RegionalIssue'], {"id":true}> );
  SharedCase:
    ( { __typename: 'SharedCase' }
    & GraphQLRecursivePick<FederationTypes['SharedCase'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CreatePilotInput: CreatePilotInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateRegionalIssueInput: CreateRegionalIssueInput;
  CreateSharedCaseInput: CreateSharedCaseInput;
  CreateSystemInput: CreateSystemInput;
  DateRange: ResolverTypeWrapper<DateRange>;
  Deployment: Deployment;
  InformationSystem: ResolverTypeWrapper<InformationSystemModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  InformationSystemConnection: ResolverTypeWrapper<CountedLazily<Omit<InformationSystemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InformationSystemEdge']>, nodes: Array<ResolversTypes['InformationSystem']> }>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InformationSystemEdge: ResolverTypeWrapper<Omit<InformationSystemEdge, 'node'> & { node: ResolversTypes['InformationSystem'] }>;
  Initiative: ResolverTypeWrapper<InitiativeModel>;
  MigrationStatus: MigrationStatus;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pilot: ResolverTypeWrapper<PilotModel>;
  PilotConnection: ResolverTypeWrapper<CountedLazily<Omit<PilotConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PilotEdge']>, nodes: Array<ResolversTypes['Pilot']> }>>;
  PilotEdge: ResolverTypeWrapper<Omit<PilotEdge, 'node'> & { node: ResolversTypes['Pilot'] }>;
  PilotOutcome: ResolverTypeWrapper<PilotOutcome>;
  PilotStatus: PilotStatus;
  PilotStatusChange: ResolverTypeWrapper<PilotStatusChangeModel>;
  ProcurementGroup: ResolverTypeWrapper<ProcurementGroupModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<Region>;
  RegionalIssue: ResolverTypeWrapper<RegionalIssueModel>;
  RegionalIssueConnection: ResolverTypeWrapper<CountedLazily<Omit<RegionalIssueConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RegionalIssueEdge']>, nodes: Array<ResolversTypes['RegionalIssue']> }>>;
  RegionalIssueEdge: ResolverTypeWrapper<Omit<RegionalIssueEdge, 'node'> & { node: ResolversTypes['RegionalIssue'] }>;
  SharedCase: ResolverTypeWrapper<SharedCaseModel>;
  SharedCaseConnection: ResolverTypeWrapper<CountedLazily<Omit<SharedCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SharedCaseEdge']>, nodes: Array<ResolversTypes['SharedCase']> }>>;
  SharedCaseEdge: ResolverTypeWrapper<Omit<SharedCaseEdge, 'node'> & { node: ResolversTypes['SharedCase'] }>;
  SystemContract: ResolverTypeWrapper<SystemContractModel>;
  SystemContractInput: SystemContractInput;
  SystemMatrix: ResolverTypeWrapper<SystemMatrixModel>;
  SystemMatrixCell: ResolverTypeWrapper<SystemMatrixCellModel>;
  SystemMatrixRow: ResolverTypeWrapper<SystemMatrixRowModel>;
  SystemMatrixTowns: ResolverTypeWrapper<SystemMatrixTowns>;
  UpdateSystemInput: UpdateSystemInput;
  Yen: ResolverTypeWrapper<Scalars['Yen']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreatePilotInput: CreatePilotInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CreateRegionalIssueInput: CreateRegionalIssueInput;
  CreateSharedCaseInput: CreateSharedCaseInput;
  CreateSystemInput: CreateSystemInput;
  DateRange: DateRange;
  InformationSystem: InformationSystemModel;
  Boolean: Scalars['Boolean']['output'];
  InformationSystemConnection: CountedLazily<Omit<InformationSystemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InformationSystemEdge']>, nodes: Array<ResolversParentTypes['InformationSystem']> }>;
  Int: Scalars['Int']['output'];
  InformationSystemEdge: Omit<InformationSystemEdge, 'node'> & { node: ResolversParentTypes['InformationSystem'] };
  Initiative: InitiativeModel;
  Municipality: MunicipalityModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Pilot: PilotModel;
  PilotConnection: CountedLazily<Omit<PilotConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PilotEdge']>, nodes: Array<ResolversParentTypes['Pilot']> }>;
  PilotEdge: Omit<PilotEdge, 'node'> & { node: ResolversParentTypes['Pilot'] };
  PilotOutcome: PilotOutcome;
  PilotStatusChange: PilotStatusChangeModel;
  ProcurementGroup: ProcurementGroupModel;
  Query: Record<PropertyKey, never>;
  Region: Region;
  RegionalIssue: RegionalIssueModel;
  RegionalIssueConnection: CountedLazily<Omit<RegionalIssueConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RegionalIssueEdge']>, nodes: Array<ResolversParentTypes['RegionalIssue']> }>;
  RegionalIssueEdge: Omit<RegionalIssueEdge, 'node'> & { node: ResolversParentTypes['RegionalIssue'] };
  SharedCase: SharedCaseModel;
  SharedCaseConnection: CountedLazily<Omit<SharedCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SharedCaseEdge']>, nodes: Array<ResolversParentTypes['SharedCase']> }>;
  SharedCaseEdge: Omit<SharedCaseEdge, 'node'> & { node: ResolversParentTypes['SharedCase'] };
  SystemContract: SystemContractModel;
  SystemContractInput: SystemContractInput;
  SystemMatrix: SystemMatrixModel;
  SystemMatrixCell: SystemMatrixCellModel;
  SystemMatrixRow: SystemMatrixRowModel;
  SystemMatrixTowns: SystemMatrixTowns;
  UpdateSystemInput: UpdateSystemInput;
  Yen: Scalars['Yen']['output'];
};

export type DateRangeResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['DateRange'] = ResolversParentTypes['DateRange']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InformationSystemResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['InformationSystem'] = ResolversParentTypes['InformationSystem'], FederationReferenceType extends FederationReferenceTypes['InformationSystem'] = FederationReferenceTypes['InformationSystem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InformationSystem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  business?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['SystemContract']>, ParentType, ContextType>;
  contractEndsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isRetired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isStandardBusiness?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  migrationStatus?: Resolver<ResolversTypes['MigrationStatus'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InformationSystemConnectionResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['InformationSystemConnection'] = ResolversParentTypes['InformationSystemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InformationSystemEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['InformationSystem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InformationSystemEdgeResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['InformationSystemEdge'] = ResolversParentTypes['InformationSystemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InformationSystem'], ParentType, ContextType>;
};

export type InitiativeResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative'], FederationReferenceType extends FederationReferenceTypes['Initiative'] = FederationReferenceTypes['Initiative']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Initiative']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pilots?: Resolver<ResolversTypes['PilotConnection'], ParentType, ContextType, RequireFields<InitiativePilotsArgs, 'first'>>;
};

export type MunicipalityResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  systems?: Resolver<ResolversTypes['InformationSystemConnection'], ParentType, ContextType, RequireFields<MunicipalitySystemsArgs, 'first'>>;
};

export type MutationResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changePilotStatus?: Resolver<ResolversTypes['Pilot'], ParentType, ContextType, RequireFields<MutationChangePilotStatusArgs, 'effectiveOn' | 'id' | 'status'>>;
  createPilot?: Resolver<ResolversTypes['Pilot'], ParentType, ContextType, RequireFields<MutationCreatePilotArgs, 'input'>>;
  createRegionalIssue?: Resolver<ResolversTypes['RegionalIssue'], ParentType, ContextType, RequireFields<MutationCreateRegionalIssueArgs, 'input'>>;
  createSharedCase?: Resolver<ResolversTypes['SharedCase'], ParentType, ContextType, RequireFields<MutationCreateSharedCaseArgs, 'input'>>;
  createSystem?: Resolver<ResolversTypes['InformationSystem'], ParentType, ContextType, RequireFields<MutationCreateSystemArgs, 'input'>>;
  linkPilotToIssue?: Resolver<ResolversTypes['Pilot'], ParentType, ContextType, RequireFields<MutationLinkPilotToIssueArgs, 'issueId' | 'pilotId'>>;
  recordPilotOutcome?: Resolver<ResolversTypes['Pilot'], ParentType, ContextType, RequireFields<MutationRecordPilotOutcomeArgs, 'id'>>;
  retireSystem?: Resolver<ResolversTypes['InformationSystem'], ParentType, ContextType, RequireFields<MutationRetireSystemArgs, 'id'>>;
  setSystemContract?: Resolver<ResolversTypes['InformationSystem'], ParentType, ContextType, RequireFields<MutationSetSystemContractArgs, 'input' | 'systemId'>>;
  updateSystem?: Resolver<ResolversTypes['InformationSystem'], ParentType, ContextType, RequireFields<MutationUpdateSystemArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PilotResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['Pilot'] = ResolversParentTypes['Pilot'], FederationReferenceType extends FederationReferenceTypes['Pilot'] = FederationReferenceTypes['Pilot']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pilot']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['RegionalIssue']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['PilotOutcome'], ParentType, ContextType>;
  partnerCompanies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  partnerMunicipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PilotStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['PilotStatusChange']>, ParentType, ContextType>;
  targetBusiness?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  technology?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PilotConnectionResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['PilotConnection'] = ResolversParentTypes['PilotConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PilotEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Pilot']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PilotEdgeResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['PilotEdge'] = ResolversParentTypes['PilotEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Pilot'], ParentType, ContextType>;
};

export type PilotOutcomeResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['PilotOutcome'] = ResolversParentTypes['PilotOutcome']> = {
  hoursSavedPerYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PilotStatusChangeResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['PilotStatusChange'] = ResolversParentTypes['PilotStatusChange']> = {
  effectiveOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PilotStatus'], ParentType, ContextType>;
};

export type ProcurementGroupResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['ProcurementGroup'] = ResolversParentTypes['ProcurementGroup']> = {
  business?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  combinedAnnualCostYen?: Resolver<Maybe<ResolversTypes['Yen']>, ParentType, ContextType>;
  earliestContractEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestContractEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  renewalWindow?: Resolver<ResolversTypes['DateRange'], ParentType, ContextType>;
  systems?: Resolver<Array<ResolversTypes['InformationSystem']>, ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  jointProcurementCandidates?: Resolver<Array<ResolversTypes['ProcurementGroup']>, ParentType, ContextType, RequireFields<QueryJointProcurementCandidatesArgs, 'windowMonths'>>;
  pilot?: Resolver<Maybe<ResolversTypes['Pilot']>, ParentType, ContextType, RequireFields<QueryPilotArgs, 'id'>>;
  regionalIssues?: Resolver<ResolversTypes['RegionalIssueConnection'], ParentType, ContextType, RequireFields<QueryRegionalIssuesArgs, 'first'>>;
  sharedCases?: Resolver<ResolversTypes['SharedCaseConnection'], ParentType, ContextType, RequireFields<QuerySharedCasesArgs, 'first'>>;
  standardBusinesses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  system?: Resolver<Maybe<ResolversTypes['InformationSystem']>, ParentType, ContextType, RequireFields<QuerySystemArgs, 'id'>>;
  systemMatrix?: Resolver<ResolversTypes['SystemMatrix'], ParentType, ContextType, RequireFields<QuerySystemMatrixArgs, 'standardOnly'>>;
};

export type RegionResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionalIssueResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['RegionalIssue'] = ResolversParentTypes['RegionalIssue'], FederationReferenceType extends FederationReferenceTypes['RegionalIssue'] = FederationReferenceTypes['RegionalIssue']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RegionalIssue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pilots?: Resolver<Array<ResolversTypes['Pilot']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionalIssueConnectionResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['RegionalIssueConnection'] = ResolversParentTypes['RegionalIssueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionalIssueEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RegionalIssue']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionalIssueEdgeResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['RegionalIssueEdge'] = ResolversParentTypes['RegionalIssueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RegionalIssue'], ParentType, ContextType>;
};

export type SharedCaseResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SharedCase'] = ResolversParentTypes['SharedCase'], FederationReferenceType extends FederationReferenceTypes['SharedCase'] = FederationReferenceTypes['SharedCase']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SharedCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SharedCaseConnectionResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SharedCaseConnection'] = ResolversParentTypes['SharedCaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SharedCaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SharedCase']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SharedCaseEdgeResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SharedCaseEdge'] = ResolversParentTypes['SharedCaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SharedCase'], ParentType, ContextType>;
};

export type SystemContractResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SystemContract'] = ResolversParentTypes['SystemContract']> = {
  annualCostYen?: Resolver<Maybe<ResolversTypes['Yen']>, ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SystemMatrixResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SystemMatrix'] = ResolversParentTypes['SystemMatrix']> = {
  businesses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['SystemMatrixRow']>, ParentType, ContextType>;
  towns?: Resolver<ResolversTypes['SystemMatrixTowns'], ParentType, ContextType>;
};

export type SystemMatrixCellResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SystemMatrixCell'] = ResolversParentTypes['SystemMatrixCell']> = {
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  systems?: Resolver<Array<ResolversTypes['InformationSystem']>, ParentType, ContextType>;
};

export type SystemMatrixRowResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SystemMatrixRow'] = ResolversParentTypes['SystemMatrixRow']> = {
  business?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['SystemMatrixCell']>, ParentType, ContextType>;
};

export type SystemMatrixTownsResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SystemMatrixTowns'] = ResolversParentTypes['SystemMatrixTowns']> = {
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface YenScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Yen'], any> {
  name: 'Yen';
}

export type Resolvers<ContextType = IctContext> = {
  DateRange?: DateRangeResolvers<ContextType>;
  InformationSystem?: InformationSystemResolvers<ContextType>;
  InformationSystemConnection?: InformationSystemConnectionResolvers<ContextType>;
  InformationSystemEdge?: InformationSystemEdgeResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pilot?: PilotResolvers<ContextType>;
  PilotConnection?: PilotConnectionResolvers<ContextType>;
  PilotEdge?: PilotEdgeResolvers<ContextType>;
  PilotOutcome?: PilotOutcomeResolvers<ContextType>;
  PilotStatusChange?: PilotStatusChangeResolvers<ContextType>;
  ProcurementGroup?: ProcurementGroupResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionalIssue?: RegionalIssueResolvers<ContextType>;
  RegionalIssueConnection?: RegionalIssueConnectionResolvers<ContextType>;
  RegionalIssueEdge?: RegionalIssueEdgeResolvers<ContextType>;
  SharedCase?: SharedCaseResolvers<ContextType>;
  SharedCaseConnection?: SharedCaseConnectionResolvers<ContextType>;
  SharedCaseEdge?: SharedCaseEdgeResolvers<ContextType>;
  SystemContract?: SystemContractResolvers<ContextType>;
  SystemMatrix?: SystemMatrixResolvers<ContextType>;
  SystemMatrixCell?: SystemMatrixCellResolvers<ContextType>;
  SystemMatrixRow?: SystemMatrixRowResolvers<ContextType>;
  SystemMatrixTowns?: SystemMatrixTownsResolvers<ContextType>;
  Yen?: GraphQLScalarType;
};

