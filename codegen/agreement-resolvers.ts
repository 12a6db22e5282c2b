import type { GraphQLResolveInfo } from 'graphql';
import type { AgreementRow, ArticleRow, ParagraphRow, PartyRow, PolicyAreaRow, RelatedAgreementRow } from '../subgraphs/agreement/agreement/agreement.repository.js';
import type { MunicipalityRow } from '../subgraphs/agreement/municipalities/municipalities.repository.js';
import type { PolicyFieldRow, InitiativeRow, FieldRoleRow } from '../subgraphs/agreement/policy-fields/policy-fields.repository.js';
import type { AgreementContext } from '../subgraphs/agreement/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
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

/** The 協定書: what the nine municipalities agreed to do together. */
export type Agreement = {
  /** Articles 第1条〜第7条 with every paragraph. */
  articles: Array<Article>;
  /** The closing attestation (本書9通を作成し…). */
  attestation: Scalars['String']['output'];
  /** The 要綱 the agreement is based on (第1条). */
  basis: AgreementBasis;
  /** Stable identifier of the agreement. */
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

/** Status of the agreement. */
export type AgreementStatus =
  /** Dissolved by consensus of all parties (第6条). */
  | 'DISSOLVED'
  /** In force since signing. */
  | 'IN_FORCE';

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

/** A municipality party to the agreement. Other subgraphs add its shelters, transport and systems. */
export type Municipality = {
  /** The municipality's role and duties in each policy field of the 別表. */
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
  /** How the municipality signed the agreement. */
  party: Party;
  /** Population (approximate; see `source`). */
  population: PopulationEstimate;
};

/** Kind of municipality. */
export type MunicipalityKind =
  /** 市 */
  | 'CITY'
  /** 町 */
  | 'TOWN'
  /** 村 */
  | 'VILLAGE';

/** A paragraph (項) of an article. */
export type Paragraph = {
  /** The numbered items (号) of the paragraph, verbatim and in order; empty when there are none. */
  items: Array<Scalars['String']['output']>;
  /** The paragraph number (1 for the unnumbered first paragraph). */
  number: Scalars['Int']['output'];
  /** The text of the paragraph, verbatim. */
  text: Scalars['String']['output'];
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

export type Query = {
  /** The agreement as currently in force. */
  agreement: Agreement;
  /** One article (条) of the agreement by its number, 1–7. Null when there is no such article. */
  article: Maybe<Article>;
  /** One 取組内容 line by id, e.g. `disaster-1`. Null when unknown. */
  initiative: Maybe<Initiative>;
  /** The nine parties to the agreement, in the order they signed. */
  municipalities: Array<Municipality>;
  /**
   * A municipality by its 6-digit 全国地方公共団体コード (with check digit, e.g. `012106`).
   * A malformed code or a wrong check digit is a BAD_USER_INPUT error; a valid code that is not a party returns null.
   */
  municipality: Maybe<Municipality>;
  /** One policy field by id (`disaster`, `transit` or `ict`). Null when unknown. */
  policyField: Maybe<PolicyField>;
  /** The three policy fields of the 別表: 防災, 地域公共交通 and ICTインフラ, in the order of the 別表. */
  policyFields: Array<PolicyField>;
};


export type QueryArticleArgs = {
  number: Scalars['Int']['input'];
};


export type QueryInitiativeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMunicipalityArgs = {
  code: Scalars['String']['input'];
};


export type QueryPolicyFieldArgs = {
  id: Scalars['ID']['input'];
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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Initiative:
    ( { __typename: 'Initiative' }
    & GraphQLRecursivePick<FederationTypes['Initiative'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agreement: ResolverTypeWrapper<AgreementRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgreementBasis: ResolverTypeWrapper<AgreementBasis>;
  AgreementStatus: AgreementStatus;
  Article: ResolverTypeWrapper<ArticleRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Initiative: ResolverTypeWrapper<InitiativeRow>;
  MunicipalRole: ResolverTypeWrapper<FieldRoleRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Municipality: ResolverTypeWrapper<MunicipalityRow>;
  MunicipalityKind: MunicipalityKind;
  Paragraph: ResolverTypeWrapper<ParagraphRow>;
  Party: ResolverTypeWrapper<PartyRow>;
  PolicyArea: ResolverTypeWrapper<PolicyAreaRow>;
  PolicyField: ResolverTypeWrapper<PolicyFieldRow>;
  PopulationEstimate: ResolverTypeWrapper<PopulationEstimate>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelatedAgreement: ResolverTypeWrapper<RelatedAgreementRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Agreement: AgreementRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AgreementBasis: AgreementBasis;
  Article: ArticleRow;
  Int: Scalars['Int']['output'];
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  Initiative: InitiativeRow;
  MunicipalRole: FieldRoleRow;
  Boolean: Scalars['Boolean']['output'];
  Municipality: MunicipalityRow;
  Paragraph: ParagraphRow;
  Party: PartyRow;
  PolicyArea: PolicyAreaRow;
  PolicyField: PolicyFieldRow;
  PopulationEstimate: PopulationEstimate;
  Query: Record<PropertyKey, never>;
  RelatedAgreement: RelatedAgreementRow;
};

export type AgreementResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  attestation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['AgreementBasis'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  policyAreas?: Resolver<Array<ResolversTypes['PolicyArea']>, ParentType, ContextType>;
  preamble?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relatedAgreements?: Resolver<Array<ResolversTypes['RelatedAgreement']>, ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgreementBasisResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['AgreementBasis'] = ResolversParentTypes['AgreementBasis']> = {
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
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
  party?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['PopulationEstimate'], ParentType, ContextType>;
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
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'number'>>;
  initiative?: Resolver<Maybe<ResolversTypes['Initiative']>, ParentType, ContextType, RequireFields<QueryInitiativeArgs, 'id'>>;
  municipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType, RequireFields<QueryMunicipalityArgs, 'code'>>;
  policyField?: Resolver<Maybe<ResolversTypes['PolicyField']>, ParentType, ContextType, RequireFields<QueryPolicyFieldArgs, 'id'>>;
  policyFields?: Resolver<Array<ResolversTypes['PolicyField']>, ParentType, ContextType>;
};

export type RelatedAgreementResolvers<ContextType = AgreementContext, ParentType extends ResolversParentTypes['RelatedAgreement'] = ResolversParentTypes['RelatedAgreement']> = {
  field?: Resolver<Maybe<ResolversTypes['PolicyField']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AgreementContext> = {
  Agreement?: AgreementResolvers<ContextType>;
  AgreementBasis?: AgreementBasisResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  MunicipalRole?: MunicipalRoleResolvers<ContextType>;
  Municipality?: MunicipalityResolvers<ContextType>;
  Paragraph?: ParagraphResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  PolicyArea?: PolicyAreaResolvers<ContextType>;
  PolicyField?: PolicyFieldResolvers<ContextType>;
  PopulationEstimate?: PopulationEstimateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelatedAgreement?: RelatedAgreementResolvers<ContextType>;
};

