import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { JourneyLegModel, JourneyModel } from '../subgraphs/transit/connections/connections.model.js';
import type { FeedVersionModel } from '../subgraphs/transit/feeds/feeds.model.js';
import type { OperatorModel } from '../subgraphs/transit/operators/operators.model.js';
import type { PromotionCampaignModel } from '../subgraphs/transit/promotion-campaigns/promotion-campaigns.model.js';
import type { RecruitmentEventModel } from '../subgraphs/transit/recruitment/recruitment-events.model.js';
import type { RecruitmentOpeningModel } from '../subgraphs/transit/recruitment/recruitment-openings.model.js';
import type { RouteMonthStatisticsModel, RoutePerformanceModel } from '../subgraphs/transit/route-statistics/route-statistics.model.js';
import type { BusStopModel, BusRouteModel, TripModel, StopTimeModel, RoutePatternModel, ShapeModel, NearbyStopModel } from '../subgraphs/transit/timetable/timetable.model.js';
import type { MunicipalityModel, InitiativeModel } from '../lib/graphql/entity-refs.js';
import type { CountedLazily } from '../lib/graphql/pagination.js';
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
  /**
   * An amount of money in whole yen, serialised as a JSON number that is always a safe integer (at most
   * 9,007,199,254,740,991 in absolute value), so sums over 2^31 yen never overflow as a 32-bit Int would. Accepted as
   * input: a JSON integer or a decimal string such as "2147483648".
   */
  Yen: { input: number; output: number; }
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
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
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
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
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

/** A new recruitment event. */
export type CreateRecruitmentEventInput = {
  /** Description, up to 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Day held (YYYY-MM-DD). */
  heldOn: Scalars['String']['input'];
  /** People hired, a whole number ≥ 0, not more than participants. */
  hires?: InputMaybe<Scalars['Int']['input']>;
  /** The 取組内容 line of the transit field it serves; defaults to `transit-3` (担い手確保). */
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  /** What kind of event. */
  kind: RecruitmentEventKind;
  /** Owning municipality; defaults to the caller's. Editors may only name their own. Ignored when regionWide. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** People who took part, a whole number ≥ 0. */
  participants?: InputMaybe<Scalars['Int']['input']>;
  /** True for a region-wide event (no owning town): the coordinator only. */
  regionWide?: InputMaybe<Scalars['Boolean']['input']>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
  /** Web page (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** Venue, up to 200 characters. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** A new recruitment opening. */
export type CreateRecruitmentOpeningInput = {
  /** Last day (YYYY-MM-DD), not before opensOn; omit while open-ended. */
  closesOn?: InputMaybe<Scalars['String']['input']>;
  /** Description, up to 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** How the job is employed. */
  employmentType: EmploymentType;
  /** The 取組内容 line of the transit field it serves; defaults to `transit-3` (担い手確保). */
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  /** Owning municipality; defaults to the caller's. Editors may only name their own. Ignored when regionWide. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** First day of recruitment (YYYY-MM-DD). */
  opensOn: Scalars['String']['input'];
  /** The employing operator, where there is one. */
  operatorId?: InputMaybe<Scalars['ID']['input']>;
  /** Positions to fill, 1–1000. */
  positions: Scalars['Int']['input'];
  /** True for a region-wide opening (no owning town): the coordinator only. */
  regionWide?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the job is. */
  role: RecruitmentRole;
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

/** How a job is employed. */
export type EmploymentType =
  /** Fixed-term contract (契約社員・会計年度任用職員). */
  | 'CONTRACT'
  /** Full-time (正社員). */
  | 'FULL_TIME'
  /** Any other form. */
  | 'OTHER'
  /** Part-time (パート・アルバイト). */
  | 'PART_TIME'
  /** Seasonal, e.g. winter only. */
  | 'SEASONAL';

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
  /** Recruitment events serving this initiative, newest first. */
  recruitmentEvents: RecruitmentEventConnection;
  /** Recruitment openings serving this initiative, newest first. */
  recruitmentOpenings: RecruitmentOpeningConnection;
};


export type InitiativePromotionCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type InitiativeRecruitmentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type InitiativeRecruitmentOpeningsArgs = {
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
  /** The town's recruitment events, newest first (region-wide ones are listed by `recruitmentEvents`). */
  recruitmentEvents: RecruitmentEventConnection;
  /** The town's recruitment openings, newest first (region-wide ones are listed by `recruitmentOpenings`). */
  recruitmentOpenings: RecruitmentOpeningConnection;
  /** Routes in the active feeds of the town's operators, by feed and route_id. */
  routes: BusRouteConnection;
  /** Operators run or commissioned by the municipality, ordered by id. */
  transitOperators: OperatorConnection;
};


export type MunicipalityBusStopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MunicipalityRecruitmentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MunicipalityRecruitmentOpeningsArgs = {
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
   * Records a recruitment event (job fair, driving experience, licence support…). With `municipalityCode`
   * omitted it belongs to the caller's town; `regionWide: true` makes it a region-wide event, which only the
   * coordinator (岩見沢市) may create. FORBIDDEN for another town's event, UNAUTHENTICATED for anonymous callers.
   */
  createRecruitmentEvent: RecruitmentEvent;
  /**
   * Publishes a recruitment opening. With `municipalityCode` null or omitted it belongs to the caller's town;
   * `regionWide: true` makes it a region-wide opening, which only the coordinator (岩見沢市) may create.
   * FORBIDDEN for another town's opening, UNAUTHENTICATED for anonymous callers.
   */
  createRecruitmentOpening: RecruitmentOpening;
  /**
   * Imports an operator's GTFS-JP (or plain GTFS) zip as a new feed version. The feed is validated first;
   * any error refuses it whole (BAD_USER_INPUT listing every `file:line: reason`, also in
   * `extensions.problems`). A valid feed is loaded and activated in one transaction: the previous version
   * stays active until then and is kept. Staff of the operator's town (the coordinator for region-wide
   * operators) only. The zip travels base64-encoded within the request body limit.
   */
  importGtfsFeed: FeedVersion;
  /**
   * Records (or corrects) monthly figures of one route: a month reported again replaces the earlier figures.
   * The route must be in the operator's active feed. Staff of the operator's town only (the coordinator for
   * region-wide operators); every problem is reported by its path (`input.months[3].boardings`) and nothing is
   * written unless the whole batch is valid.
   */
  recordRouteStatistics: Array<RouteMonthStatistics>;
  /** Changes a campaign. Only staff of the owning municipality (or an admin) may; NOT_FOUND for an unknown id. */
  updatePromotionCampaign: PromotionCampaign;
  /** Changes an event (e.g. adds participant and hire counts afterwards). Staff of its town, or the coordinator for region-wide ones. */
  updateRecruitmentEvent: RecruitmentEvent;
  /** Changes an opening (e.g. marks it FILLED). Staff of its town, or the coordinator for region-wide ones; NOT_FOUND for an unknown id. */
  updateRecruitmentOpening: RecruitmentOpening;
};


export type MutationCreatePromotionCampaignArgs = {
  input: CreatePromotionCampaignInput;
};


export type MutationCreateRecruitmentEventArgs = {
  input: CreateRecruitmentEventInput;
};


export type MutationCreateRecruitmentOpeningArgs = {
  input: CreateRecruitmentOpeningInput;
};


export type MutationImportGtfsFeedArgs = {
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  operatorId: Scalars['ID']['input'];
};


export type MutationRecordRouteStatisticsArgs = {
  input: RecordRouteStatisticsInput;
};


export type MutationUpdatePromotionCampaignArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePromotionCampaignInput;
};


export type MutationUpdateRecruitmentEventArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRecruitmentEventInput;
};


export type MutationUpdateRecruitmentOpeningArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRecruitmentOpeningInput;
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
  /** Performance of each of the operator's routes in a fiscal year (April–March), ordered by route id. */
  routePerformance: Array<RoutePerformance>;
  /** Web page, where there is one. */
  url: Maybe<Scalars['String']['output']>;
};


/** A transport operator: a town's community bus, a route-bus company, a demand-responsive service. */
export type OperatorRoutePerformanceArgs = {
  fiscalYear: Scalars['Int']['input'];
};

/** A page of operators. */
export type OperatorConnection = {
  /** The operators on this page with their cursors. */
  edges: Array<OperatorEdge>;
  /** The operators on this page. */
  nodes: Array<Operator>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
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
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
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
  /** One recruitment event by id. Null when unknown. */
  recruitmentEvent: Maybe<RecruitmentEvent>;
  /**
   * Recruitment events, newest first. `municipalityCode` keeps one town's events; without it, every event
   * including region-wide ones. `from` / `to` (YYYY-MM-DD, inclusive) bound the day held.
   */
  recruitmentEvents: RecruitmentEventConnection;
  /** One recruitment opening by id. Null when unknown. */
  recruitmentOpening: Maybe<RecruitmentOpening>;
  /**
   * Recruitment openings, newest first. `municipalityCode` keeps one town's openings; without it, every
   * opening including region-wide ones. `status` keeps openings in that state.
   */
  recruitmentOpenings: RecruitmentOpeningConnection;
  /**
   * Every route with figures in the fiscal year `fiscalYear` (April–March), across every operator of the region
   * (region-wide operators included), ordered by operator id and route id.
   */
  regionRoutePerformance: Array<RoutePerformance>;
  /** A route of the operator's active feed by its route_id. Null when unknown. */
  route: Maybe<BusRoute>;
  /**
   * Each route of the operator with figures in the Japanese fiscal year `fiscalYear` (April of that year to
   * March of the next; 2025 = 令和7年度), ordered by route id.
   */
  routePerformance: Array<RoutePerformance>;
  /** The fiscal years (April–March) for which any route has figures, newest first. */
  routePerformanceFiscalYears: Array<Scalars['Int']['output']>;
  /**
   * One route's monthly figures from `from` to `to` (both YYYY-MM, inclusive, at most 120 months), oldest first.
   * Months the operator has not reported are absent.
   */
  routeRidership: Array<RouteMonthStatistics>;
  /** A stop of the operator's active feed by its stop_id (e.g. to name the stop of a departures board). Null when unknown. */
  stop: Maybe<BusStop>;
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
  within?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryRecruitmentEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRecruitmentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRecruitmentOpeningArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRecruitmentOpeningsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<RecruitmentOpeningStatus>;
};


export type QueryRegionRoutePerformanceArgs = {
  fiscalYear: Scalars['Int']['input'];
};


export type QueryRouteArgs = {
  operatorId: Scalars['ID']['input'];
  routeId: Scalars['String']['input'];
};


export type QueryRoutePerformanceArgs = {
  fiscalYear: Scalars['Int']['input'];
  operatorId: Scalars['ID']['input'];
};


export type QueryRouteRidershipArgs = {
  from: Scalars['String']['input'];
  operatorId: Scalars['ID']['input'];
  routeId: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryStopArgs = {
  operatorId: Scalars['ID']['input'];
  stopId: Scalars['String']['input'];
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

/** Monthly figures of one route to record. */
export type RecordRouteStatisticsInput = {
  /** One entry per month, 1–120 entries, each month at most once. */
  months: Array<RouteMonthInput>;
  /** The operator running the route. */
  operatorId: Scalars['ID']['input'];
  /** The route's route_id in the operator's active GTFS feed. */
  routeId: Scalars['String']['input'];
};

/** An event to find and train drivers and other transport staff (担い手確保). */
export type RecruitmentEvent = {
  /** What happens there. */
  description: Scalars['String']['output'];
  /** Day held (ISO 8601 date). */
  heldOn: Scalars['String']['output'];
  /** People hired as a result; null until reported. */
  hires: Maybe<Scalars['Int']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The 取組内容 line it serves (担い手確保, transit-3). */
  initiative: Initiative;
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** What kind of event. */
  kind: RecruitmentEventKind;
  /** The town that holds it; null for region-wide events (managed by the coordinator). */
  municipality: Maybe<Municipality>;
  /** People who took part (a count, never names); null until reported. */
  participants: Maybe<Scalars['Int']['output']>;
  /** Title, e.g. バス運転体験会. */
  title: Scalars['String']['output'];
  /** Web page, where there is one. */
  url: Maybe<Scalars['String']['output']>;
  /** Where it is held. */
  venue: Scalars['String']['output'];
};

/** A page of recruitment events. */
export type RecruitmentEventConnection = {
  /** The events on this page with their cursors. */
  edges: Array<RecruitmentEventEdge>;
  /** The events on this page. */
  nodes: Array<RecruitmentEvent>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** An event with its cursor. */
export type RecruitmentEventEdge = {
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: RecruitmentEvent;
};

/** Kind of recruitment event. */
export type RecruitmentEventKind =
  /** Driving experience with a large vehicle (バス運転体験会). */
  | 'DRIVING_EXPERIENCE'
  /** Job fair or company information session (合同説明会). */
  | 'JOB_FAIR'
  /** Support for obtaining a type-2 licence (二種免許取得支援). */
  | 'LICENSE_SUPPORT'
  /** Any other event. */
  | 'OTHER'
  /** Seminar or lecture. */
  | 'SEMINAR';

/** A job opening for drivers and other transport staff (担い手確保). */
export type RecruitmentOpening = {
  /** Last day of recruitment (ISO 8601 date); null while open-ended. */
  closesOn: Maybe<Scalars['String']['output']>;
  /** Conditions, licence requirements, contact. */
  description: Scalars['String']['output'];
  /** How the job is employed. */
  employmentType: EmploymentType;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The 取組内容 line it serves (担い手確保, transit-3). */
  initiative: Initiative;
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** The town that publishes it; null for region-wide openings (managed by the coordinator). */
  municipality: Maybe<Municipality>;
  /** First day of recruitment (ISO 8601 date). */
  opensOn: Scalars['String']['output'];
  /** The operator that employs, where named. */
  operator: Maybe<Operator>;
  /** Positions to fill. */
  positions: Scalars['Int']['output'];
  /** What the job is. */
  role: RecruitmentRole;
  /** Where recruitment stands. */
  status: RecruitmentOpeningStatus;
  /** Title, e.g. コミュニティバス運転手募集. */
  title: Scalars['String']['output'];
  /** Web page, where there is one. */
  url: Maybe<Scalars['String']['output']>;
};

/** A page of recruitment openings. */
export type RecruitmentOpeningConnection = {
  /** The openings on this page with their cursors. */
  edges: Array<RecruitmentOpeningEdge>;
  /** The openings on this page. */
  nodes: Array<RecruitmentOpening>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** An opening with its cursor. */
export type RecruitmentOpeningEdge = {
  /** Pass as `after` to continue after this opening. */
  cursor: Scalars['String']['output'];
  /** The opening. */
  node: RecruitmentOpening;
};

/** Where an opening's recruitment stands. */
export type RecruitmentOpeningStatus =
  /** Closed without (all) positions filled. */
  | 'CLOSED'
  /** Every position filled. */
  | 'FILLED'
  /** Accepting applications. */
  | 'OPEN';

/** The job an opening recruits for. */
export type RecruitmentRole =
  /** Bus driver (大型二種). */
  | 'BUS_DRIVER'
  /** Driver of demand-responsive transport (デマンド交通). */
  | 'DEMAND_DRIVER'
  /** Dispatcher or operations manager (運行管理者). */
  | 'DISPATCHER'
  /** Vehicle mechanic (整備士). */
  | 'MECHANIC'
  /** Any other job. */
  | 'OTHER'
  /** Taxi driver (普通二種). */
  | 'TAXI_DRIVER';

/** One month of a route's figures. */
export type RouteMonthInput = {
  /** Passengers alighting, a whole number ≥ 0; omit when not counted. */
  alightings?: InputMaybe<Scalars['Int']['input']>;
  /** Passengers boarding, a whole number ≥ 0. */
  boardings: Scalars['Int']['input'];
  /** Fare revenue in whole yen ≥ 0. */
  fareRevenueYen?: InputMaybe<Scalars['Yen']['input']>;
  /** The month (YYYY-MM). */
  month: Scalars['String']['input'];
  /** Operating cost in whole yen ≥ 0. */
  operatingCostYen?: InputMaybe<Scalars['Yen']['input']>;
  /** Passenger kilometres ≥ 0. */
  passengerKm?: InputMaybe<Scalars['Float']['input']>;
  /** Vehicle kilometres ≥ 0. */
  vehicleKm?: InputMaybe<Scalars['Float']['input']>;
};

/** One route's figures for one month, as its operator reported them. */
export type RouteMonthStatistics = {
  /** Passengers alighting; null when not counted. */
  alightings: Maybe<Scalars['Int']['output']>;
  /** 平均乗車密度 for the month: passengerKm / vehicleKm; null when either is missing or vehicleKm is 0. */
  averageLoad: Maybe<Scalars['Float']['output']>;
  /** Passengers boarding (乗車人員). */
  boardings: Scalars['Int']['output'];
  /** Fare revenue in yen (運賃収入); null when not reported. */
  fareRevenueYen: Maybe<Scalars['Yen']['output']>;
  /** 収支率 for the month: fareRevenueYen / operatingCostYen; null when either is missing or the cost is 0. */
  fareboxRatio: Maybe<Scalars['Float']['output']>;
  /** The 取組内容 line the figures serve (利用促進, transit-2). */
  initiative: Initiative;
  /** True for generated sample records. */
  isSample: Scalars['Boolean']['output'];
  /** The month (YYYY-MM). */
  month: Scalars['String']['output'];
  /** Operating cost in yen (運行経費); null when not reported. */
  operatingCostYen: Maybe<Scalars['Yen']['output']>;
  /** The operator running the route. */
  operator: Operator;
  /** Passenger kilometres (人キロ); null when not reported. */
  passengerKm: Maybe<Scalars['Float']['output']>;
  /** The route's route_id in the operator's GTFS feed. */
  routeId: Scalars['String']['output'];
  /** Vehicle kilometres run (実車走行キロ); null when not reported. */
  vehicleKm: Maybe<Scalars['Float']['output']>;
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

/** One route's totals for a fiscal year (April–March). */
export type RoutePerformance = {
  /** Total alightings; null when any reported month lacks them. */
  alightings: Maybe<Scalars['Int']['output']>;
  /** 平均乗車密度: total passenger km / total vehicle km; null when either total is null or vehicle km is 0. */
  averageLoad: Maybe<Scalars['Float']['output']>;
  /** Total boardings over the reported months. */
  boardings: Scalars['Int']['output'];
  /** Total fare revenue in yen; null when any reported month lacks it. */
  fareRevenueYen: Maybe<Scalars['Yen']['output']>;
  /** 収支率: total fare revenue / total operating cost; null when either total is null or the cost is 0. */
  fareboxRatio: Maybe<Scalars['Float']['output']>;
  /** The fiscal year (2025 = April 2025 – March 2026). */
  fiscalYear: Scalars['Int']['output'];
  /** The 取組内容 line the figures serve (利用促進, transit-2). */
  initiative: Initiative;
  /** True when any month of the year is a generated sample record. */
  isSample: Scalars['Boolean']['output'];
  /** Months of the year with figures (1–12). */
  monthsReported: Scalars['Int']['output'];
  /** Total operating cost in yen; null when any reported month lacks it. */
  operatingCostYen: Maybe<Scalars['Yen']['output']>;
  /** The operator running the route. */
  operator: Operator;
  /** Total passenger kilometres; null when any reported month lacks them. */
  passengerKm: Maybe<Scalars['Float']['output']>;
  /** The route's route_id in the operator's GTFS feed. */
  routeId: Scalars['String']['output'];
  /** The route's long (or short) name in the operator's active feed; null when the feed no longer has it. */
  routeName: Maybe<Scalars['String']['output']>;
  /** Total vehicle kilometres; null when any reported month lacks them. */
  vehicleKm: Maybe<Scalars['Float']['output']>;
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
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
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

/** Changes to an event; omitted fields stay as they are. */
export type UpdateRecruitmentEventInput = {
  /** Description, up to 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Day held (YYYY-MM-DD). */
  heldOn?: InputMaybe<Scalars['String']['input']>;
  /** People hired, a whole number ≥ 0; null makes it unknown. */
  hires?: InputMaybe<Scalars['Int']['input']>;
  /** What kind of event. */
  kind?: InputMaybe<RecruitmentEventKind>;
  /** People who took part, a whole number ≥ 0; null makes it unknown. */
  participants?: InputMaybe<Scalars['Int']['input']>;
  /** Title, 1–200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Web page (http or https); null removes it. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** Venue, up to 200 characters. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an opening; omitted fields stay as they are. */
export type UpdateRecruitmentOpeningInput = {
  /** Last day (YYYY-MM-DD), not before opensOn; null makes it open-ended. */
  closesOn?: InputMaybe<Scalars['String']['input']>;
  /** Description, up to 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** How the job is employed. */
  employmentType?: InputMaybe<EmploymentType>;
  /** First day of recruitment (YYYY-MM-DD). */
  opensOn?: InputMaybe<Scalars['String']['input']>;
  /** Positions to fill, 1–1000. */
  positions?: InputMaybe<Scalars['Int']['input']>;
  /** What the job is. */
  role?: InputMaybe<RecruitmentRole>;
  /** Where recruitment stands. */
  status?: InputMaybe<RecruitmentOpeningStatus>;
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
  RecruitmentEvent: RecruitmentEvent;
  RecruitmentOpening: RecruitmentOpening;
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
  RecruitmentEvent:
    ( { __typename: 'RecruitmentEvent' }
    & GraphQLRecursivePick<FederationTypes['RecruitmentEvent'], {"id":true}> );
  RecruitmentOpening:
    ( { __typename: 'RecruitmentOpening' }
    & GraphQLRecursivePick<FederationTypes['RecruitmentOpening'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BusRoute: ResolverTypeWrapper<BusRouteModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BusRouteConnection: ResolverTypeWrapper<CountedLazily<Omit<BusRouteConnection, 'nodes'> & { nodes: Array<ResolversTypes['BusRoute']> }>>;
  BusStop: ResolverTypeWrapper<BusStopModel>;
  BusStopConnection: ResolverTypeWrapper<CountedLazily<Omit<BusStopConnection, 'nodes'> & { nodes: Array<ResolversTypes['BusStop']> }>>;
  CreatePromotionCampaignInput: CreatePromotionCampaignInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateRecruitmentEventInput: CreateRecruitmentEventInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateRecruitmentOpeningInput: CreateRecruitmentOpeningInput;
  Departure: ResolverTypeWrapper<Departure>;
  EmploymentType: EmploymentType;
  FeedFileRows: ResolverTypeWrapper<FeedFileRows>;
  FeedVersion: ResolverTypeWrapper<FeedVersionModel>;
  FeedVersionStatus: FeedVersionStatus;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Initiative: ResolverTypeWrapper<InitiativeModel>;
  Journey: ResolverTypeWrapper<JourneyModel>;
  JourneyLeg: ResolverTypeWrapper<JourneyLegModel>;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearbyStop: ResolverTypeWrapper<NearbyStopModel>;
  Operator: ResolverTypeWrapper<OperatorModel>;
  OperatorConnection: ResolverTypeWrapper<CountedLazily<Omit<OperatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OperatorEdge']>, nodes: Array<ResolversTypes['Operator']> }>>;
  OperatorEdge: ResolverTypeWrapper<Omit<OperatorEdge, 'node'> & { node: ResolversTypes['Operator'] }>;
  OperatorKind: OperatorKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PromotionCampaign: ResolverTypeWrapper<PromotionCampaignModel>;
  PromotionCampaignConnection: ResolverTypeWrapper<CountedLazily<Omit<PromotionCampaignConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PromotionCampaignEdge']>, nodes: Array<ResolversTypes['PromotionCampaign']> }>>;
  PromotionCampaignEdge: ResolverTypeWrapper<Omit<PromotionCampaignEdge, 'node'> & { node: ResolversTypes['PromotionCampaign'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordRouteStatisticsInput: RecordRouteStatisticsInput;
  RecruitmentEvent: ResolverTypeWrapper<RecruitmentEventModel>;
  RecruitmentEventConnection: ResolverTypeWrapper<CountedLazily<Omit<RecruitmentEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RecruitmentEventEdge']>, nodes: Array<ResolversTypes['RecruitmentEvent']> }>>;
  RecruitmentEventEdge: ResolverTypeWrapper<Omit<RecruitmentEventEdge, 'node'> & { node: ResolversTypes['RecruitmentEvent'] }>;
  RecruitmentEventKind: RecruitmentEventKind;
  RecruitmentOpening: ResolverTypeWrapper<RecruitmentOpeningModel>;
  RecruitmentOpeningConnection: ResolverTypeWrapper<CountedLazily<Omit<RecruitmentOpeningConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RecruitmentOpeningEdge']>, nodes: Array<ResolversTypes['RecruitmentOpening']> }>>;
  RecruitmentOpeningEdge: ResolverTypeWrapper<Omit<RecruitmentOpeningEdge, 'node'> & { node: ResolversTypes['RecruitmentOpening'] }>;
  RecruitmentOpeningStatus: RecruitmentOpeningStatus;
  RecruitmentRole: RecruitmentRole;
  RouteMonthInput: RouteMonthInput;
  RouteMonthStatistics: ResolverTypeWrapper<RouteMonthStatisticsModel>;
  RoutePattern: ResolverTypeWrapper<RoutePatternModel>;
  RoutePerformance: ResolverTypeWrapper<RoutePerformanceModel>;
  Shape: ResolverTypeWrapper<ShapeModel>;
  StopTime: ResolverTypeWrapper<StopTimeModel>;
  TownConnections: ResolverTypeWrapper<Omit<TownConnections, 'journeys' | 'routes'> & { journeys: Array<ResolversTypes['Journey']>, routes: Array<ResolversTypes['BusRoute']> }>;
  Trip: ResolverTypeWrapper<TripModel>;
  TripConnection: ResolverTypeWrapper<CountedLazily<Omit<TripConnection, 'nodes'> & { nodes: Array<ResolversTypes['Trip']> }>>;
  UpdatePromotionCampaignInput: UpdatePromotionCampaignInput;
  UpdateRecruitmentEventInput: UpdateRecruitmentEventInput;
  UpdateRecruitmentOpeningInput: UpdateRecruitmentOpeningInput;
  Yen: ResolverTypeWrapper<Scalars['Yen']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BusRoute: BusRouteModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  BusRouteConnection: CountedLazily<Omit<BusRouteConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['BusRoute']> }>;
  BusStop: BusStopModel;
  BusStopConnection: CountedLazily<Omit<BusStopConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['BusStop']> }>;
  CreatePromotionCampaignInput: CreatePromotionCampaignInput;
  ID: Scalars['ID']['output'];
  CreateRecruitmentEventInput: CreateRecruitmentEventInput;
  Boolean: Scalars['Boolean']['output'];
  CreateRecruitmentOpeningInput: CreateRecruitmentOpeningInput;
  Departure: Departure;
  FeedFileRows: FeedFileRows;
  FeedVersion: FeedVersionModel;
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  Initiative: InitiativeModel;
  Journey: JourneyModel;
  JourneyLeg: JourneyLegModel;
  Municipality: MunicipalityModel;
  Mutation: Record<PropertyKey, never>;
  NearbyStop: NearbyStopModel;
  Operator: OperatorModel;
  OperatorConnection: CountedLazily<Omit<OperatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OperatorEdge']>, nodes: Array<ResolversParentTypes['Operator']> }>;
  OperatorEdge: Omit<OperatorEdge, 'node'> & { node: ResolversParentTypes['Operator'] };
  PageInfo: PageInfo;
  PromotionCampaign: PromotionCampaignModel;
  PromotionCampaignConnection: CountedLazily<Omit<PromotionCampaignConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PromotionCampaignEdge']>, nodes: Array<ResolversParentTypes['PromotionCampaign']> }>;
  PromotionCampaignEdge: Omit<PromotionCampaignEdge, 'node'> & { node: ResolversParentTypes['PromotionCampaign'] };
  Query: Record<PropertyKey, never>;
  RecordRouteStatisticsInput: RecordRouteStatisticsInput;
  RecruitmentEvent: RecruitmentEventModel;
  RecruitmentEventConnection: CountedLazily<Omit<RecruitmentEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RecruitmentEventEdge']>, nodes: Array<ResolversParentTypes['RecruitmentEvent']> }>;
  RecruitmentEventEdge: Omit<RecruitmentEventEdge, 'node'> & { node: ResolversParentTypes['RecruitmentEvent'] };
  RecruitmentOpening: RecruitmentOpeningModel;
  RecruitmentOpeningConnection: CountedLazily<Omit<RecruitmentOpeningConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RecruitmentOpeningEdge']>, nodes: Array<ResolversParentTypes['RecruitmentOpening']> }>;
  RecruitmentOpeningEdge: Omit<RecruitmentOpeningEdge, 'node'> & { node: ResolversParentTypes['RecruitmentOpening'] };
  RouteMonthInput: RouteMonthInput;
  RouteMonthStatistics: RouteMonthStatisticsModel;
  RoutePattern: RoutePatternModel;
  RoutePerformance: RoutePerformanceModel;
  Shape: ShapeModel;
  StopTime: StopTimeModel;
  TownConnections: Omit<TownConnections, 'journeys' | 'routes'> & { journeys: Array<ResolversParentTypes['Journey']>, routes: Array<ResolversParentTypes['BusRoute']> };
  Trip: TripModel;
  TripConnection: CountedLazily<Omit<TripConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Trip']> }>;
  UpdatePromotionCampaignInput: UpdatePromotionCampaignInput;
  UpdateRecruitmentEventInput: UpdateRecruitmentEventInput;
  UpdateRecruitmentOpeningInput: UpdateRecruitmentOpeningInput;
  Yen: Scalars['Yen']['output'];
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
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  recruitmentEvents?: Resolver<ResolversTypes['RecruitmentEventConnection'], ParentType, ContextType, RequireFields<InitiativeRecruitmentEventsArgs, 'first'>>;
  recruitmentOpenings?: Resolver<ResolversTypes['RecruitmentOpeningConnection'], ParentType, ContextType, RequireFields<InitiativeRecruitmentOpeningsArgs, 'first'>>;
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
  recruitmentEvents?: Resolver<ResolversTypes['RecruitmentEventConnection'], ParentType, ContextType, RequireFields<MunicipalityRecruitmentEventsArgs, 'first'>>;
  recruitmentOpenings?: Resolver<ResolversTypes['RecruitmentOpeningConnection'], ParentType, ContextType, RequireFields<MunicipalityRecruitmentOpeningsArgs, 'first'>>;
  routes?: Resolver<ResolversTypes['BusRouteConnection'], ParentType, ContextType, RequireFields<MunicipalityRoutesArgs, 'first'>>;
  transitOperators?: Resolver<ResolversTypes['OperatorConnection'], ParentType, ContextType, RequireFields<MunicipalityTransitOperatorsArgs, 'first'>>;
};

export type MutationResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createPromotionCampaign?: Resolver<ResolversTypes['PromotionCampaign'], ParentType, ContextType, RequireFields<MutationCreatePromotionCampaignArgs, 'input'>>;
  createRecruitmentEvent?: Resolver<ResolversTypes['RecruitmentEvent'], ParentType, ContextType, RequireFields<MutationCreateRecruitmentEventArgs, 'input'>>;
  createRecruitmentOpening?: Resolver<ResolversTypes['RecruitmentOpening'], ParentType, ContextType, RequireFields<MutationCreateRecruitmentOpeningArgs, 'input'>>;
  importGtfsFeed?: Resolver<ResolversTypes['FeedVersion'], ParentType, ContextType, RequireFields<MutationImportGtfsFeedArgs, 'contentBase64' | 'fileName' | 'operatorId'>>;
  recordRouteStatistics?: Resolver<Array<ResolversTypes['RouteMonthStatistics']>, ParentType, ContextType, RequireFields<MutationRecordRouteStatisticsArgs, 'input'>>;
  updatePromotionCampaign?: Resolver<ResolversTypes['PromotionCampaign'], ParentType, ContextType, RequireFields<MutationUpdatePromotionCampaignArgs, 'id' | 'input'>>;
  updateRecruitmentEvent?: Resolver<ResolversTypes['RecruitmentEvent'], ParentType, ContextType, RequireFields<MutationUpdateRecruitmentEventArgs, 'id' | 'input'>>;
  updateRecruitmentOpening?: Resolver<ResolversTypes['RecruitmentOpening'], ParentType, ContextType, RequireFields<MutationUpdateRecruitmentOpeningArgs, 'id' | 'input'>>;
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
  routePerformance?: Resolver<Array<ResolversTypes['RoutePerformance']>, ParentType, ContextType, RequireFields<OperatorRoutePerformanceArgs, 'fiscalYear'>>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OperatorConnectionResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['OperatorConnection'] = ResolversParentTypes['OperatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OperatorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Operator']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PromotionCampaignEdgeResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['PromotionCampaignEdge'] = ResolversParentTypes['PromotionCampaignEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PromotionCampaign'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  connections?: Resolver<ResolversTypes['TownConnections'], ParentType, ContextType, RequireFields<QueryConnectionsArgs, 'after' | 'date' | 'first' | 'fromMunicipalityCode' | 'maxTransfers' | 'minTransferMinutes' | 'toMunicipalityCode' | 'walkingMeters' | 'within'>>;
  departures?: Resolver<Array<ResolversTypes['Departure']>, ParentType, ContextType, RequireFields<QueryDeparturesArgs, 'after' | 'date' | 'first' | 'operatorId' | 'stopId'>>;
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType, RequireFields<QueryOperatorArgs, 'id'>>;
  promotionCampaign?: Resolver<Maybe<ResolversTypes['PromotionCampaign']>, ParentType, ContextType, RequireFields<QueryPromotionCampaignArgs, 'id'>>;
  recruitmentEvent?: Resolver<Maybe<ResolversTypes['RecruitmentEvent']>, ParentType, ContextType, RequireFields<QueryRecruitmentEventArgs, 'id'>>;
  recruitmentEvents?: Resolver<ResolversTypes['RecruitmentEventConnection'], ParentType, ContextType, RequireFields<QueryRecruitmentEventsArgs, 'first'>>;
  recruitmentOpening?: Resolver<Maybe<ResolversTypes['RecruitmentOpening']>, ParentType, ContextType, RequireFields<QueryRecruitmentOpeningArgs, 'id'>>;
  recruitmentOpenings?: Resolver<ResolversTypes['RecruitmentOpeningConnection'], ParentType, ContextType, RequireFields<QueryRecruitmentOpeningsArgs, 'first'>>;
  regionRoutePerformance?: Resolver<Array<ResolversTypes['RoutePerformance']>, ParentType, ContextType, RequireFields<QueryRegionRoutePerformanceArgs, 'fiscalYear'>>;
  route?: Resolver<Maybe<ResolversTypes['BusRoute']>, ParentType, ContextType, RequireFields<QueryRouteArgs, 'operatorId' | 'routeId'>>;
  routePerformance?: Resolver<Array<ResolversTypes['RoutePerformance']>, ParentType, ContextType, RequireFields<QueryRoutePerformanceArgs, 'fiscalYear' | 'operatorId'>>;
  routePerformanceFiscalYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  routeRidership?: Resolver<Array<ResolversTypes['RouteMonthStatistics']>, ParentType, ContextType, RequireFields<QueryRouteRidershipArgs, 'from' | 'operatorId' | 'routeId' | 'to'>>;
  stop?: Resolver<Maybe<ResolversTypes['BusStop']>, ParentType, ContextType, RequireFields<QueryStopArgs, 'operatorId' | 'stopId'>>;
  stopsNear?: Resolver<Array<ResolversTypes['NearbyStop']>, ParentType, ContextType, RequireFields<QueryStopsNearArgs, 'first' | 'latitude' | 'longitude' | 'radiusMeters'>>;
  trip?: Resolver<Maybe<ResolversTypes['Trip']>, ParentType, ContextType, RequireFields<QueryTripArgs, 'operatorId' | 'tripId'>>;
};

export type RecruitmentEventResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['RecruitmentEvent'] = ResolversParentTypes['RecruitmentEvent'], FederationReferenceType extends FederationReferenceTypes['RecruitmentEvent'] = FederationReferenceTypes['RecruitmentEvent']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RecruitmentEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hires?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RecruitmentEventKind'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecruitmentEventConnectionResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['RecruitmentEventConnection'] = ResolversParentTypes['RecruitmentEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RecruitmentEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RecruitmentEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecruitmentEventEdgeResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['RecruitmentEventEdge'] = ResolversParentTypes['RecruitmentEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RecruitmentEvent'], ParentType, ContextType>;
};

export type RecruitmentOpeningResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['RecruitmentOpening'] = ResolversParentTypes['RecruitmentOpening'], FederationReferenceType extends FederationReferenceTypes['RecruitmentOpening'] = FederationReferenceTypes['RecruitmentOpening']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RecruitmentOpening']> | FederationReferenceType, FederationReferenceType, ContextType>;
  closesOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employmentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['RecruitmentRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecruitmentOpeningStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RecruitmentOpeningConnectionResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['RecruitmentOpeningConnection'] = ResolversParentTypes['RecruitmentOpeningConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RecruitmentOpeningEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RecruitmentOpening']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecruitmentOpeningEdgeResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['RecruitmentOpeningEdge'] = ResolversParentTypes['RecruitmentOpeningEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RecruitmentOpening'], ParentType, ContextType>;
};

export type RouteMonthStatisticsResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['RouteMonthStatistics'] = ResolversParentTypes['RouteMonthStatistics']> = {
  alightings?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  averageLoad?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  boardings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fareRevenueYen?: Resolver<Maybe<ResolversTypes['Yen']>, ParentType, ContextType>;
  fareboxRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operatingCostYen?: Resolver<Maybe<ResolversTypes['Yen']>, ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  passengerKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  routeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vehicleKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RoutePatternResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['RoutePattern'] = ResolversParentTypes['RoutePattern']> = {
  directionId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shape?: Resolver<Maybe<ResolversTypes['Shape']>, ParentType, ContextType>;
  stops?: Resolver<Array<ResolversTypes['BusStop']>, ParentType, ContextType>;
  tripCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tripIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RoutePerformanceResolvers<ContextType = TransitContext, ParentType extends ResolversParentTypes['RoutePerformance'] = ResolversParentTypes['RoutePerformance']> = {
  alightings?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  averageLoad?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  boardings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fareRevenueYen?: Resolver<Maybe<ResolversTypes['Yen']>, ParentType, ContextType>;
  fareboxRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  monthsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operatingCostYen?: Resolver<Maybe<ResolversTypes['Yen']>, ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  passengerKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  routeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  routeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vehicleKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
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
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface YenScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Yen'], any> {
  name: 'Yen';
}

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
  RecruitmentEvent?: RecruitmentEventResolvers<ContextType>;
  RecruitmentEventConnection?: RecruitmentEventConnectionResolvers<ContextType>;
  RecruitmentEventEdge?: RecruitmentEventEdgeResolvers<ContextType>;
  RecruitmentOpening?: RecruitmentOpeningResolvers<ContextType>;
  RecruitmentOpeningConnection?: RecruitmentOpeningConnectionResolvers<ContextType>;
  RecruitmentOpeningEdge?: RecruitmentOpeningEdgeResolvers<ContextType>;
  RouteMonthStatistics?: RouteMonthStatisticsResolvers<ContextType>;
  RoutePattern?: RoutePatternResolvers<ContextType>;
  RoutePerformance?: RoutePerformanceResolvers<ContextType>;
  Shape?: ShapeResolvers<ContextType>;
  StopTime?: StopTimeResolvers<ContextType>;
  TownConnections?: TownConnectionsResolvers<ContextType>;
  Trip?: TripResolvers<ContextType>;
  TripConnection?: TripConnectionResolvers<ContextType>;
  Yen?: GraphQLScalarType;
};

