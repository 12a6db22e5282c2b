-- The database's mirror of the entities' field rules (subgraphs/<subgraph>/<entity>/*.rules.ts, issue #20).
-- Every rule a column can state is a CHECK named `<table>_<column>_check` (PostgreSQL's own name for a column
-- constraint), so a refused value names the same field in the API, the importers and here; a rule that
-- relates two fields is named after the field the rules report it on (e.g. longitude for "both coordinates
-- or neither"). PostgreSQL tests CHECKs in name order and reports the first that fails, which is why the
-- table-wide ones are folded into (or renamed after) the field they concern. test/entity-rules.test.ts
-- walks every rule against these constraints.

-- agreement.joint_project: description, initiative, weights summing to 100 (reported on usagePercent), unit.
ALTER TABLE agreement.joint_project
  DROP CONSTRAINT joint_project_check,
  DROP CONSTRAINT joint_project_check1,
  DROP CONSTRAINT joint_project_usage_percent_check;
ALTER TABLE agreement.joint_project
  ADD CONSTRAINT joint_project_description_check CHECK (length(description) <= 4000),
  ADD CONSTRAINT joint_project_initiative_id_check CHECK (initiative_id ~ '^[a-z][a-z0-9]*-[0-9]{1,3}$'),
  ADD CONSTRAINT joint_project_usage_percent_check
    CHECK (usage_percent BETWEEN 0 AND 100 AND equal_percent + population_percent + usage_percent = 100),
  ADD CONSTRAINT joint_project_usage_unit_check
    CHECK ((usage_unit IS NULL OR length(usage_unit) BETWEEN 1 AND 50)
      AND (usage_percent = 0 OR usage_unit IS NOT NULL));

-- agreement.amendment_decision: an objection needs a reason (reported on reason).
ALTER TABLE agreement.amendment_decision
  DROP CONSTRAINT amendment_decision_check,
  DROP CONSTRAINT amendment_decision_reason_check;
ALTER TABLE agreement.amendment_decision
  ADD CONSTRAINT amendment_decision_reason_check
    CHECK ((reason IS NULL OR length(reason) BETWEEN 1 AND 4000) AND (decision = 'CONSENT' OR reason IS NOT NULL));

-- disaster.drill: the other eight parties at most, an initiative of the disaster field, counts up to 1,000,000.
ALTER TABLE disaster.drill
  DROP CONSTRAINT drill_participating_municipality_codes_check,
  DROP CONSTRAINT drill_staff_participants_check,
  DROP CONSTRAINT drill_volunteer_participants_check,
  DROP CONSTRAINT drill_resident_participants_check;
ALTER TABLE disaster.drill
  ADD CONSTRAINT drill_participating_municipality_codes_check
    CHECK (array_position(participating_municipality_codes, NULL) IS NULL
      AND cardinality(participating_municipality_codes) <= 8),
  ADD CONSTRAINT drill_initiative_id_check CHECK (initiative_id ~ '^disaster-[0-9]{1,2}$'),
  ADD CONSTRAINT drill_staff_participants_check CHECK (staff_participants BETWEEN 0 AND 1000000),
  ADD CONSTRAINT drill_volunteer_participants_check CHECK (volunteer_participants BETWEEN 0 AND 1000000),
  ADD CONSTRAINT drill_resident_participants_check CHECK (resident_participants BETWEEN 0 AND 1000000);

-- disaster.shelter: kana and address lengths, capacity, http(s) URLs, both coordinates or neither.
ALTER TABLE disaster.shelter
  DROP CONSTRAINT shelter_capacity_check,
  DROP CONSTRAINT shelter_url_check,
  DROP CONSTRAINT shelter_longitude_check;
ALTER TABLE disaster.shelter
  ADD CONSTRAINT shelter_name_kana_check CHECK (length(name_kana) <= 200),
  ADD CONSTRAINT shelter_address_check CHECK (length(address) BETWEEN 1 AND 300),
  ADD CONSTRAINT shelter_capacity_check CHECK (capacity BETWEEN 0 AND 1000000),
  ADD CONSTRAINT shelter_url_check CHECK (length(url) <= 2000 AND url ~* '^https?://'),
  ADD CONSTRAINT shelter_longitude_check
    CHECK (longitude BETWEEN -180 AND 180 AND (latitude IS NULL) = (longitude IS NULL));

-- disaster stock: quantities up to 10,000,000; a transfer moves at least one.
ALTER TABLE disaster.stock_lot DROP CONSTRAINT stock_lot_quantity_check;
ALTER TABLE disaster.stock_lot ADD CONSTRAINT stock_lot_quantity_check CHECK (quantity BETWEEN 0 AND 10000000);
ALTER TABLE disaster.stock_target DROP CONSTRAINT stock_target_quantity_check;
ALTER TABLE disaster.stock_target ADD CONSTRAINT stock_target_quantity_check CHECK (quantity BETWEEN 0 AND 10000000);
ALTER TABLE disaster.stock_transfer DROP CONSTRAINT stock_transfer_quantity_check;
ALTER TABLE disaster.stock_transfer
  ADD CONSTRAINT stock_transfer_quantity_check CHECK (quantity BETWEEN 1 AND 10000000);

-- ict.pilot: initiative, technology, target business, partners, hours saved.
ALTER TABLE ict.pilot
  DROP CONSTRAINT pilot_target_business_check,
  DROP CONSTRAINT pilot_partner_municipality_codes_check,
  DROP CONSTRAINT pilot_hours_saved_per_year_check;
ALTER TABLE ict.pilot
  ADD CONSTRAINT pilot_initiative_id_check CHECK (initiative_id ~ '^ict-[0-9]{1,2}$'),
  ADD CONSTRAINT pilot_technology_check CHECK (length(technology) BETWEEN 1 AND 100),
  ADD CONSTRAINT pilot_target_business_check CHECK (length(target_business) BETWEEN 1 AND 100),
  ADD CONSTRAINT pilot_partner_municipality_codes_check
    CHECK (array_position(partner_municipality_codes, NULL) IS NULL
      AND cardinality(partner_municipality_codes) <= 8),
  ADD CONSTRAINT pilot_partner_companies_check
    CHECK (array_position(partner_companies, NULL) IS NULL AND cardinality(partner_companies) <= 20),
  ADD CONSTRAINT pilot_hours_saved_per_year_check CHECK (hours_saved_per_year BETWEEN 0 AND 10000000);

-- ict.shared_case: at most 20 tags and 10 links.
ALTER TABLE ict.shared_case
  ADD CONSTRAINT shared_case_tags_check CHECK (cardinality(tags) <= 20),
  ADD CONSTRAINT shared_case_links_check CHECK (cardinality(links) <= 10);

-- ict.system and its contract: vendor and product names, a plausible annual cost.
ALTER TABLE ict.system
  ADD CONSTRAINT system_vendor_check CHECK (length(vendor) BETWEEN 1 AND 200),
  ADD CONSTRAINT system_product_check CHECK (length(product) BETWEEN 1 AND 200);
ALTER TABLE ict.system_contract DROP CONSTRAINT system_contract_annual_cost_yen_check;
ALTER TABLE ict.system_contract
  ADD CONSTRAINT system_contract_annual_cost_yen_check CHECK (annual_cost_yen BETWEEN 0 AND 1000000000000);

-- transit.promotion_campaign: initiative, URL; the end date rule is reported on endsOn.
ALTER TABLE transit.promotion_campaign
  RENAME CONSTRAINT promotion_campaign_check TO promotion_campaign_ends_on_check;
ALTER TABLE transit.promotion_campaign
  ADD CONSTRAINT promotion_campaign_initiative_id_check CHECK (initiative_id ~ '^transit-[0-9]{1,2}$'),
  ADD CONSTRAINT promotion_campaign_url_check CHECK (length(url) <= 2000 AND url ~* '^https?://');

-- transit recruitment: initiative, URL, counts; hires never exceed participants (reported on hires), the
-- closing date rule is reported on closesOn.
ALTER TABLE transit.recruitment_event
  DROP CONSTRAINT recruitment_event_participants_check,
  DROP CONSTRAINT recruitment_event_hires_check;
ALTER TABLE transit.recruitment_event
  ADD CONSTRAINT recruitment_event_initiative_id_check CHECK (initiative_id ~ '^transit-[0-9]{1,2}$'),
  ADD CONSTRAINT recruitment_event_url_check CHECK (length(url) <= 2000 AND url ~* '^https?://'),
  ADD CONSTRAINT recruitment_event_participants_check CHECK (participants BETWEEN 0 AND 100000),
  -- As in the rules, the relation applies once both counts are valid: an invalid participants count is
  -- reported on participants (its own check), not here.
  ADD CONSTRAINT recruitment_event_hires_check
    CHECK (hires BETWEEN 0 AND 100000
      AND (participants IS NULL OR participants NOT BETWEEN 0 AND 100000 OR hires <= participants));
ALTER TABLE transit.recruitment_opening
  RENAME CONSTRAINT recruitment_opening_check TO recruitment_opening_closes_on_check;
ALTER TABLE transit.recruitment_opening DROP CONSTRAINT recruitment_opening_positions_check;
ALTER TABLE transit.recruitment_opening
  ADD CONSTRAINT recruitment_opening_initiative_id_check CHECK (initiative_id ~ '^transit-[0-9]{1,2}$'),
  ADD CONSTRAINT recruitment_opening_positions_check CHECK (positions BETWEEN 1 AND 1000),
  ADD CONSTRAINT recruitment_opening_url_check CHECK (length(url) <= 2000 AND url ~* '^https?://');

-- transit.route_statistics (one row per month of a batch): the amounts' upper bounds.
ALTER TABLE transit.route_statistics
  DROP CONSTRAINT route_statistics_vehicle_km_check,
  DROP CONSTRAINT route_statistics_passenger_km_check,
  DROP CONSTRAINT route_statistics_fare_revenue_yen_check,
  DROP CONSTRAINT route_statistics_operating_cost_yen_check;
ALTER TABLE transit.route_statistics
  ADD CONSTRAINT route_statistics_vehicle_km_check CHECK (vehicle_km BETWEEN 0 AND 10000000000),
  ADD CONSTRAINT route_statistics_passenger_km_check CHECK (passenger_km BETWEEN 0 AND 10000000000),
  ADD CONSTRAINT route_statistics_fare_revenue_yen_check CHECK (fare_revenue_yen BETWEEN 0 AND 10000000000000),
  ADD CONSTRAINT route_statistics_operating_cost_yen_check CHECK (operating_cost_yen BETWEEN 0 AND 10000000000000);
