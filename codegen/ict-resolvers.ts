import type { GraphQLResolveInfo } from 'graphql';
import type { MunicipalityRef, InitiativeRef } from '../lib/graphql/entity-refs.js';
import type { SystemRow } from '../subgraphs/ict/systems/systems.repository.js';
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
  /** Last day of the current contract (ISO 8601 date), where known. */
  contractEndsOn: Maybe<Scalars['String']['output']>;
  /** Where it runs. */
  deployment: Deployment;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
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

export type Municipality = {
  code: Scalars['String']['output'];
  /** The municipality's information systems, ordered by id. */
  systems: InformationSystemConnection;
};


export type MunicipalitySystemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type Query = {
  /** One pilot by id. Null when unknown. */
  pilot: Maybe<Pilot>;
  /** One system by id. Null when unknown. */
  system: Maybe<InformationSystem>;
};


export type QueryPilotArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySystemArgs = {
  id: Scalars['ID']['input'];
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
  Deployment: Deployment;
  InformationSystem: ResolverTypeWrapper<SystemRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  InformationSystemConnection: ResolverTypeWrapper<Omit<InformationSystemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InformationSystemEdge']>, nodes: Array<ResolversTypes['InformationSystem']> }>;
  InformationSystemEdge: ResolverTypeWrapper<Omit<InformationSystemEdge, 'node'> & { node: ResolversTypes['InformationSystem'] }>;
  Initiative: ResolverTypeWrapper<InitiativeRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Municipality: ResolverTypeWrapper<MunicipalityRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pilot: ResolverTypeWrapper<PilotRow>;
  PilotConnection: ResolverTypeWrapper<Omit<PilotConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PilotEdge']>, nodes: Array<ResolversTypes['Pilot']> }>;
  PilotEdge: ResolverTypeWrapper<Omit<PilotEdge, 'node'> & { node: ResolversTypes['Pilot'] }>;
  PilotStatus: PilotStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  InformationSystem: SystemRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  InformationSystemConnection: Omit<InformationSystemConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InformationSystemEdge']>, nodes: Array<ResolversParentTypes['InformationSystem']> };
  InformationSystemEdge: Omit<InformationSystemEdge, 'node'> & { node: ResolversParentTypes['InformationSystem'] };
  Initiative: InitiativeRef;
  Int: Scalars['Int']['output'];
  Municipality: MunicipalityRef;
  PageInfo: PageInfo;
  Pilot: PilotRow;
  PilotConnection: Omit<PilotConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PilotEdge']>, nodes: Array<ResolversParentTypes['Pilot']> };
  PilotEdge: Omit<PilotEdge, 'node'> & { node: ResolversParentTypes['Pilot'] };
  Query: Record<PropertyKey, never>;
};

export type InformationSystemResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['InformationSystem'] = ResolversParentTypes['InformationSystem'], FederationReferenceType extends FederationReferenceTypes['InformationSystem'] = FederationReferenceTypes['InformationSystem']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InformationSystem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  business?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contractEndsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deployment?: Resolver<ResolversTypes['Deployment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = IctContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  pilot?: Resolver<Maybe<ResolversTypes['Pilot']>, ParentType, ContextType, RequireFields<QueryPilotArgs, 'id'>>;
  system?: Resolver<Maybe<ResolversTypes['InformationSystem']>, ParentType, ContextType, RequireFields<QuerySystemArgs, 'id'>>;
};

export type Resolvers<ContextType = IctContext> = {
  InformationSystem?: InformationSystemResolvers<ContextType>;
  InformationSystemConnection?: InformationSystemConnectionResolvers<ContextType>;
  InformationSystemEdge?: InformationSystemEdgeResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pilot?: PilotResolvers<ContextType>;
  PilotConnection?: PilotConnectionResolvers<ContextType>;
  PilotEdge?: PilotEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

