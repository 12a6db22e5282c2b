import type { GraphQLResolveInfo } from 'graphql';
import type { MunicipalityRef, InitiativeRef } from '../lib/graphql/entity-refs.js';
import type { SystemRow, SystemContractRow } from '../subgraphs/ict/systems/systems.repository.js';
import type { ProcurementGroupModel } from '../subgraphs/ict/procurement/find-procurement-groups.js';
import type { SystemMatrixModel, SystemMatrixRowModel, SystemMatrixCellModel } from '../subgraphs/ict/procurement/system-matrix.js';
import type { PilotRow } from '../subgraphs/ict/pilots/pilots.repository.js';
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
  _FieldSet: { input: unknown; output: unknown; }
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
   * RESTRICTED. Contract details: visible to staff of the owning town, the coordinator and admins. For
   * anyone else the field is null (no error), so lists stay usable; the database refuses the read as well.
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
  /** The municipality's information systems, ordered by id. */
  systems: InformationSystemConnection;
};


export type MunicipalitySystemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  /** Records a system of a town (editors: their own town only). */
  createSystem: InformationSystem;
  /** Retires a system that is no longer in service; it stays in history. */
  retireSystem: InformationSystem;
  /** Sets the restricted contract details of a system (start, annual cost, notes). */
  setSystemContract: InformationSystem;
  /** Changes a system's public fields. Only staff of the owning town or an admin; NOT_FOUND for an unknown id. */
  updateSystem: InformationSystem;
};


export type MutationCreateSystemArgs = {
  input: CreateSystemInput;
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
  /** The municipality that runs it. */
  municipality: Municipality;
  /** First day (ISO 8601 date), where known. */
  startedOn: Maybe<Scalars['String']['output']>;
  /** Where the pilot stands. */
  status: PilotStatus;
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
};

/** A pilot with its cursor. */
export type PilotEdge = {
  /** Pass as `after` to continue after this pilot. */
  cursor: Scalars['String']['output'];
  /** The pilot. */
  node: Pilot;
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

/** Towns whose systems could be procured together. */
export type ProcurementGroup = {
  /** The business. */
  business: Scalars['String']['output'];
  /**
   * RESTRICTED. The towns' combined annual cost in yen: only for callers who may see the costs of every town
   * in the group (the coordinator and admins); null otherwise, and null when a cost is not recorded.
   */
  combinedAnnualCostYen: Maybe<Scalars['Float']['output']>;
  /** Earliest contract end in the group (ISO 8601 date). */
  earliestContractEnd: Scalars['String']['output'];
  /** Latest contract end in the group (ISO 8601 date). */
  latestContractEnd: Scalars['String']['output'];
  /** The towns, by contract end. */
  municipalities: Array<Municipality>;
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
   * Joint procurement finder for the 自治体クラウド study: groups of two or more towns that run the same business
   * on the same vendor's system and whose contracts end within `windowMonths` of each other.
   */
  jointProcurementCandidates: Array<ProcurementGroup>;
  /** One pilot by id. Null when unknown. */
  pilot: Maybe<Pilot>;
  /** The 20 標準化対象事務, in the published order. */
  standardBusinesses: Array<Scalars['String']['output']>;
  /** One system by id. Null when unknown. */
  system: Maybe<InformationSystem>;
  /**
   * Business × town overview of the whole region (systems in service): for each business, what each of the
   * nine towns runs. Answered with a constant number of SQL statements.
   */
  systemMatrix: SystemMatrix;
};


export type QueryJointProcurementCandidatesArgs = {
  business?: InputMaybe<Scalars['String']['input']>;
  windowMonths?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPilotArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySystemArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySystemMatrixArgs = {
  standardOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The restricted contract details of a system. */
export type SystemContract = {
  /** Annual cost in yen (tax included), where known. */
  annualCostYen: Maybe<Scalars['Float']['output']>;
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
  annualCostYen?: InputMaybe<Scalars['Float']['input']>;
  /** Notes, up to 2000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** First day of the current contract (YYYY-MM-DD). */
  startsOn?: InputMaybe<Scalars['String']['input']>;
};

/** The region's systems, business by business. */
export type SystemMatrix = {
  /** The businesses, standard ones first in the published order, then others alphabetically. */
  businesses: Array<Scalars['String']['output']>;
  /** One row per business. */
  rows: Array<SystemMatrixRow>;
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
  /** One cell per party, in the order they signed the agreement. */
  cells: Array<SystemMatrixCell>;
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
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CreateSystemInput: CreateSystemInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DateRange: ResolverTypeWrapper<DateRange>;
  Deployment: Deployment;
  InformationSystem: ResolverTypeWrapper<SystemRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  InformationSystemConnection: ResolverTypeWrapper<Omit<InformationSystemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InformationSystemEdge']>, nodes: Array<ResolversTypes['InformationSystem']> }>;
  InformationSystemEdge: ResolverTypeWrapper<Omit<InformationSystemEdge, 'node'> & { node: ResolversTypes['InformationSystem'] }>;
  Initiative: ResolverTypeWrapper<InitiativeRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MigrationStatus: MigrationStatus;
  Municipality: ResolverTypeWrapper<MunicipalityRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pilot: ResolverTypeWrapper<PilotRow>;
  PilotConnection: ResolverTypeWrapper<Omit<PilotConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PilotEdge']>, nodes: Array<ResolversTypes['Pilot']> }>;
  PilotEdge: ResolverTypeWrapper<Omit<PilotEdge, 'node'> & { node: ResolversTypes['Pilot'] }>;
  PilotStatus: PilotStatus;
  ProcurementGroup: ResolverTypeWrapper<ProcurementGroupModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SystemContract: ResolverTypeWrapper<SystemContractRow>;
  SystemContractInput: SystemContractInput;
  SystemMatrix: ResolverTypeWrapper<SystemMatrixModel>;
  SystemMatrixCell: ResolverTypeWrapper<SystemMatrixCellModel>;
  SystemMatrixRow: ResolverTypeWrapper<SystemMatrixRowModel>;
  UpdateSystemInput: UpdateSystemInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateSystemInput: CreateSystemInput;
  String: Scalars['String']['output'];
  DateRange: DateRange;
  InformationSystem: SystemRow;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  InformationSystemConnection: Omit<InformationSystemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InformationSystemEdge']>, nodes: Array<ResolversParentTypes['InformationSystem']> };
  InformationSystemEdge: Omit<InformationSystemEdge, 'node'> & { node: ResolversParentTypes['InformationSystem'] };
  Initiative: InitiativeRef;
  Int: Scalars['Int']['output'];
  Municipality: MunicipalityRef;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Pilot: PilotRow;
  PilotConnection: Omit<PilotConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PilotEdge']>, nodes: Array<ResolversParentTypes['Pilot']> };
  PilotEdge: Omit<PilotEdge, 'node'> & { node: ResolversParentTypes['Pilot'] };
  ProcurementGroup: ProcurementGroupModel;
  Float: Scalars['Float']['output'];
  Query: Record<PropertyKey, never>;
  SystemContract: SystemContractRow;
  SystemContractInput: SystemContractInput;
  SystemMatrix: SystemMatrixModel;
  SystemMatrixCell: SystemMatrixCellModel;
  SystemMatrixRow: SystemMatrixRowModel;
  UpdateSystemInput: UpdateSystemInput;
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
  systems?: Resolver<ResolversTypes['InformationSystemConnection'], ParentType, ContextType, RequireFields<MunicipalitySystemsArgs, 'first'>>;
};

export type MutationResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createSystem?: Resolver<ResolversTypes['InformationSystem'], ParentType, ContextType, RequireFields<MutationCreateSystemArgs, 'input'>>;
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
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PilotStatus'], ParentType, ContextType>;
  technology?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PilotConnectionResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['PilotConnection'] = ResolversParentTypes['PilotConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PilotEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Pilot']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PilotEdgeResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['PilotEdge'] = ResolversParentTypes['PilotEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Pilot'], ParentType, ContextType>;
};

export type ProcurementGroupResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['ProcurementGroup'] = ResolversParentTypes['ProcurementGroup']> = {
  business?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  combinedAnnualCostYen?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  earliestContractEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestContractEnd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  renewalWindow?: Resolver<ResolversTypes['DateRange'], ParentType, ContextType>;
  systems?: Resolver<Array<ResolversTypes['InformationSystem']>, ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  jointProcurementCandidates?: Resolver<Array<ResolversTypes['ProcurementGroup']>, ParentType, ContextType, RequireFields<QueryJointProcurementCandidatesArgs, 'windowMonths'>>;
  pilot?: Resolver<Maybe<ResolversTypes['Pilot']>, ParentType, ContextType, RequireFields<QueryPilotArgs, 'id'>>;
  standardBusinesses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  system?: Resolver<Maybe<ResolversTypes['InformationSystem']>, ParentType, ContextType, RequireFields<QuerySystemArgs, 'id'>>;
  systemMatrix?: Resolver<ResolversTypes['SystemMatrix'], ParentType, ContextType, RequireFields<QuerySystemMatrixArgs, 'standardOnly'>>;
};

export type SystemContractResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SystemContract'] = ResolversParentTypes['SystemContract']> = {
  annualCostYen?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SystemMatrixResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SystemMatrix'] = ResolversParentTypes['SystemMatrix']> = {
  businesses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['SystemMatrixRow']>, ParentType, ContextType>;
};

export type SystemMatrixCellResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SystemMatrixCell'] = ResolversParentTypes['SystemMatrixCell']> = {
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  systems?: Resolver<Array<ResolversTypes['InformationSystem']>, ParentType, ContextType>;
};

export type SystemMatrixRowResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['SystemMatrixRow'] = ResolversParentTypes['SystemMatrixRow']> = {
  business?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['SystemMatrixCell']>, ParentType, ContextType>;
};

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
  ProcurementGroup?: ProcurementGroupResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SystemContract?: SystemContractResolvers<ContextType>;
  SystemMatrix?: SystemMatrixResolvers<ContextType>;
  SystemMatrixCell?: SystemMatrixCellResolvers<ContextType>;
  SystemMatrixRow?: SystemMatrixRowResolvers<ContextType>;
};

