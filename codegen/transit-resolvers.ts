import type { GraphQLResolveInfo } from 'graphql';
import type { MunicipalityRef, InitiativeRef } from '../lib/graphql/entity-refs.js';
import type { OperatorRow } from '../subgraphs/transit/operators/operators.repository.js';
import type { PromotionCampaignRow } from '../subgraphs/transit/promotion-campaigns/promotion-campaigns.repository.js';
import type { FeedVersionRow } from '../subgraphs/transit/feeds/feeds.repository.js';
import type { StopRow, RouteRow, TripRow, StopTimeRow, PatternRow } from '../subgraphs/transit/timetable/timetable.repository.js';
import type { ShapeModel, NearbyStopModel } from '../subgraphs/transit/timetable/timetable.service.js';
import type { JourneyModel, JourneyLegModel } from '../subgraphs/transit/connections/connections.service.js';
import type { TransitContext } from '../subgraphs/transit/context.js';
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

/** A route of an active feed. */
export type BusRoute = {
  /** Route colour as six hex digits (route_color), where the feed has one. */
  color: Maybe<Scalars['String']['output']>;
  /** Long name, e.g. 月形線. */
  longName: Maybe<Scalars['String']['output']>;
  /** The operator whose feed lists it. */
  operator: Operator;
  /** The route's patterns (運行パターン): its trips grouped by the sequence of stops they serve, most trips first. */
  patterns: Array<RoutePattern>;
  /** The route's route_id in its feed. */
  routeId: Scalars['String']['output'];
  /** GTFS route_type (3 = bus). */
  routeType: Scalars['Int']['output'];
  /** Short name, e.g. 1. */
  shortName: Maybe<Scalars['String']['output']>;
  /** Text colour on the route colour (route_text_color). */
  textColor: Maybe<Scalars['String']['output']>;
  /** Trips on the route, ordered by trip_id. */
  trips: TripConnection;
  /** The route's web page. */
  url: Maybe<Scalars['String']['output']>;
};


/** A route of an active feed. */
export type BusRouteTripsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of routes. */
export type BusRouteConnection = {
  /** The routes on this page. */
  nodes: Array<BusRoute>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A stop of an active feed. */
export type BusStop = {
  /** The stop's code shown to riders (stop_code), where the feed has one. */
  code: Maybe<Scalars['String']['output']>;
  /** Location (WGS84). */
  location: GeoPoint;
  /** The party town the stop lies in (nearest town centre within 30 km); null outside the region. */
  municipality: Maybe<Municipality>;
  /** Name. */
  name: Scalars['String']['output'];
  /** The operator whose feed lists it. */
  operator: Operator;
  /** Platform or pole (のりば) identifier, where the feed has one. */
  platformCode: Maybe<Scalars['String']['output']>;
  /** The stop's stop_id in its feed. */
  stopId: Scalars['String']['output'];
};

/** A page of bus stops. */
export type BusStopConnection = {
  /** The stops on this page. */
  nodes: Array<BusStop>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A new promotion campaign. */
export type CreatePromotionCampaignInput = {
  /** Description, up to 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day (YYYY-MM-DD), not before startsOn. */
  endsOn: Scalars['String']['input'];
  /** The 取組内容 line of the transit field it serves, e.g. `transit-2`. */
  initiativeId: Scalars['ID']['input'];
  /** Owning municipality; defaults to the caller's. Editors may only name their own. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** First day (YYYY-MM-DD). */
  startsOn: Scalars['String']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
  /** Web page (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A trip leaving a stop. */
export type Departure = {
  /** Where the trip is heading. */
  headsign: Maybe<Scalars['String']['output']>;
  /** The route's route_id. */
  routeId: Scalars['String']['output'];
  /** Long name of the route, e.g. 月形線. */
  routeLongName: Maybe<Scalars['String']['output']>;
  /** Short name of the route, e.g. 1. */
  routeShortName: Maybe<Scalars['String']['output']>;
  /** The service day the trip belongs to (ISO 8601 date): the day before `date` for trips past midnight. */
  serviceDate: Scalars['String']['output'];
  /** Departure as written in the feed (may exceed 24:00:00). */
  serviceTime: Scalars['String']['output'];
  /** Departure on the clock of the date asked about (HH:MM:SS). */
  time: Scalars['String']['output'];
  /** The trip's trip_id. */
  tripId: Scalars['String']['output'];
};

/** Rows of one GTFS file in a feed. */
export type FeedFileRows = {
  /** File name, e.g. stop_times.txt. */
  file: Scalars['String']['output'];
  /** Data rows. */
  rows: Scalars['Int']['output'];
};

/** One imported feed of an operator. */
export type FeedVersion = {
  /** The uploaded file's name. */
  fileName: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** When it was imported. */
  importedAt: Scalars['String']['output'];
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** Rows per GTFS file. */
  rowCounts: Array<FeedFileRows>;
  /** ACTIVE (served), SUPERSEDED (kept for history) or LOADING (being imported). */
  status: FeedVersionStatus;
  /** Warnings the validator reported (errors refuse a feed). */
  warningCount: Scalars['Int']['output'];
};

/** Where a feed version stands. */
export type FeedVersionStatus =
  /** The operator's current feed. */
  | 'ACTIVE'
  /** Being imported (never visible outside the importing transaction). */
  | 'LOADING'
  /** Replaced by a newer feed; kept for history. */
  | 'SUPERSEDED';

/** A WGS84 position in decimal degrees. */
export type GeoPoint = {
  /** Latitude in decimal degrees (WGS84). */
  latitude: Scalars['Float']['output'];
  /** Longitude in decimal degrees (WGS84). */
  longitude: Scalars['Float']['output'];
};

export type Initiative = {
  id: Scalars['ID']['output'];
  /** Promotion campaigns serving this initiative, ordered by id. */
  promotionCampaigns: PromotionCampaignConnection;
};


export type InitiativePromotionCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A way to travel from one town to the other: one leg, or two with a change. */
export type Journey = {
  /** Arrival in the destination town, on the same clock. */
  arrival: Scalars['String']['output'];
  /** Departure from the origin town (HH:MM:SS on the clock of the date asked about; past 24:00:00 the next day). */
  departure: Scalars['String']['output'];
  /** Minutes from departure to arrival. */
  durationMinutes: Scalars['Int']['output'];
  /** The legs in order. */
  legs: Array<JourneyLeg>;
  /** Number of changes (0 or 1). */
  transfers: Scalars['Int']['output'];
};

/** A ride on one trip. */
export type JourneyLeg = {
  /** Arrival at `to` (clock of the date asked about). */
  arrival: Scalars['String']['output'];
  /** Departure from `from` (clock of the date asked about). */
  departure: Scalars['String']['output'];
  /** Where to board. */
  from: BusStop;
  /** The service day of the trip (YYYY-MM-DD): the day before the date for trips past midnight. */
  serviceDate: Scalars['String']['output'];
  /** Where to get off. */
  to: BusStop;
  /** The trip. */
  trip: Trip;
  /** Metres walked from the previous leg's stop to `from` (0 for the same stop); null on the first leg. */
  walkMeters: Maybe<Scalars['Int']['output']>;
};

export type Municipality = {
  /** Bus stops of every operator's active feed that lie in the town (nearest town centre within 30 km), by feed and stop_id. */
  busStops: BusStopConnection;
  code: Scalars['String']['output'];
  /** Routes in the active feeds of the town's operators, by feed and route_id. */
  routes: BusRouteConnection;
  /** Operators run or commissioned by the municipality, ordered by id. */
  transitOperators: OperatorConnection;
};


export type MunicipalityBusStopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MunicipalityRoutesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MunicipalityTransitOperatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  /**
   * Records a promotion campaign (利用促進) of the caller's municipality. Editors may only create
   * campaigns for their own municipality (FORBIDDEN otherwise); anonymous callers get UNAUTHENTICATED.
   */
  createPromotionCampaign: PromotionCampaign;
  /**
   * Imports an operator's GTFS-JP (or plain GTFS) zip as a new feed version. The feed is validated first;
   * any error refuses it whole (BAD_USER_INPUT listing every `file:line: reason`, also in
   * `extensions.problems`). A valid feed is loaded and activated in one transaction: the previous version
   * stays active until then and is kept. Staff of the operator's town (the coordinator for region-wide
   * operators) only. The zip travels base64-encoded within the request body limit.
   */
  importGtfsFeed: FeedVersion;
  /** Changes a campaign. Only staff of the owning municipality (or an admin) may; NOT_FOUND for an unknown id. */
  updatePromotionCampaign: PromotionCampaign;
};


export type MutationCreatePromotionCampaignArgs = {
  input: CreatePromotionCampaignInput;
};


export type MutationImportGtfsFeedArgs = {
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  operatorId: Scalars['ID']['input'];
};


export type MutationUpdatePromotionCampaignArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePromotionCampaignInput;
};

/** A stop and how far it is from the point asked about. */
export type NearbyStop = {
  /** Great-circle distance in metres, rounded. */
  distanceMeters: Scalars['Int']['output'];
  /** The stop. */
  stop: BusStop;
};

/** A transport operator: a town's community bus, a route-bus company, a demand-responsive service. */
export type Operator = {
  /** Every feed version imported for the operator, newest first (at most a few per year). */
  feedVersions: Array<FeedVersion>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** Kind of service. */
  kind: OperatorKind;
  /** The municipality that runs or commissions it; null for region-wide operators (managed by the coordinator). */
  municipality: Maybe<Municipality>;
  /** Name, e.g. 月形町ふれあいバス. */
  name: Scalars['String']['output'];
  /** Web page, where there is one. */
  url: Maybe<Scalars['String']['output']>;
};

/** A page of operators. */
export type OperatorConnection = {
  /** The operators on this page with their cursors. */
  edges: Array<OperatorEdge>;
  /** The operators on this page. */
  nodes: Array<Operator>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** An operator with its cursor. */
export type OperatorEdge = {
  /** Pass as `after` to continue after this operator. */
  cursor: Scalars['String']['output'];
  /** The operator. */
  node: Operator;
};

/** Kind of transport service. */
export type OperatorKind =
  /** Community bus run or commissioned by a town (コミュニティバス). */
  | 'COMMUNITY_BUS'
  /** Demand-responsive transport (デマンド交通). */
  | 'DEMAND_RESPONSIVE'
  /** Railway (鉄道). */
  | 'RAILWAY'
  /** Route bus (路線バス). */
  | 'ROUTE_BUS'
  /** Taxi (タクシー). */
  | 'TAXI';

/** Relay-style page information. */
export type PageInfo = {
  /** Cursor of the last item on this page; null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A campaign to promote public transport (地域公共交通の利用促進に関する取組). */
export type PromotionCampaign = {
  /** What the campaign does. */
  description: Scalars['String']['output'];
  /** Last day (ISO 8601 date). */
  endsOn: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The 取組内容 line the campaign serves. */
  initiative: Initiative;
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** The municipality that runs the campaign and alone may change it. */
  municipality: Municipality;
  /** First day (ISO 8601 date). */
  startsOn: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Web page, where there is one. */
  url: Maybe<Scalars['String']['output']>;
};

/** A page of promotion campaigns. */
export type PromotionCampaignConnection = {
  /** The campaigns on this page with their cursors. */
  edges: Array<PromotionCampaignEdge>;
  /** The campaigns on this page. */
  nodes: Array<PromotionCampaign>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A campaign with its cursor. */
export type PromotionCampaignEdge = {
  /** Pass as `after` to continue after this campaign. */
  cursor: Scalars['String']['output'];
  /** The campaign. */
  node: PromotionCampaign;
};

export type Query = {
  /**
   * How to get from one party town to another on a date: the routes serving both, and the next
   * journeys — direct, or with one change at the same or a nearby stop — over every operator's active
   * feed. Stops belong to a town by location. Answered with two SQL statements plus batched lookups.
   */
  connections: TownConnections;
  /**
   * The next departures from a stop on a date after a time, from the operator's active feed: the service
   * calendar with its exceptions, and trips of the previous service day that run past midnight. Answered
   * with one SQL statement.
   */
  departures: Array<Departure>;
  /** One operator by id. Null when unknown. */
  operator: Maybe<Operator>;
  /** One promotion campaign by id. Null when unknown. */
  promotionCampaign: Maybe<PromotionCampaign>;
  /** A route of the operator's active feed by its route_id. Null when unknown. */
  route: Maybe<BusRoute>;
  /** Stops of every operator's active feed within `radiusMeters` of a point, nearest first. */
  stopsNear: Array<NearbyStop>;
  /** A trip of the operator's active feed by its trip_id. Null when unknown. */
  trip: Maybe<Trip>;
};


export type QueryConnectionsArgs = {
  after: Scalars['String']['input'];
  date: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  fromMunicipalityCode: Scalars['String']['input'];
  maxTransfers?: InputMaybe<Scalars['Int']['input']>;
  minTransferMinutes?: InputMaybe<Scalars['Int']['input']>;
  toMunicipalityCode: Scalars['String']['input'];
  walkingMeters?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeparturesArgs = {
  after: Scalars['String']['input'];
  date: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  operatorId: Scalars['ID']['input'];
  stopId: Scalars['String']['input'];
};


export type QueryOperatorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPromotionCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRouteArgs = {
  operatorId: Scalars['ID']['input'];
  routeId: Scalars['String']['input'];
};


export type QueryStopsNearArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  radiusMeters?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTripArgs = {
  operatorId: Scalars['ID']['input'];
  tripId: Scalars['String']['input'];
};

/** Trips of a route that serve the same stops in the same order and direction. */
export type RoutePattern = {
  /** Direction (0 or 1), where the feed gives one. */
  directionId: Maybe<Scalars['Int']['output']>;
  /** Stable within a feed version: the route_id, the direction and a hash of the stop sequence. */
  id: Scalars['String']['output'];
  /** The shape of the pattern's first trip that has one. */
  shape: Maybe<Shape>;
  /** The stops served, in order. */
  stops: Array<BusStop>;
  /** How many trips follow the pattern. */
  tripCount: Scalars['Int']['output'];
  /** Their trip_ids. */
  tripIds: Array<Scalars['String']['output']>;
};

/** The path a vehicle follows (shapes.txt). */
export type Shape = {
  /** The points in order. */
  points: Array<GeoPoint>;
  /** The shape_id in the feed. */
  shapeId: Scalars['String']['output'];
};

/** A call of a trip at a stop. */
export type StopTime = {
  /** Arrival as written in the feed (may exceed 24:00:00); null for untimed stops. */
  arrival: Maybe<Scalars['String']['output']>;
  /** Departure as written in the feed (may exceed 24:00:00); null for untimed stops. */
  departure: Maybe<Scalars['String']['output']>;
  /** 0 regular drop-off, 1 none, 2 phone the agency, 3 ask the driver. */
  dropOffType: Maybe<Scalars['Int']['output']>;
  /** Headsign shown at this stop when it differs from the trip's. */
  headsign: Maybe<Scalars['String']['output']>;
  /** 0 regular pickup, 1 none, 2 phone the agency, 3 ask the driver. */
  pickupType: Maybe<Scalars['Int']['output']>;
  /** Position in the trip (stop_sequence). */
  sequence: Scalars['Int']['output'];
  /** The stop. */
  stop: BusStop;
};

/** What connects two towns on a date. */
export type TownConnections = {
  /** The next journeys, earliest arrival first; none that another leaves no earlier and arrives no later than. */
  journeys: Array<Journey>;
  /** Routes of the active feeds one of whose trips calls in both towns. */
  routes: Array<BusRoute>;
};

/** One trip of a route: a vehicle journey on the service days of its calendar. */
export type Trip = {
  /** Direction (0 or 1) as the feed defines it. */
  directionId: Maybe<Scalars['Int']['output']>;
  /** Where it is heading (trip_headsign). */
  headsign: Maybe<Scalars['String']['output']>;
  /** The route it runs on. */
  route: BusRoute;
  /** The service_id of its calendar. */
  serviceId: Scalars['String']['output'];
  /** The path the vehicle follows, where the feed has shapes. */
  shape: Maybe<Shape>;
  /** Short name shown to riders (trip_short_name), e.g. a 便 number. */
  shortName: Maybe<Scalars['String']['output']>;
  /** The calls of the trip in order. */
  stopTimes: Array<StopTime>;
  /** The trip_id in the feed. */
  tripId: Scalars['String']['output'];
};

/** A page of trips. */
export type TripConnection = {
  /** The trips on this page. */
  nodes: Array<Trip>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** Changes to a promotion campaign; omitted fields stay as they are. */
export type UpdatePromotionCampaignInput = {
  /** Description, up to 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day (YYYY-MM-DD), not before startsOn. */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  /** First day (YYYY-MM-DD). */
  startsOn?: InputMaybe<Scalars['String']['input']>;
  /** Title, 1–200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Web page (http or https); null removes it. */
  url?: InputMaybe<Scalars['String']['input']>;
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
  Operator: Operator;
  PromotionCampaign: PromotionCampaign;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Initiative:
    ( { __typename: 'Initiative' }
    & GraphQLRecursivePick<FederationTypes['Initiative'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"code":true}> );
  Operator:
    ( { __typename: 'Operator' }
    & GraphQLRecursivePick<FederationTypes['Operator'], {"id":true}> );
  PromotionCampaign:
    ( { __typename: 'PromotionCampaign' }
    & GraphQLRecursivePick<FederationTypes['PromotionCampaign'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BusRoute: ResolverTypeWrapper<RouteRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BusRouteConnection: ResolverTypeWrapper<Omit<BusRouteConnection, 'nodes'> & { nodes: Array<ResolversTypes['BusRoute']> }>;
  BusStop: ResolverTypeWrapper<StopRow>;
  BusStopConnection: ResolverTypeWrapper<Omit<BusStopConnection, 'nodes'> & { nodes: Array<ResolversTypes['BusStop']> }>;
  CreatePromotionCampaignInput: CreatePromotionCampaignInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Departure: ResolverTypeWrapper<Departure>;
  FeedFileRows: ResolverTypeWrapper<FeedFileRows>;
  FeedVersion: ResolverTypeWrapper<FeedVersionRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FeedVersionStatus: FeedVersionStatus;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Initiative: ResolverTypeWrapper<InitiativeRef>;
  Journey: ResolverTypeWrapper<JourneyModel>;
  JourneyLeg: ResolverTypeWrapper<JourneyLegModel>;
  Municipality: ResolverTypeWrapper<MunicipalityRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearbyStop: ResolverTypeWrapper<NearbyStopModel>;
  Operator: ResolverTypeWrapper<OperatorRow>;
  OperatorConnection: ResolverTypeWrapper<Omit<OperatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OperatorEdge']>, nodes: Array<ResolversTypes['Operator']> }>;
  OperatorEdge: ResolverTypeWrapper<Omit<OperatorEdge, 'node'> & { node: ResolversTypes['Operator'] }>;
  OperatorKind: OperatorKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PromotionCampaign: ResolverTypeWrapper<PromotionCampaignRow>;
  PromotionCampaignConnection: ResolverTypeWrapper<Omit<PromotionCampaignConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PromotionCampaignEdge']>, nodes: Array<ResolversTypes['PromotionCampaign']> }>;
  PromotionCampaignEdge: ResolverTypeWrapper<Omit<PromotionCampaignEdge, 'node'> & { node: ResolversTypes['PromotionCampaign'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RoutePattern: ResolverTypeWrapper<PatternRow>;
  Shape: ResolverTypeWrapper<ShapeModel>;
  StopTime: ResolverTypeWrapper<StopTimeRow>;
  TownConnections: ResolverTypeWrapper<Omit<TownConnections, 'journeys' | 'routes'> & { journeys: Array<ResolversTypes['Journey']>, routes: Array<ResolversTypes['BusRoute']> }>;
  Trip: ResolverTypeWrapper<TripRow>;
  TripConnection: ResolverTypeWrapper<Omit<TripConnection, 'nodes'> & { nodes: Array<ResolversTypes['Trip']> }>;
  UpdatePromotionCampaignInput: UpdatePromotionCampaignInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BusRoute: RouteRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  BusRouteConnection: Omit<BusRouteConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['BusRoute']> };
  BusStop: StopRow;
  BusStopConnection: Omit<BusStopConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['BusStop']> };
  CreatePromotionCampaignInput: CreatePromotionCampaignInput;
  ID: Scalars['ID']['output'];
  Departure: Departure;
  FeedFileRows: FeedFileRows;
  FeedVersion: FeedVersionRow;
  Boolean: Scalars['Boolean']['output'];
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  Initiative: InitiativeRef;
  Journey: JourneyModel;
  JourneyLeg: JourneyLegModel;
  Municipality: MunicipalityRef;
  Mutation: Record<PropertyKey, never>;
  NearbyStop: NearbyStopModel;
  Operator: OperatorRow;
  OperatorConnection: Omit<OperatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OperatorEdge']>, nodes: Array<ResolversParentTypes['Operator']> };
  OperatorEdge: Omit<OperatorEdge, 'node'> & { node: ResolversParentTypes['Operator'] };
  PageInfo: PageInfo;
  PromotionCampaign: PromotionCampaignRow;
  PromotionCampaignConnection: Omit<PromotionCampaignConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PromotionCampaignEdge']>, nodes: Array<ResolversParentTypes['PromotionCampaign']> };
  PromotionCampaignEdge: Omit<PromotionCampaignEdge, 'node'> & { node: ResolversParentTypes['PromotionCampaign'] };
  Query: Record<PropertyKey, never>;
  RoutePattern: PatternRow;
  Shape: ShapeModel;
  StopTime: StopTimeRow;
  TownConnections: Omit<TownConnections, 'journeys' | 'routes'> & { journeys: Array<ResolversParentTypes['Journey']>, routes: Array<ResolversParentTypes['BusRoute']> };
  Trip: TripRow;
  TripConnection: Omit<TripConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Trip']> };
  UpdatePromotionCampaignInput: UpdatePromotionCampaignInput;
};

export type BusRouteResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['BusRoute'] = ResolversParentTypes['BusRoute']> = {
  color?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  longName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  patterns?: Resolver<Array<ResolversTypes['RoutePattern']>, ParentType, ContextType>;
  routeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  routeType?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trips?: Resolver<ResolversTypes['TripConnection'], ParentType, ContextType, RequireFields<BusRouteTripsArgs, 'first'>>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BusRouteConnectionResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['BusRouteConnection'] = ResolversParentTypes['BusRouteConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['BusRoute']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BusStopResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['BusStop'] = ResolversParentTypes['BusStop']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  platformCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stopId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BusStopConnectionResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['BusStopConnection'] = ResolversParentTypes['BusStopConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['BusStop']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DepartureResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['Departure'] = ResolversParentTypes['Departure']> = {
  headsign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  routeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  routeLongName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  routeShortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tripId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeedFileRowsResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['FeedFileRows'] = ResolversParentTypes['FeedFileRows']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FeedVersionResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['FeedVersion'] = ResolversParentTypes['FeedVersion']> = {
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rowCounts?: Resolver<Array<ResolversTypes['FeedFileRows']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeedVersionStatus'], ParentType, ContextType>;
  warningCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type InitiativeResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative'], FederationReferenceType extends FederationReferenceTypes['Initiative'] = FederationReferenceTypes['Initiative']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Initiative']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  promotionCampaigns?: Resolver<ResolversTypes['PromotionCampaignConnection'], ParentType, ContextType, RequireFields<InitiativePromotionCampaignsArgs, 'first'>>;
};

export type JourneyResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['Journey'] = ResolversParentTypes['Journey']> = {
  arrival?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['JourneyLeg']>, ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JourneyLegResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['JourneyLeg'] = ResolversParentTypes['JourneyLeg']> = {
  arrival?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType>;
  serviceDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType>;
  trip?: Resolver<ResolversTypes['Trip'], ParentType, ContextType>;
  walkMeters?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  busStops?: Resolver<ResolversTypes['BusStopConnection'], ParentType, ContextType, RequireFields<MunicipalityBusStopsArgs, 'first'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  routes?: Resolver<ResolversTypes['BusRouteConnection'], ParentType, ContextType, RequireFields<MunicipalityRoutesArgs, 'first'>>;
  transitOperators?: Resolver<ResolversTypes['OperatorConnection'], ParentType, ContextType, RequireFields<MunicipalityTransitOperatorsArgs, 'first'>>;
};

export type MutationResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createPromotionCampaign?: Resolver<ResolversTypes['PromotionCampaign'], ParentType, ContextType, RequireFields<MutationCreatePromotionCampaignArgs, 'input'>>;
  importGtfsFeed?: Resolver<ResolversTypes['FeedVersion'], ParentType, ContextType, RequireFields<MutationImportGtfsFeedArgs, 'contentBase64' | 'fileName' | 'operatorId'>>;
  updatePromotionCampaign?: Resolver<ResolversTypes['PromotionCampaign'], ParentType, ContextType, RequireFields<MutationUpdatePromotionCampaignArgs, 'id' | 'input'>>;
};

export type NearbyStopResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['NearbyStop'] = ResolversParentTypes['NearbyStop']> = {
  distanceMeters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stop?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType>;
};

export type OperatorResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['Operator'] = ResolversParentTypes['Operator'], FederationReferenceType extends FederationReferenceTypes['Operator'] = FederationReferenceTypes['Operator']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Operator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  feedVersions?: Resolver<Array<ResolversTypes['FeedVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OperatorKind'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OperatorConnectionResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['OperatorConnection'] = ResolversParentTypes['OperatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OperatorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Operator']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type OperatorEdgeResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['OperatorEdge'] = ResolversParentTypes['OperatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PromotionCampaignResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['PromotionCampaign'] = ResolversParentTypes['PromotionCampaign'], FederationReferenceType extends FederationReferenceTypes['PromotionCampaign'] = FederationReferenceTypes['PromotionCampaign']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PromotionCampaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PromotionCampaignConnectionResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['PromotionCampaignConnection'] = ResolversParentTypes['PromotionCampaignConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PromotionCampaignEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PromotionCampaign']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PromotionCampaignEdgeResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['PromotionCampaignEdge'] = ResolversParentTypes['PromotionCampaignEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PromotionCampaign'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  connections?: Resolver<ResolversTypes['TownConnections'], ParentType, ContextType, RequireFields<QueryConnectionsArgs, 'after' | 'date' | 'first' | 'fromMunicipalityCode' | 'maxTransfers' | 'minTransferMinutes' | 'toMunicipalityCode' | 'walkingMeters'>>;
  departures?: Resolver<Array<ResolversTypes['Departure']>, ParentType, ContextType, RequireFields<QueryDeparturesArgs, 'after' | 'date' | 'first' | 'operatorId' | 'stopId'>>;
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType, RequireFields<QueryOperatorArgs, 'id'>>;
  promotionCampaign?: Resolver<Maybe<ResolversTypes['PromotionCampaign']>, ParentType, ContextType, RequireFields<QueryPromotionCampaignArgs, 'id'>>;
  route?: Resolver<Maybe<ResolversTypes['BusRoute']>, ParentType, ContextType, RequireFields<QueryRouteArgs, 'operatorId' | 'routeId'>>;
  stopsNear?: Resolver<Array<ResolversTypes['NearbyStop']>, ParentType, ContextType, RequireFields<QueryStopsNearArgs, 'first' | 'latitude' | 'longitude' | 'radiusMeters'>>;
  trip?: Resolver<Maybe<ResolversTypes['Trip']>, ParentType, ContextType, RequireFields<QueryTripArgs, 'operatorId' | 'tripId'>>;
};

export type RoutePatternResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['RoutePattern'] = ResolversParentTypes['RoutePattern']> = {
  directionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shape?: Resolver<Maybe<ResolversTypes['Shape']>, ParentType, ContextType>;
  stops?: Resolver<Array<ResolversTypes['BusStop']>, ParentType, ContextType>;
  tripCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tripIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ShapeResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['Shape'] = ResolversParentTypes['Shape']> = {
  points?: Resolver<Array<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  shapeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StopTimeResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['StopTime'] = ResolversParentTypes['StopTime']> = {
  arrival?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dropOffType?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  headsign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pickupType?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stop?: Resolver<ResolversTypes['BusStop'], ParentType, ContextType>;
};

export type TownConnectionsResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['TownConnections'] = ResolversParentTypes['TownConnections']> = {
  journeys?: Resolver<Array<ResolversTypes['Journey']>, ParentType, ContextType>;
  routes?: Resolver<Array<ResolversTypes['BusRoute']>, ParentType, ContextType>;
};

export type TripResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['Trip'] = ResolversParentTypes['Trip']> = {
  directionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  headsign?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  route?: Resolver<ResolversTypes['BusRoute'], ParentType, ContextType>;
  serviceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shape?: Resolver<Maybe<ResolversTypes['Shape']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stopTimes?: Resolver<Array<ResolversTypes['StopTime']>, ParentType, ContextType>;
  tripId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TripConnectionResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['TripConnection'] = ResolversParentTypes['TripConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Trip']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type Resolvers<ContextType = TransitContext> = {
  BusRoute?: BusRouteResolvers<ContextType>;
  BusRouteConnection?: BusRouteConnectionResolvers<ContextType>;
  BusStop?: BusStopResolvers<ContextType>;
  BusStopConnection?: BusStopConnectionResolvers<ContextType>;
  Departure?: DepartureResolvers<ContextType>;
  FeedFileRows?: FeedFileRowsResolvers<ContextType>;
  FeedVersion?: FeedVersionResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  Journey?: JourneyResolvers<ContextType>;
  JourneyLeg?: JourneyLegResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NearbyStop?: NearbyStopResolvers<ContextType>;
  Operator?: OperatorResolvers<ContextType>;
  OperatorConnection?: OperatorConnectionResolvers<ContextType>;
  OperatorEdge?: OperatorEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PromotionCampaign?: PromotionCampaignResolvers<ContextType>;
  PromotionCampaignConnection?: PromotionCampaignConnectionResolvers<ContextType>;
  PromotionCampaignEdge?: PromotionCampaignEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RoutePattern?: RoutePatternResolvers<ContextType>;
  Shape?: ShapeResolvers<ContextType>;
  StopTime?: StopTimeResolvers<ContextType>;
  TownConnections?: TownConnectionsResolvers<ContextType>;
  Trip?: TripResolvers<ContextType>;
  TripConnection?: TripConnectionResolvers<ContextType>;
};

