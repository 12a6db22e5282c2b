import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AgreementModel, ArticleModel, ParagraphModel, PartyModel, PolicyAreaModel, RelatedAgreementModel } from '../subgraphs/agreement/agreement/agreement.model.js';
import type { AmendmentProposalModel, AmendmentChangeModel, AmendmentDecisionModel } from '../subgraphs/agreement/amendments/amendments.model.js';
import type { AuditEntryModel } from '../subgraphs/agreement/audit-log/audit-log.model.js';
import type { JointProjectModel, CostSharingRuleModel, UsageFigureModel, CostShareModel, CostAllocationModel, MunicipalCostTotalModel } from '../subgraphs/agreement/cost-sharing/cost-sharing.model.js';
import type { MunicipalityModel } from '../subgraphs/agreement/municipalities/municipalities.model.js';
import type { PolicyFieldModel, InitiativeModel, MunicipalRoleModel } from '../subgraphs/agreement/policy-fields/policy-fields.model.js';
import type { RegionModel } from '../subgraphs/agreement/regions/regions.model.js';
import type { ViewerModel } from '../subgraphs/agreement/viewer/viewer.model.js';
import type { WebhookSubscriptionModel, RegisteredWebhookModel, WebhookDeliveryModel, WebhookAttemptModel } from '../subgraphs/agreement/webhooks/webhooks.model.js';
import type { CountedLazily } from '../lib/graphql/pagination.js';
import type { AgreementContext } from '../subgraphs/agreement/context.js';
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

/** Adds a 取組内容 line at the end of a field. */
export type AddInitiativeChange = {
  /** The field, e.g. `disaster`. */
  fieldId: Scalars['ID']['input'];
  /** The new line (1–500 characters). */
  text: Scalars['String']['input'];
};

/** Adds a policy field to the 別表. */
export type AddPolicyFieldChange = {
  /** The policy area (1 or 2). */
  areaNumber: Scalars['Int']['input'];
  /** 取組の方向性. */
  direction: Scalars['String']['input'];
  /** New stable id, lowercase letters, e.g. `tourism`. */
  id: Scalars['ID']['input'];
  /** 取組内容 lines (1–20). */
  initiatives: Array<Scalars['String']['input']>;
  /** The lead municipality (a party). */
  leadMunicipalityCode: Scalars['String']['input'];
  /** Name, e.g. 観光. */
  name: Scalars['String']['input'];
  /** 備考, if any. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Duties of every party in the field (one entry per party, the lead included). */
  roles: Array<FieldRoleInput>;
  /** Theme line. */
  theme: Scalars['String']['input'];
};

/** The 協定書: what its parties agreed to do together, as one version of its text. */
export type Agreement = {
  /** The proposal whose adoption made this version; null for version 1. */
  amendedBy: Maybe<AmendmentProposal>;
  /** Articles 第1条〜第7条 with every paragraph. */
  articles: Array<Article>;
  /** The closing attestation (本書9通を作成し…). */
  attestation: Scalars['String']['output'];
  /** The 要綱 the agreement is based on (第1条). */
  basis: AgreementBasis;
  /** First day this version is in force (ISO 8601 date). */
  effectiveFrom: Scalars['String']['output'];
  /** First day of the next version (ISO 8601 date); null while no later version exists. */
  effectiveUntil: Maybe<Scalars['String']['output']>;
  /** Identifier of this version: `minamisorachi-2020` for version 1, `minamisorachi-2020-v2` for version 2, … */
  id: Scalars['ID']['output'];
  /** The signatories, in the order they signed. */
  parties: Array<Party>;
  /** The two policy areas of 第3条, each with its fields from the 別表. */
  policyAreas: Array<PolicyArea>;
  /** The opening sentence naming the parties. */
  preamble: Scalars['String']['output'];
  /** Agreements this one refers to, such as the mutual-aid agreement for disaster response. */
  relatedAgreements: Array<RelatedAgreement>;
  /** Date of signing (ISO 8601 date). */
  signedOn: Scalars['String']['output'];
  /** Whether the agreement is in force (第6条 provides for dissolution by consensus). */
  status: AgreementStatus;
  /** Title as written: 南空知圏域の形成に関する協定書. */
  title: Scalars['String']['output'];
  /** Version number: 1 is the text signed on 2020-10-09; each adopted amendment adds one. */
  version: Scalars['Int']['output'];
};

/** The administrative instrument the agreement rests on. */
export type AgreementBasis = {
  /** Date of issue (ISO 8601 date). */
  issuedOn: Scalars['String']['output'];
  /** Who issued it: 北海道. */
  issuer: Scalars['String']['output'];
  /** The reference as written: 令和2年7月14日行連第67号. */
  reference: Scalars['String']['output'];
  /** Its title: 広域連携加速化事業推進要綱. */
  title: Scalars['String']['output'];
};

/** A page of agreement versions. */
export type AgreementConnection = {
  /** The versions with their cursors. */
  edges: Array<AgreementEdge>;
  /** The versions on this page. */
  nodes: Array<Agreement>;
  /** Whether more versions follow. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** A version with its cursor. */
export type AgreementEdge = {
  /** Pass as `after` to continue after this version. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: Agreement;
};

/** Status of the agreement. */
export type AgreementStatus =
  /** Dissolved by consensus of all parties (第6条). */
  | 'DISSOLVED'
  /** In force since signing. */
  | 'IN_FORCE';

/** One change of a proposal. */
export type AmendmentChange = {
  /** The change's content as JSON (the fields of the matching input type). */
  details: Scalars['String']['output'];
  /** What the change does. */
  kind: AmendmentChangeKind;
  /** Position within the proposal (1-based). */
  position: Scalars['Int']['output'];
  /** The item it touches, e.g. `initiative:disaster-1`, `role:transit:014303`, `article:5`, `agreement`. */
  target: Scalars['String']['output'];
};

/** One change: exactly one field must be set. */
export type AmendmentChangeInput = {
  /** Add a 取組内容 line. */
  addInitiative?: InputMaybe<AddInitiativeChange>;
  /** Add a policy field. */
  addPolicyField?: InputMaybe<AddPolicyFieldChange>;
  /** Replace or add an article. */
  changeArticle?: InputMaybe<ChangeArticleChange>;
  /** Rewrite a 取組内容 line. */
  changeInitiative?: InputMaybe<ChangeInitiativeChange>;
  /** Replace one municipality's duties in a field. */
  changeRole?: InputMaybe<ChangeRoleChange>;
  /** Dissolve the agreement (must be the only change). */
  dissolve?: InputMaybe<DissolveChange>;
};

/** What a change does. */
export type AmendmentChangeKind =
  /** Adds a 取組内容 line to a policy field. */
  | 'ADD_INITIATIVE'
  /** Adds a policy field to the 別表 (第3条), with its initiatives and roles. */
  | 'ADD_POLICY_FIELD'
  /** Replaces the heading and paragraphs of an article, or adds an article. */
  | 'CHANGE_ARTICLE'
  /** Rewrites the text of an existing 取組内容 line. */
  | 'CHANGE_INITIATIVE'
  /** Replaces one municipality's duties (連携市町の役割) in a policy field. */
  | 'CHANGE_ROLE'
  /** Dissolves the agreement (第6条). */
  | 'DISSOLVE';

/** One party's decision on a proposal. */
export type AmendmentDecision = {
  /** When it was recorded (ISO 8601 timestamp). */
  decidedAt: Scalars['String']['output'];
  /** Consent or objection. */
  decision: AmendmentDecisionKind;
  /** The deciding municipality. */
  municipality: Municipality;
  /** The reason given (required for an objection). */
  reason: Maybe<Scalars['String']['output']>;
};

/** A party's decision. */
export type AmendmentDecisionKind =
  /** The town consents (協議が整う). */
  | 'CONSENT'
  /** The town objects; the proposal is rejected. */
  | 'OBJECTION';

/** A proposal to amend (第5条) or dissolve (第6条) the agreement. */
export type AmendmentProposal = {
  /** The version the diff was written against. */
  baseVersion: Scalars['Int']['output'];
  /** The changes, in the order they apply. */
  changes: Array<AmendmentChange>;
  /** When it was adopted, rejected or withdrawn (ISO 8601 timestamp); null while open. */
  closedAt: Maybe<Scalars['String']['output']>;
  /** Decisions recorded so far, in the order the parties signed the agreement. */
  decisions: Array<AmendmentDecision>;
  /** Date the change is to take effect (ISO 8601 date). */
  effectiveOn: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Parties that have not decided yet. */
  pendingParties: Array<Municipality>;
  /** When it was proposed (ISO 8601 timestamp). */
  proposedAt: Scalars['String']['output'];
  /** The municipality that proposed it. */
  proposer: Municipality;
  /** Why the change is proposed. */
  reason: Scalars['String']['output'];
  /** The version its adoption created; null unless ADOPTED. */
  resultingVersion: Maybe<Agreement>;
  /** Where the proposal stands. */
  status: AmendmentStatus;
  /** Short title, e.g. 防災分野に取組を追加. */
  title: Scalars['String']['output'];
};

/** A page of proposals. */
export type AmendmentProposalConnection = {
  /** The proposals with their cursors. */
  edges: Array<AmendmentProposalEdge>;
  /** The proposals on this page. */
  nodes: Array<AmendmentProposal>;
  /** Whether more proposals follow. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** A proposal with its cursor. */
export type AmendmentProposalEdge = {
  /** Pass as `after` to continue after this proposal. */
  cursor: Scalars['String']['output'];
  /** The proposal. */
  node: AmendmentProposal;
};

/** Where a proposal stands. */
export type AmendmentStatus =
  /** Every party consented: a new version of the agreement exists (see `resultingVersion`). */
  | 'ADOPTED'
  /** Waiting for decisions. */
  | 'OPEN'
  /** A party objected (第5条 needs the consent of all parties). */
  | 'REJECTED'
  /** Withdrawn by its proposer. */
  | 'WITHDRAWN';

/** An article (条) of the agreement. */
export type Article = {
  /** The heading in brackets above the article, e.g. 目的. */
  heading: Scalars['String']['output'];
  /** The number as written, e.g. 第1条. */
  label: Scalars['String']['output'];
  /** The article number (1 for 第1条). */
  number: Scalars['Int']['output'];
  /** The article's paragraphs (項) in order; most articles have one. */
  paragraphs: Array<Paragraph>;
};

/**
 * One recorded write: who changed which record, when, and the record before and after. Every mutation of
 * every subgraph appends one in the same transaction; the log is append-only.
 */
export type AuditEntry = {
  /** The town of the staff member who made the write. */
  actorMunicipality: Municipality;
  /** The roles of that token (`editor`, `coordinator`, `admin`). */
  actorRoles: Array<Scalars['String']['output']>;
  /** The `sub` claim of the token that made the write. */
  actorSubject: Scalars['String']['output'];
  /** The record after the write, as JSON text; null for a deletion. */
  after: Maybe<Scalars['String']['output']>;
  /** The record before the write, as JSON text; null for a creation. */
  before: Maybe<Scalars['String']['output']>;
  /**
   * Towns the write concerns as well as `municipality` (both towns of an evacuation arrangement): each of them
   * reads the entry in its own audit log. Empty for most writes.
   */
  concerns: Array<Municipality>;
  /** The GraphQL type of the changed record, e.g. `Shelter`. */
  entity: Scalars['String']['output'];
  /** The id of the changed record. */
  entityId: Scalars['String']['output'];
  /** Position in the log; later entries have larger ids. */
  id: Scalars['ID']['output'];
  /** The town whose data changed; null for region-wide records. */
  municipality: Maybe<Municipality>;
  /** When the write committed (ISO 8601 timestamp, UTC). */
  occurredAt: Scalars['String']['output'];
  /** What was done, e.g. `create`, `update`, `retire`, `import`, `decide`. */
  operation: Scalars['String']['output'];
  /** The `x-request-id` of the request, to find its log lines. */
  requestId: Maybe<Scalars['String']['output']>;
  /** The subgraph that made the write: `agreement`, `disaster`, `transit` or `ict`. */
  subgraph: Scalars['String']['output'];
};

/** A page of audit entries, newest first. */
export type AuditEntryConnection = {
  /** The entries with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** The entries on this page. */
  nodes: Array<AuditEntry>;
  /** Whether older entries follow. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** An audit entry with its cursor. */
export type AuditEntryEdge = {
  /** Pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Replaces an article's heading and paragraphs (or adds an article after the last). */
export type ChangeArticleChange = {
  /** Article number (1 for 第1条). */
  articleNumber: Scalars['Int']['input'];
  /** Heading (1–50 characters). */
  heading: Scalars['String']['input'];
  /** The paragraphs in order (1–20). */
  paragraphs: Array<ParagraphInput>;
};

/** Rewrites an existing 取組内容 line. */
export type ChangeInitiativeChange = {
  /** The initiative, e.g. `disaster-1`. */
  initiativeId: Scalars['ID']['input'];
  /** The new text (1–500 characters). */
  text: Scalars['String']['input'];
};

/** Replaces one municipality's duties in a field. */
export type ChangeRoleChange = {
  /** The new duties, in order (1–20 lines of 1–500 characters). */
  duties: Array<Scalars['String']['input']>;
  /** The field, e.g. `transit`. */
  fieldId: Scalars['ID']['input'];
  /** The municipality (a party). */
  municipalityCode: Scalars['String']['input'];
};

/** A project's cost split, with every input a council needs to check it. */
export type CostAllocation = {
  /** Where the population figures come from. */
  populationSource: Scalars['String']['output'];
  /** The year of the population figures. */
  populationYear: Scalars['Int']['output'];
  /** The project. */
  project: JointProject;
  /** How the leftover yen after rounding down are assigned (largest remainder, ties to the smaller code). */
  remainderRule: Scalars['String']['output'];
  /** The rule applied. */
  rule: CostSharingRule;
  /** Each participating town's share, in the order the parties signed. */
  shares: Array<CostShare>;
  /** The total to split, in yen; equals the sum of the shares. */
  totalYen: Scalars['Yen']['output'];
};

/** One town's share of a project. */
export type CostShare = {
  /** The share in integer yen. */
  amountYen: Scalars['Yen']['output'];
  /** The unrounded share in yen (display only). */
  exactYen: Scalars['Float']['output'];
  /** The town. */
  municipality: Municipality;
  /** Population used for 人口割. */
  population: Scalars['Int']['output'];
  /** True when this town received one of the yen left over after rounding down. */
  receivedRemainder: Scalars['Boolean']['output'];
  /** Usage figure used for 利用割. */
  usage: Scalars['Int']['output'];
};

/** Weights of the three parts of a cost-sharing rule, in whole percent summing to 100 (e.g. 20 / 80 / 0). */
export type CostSharingRule = {
  /** 均等割: split equally between the participating towns. */
  equalPercent: Scalars['Int']['output'];
  /** 人口割: split by population. */
  populationPercent: Scalars['Int']['output'];
  /** 利用割: split by the recorded usage figures. */
  usagePercent: Scalars['Int']['output'];
  /** Unit of the usage figures, e.g. 利用件数; null when the rule has no 利用割. */
  usageUnit: Maybe<Scalars['String']['output']>;
};

/** A new joint project. */
export type CreateJointProjectInput = {
  /** Description (up to 4000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 均等割 weight in percent. */
  equalPercent: Scalars['Int']['input'];
  /** Fiscal year, 2020–2100. */
  fiscalYear: Scalars['Int']['input'];
  /** The 取組内容 line it carries out, e.g. `disaster-2`. */
  initiativeId: Scalars['ID']['input'];
  /** Marks generated sample data. */
  isSample?: InputMaybe<Scalars['Boolean']['input']>;
  /** 人口割 weight in percent. */
  populationPercent: Scalars['Int']['input'];
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
  /** Total cost in yen (0 – 2,147,483,647). */
  totalCostYen: Scalars['Yen']['input'];
  /** Usage figures per town; required (with a non-zero total) when usagePercent > 0. */
  usage?: InputMaybe<Array<UsageFigureInput>>;
  /** 利用割 weight in percent; the three weights sum to 100. */
  usagePercent: Scalars['Int']['input'];
  /** Unit of the usage figures; required when usagePercent > 0. */
  usageUnit?: InputMaybe<Scalars['String']['input']>;
};

/** A party's decision on an open proposal. */
export type DecideAmendmentInput = {
  /** Consent or objection. */
  decision: AmendmentDecisionKind;
  /** The deciding municipality; defaults to the caller's and must be the caller's. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** The proposal. */
  proposalId: Scalars['ID']['input'];
  /** Reason; required for an objection (1–4000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Dissolves the agreement (第6条). */
export type DissolveChange = {
  /** Must be true: guards against an accidental empty object. */
  confirm: Scalars['Boolean']['input'];
};

/** A municipality's duties in a new field. */
export type FieldRoleInput = {
  /** Its duties (1–20 lines of 1–500 characters). */
  duties: Array<Scalars['String']['input']>;
  /** The municipality (a party). */
  municipalityCode: Scalars['String']['input'];
};

/** A WGS84 position in decimal degrees. */
export type GeoPoint = {
  /** Latitude in decimal degrees (WGS84). */
  latitude: Scalars['Float']['output'];
  /** Longitude in decimal degrees (WGS84). */
  longitude: Scalars['Float']['output'];
};

/** One 取組内容 line of the 別表: a joint initiative the other subgraphs attach their records to. */
export type Initiative = {
  /** The policy field the initiative belongs to. */
  field: PolicyField;
  /** Stable id: the field id and the line number, e.g. `disaster-1`. */
  id: Scalars['ID']['output'];
  /** Line number within the field (1-based). */
  number: Scalars['Int']['output'];
  /** The line as written. */
  text: Scalars['String']['output'];
};

/** A joint project whose cost the parties share (第4条2), e.g. a joint stockpile purchase. */
export type JointProject = {
  /** The split of the total in yen. */
  allocation: CostAllocation;
  /** What the project does. */
  description: Scalars['String']['output'];
  /** Fiscal year (年度), e.g. 2026 for 令和8年度. */
  fiscalYear: Scalars['Int']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The 取組内容 line it carries out. */
  initiative: Maybe<Initiative>;
  /** True for generated sample data. */
  isSample: Scalars['Boolean']['output'];
  /** How the cost is split. */
  rule: CostSharingRule;
  /** Title, e.g. 共同備蓄 段ボールベッド購入. */
  title: Scalars['String']['output'];
  /** Total cost in yen. */
  totalCostYen: Scalars['Yen']['output'];
  /** When the project was last changed (created, updated or withdrawn), ISO 8601. */
  updatedAt: Scalars['String']['output'];
  /** Recorded usage figures per town (inputs of 利用割); towns without a figure count 0. */
  usage: Array<UsageFigure>;
  /** When the project was withdrawn (ISO 8601); null while it stands. A withdrawn project is in no list or total. */
  withdrawnAt: Maybe<Scalars['String']['output']>;
};

/** A page of joint projects. */
export type JointProjectConnection = {
  /** The projects with their cursors. */
  edges: Array<JointProjectEdge>;
  /** The projects on this page. */
  nodes: Array<JointProject>;
  /** Whether more projects follow. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** A project with its cursor. */
export type JointProjectEdge = {
  /** Pass as `after` to continue after this project. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: JointProject;
};

/** A town's total share across the joint projects of one fiscal year. */
export type MunicipalCostTotal = {
  /** The fiscal year. */
  fiscalYear: Scalars['Int']['output'];
  /** The town. */
  municipality: Municipality;
  /** Number of projects in the year. */
  projectCount: Scalars['Int']['output'];
  /** Sum of its shares in yen. */
  totalYen: Scalars['Yen']['output'];
};

/** What one municipality does in one policy field (連携市町の役割). */
export type MunicipalRole = {
  /** The duties as listed in the 別表, verbatim. */
  duties: Array<Scalars['String']['output']>;
  /** The policy field. */
  field: PolicyField;
  /** True for the lead municipality (中心市) of the field. */
  isLead: Scalars['Boolean']['output'];
  /** The municipality. */
  municipality: Municipality;
};

/**
 * A municipality the platform serves: a party to the agreement, or one of another 圏域 the platform serves (then
 * `party` is null and `agreementRoles` empty). Other subgraphs add its shelters, transport and systems.
 */
export type Municipality = {
  /** The municipality's role and duties in each policy field of the 別表; empty when it is not a party. */
  agreementRoles: Array<MunicipalRole>;
  /** 6-digit 全国地方公共団体コード with check digit, e.g. 012106. */
  code: Scalars['String']['output'];
  /** The 郡 a town belongs to (e.g. 夕張郡); null for cities. */
  district: Maybe<Scalars['String']['output']>;
  /** City, town or village. */
  kind: MunicipalityKind;
  /** Name, e.g. 岩見沢市. */
  name: Scalars['String']['output'];
  /** Name in English, e.g. Iwamizawa. */
  nameEn: Scalars['String']['output'];
  /** Reading in hiragana, e.g. いわみざわし. */
  nameKana: Scalars['String']['output'];
  /** Postal address of the municipal office. */
  officeAddress: Scalars['String']['output'];
  /** Approximate location of the municipal office (sample value, good to about 100 m). */
  officeLocation: GeoPoint;
  /** How the municipality signed the agreement; null when it is not a party (a town of another 圏域). */
  party: Maybe<Party>;
  /** Population (approximate; see `source`). */
  population: PopulationEstimate;
  /** The 圏域 the town belongs to, the agreement in force first; empty for a served town recorded in none. */
  regions: Array<Region>;
};

/** A page of served municipalities. */
export type MunicipalityConnection = {
  /** The municipalities with their cursors. */
  edges: Array<MunicipalityEdge>;
  /** The municipalities on this page. */
  nodes: Array<Municipality>;
  /** Whether more municipalities follow. */
  pageInfo: PageInfo;
  /** How many items the whole list has (every page, same filters), counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** A served municipality with its cursor. */
export type MunicipalityEdge = {
  /** Pass as `after` to continue after this municipality. */
  cursor: Scalars['String']['output'];
  /** The municipality. */
  node: Municipality;
};

/** Kind of municipality. */
export type MunicipalityKind =
  /** 市 */
  | 'CITY'
  /** 町 */
  | 'TOWN'
  /** 村 */
  | 'VILLAGE';

/** Amendments (第5条) and dissolution (第6条): proposals, each party's decision, withdrawal. */
export type Mutation = {
  /**
   * Records a joint project with its cost-sharing rule and usage figures. Region-wide: only the coordinator
   * (岩見沢市, the lead of every field) or an admin (FORBIDDEN otherwise).
   */
  createJointProject: JointProject;
  /**
   * Records the caller's municipality's decision on an open proposal. Only a town's own editor or coordinator
   * decides for it (FORBIDDEN otherwise); each town decides once (CONFLICT). Consent from every party adopts the proposal
   * (a new version in force from its effective date); one objection rejects it.
   */
  decideAmendment: AmendmentProposal;
  /**
   * Proposes a change to the agreement as a structured diff against the version in force today, with a reason
   * and an effective date. Needs an editor or coordinator token; the proposer is the caller's municipality
   * (an admin may name any party). Two open proposals may not touch the same item (CONFLICT).
   */
  proposeAmendment: AmendmentProposal;
  /**
   * Records a 圏域 the platform serves, or replaces the one with the same id: its name, kind, centre, signing date and
   * towns, in the order of its agreement. Admins only (FORBIDDEN for anyone else). The towns must be served
   * municipalities; the agreement in force is no region to record (`agreement`).
   */
  recordRegion: Region;
  /**
   * Registers a webhook for the caller's town: its events (scope TOWN) or every town's (REGION) POSTed, signed, to
   * the URL. Returns the signing secret, shown this once. Staff only (FORBIDDEN otherwise).
   */
  registerWebhook: RegisteredWebhook;
  /**
   * Removes a 圏域 the platform no longer serves (its towns stay served): the region as it was, towns included, stays
   * in the audit log. Admins only. NOT_FOUND for an id the platform does not serve; `agreement` is not removable.
   */
  removeRegion: Scalars['ID']['output'];
  /** Retires a webhook of the caller's town (no further deliveries; its log is kept). NOT_FOUND or FORBIDDEN otherwise. */
  retireWebhook: WebhookSubscription;
  /**
   * Changes a joint project while the councils discuss it: title, description, fiscal year, total, weights, usage
   * figures (given usage replaces every figure). Fields left out keep their value; the result must still be a
   * valid project (weights summing to 100, usage when 利用割 > 0). Coordinator or admin only; a withdrawn
   * project cannot be changed (CONFLICT).
   */
  updateJointProject: JointProject;
  /** Withdraws an open proposal. Only the proposing municipality's staff (or an admin) may withdraw it. */
  withdrawAmendment: AmendmentProposal;
  /**
   * Withdraws a joint project: it stays readable by id (with `withdrawnAt`) but leaves `jointProjects` and
   * `costTotalsByFiscalYear`. Coordinator or admin only; withdrawing twice is a CONFLICT.
   */
  withdrawJointProject: JointProject;
};


/** Amendments (第5条) and dissolution (第6条): proposals, each party's decision, withdrawal. */
export type MutationCreateJointProjectArgs = {
  input: CreateJointProjectInput;
};


/** Amendments (第5条) and dissolution (第6条): proposals, each party's decision, withdrawal. */
export type MutationDecideAmendmentArgs = {
  input: DecideAmendmentInput;
};


/** Amendments (第5条) and dissolution (第6条): proposals, each party's decision, withdrawal. */
export type MutationProposeAmendmentArgs = {
  input: ProposeAmendmentInput;
};


/** Amendments (第5条) and dissolution (第6条): proposals, each party's decision, withdrawal. */
export type MutationRecordRegionArgs = {
  input: RecordRegionInput;
};


/** Amendments (第5条) and dissolution (第6条): proposals, each party's decision, withdrawal. */
export type MutationRegisterWebhookArgs = {
  input: RegisterWebhookInput;
};


/** Amendments (第5条) and dissolution (第6条): proposals, each party's decision, withdrawal. */
export type MutationRemoveRegionArgs = {
  id: Scalars['ID']['input'];
};


/** Amendments (第5条) and dissolution (第6条): proposals, each party's decision, withdrawal. */
export type MutationRetireWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Amendments (第5条) and dissolution (第6条): proposals, each party's decision, withdrawal. */
export type MutationUpdateJointProjectArgs = {
  id: Scalars['ID']['input'];
  input: UpdateJointProjectInput;
};


/** Amendments (第5条) and dissolution (第6条): proposals, each party's decision, withdrawal. */
export type MutationWithdrawAmendmentArgs = {
  id: Scalars['ID']['input'];
};


/** Amendments (第5条) and dissolution (第6条): proposals, each party's decision, withdrawal. */
export type MutationWithdrawJointProjectArgs = {
  id: Scalars['ID']['input'];
};

/** Relay-style page information. */
export type PageInfo = {
  /** Cursor of the last item on this page; null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A paragraph (項) of an article. */
export type Paragraph = {
  /** The numbered items (号) of the paragraph, verbatim and in order; empty when there are none. */
  items: Array<Scalars['String']['output']>;
  /** The paragraph number (1 for the unnumbered first paragraph). */
  number: Scalars['Int']['output'];
  /** The text of the paragraph, verbatim. */
  text: Scalars['String']['output'];
};

/** One paragraph of a changed article. */
export type ParagraphInput = {
  /** Its numbered items (号), if any. */
  items?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The paragraph text (1–2000 characters). */
  text: Scalars['String']['input'];
};

/** A signatory of the agreement. */
export type Party = {
  /** The address above the signature as written in the agreement (whitespace from the PDF text extraction removed). */
  addressAsWritten: Scalars['String']['output'];
  /** The municipality. */
  municipality: Municipality;
  /** Position among the signatures (1–9). */
  position: Scalars['Int']['output'];
  /** Name of the signatory as written (whitespace from the PDF text extraction removed). */
  signatoryName: Scalars['String']['output'];
  /** Title of the signatory, e.g. 岩見沢市長. */
  signatoryTitle: Scalars['String']['output'];
};

/** A policy area of 第3条: 1 生活機能の強化 or 2 結びつきやネットワークの強化. */
export type PolicyArea = {
  /** The policy fields of this area. */
  fields: Array<PolicyField>;
  /** The area number (1 or 2). */
  number: Scalars['Int']['output'];
  /** Title as written, e.g. 生活機能の強化に係る政策分野. */
  title: Scalars['String']['output'];
};

/** A policy field of the 別表 (防災, 地域公共交通, ICTインフラ). */
export type PolicyField = {
  /** The area this field belongs to. */
  area: PolicyArea;
  /** 取組の方向性, verbatim. */
  direction: Scalars['String']['output'];
  /**
   * The duties of one municipality in this field. The code is validated like `Query.municipality`;
   * a valid code of a non-party returns an empty list.
   */
  dutiesOf: Array<Scalars['String']['output']>;
  /** Stable id: `disaster`, `transit` or `ict`. */
  id: Scalars['ID']['output'];
  /** 取組内容: every line of the field, in order. */
  initiatives: Array<Initiative>;
  /** The municipality that leads the field (中心的な業務): 岩見沢市 for all three. */
  lead: Municipality;
  /** Name as written, e.g. 防災. */
  name: Scalars['String']['output'];
  /** 備考, verbatim; null where the field has none. */
  notes: Maybe<Scalars['String']['output']>;
  /** The field's number within its area, as in (1), (2). */
  number: Scalars['Int']['output'];
  /** 連携市町の役割: every municipality's duties in this field. */
  roles: Array<MunicipalRole>;
  /** The theme line under the name, e.g. 地域防災体制等の充実. */
  theme: Scalars['String']['output'];
};


/** A policy field of the 別表 (防災, 地域公共交通, ICTインフラ). */
export type PolicyFieldDutiesOfArgs = {
  municipalityCode: Scalars['String']['input'];
};

/** A population figure that is known to be approximate. */
export type PopulationEstimate = {
  /** Number of residents. */
  count: Scalars['Int']['output'];
  /** Always true: figures are rounded and serve as sample values. */
  isApproximate: Scalars['Boolean']['output'];
  /** Where the figure comes from. */
  source: Scalars['String']['output'];
  /** The year the figure refers to. */
  year: Scalars['Int']['output'];
};

/** A proposal: set `changes` to one or more changes, each with exactly one of its fields. */
export type ProposeAmendmentInput = {
  /** The diff against the version in force today (1–20 changes). */
  changes: Array<AmendmentChangeInput>;
  /** Date the change is to take effect (YYYY-MM-DD, not in the past). */
  effectiveOn: Scalars['String']['input'];
  /** The proposing municipality; defaults to the caller's. Only an admin may name another. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** Why the change is proposed (1–4000 characters). */
  reason: Scalars['String']['input'];
  /** Short title (1–200 characters). */
  title: Scalars['String']['input'];
};

export type Query = {
  /**
   * The agreement as in force on `asOf` (YYYY-MM-DD, the date in Japan; default today): the newest version
   * whose `effectiveFrom` is on or before that date. A date before signing (2020-10-09) is a BAD_USER_INPUT error.
   */
  agreement: Agreement;
  /** Every version of the agreement, oldest (version 1, as signed on 2020-10-09) first. */
  agreementVersions: AgreementConnection;
  /** One amendment or dissolution proposal by id. Null when unknown. */
  amendmentProposal: Maybe<AmendmentProposal>;
  /** Amendment and dissolution proposals, newest first, optionally only those with one status. */
  amendmentProposals: AmendmentProposalConnection;
  /** One article (条) of the agreement by its number, 1–7. Null when there is no such article. */
  article: Maybe<Article>;
  /**
   * The audit log of every write in every subgraph, newest first. Needs a token: staff read the entries about their
   * own town's data and those that concern their town (`AuditEntry.concerns`, e.g. an evacuation arrangement another
   * town proposed to it), the coordinator also the region-wide ones; admins read everything. `municipalityCode`
   * narrows to one town's entries; naming another town than your own is FORBIDDEN unless you are an admin.
   */
  auditLog: AuditEntryConnection;
  /**
   * Each town's share of a joint project's cost in integer yen, summing exactly to the total, with the inputs it
   * was computed from. Null when the project is unknown.
   */
  costAllocation: Maybe<CostAllocation>;
  /** Each party's total share across all joint projects of one fiscal year (年度), in the order the parties signed. */
  costTotalsByFiscalYear: Array<MunicipalCostTotal>;
  /** One 取組内容 line by id, e.g. `disaster-1`. Null when unknown. */
  initiative: Maybe<Initiative>;
  /** One joint project by id. Null when unknown. */
  jointProject: Maybe<JointProject>;
  /** Joint projects (第4条2), newest first, optionally of one fiscal year. */
  jointProjects: JointProjectConnection;
  /**
   * The parties to the agreement, in the order they signed (nine in the signed text). Every one has a `party`.
   * For every municipality the platform serves, parties and others alike, read `servedMunicipalities`.
   */
  municipalities: Array<Municipality>;
  /**
   * A municipality the platform serves, by its 6-digit 全国地方公共団体コード (with check digit, e.g. `012106`).
   * A malformed code or a wrong check digit is a BAD_USER_INPUT error; a valid code the platform does not serve
   * returns null.
   */
  municipality: Maybe<Municipality>;
  /** One policy field by id (`disaster`, `transit` or `ict`). Null when unknown. */
  policyField: Maybe<PolicyField>;
  /** The three policy fields of the 別表: 防災, 地域公共交通 and ICTインフラ, in the order of the 別表. */
  policyFields: Array<PolicyField>;
  /** One 圏域 by id. Null when the platform serves none by that id. */
  region: Maybe<Region>;
  /**
   * Every 圏域 the platform serves, a page at a time: the agreement in force first (`id: "agreement"`), then the other
   * 定住自立圏 and 連携中枢都市圏 by id. Their ids are what `regionalSituation(region:)` and
   * `jointProcurementCandidates(region:)` take.
   */
  regions: RegionConnection;
  /**
   * Every municipality the platform serves, a page at a time: the agreement's parties first in the order they
   * signed, then the municipalities of the other 圏域 it serves (`party` null) by code. In the sample these are the
   * nine parties; a nationwide deployment serves up to 1,741.
   */
  servedMunicipalities: MunicipalityConnection;
  /** The verified caller of this request, from the bearer token; null when the request carries no token. */
  viewer: Maybe<Viewer>;
  /** The webhooks of the caller's town (every town's for admins), newest first, retired ones included. Staff only. */
  webhookSubscriptions: Array<WebhookSubscription>;
};


export type QueryAgreementArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAgreementVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAmendmentProposalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAmendmentProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AmendmentStatus>;
};


export type QueryArticleArgs = {
  number: Scalars['Int']['input'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCostAllocationArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryCostTotalsByFiscalYearArgs = {
  fiscalYear: Scalars['Int']['input'];
};


export type QueryInitiativeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJointProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJointProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMunicipalityArgs = {
  code: Scalars['String']['input'];
};


export type QueryPolicyFieldArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServedMunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A 圏域 to record. */
export type RecordRegionInput = {
  /** Its centre (中心市): one of `municipalityCodes`. */
  centreMunicipalityCode: Scalars['String']['input'];
  /** Its id: 1–64 lower-case letters, digits or hyphens, not `agreement`. An existing id replaces that region. */
  id: Scalars['ID']['input'];
  /** True for a generated sample region (default false). */
  isSample?: InputMaybe<Scalars['Boolean']['input']>;
  /** Which kind of 圏域. */
  kind: RegionKind;
  /** Its towns in the order of its agreement: 2–1,741 served municipalities, each once. */
  municipalityCodes: Array<Scalars['String']['input']>;
  /** Its name (1–200 characters), e.g. 北空知定住自立圏. */
  name: Scalars['String']['input'];
  /** The day its agreement was signed (YYYY-MM-DD). */
  signedOn: Scalars['String']['input'];
};

/**
 * A 圏域: towns bound by one agreement to work together — the agreement in force (whose text this API serves and
 * amends) or another region the platform serves.
 */
export type Region = {
  /** Its centre (中心市); null for the agreement in force, whose lead towns are its policy fields' leads. */
  centre: Maybe<Municipality>;
  /** `agreement` for the agreement in force, else the region's own id (lower-case letters, digits and hyphens). */
  id: Scalars['ID']['output'];
  /** True for a generated sample region. */
  isSample: Scalars['Boolean']['output'];
  /** Which kind of 圏域; null for the agreement in force (read its text through `agreement`). */
  kind: Maybe<RegionKind>;
  /** Its towns, in the order of its agreement (the parties' signing order for the agreement in force). */
  municipalities: Array<Municipality>;
  /** The region's name; for the agreement in force, its title. */
  name: Scalars['String']['output'];
  /** The day its agreement was signed (ISO 8601 date). */
  signedOn: Scalars['String']['output'];
};

/** A page of 圏域. */
export type RegionConnection = {
  /** The regions with their cursors. */
  edges: Array<RegionEdge>;
  /** The regions on this page. */
  nodes: Array<Region>;
  /** Whether more regions follow. */
  pageInfo: PageInfo;
  /** How many regions the platform serves, counted only when asked for. */
  totalCount: Scalars['Int']['output'];
};

/** A 圏域 with its cursor. */
export type RegionEdge = {
  /** Pass as `after` to continue after this region. */
  cursor: Scalars['String']['output'];
  /** The region. */
  node: Region;
};

/** Kinds of 圏域 under the national schemes. */
export type RegionKind =
  /** 連携中枢都市圏 (a core city and its neighbours, 連携中枢都市圏構想推進要綱). */
  | 'CORE_CITY_COOPERATION'
  /** Any other agreement between towns. */
  | 'OTHER'
  /** 定住自立圏 (a central city and its neighbours, 定住自立圏構想推進要綱). */
  | 'SETTLEMENT_AND_INDEPENDENCE';

/** A webhook to register. */
export type RegisterWebhookInput = {
  /** What it is for (at most 200 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The event types to receive (at least one), e.g. shelter.opened, alert-level.changed, release.published. */
  eventTypes: Array<Scalars['String']['input']>;
  /** The town registering it: the caller's own (default); only admins may name another. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** TOWN (default) or REGION. */
  scope?: InputMaybe<WebhookScope>;
  /** An http(s) URL of the town's systems (private and local addresses are refused). */
  url: Scalars['String']['input'];
};

/** A newly registered webhook with its signing secret, which is shown this once only. */
export type RegisteredWebhook = {
  /** The signing secret (whsec_…): keep it; receivers verify each delivery's signature with it. */
  secret: Scalars['String']['output'];
  /** The subscription. */
  subscription: WebhookSubscription;
};

/** An agreement that the 協定 refers to. */
export type RelatedAgreement = {
  /** The policy field whose 備考 names it. */
  field: Maybe<PolicyField>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** How it relates to this agreement, verbatim from the 備考. */
  relation: Scalars['String']['output'];
  /** Date of signing (ISO 8601 date). */
  signedOn: Scalars['String']['output'];
  /** Title, e.g. 南空知災害時相互応援に関する協定. */
  title: Scalars['String']['output'];
};

/** Changes to a joint project; a field left out (or null) keeps its value. */
export type UpdateJointProjectInput = {
  /** Description (up to 4000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 均等割 weight in percent. */
  equalPercent?: InputMaybe<Scalars['Int']['input']>;
  /** Fiscal year, 2020–2100. */
  fiscalYear?: InputMaybe<Scalars['Int']['input']>;
  /** 人口割 weight in percent. */
  populationPercent?: InputMaybe<Scalars['Int']['input']>;
  /** Title (1–200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Total cost in yen (0 – 2,147,483,647). */
  totalCostYen?: InputMaybe<Scalars['Int']['input']>;
  /** Usage figures per town: when given, they replace every recorded figure (an empty list removes them all). */
  usage?: InputMaybe<Array<UsageFigureInput>>;
  /** 利用割 weight in percent; the three weights sum to 100 after the change. */
  usagePercent?: InputMaybe<Scalars['Int']['input']>;
  /** Unit of the usage figures; required when usagePercent > 0. */
  usageUnit?: InputMaybe<Scalars['String']['input']>;
};

/** One town's usage figure for a project. */
export type UsageFigure = {
  /** The figure, in the project's usage unit. */
  amount: Scalars['Int']['output'];
  /** The town. */
  municipality: Municipality;
};

/** One town's usage figure. */
export type UsageFigureInput = {
  /** The figure (a whole number, 0 or more). */
  amount: Scalars['Int']['input'];
  /** The town (a party). */
  municipalityCode: Scalars['String']['input'];
};

/** The verified caller of a request (the token's claims once the gateway and this subgraph have checked it). */
export type Viewer = {
  /** Whether the caller may act region-wide as the coordinator (a `coordinator` of 岩見沢市, the lead town). */
  isCoordinator: Scalars['Boolean']['output'];
  /** The caller's town (the token's `municipality`); null for service accounts, which belong to no town. */
  municipality: Maybe<Municipality>;
  /** The token's roles: `editor`, `coordinator`, `admin` for staff, `publisher` or `metrics` for service accounts. */
  roles: Array<Scalars['String']['output']>;
  /** The token's subject (`sub`), e.g. a staff member's account name. */
  subject: Scalars['String']['output'];
};

/** One attempt at a delivery. */
export type WebhookAttempt = {
  /** 1 for the first attempt. */
  attempt: Scalars['Int']['output'];
  /** When it was made (ISO 8601). */
  attemptedAt: Scalars['String']['output'];
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why it failed; null when delivered. */
  error: Maybe<Scalars['String']['output']>;
  /** DELIVERED, RETRY (another attempt follows) or FAILED. */
  outcome: Scalars['String']['output'];
  /** The receiver's HTTP status; null when there was no answer (timeout, refused connection). */
  statusCode: Maybe<Scalars['Int']['output']>;
};

/** One event's delivery to one webhook, with every attempt. */
export type WebhookDelivery = {
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** The event's outbox id (the webhook-id header is evt_<eventId>, the same on every retry). */
  eventId: Scalars['ID']['output'];
  /** The event's type, e.g. shelter.opened. */
  eventType: Scalars['String']['output'];
  /** The delivery's number. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed; null when it succeeded. */
  lastError: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt; null when it got no answer. */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** Every attempt, oldest first. */
  log: Array<WebhookAttempt>;
  /** When the next attempt is due (ISO 8601), while PENDING. */
  nextAttemptAt: Maybe<Scalars['String']['output']>;
  /** PENDING (being tried or waiting for a retry), DELIVERED or FAILED (no attempt left). */
  status: Scalars['String']['output'];
};

/** Which towns' events a webhook receives. */
export type WebhookScope =
  /** Events of every town of the region. */
  | 'REGION'
  /** Events of the subscribing town (and region-wide events such as a new open-data release). */
  | 'TOWN';

/**
 * A webhook: the platform POSTs each matching event to `url`, signed as the Standard Webhooks specification
 * defines (webhook-id, webhook-timestamp, webhook-signature: HMAC-SHA256), retried with backoff until delivered.
 * Visible to the subscribing town's staff and to admins only.
 */
export type WebhookSubscription = {
  /** When it was registered (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Its most recent deliveries, newest first (at most `first`, default 20, up to 100). */
  deliveries: Array<WebhookDelivery>;
  /** What it is for, as its town described it. */
  description: Scalars['String']['output'];
  /** The event types it receives, e.g. shelter.opened (docs/events.md lists them). */
  eventTypes: Array<Scalars['String']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The town that registered it (its staff manage it). */
  municipality: Municipality;
  /** When it was retired (ISO 8601); null while active. */
  retiredAt: Maybe<Scalars['String']['output']>;
  /** Whose events it receives. */
  scope: WebhookScope;
  /** Where the events are POSTed. */
  url: Scalars['String']['output'];
};


/**
 * A webhook: the platform POSTs each matching event to `url`, signed as the Standard Webhooks specification
 * defines (webhook-id, webhook-timestamp, webhook-signature: HMAC-SHA256), retried with backoff until delivered.
 * Visible to the subscribing town's staff and to admins only.
 */
export type WebhookSubscriptionDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Initiative:
    ( { __typename: 'Initiative' }
    & GraphQLRecursivePick<FederationTypes['Initiative'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"code":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddInitiativeChange: AddInitiativeChange;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddPolicyFieldChange: AddPolicyFieldChange;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Agreement: ResolverTypeWrapper<AgreementModel>;
  AgreementBasis: ResolverTypeWrapper<AgreementBasis>;
  AgreementConnection: ResolverTypeWrapper<CountedLazily<Omit<AgreementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgreementEdge']>, nodes: Array<ResolversTypes['Agreement']> }>>;
  AgreementEdge: ResolverTypeWrapper<Omit<AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  AgreementStatus: AgreementStatus;
  AmendmentChange: ResolverTypeWrapper<AmendmentChangeModel>;
  AmendmentChangeInput: AmendmentChangeInput;
  AmendmentChangeKind: AmendmentChangeKind;
  AmendmentDecision: ResolverTypeWrapper<AmendmentDecisionModel>;
  AmendmentDecisionKind: AmendmentDecisionKind;
  AmendmentProposal: ResolverTypeWrapper<AmendmentProposalModel>;
  AmendmentProposalConnection: ResolverTypeWrapper<CountedLazily<Omit<AmendmentProposalConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AmendmentProposalEdge']>, nodes: Array<ResolversTypes['AmendmentProposal']> }>>;
  AmendmentProposalEdge: ResolverTypeWrapper<Omit<AmendmentProposalEdge, 'node'> & { node: ResolversTypes['AmendmentProposal'] }>;
  AmendmentStatus: AmendmentStatus;
  Article: ResolverTypeWrapper<ArticleModel>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<CountedLazily<Omit<AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEntryEdge']>, nodes: Array<ResolversTypes['AuditEntry']> }>>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  ChangeArticleChange: ChangeArticleChange;
  ChangeInitiativeChange: ChangeInitiativeChange;
  ChangeRoleChange: ChangeRoleChange;
  CostAllocation: ResolverTypeWrapper<CostAllocationModel>;
  CostShare: ResolverTypeWrapper<CostShareModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CostSharingRule: ResolverTypeWrapper<CostSharingRuleModel>;
  CreateJointProjectInput: CreateJointProjectInput;
  DecideAmendmentInput: DecideAmendmentInput;
  DissolveChange: DissolveChange;
  FieldRoleInput: FieldRoleInput;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Initiative: ResolverTypeWrapper<InitiativeModel>;
  JointProject: ResolverTypeWrapper<JointProjectModel>;
  JointProjectConnection: ResolverTypeWrapper<CountedLazily<Omit<JointProjectConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['JointProjectEdge']>, nodes: Array<ResolversTypes['JointProject']> }>>;
  JointProjectEdge: ResolverTypeWrapper<Omit<JointProjectEdge, 'node'> & { node: ResolversTypes['JointProject'] }>;
  MunicipalCostTotal: ResolverTypeWrapper<MunicipalCostTotalModel>;
  MunicipalRole: ResolverTypeWrapper<MunicipalRoleModel>;
  Municipality: ResolverTypeWrapper<MunicipalityModel>;
  MunicipalityConnection: ResolverTypeWrapper<CountedLazily<Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MunicipalityEdge']>, nodes: Array<ResolversTypes['Municipality']> }>>;
  MunicipalityEdge: ResolverTypeWrapper<Omit<MunicipalityEdge, 'node'> & { node: ResolversTypes['Municipality'] }>;
  MunicipalityKind: MunicipalityKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Paragraph: ResolverTypeWrapper<ParagraphModel>;
  ParagraphInput: ParagraphInput;
  Party: ResolverTypeWrapper<PartyModel>;
  PolicyArea: ResolverTypeWrapper<PolicyAreaModel>;
  PolicyField: ResolverTypeWrapper<PolicyFieldModel>;
  PopulationEstimate: ResolverTypeWrapper<PopulationEstimate>;
  ProposeAmendmentInput: ProposeAmendmentInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordRegionInput: RecordRegionInput;
  Region: ResolverTypeWrapper<RegionModel>;
  RegionConnection: ResolverTypeWrapper<CountedLazily<Omit<RegionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RegionEdge']>, nodes: Array<ResolversTypes['Region']> }>>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  RegionKind: RegionKind;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisteredWebhook: ResolverTypeWrapper<RegisteredWebhookModel>;
  RelatedAgreement: ResolverTypeWrapper<RelatedAgreementModel>;
  UpdateJointProjectInput: UpdateJointProjectInput;
  UsageFigure: ResolverTypeWrapper<UsageFigureModel>;
  UsageFigureInput: UsageFigureInput;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptModel>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryModel>;
  WebhookScope: WebhookScope;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionModel>;
  Yen: ResolverTypeWrapper<Scalars['Yen']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddInitiativeChange: AddInitiativeChange;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AddPolicyFieldChange: AddPolicyFieldChange;
  Int: Scalars['Int']['output'];
  Agreement: AgreementModel;
  AgreementBasis: AgreementBasis;
  AgreementConnection: CountedLazily<Omit<AgreementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgreementEdge']>, nodes: Array<ResolversParentTypes['Agreement']> }>;
  AgreementEdge: Omit<AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  AmendmentChange: AmendmentChangeModel;
  AmendmentChangeInput: AmendmentChangeInput;
  AmendmentDecision: AmendmentDecisionModel;
  AmendmentProposal: AmendmentProposalModel;
  AmendmentProposalConnection: CountedLazily<Omit<AmendmentProposalConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AmendmentProposalEdge']>, nodes: Array<ResolversParentTypes['AmendmentProposal']> }>;
  AmendmentProposalEdge: Omit<AmendmentProposalEdge, 'node'> & { node: ResolversParentTypes['AmendmentProposal'] };
  Article: ArticleModel;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: CountedLazily<Omit<AuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']>, nodes: Array<ResolversParentTypes['AuditEntry']> }>;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  ChangeArticleChange: ChangeArticleChange;
  ChangeInitiativeChange: ChangeInitiativeChange;
  ChangeRoleChange: ChangeRoleChange;
  CostAllocation: CostAllocationModel;
  CostShare: CostShareModel;
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  CostSharingRule: CostSharingRuleModel;
  CreateJointProjectInput: CreateJointProjectInput;
  DecideAmendmentInput: DecideAmendmentInput;
  DissolveChange: DissolveChange;
  FieldRoleInput: FieldRoleInput;
  GeoPoint: GeoPoint;
  Initiative: InitiativeModel;
  JointProject: JointProjectModel;
  JointProjectConnection: CountedLazily<Omit<JointProjectConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['JointProjectEdge']>, nodes: Array<ResolversParentTypes['JointProject']> }>;
  JointProjectEdge: Omit<JointProjectEdge, 'node'> & { node: ResolversParentTypes['JointProject'] };
  MunicipalCostTotal: MunicipalCostTotalModel;
  MunicipalRole: MunicipalRoleModel;
  Municipality: MunicipalityModel;
  MunicipalityConnection: CountedLazily<Omit<MunicipalityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MunicipalityEdge']>, nodes: Array<ResolversParentTypes['Municipality']> }>;
  MunicipalityEdge: Omit<MunicipalityEdge, 'node'> & { node: ResolversParentTypes['Municipality'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Paragraph: ParagraphModel;
  ParagraphInput: ParagraphInput;
  Party: PartyModel;
  PolicyArea: PolicyAreaModel;
  PolicyField: PolicyFieldModel;
  PopulationEstimate: PopulationEstimate;
  ProposeAmendmentInput: ProposeAmendmentInput;
  Query: Record<PropertyKey, never>;
  RecordRegionInput: RecordRegionInput;
  Region: RegionModel;
  RegionConnection: CountedLazily<Omit<RegionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RegionEdge']>, nodes: Array<ResolversParentTypes['Region']> }>;
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  RegisterWebhookInput: RegisterWebhookInput;
  RegisteredWebhook: RegisteredWebhookModel;
  RelatedAgreement: RelatedAgreementModel;
  UpdateJointProjectInput: UpdateJointProjectInput;
  UsageFigure: UsageFigureModel;
  UsageFigureInput: UsageFigureInput;
  Viewer: ViewerModel;
  WebhookAttempt: WebhookAttemptModel;
  WebhookDelivery: WebhookDeliveryModel;
  WebhookSubscription: WebhookSubscriptionModel;
  Yen: Scalars['Yen']['output'];
};

export type AgreementResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  amendedBy?: Resolver<Maybe<ResolversTypes['AmendmentProposal']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  attestation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['AgreementBasis'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  policyAreas?: Resolver<Array<ResolversTypes['PolicyArea']>, ParentType, ContextType>;
  preamble?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relatedAgreements?: Resolver<Array<ResolversTypes['RelatedAgreement']>, ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementBasisResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AgreementBasis'] = ResolversParentTypes['AgreementBasis']> = {
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgreementConnectionResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementEdgeResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
};

export type AmendmentChangeResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AmendmentChange'] = ResolversParentTypes['AmendmentChange']> = {
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AmendmentChangeKind'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AmendmentDecisionResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AmendmentDecision'] = ResolversParentTypes['AmendmentDecision']> = {
  decidedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['AmendmentDecisionKind'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AmendmentProposalResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AmendmentProposal'] = ResolversParentTypes['AmendmentProposal']> = {
  baseVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AmendmentChange']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['AmendmentDecision']>, ParentType, ContextType>;
  effectiveOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pendingParties?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposer?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resultingVersion?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AmendmentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AmendmentProposalConnectionResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AmendmentProposalConnection'] = ResolversParentTypes['AmendmentProposalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AmendmentProposalEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AmendmentProposal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AmendmentProposalEdgeResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AmendmentProposalEdge'] = ResolversParentTypes['AmendmentProposalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AmendmentProposal'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actorMunicipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  actorSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  concerns?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type CostAllocationResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['CostAllocation'] = ResolversParentTypes['CostAllocation']> = {
  populationSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  populationYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['JointProject'], ParentType, ContextType>;
  remainderRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CostSharingRule'], ParentType, ContextType>;
  shares?: Resolver<Array<ResolversTypes['CostShare']>, ParentType, ContextType>;
  totalYen?: Resolver<ResolversTypes['Yen'], ParentType, ContextType>;
};

export type CostShareResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['CostShare'] = ResolversParentTypes['CostShare']> = {
  amountYen?: Resolver<ResolversTypes['Yen'], ParentType, ContextType>;
  exactYen?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedRemainder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CostSharingRuleResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['CostSharingRule'] = ResolversParentTypes['CostSharingRule']> = {
  equalPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  populationPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usagePercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usageUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type InitiativeResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative'], FederationReferenceType extends FederationReferenceTypes['Initiative'] = FederationReferenceTypes['Initiative']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Initiative']> | FederationReferenceType, FederationReferenceType, ContextType>;
  field?: Resolver<ResolversTypes['PolicyField'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JointProjectResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['JointProject'] = ResolversParentTypes['JointProject']> = {
  allocation?: Resolver<ResolversTypes['CostAllocation'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<Maybe<ResolversTypes['Initiative']>, ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['CostSharingRule'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCostYen?: Resolver<ResolversTypes['Yen'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usage?: Resolver<Array<ResolversTypes['UsageFigure']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JointProjectConnectionResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['JointProjectConnection'] = ResolversParentTypes['JointProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['JointProjectEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['JointProject']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JointProjectEdgeResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['JointProjectEdge'] = ResolversParentTypes['JointProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JointProject'], ParentType, ContextType>;
};

export type MunicipalCostTotalResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['MunicipalCostTotal'] = ResolversParentTypes['MunicipalCostTotal']> = {
  fiscalYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalYen?: Resolver<ResolversTypes['Yen'], ParentType, ContextType>;
};

export type MunicipalRoleResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['MunicipalRole'] = ResolversParentTypes['MunicipalRole']> = {
  duties?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['PolicyField'], ParentType, ContextType>;
  isLead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
};

export type MunicipalityResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreementRoles?: Resolver<Array<ResolversTypes['MunicipalRole']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MunicipalityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameKana?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officeAddress?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officeLocation?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  population?: Resolver<ResolversTypes['PopulationEstimate'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type MunicipalityConnectionResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['MunicipalityConnection'] = ResolversParentTypes['MunicipalityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MunicipalityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MunicipalityEdgeResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['MunicipalityEdge'] = ResolversParentTypes['MunicipalityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createJointProject?: Resolver<ResolversTypes['JointProject'], ParentType, ContextType, RequireFields<MutationCreateJointProjectArgs, 'input'>>;
  decideAmendment?: Resolver<ResolversTypes['AmendmentProposal'], ParentType, ContextType, RequireFields<MutationDecideAmendmentArgs, 'input'>>;
  proposeAmendment?: Resolver<ResolversTypes['AmendmentProposal'], ParentType, ContextType, RequireFields<MutationProposeAmendmentArgs, 'input'>>;
  recordRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<MutationRecordRegionArgs, 'input'>>;
  registerWebhook?: Resolver<ResolversTypes['RegisteredWebhook'], ParentType, ContextType, RequireFields<MutationRegisterWebhookArgs, 'input'>>;
  removeRegion?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveRegionArgs, 'id'>>;
  retireWebhook?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationRetireWebhookArgs, 'id'>>;
  updateJointProject?: Resolver<ResolversTypes['JointProject'], ParentType, ContextType, RequireFields<MutationUpdateJointProjectArgs, 'id' | 'input'>>;
  withdrawAmendment?: Resolver<ResolversTypes['AmendmentProposal'], ParentType, ContextType, RequireFields<MutationWithdrawAmendmentArgs, 'id'>>;
  withdrawJointProject?: Resolver<ResolversTypes['JointProject'], ParentType, ContextType, RequireFields<MutationWithdrawJointProjectArgs, 'id'>>;
};

export type PageInfoResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParagraphResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Paragraph'] = ResolversParentTypes['Paragraph']> = {
  items?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PartyResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = {
  addressAsWritten?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signatoryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signatoryTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyAreaResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['PolicyArea'] = ResolversParentTypes['PolicyArea']> = {
  fields?: Resolver<Array<ResolversTypes['PolicyField']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyFieldResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['PolicyField'] = ResolversParentTypes['PolicyField']> = {
  area?: Resolver<ResolversTypes['PolicyArea'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dutiesOf?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<PolicyFieldDutiesOfArgs, 'municipalityCode'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['MunicipalRole']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PopulationEstimateResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['PopulationEstimate'] = ResolversParentTypes['PopulationEstimate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isApproximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, Partial<QueryAgreementArgs>>;
  agreementVersions?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, Partial<QueryAgreementVersionsArgs>>;
  amendmentProposal?: Resolver<Maybe<ResolversTypes['AmendmentProposal']>, ParentType, ContextType, RequireFields<QueryAmendmentProposalArgs, 'id'>>;
  amendmentProposals?: Resolver<ResolversTypes['AmendmentProposalConnection'], ParentType, ContextType, Partial<QueryAmendmentProposalsArgs>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'number'>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  costAllocation?: Resolver<Maybe<ResolversTypes['CostAllocation']>, ParentType, ContextType, RequireFields<QueryCostAllocationArgs, 'projectId'>>;
  costTotalsByFiscalYear?: Resolver<Array<ResolversTypes['MunicipalCostTotal']>, ParentType, ContextType, RequireFields<QueryCostTotalsByFiscalYearArgs, 'fiscalYear'>>;
  initiative?: Resolver<Maybe<ResolversTypes['Initiative']>, ParentType, ContextType, RequireFields<QueryInitiativeArgs, 'id'>>;
  jointProject?: Resolver<Maybe<ResolversTypes['JointProject']>, ParentType, ContextType, RequireFields<QueryJointProjectArgs, 'id'>>;
  jointProjects?: Resolver<ResolversTypes['JointProjectConnection'], ParentType, ContextType, Partial<QueryJointProjectsArgs>>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, RequireFields<QueryMunicipalityArgs, 'code'>>;
  policyField?: Resolver<Maybe<ResolversTypes['PolicyField']>, ParentType, ContextType, RequireFields<QueryPolicyFieldArgs, 'id'>>;
  policyFields?: Resolver<Array<ResolversTypes['PolicyField']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'id'>>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, Partial<QueryRegionsArgs>>;
  servedMunicipalities?: Resolver<ResolversTypes['MunicipalityConnection'], ParentType, ContextType, Partial<QueryServedMunicipalitiesArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  webhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  centre?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['RegionKind']>, ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegionConnectionResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionEdgeResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type RegisteredWebhookResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['RegisteredWebhook'] = ResolversParentTypes['RegisteredWebhook']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
};

export type RelatedAgreementResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['RelatedAgreement'] = ResolversParentTypes['RelatedAgreement']> = {
  field?: Resolver<Maybe<ResolversTypes['PolicyField']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UsageFigureResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['UsageFigure'] = ResolversParentTypes['UsageFigure']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  isCoordinator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookAttemptResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = {
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attemptedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  log?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookSubscriptionResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, Partial<WebhookSubscriptionDeliveriesArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['WebhookScope'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface YenScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Yen'], any> {
  name: 'Yen';
}

export type Resolvers<ContextType = AgreementContext> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementBasis?: AgreementBasisResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  AmendmentChange?: AmendmentChangeResolvers<ContextType>;
  AmendmentDecision?: AmendmentDecisionResolvers<ContextType>;
  AmendmentProposal?: AmendmentProposalResolvers<ContextType>;
  AmendmentProposalConnection?: AmendmentProposalConnectionResolvers<ContextType>;
  AmendmentProposalEdge?: AmendmentProposalEdgeResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CostAllocation?: CostAllocationResolvers<ContextType>;
  CostShare?: CostShareResolvers<ContextType>;
  CostSharingRule?: CostSharingRuleResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  JointProject?: JointProjectResolvers<ContextType>;
  JointProjectConnection?: JointProjectConnectionResolvers<ContextType>;
  JointProjectEdge?: JointProjectEdgeResolvers<ContextType>;
  MunicipalCostTotal?: MunicipalCostTotalResolvers<ContextType>;
  MunicipalRole?: MunicipalRoleResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  MunicipalityConnection?: MunicipalityConnectionResolvers<ContextType>;
  MunicipalityEdge?: MunicipalityEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Paragraph?: ParagraphResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  PolicyArea?: PolicyAreaResolvers<ContextType>;
  PolicyField?: PolicyFieldResolvers<ContextType>;
  PopulationEstimate?: PopulationEstimateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  RegisteredWebhook?: RegisteredWebhookResolvers<ContextType>;
  RelatedAgreement?: RelatedAgreementResolvers<ContextType>;
  UsageFigure?: UsageFigureResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  Yen?: GraphQLScalarType;
};

