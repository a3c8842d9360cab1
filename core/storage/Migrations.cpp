// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace cc::storage {

// Portable SQL: standard types (TEXT, INTEGER, REAL, BLOB), UUIDs on every record that travels
// between machines, integer keys only for joins inside one database. Times are ISO 8601 UTC text.
// Never edit a shipped step: add a new one.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps {
        {1,
         {
             "CREATE TABLE settings ("
             " key TEXT PRIMARY KEY,"
             " value TEXT NOT NULL)",

             // Every imported indicator-set version, immutable once stored. The whole tree is kept as
             // canonical JSON (defaults written out, unknown fields kept); the columns are for listing.
             "CREATE TABLE indicator_sets ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " code TEXT NOT NULL,"
             " version TEXT NOT NULL,"
             " name_zh TEXT NOT NULL,"
             " name_en TEXT NOT NULL DEFAULT '',"
             " indicator_count INTEGER NOT NULL,"
             " content TEXT NOT NULL,"
             " content_sha256 TEXT NOT NULL,"
             " builtin INTEGER NOT NULL DEFAULT 0,"
             " imported_at TEXT NOT NULL,"
             " imported_by TEXT NOT NULL DEFAULT '',"
             " UNIQUE (code, version))",

             // Flat index of each set version's indicators, in set order: responses refer to these.
             "CREATE TABLE set_indicators ("
             " id INTEGER PRIMARY KEY,"
             " set_id INTEGER NOT NULL REFERENCES indicator_sets(id) ON DELETE RESTRICT,"
             " code TEXT NOT NULL,"
             " type TEXT NOT NULL,"
             " position INTEGER NOT NULL,"
             " UNIQUE (set_id, code))",

             "CREATE TABLE set_community_types ("
             " set_id INTEGER NOT NULL REFERENCES indicator_sets(id) ON DELETE RESTRICT,"
             " code TEXT NOT NULL,"
             " name_zh TEXT NOT NULL,"
             " name_en TEXT NOT NULL DEFAULT '',"
             " PRIMARY KEY (set_id, code))",

             "CREATE TABLE communities ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " code TEXT NOT NULL UNIQUE,"
             " name TEXT NOT NULL,"
             " type TEXT NOT NULL,"
             " city TEXT NOT NULL DEFAULT '',"
             " county TEXT NOT NULL DEFAULT '',"
             " street TEXT NOT NULL DEFAULT '',"
             " households INTEGER,"
             " buildings INTEGER,"
             " population INTEGER,"
             " area_ha REAL,"
             " build_year INTEGER,"
             " pilot INTEGER NOT NULL DEFAULT 0,"
             " latitude REAL,"
             " longitude REAL,"
             " note TEXT NOT NULL DEFAULT '',"
             " archived INTEGER NOT NULL DEFAULT 0,"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)",
             "CREATE INDEX communities_county ON communities (county, street)",

             "CREATE TABLE assessments ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE RESTRICT,"
             " set_id INTEGER NOT NULL REFERENCES indicator_sets(id) ON DELETE RESTRICT,"
             " round_year INTEGER NOT NULL,"
             " round_label TEXT NOT NULL DEFAULT '',"
             " assessors TEXT NOT NULL DEFAULT '',"
             " status TEXT NOT NULL DEFAULT 'draft'"
             "  CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),"
             " previous_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,"
             " review_comment TEXT NOT NULL DEFAULT '',"
             " archived INTEGER NOT NULL DEFAULT 0,"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL,"
             " submitted_at TEXT,"
             " approved_at TEXT)",
             "CREATE INDEX assessments_community ON assessments (community_id, round_year)",

             // One row per answered (or N/A) indicator. Boolean, number and rating answers live in
             // value_num (booleans as 0/1); option codes, text and checked item codes (joined with ';',
             // '' = none checked) in value_text.
             "CREATE TABLE responses ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
             " indicator_code TEXT NOT NULL,"
             " value_num REAL,"
             " value_text TEXT,"
             " not_applicable INTEGER NOT NULL DEFAULT 0,"
             " note TEXT NOT NULL DEFAULT '',"
             " carried_over INTEGER NOT NULL DEFAULT 0,"
             " updated_at TEXT NOT NULL,"
             " updated_by TEXT NOT NULL DEFAULT '',"
             " UNIQUE (assessment_id, indicator_code))",

             // Photo records; the image bytes live in the companion NAME.photos.sqlite file,
             // content-addressed by the stored copy's SHA-256.
             "CREATE TABLE photos ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
             " indicator_code TEXT NOT NULL,"
             " original_sha256 TEXT NOT NULL,"
             " stored_sha256 TEXT NOT NULL,"
             " original_name TEXT NOT NULL DEFAULT '',"
             " original_size INTEGER NOT NULL,"
             " width INTEGER NOT NULL,"
             " height INTEGER NOT NULL,"
             " caption TEXT NOT NULL DEFAULT '',"
             " taken_at TEXT,"
             " gps_latitude REAL,"
             " gps_longitude REAL,"
             " gps_altitude REAL,"
             " position INTEGER NOT NULL DEFAULT 0,"
             " created_at TEXT NOT NULL)",
             "CREATE INDEX photos_assessment ON photos (assessment_id, indicator_code)",

             // Who changed what, when: every change after an assessment's first submission, and
             // administrative events (set imports, archiving).
             "CREATE TABLE audit_log ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " at TEXT NOT NULL,"
             " user_name TEXT NOT NULL,"
             " entity TEXT NOT NULL,"
             " entity_uuid TEXT NOT NULL,"
             " field TEXT NOT NULL DEFAULT '',"
             " old_value TEXT,"
             " new_value TEXT,"
             " reason TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX audit_log_entity ON audit_log (entity_uuid, at)",

             // On a server the photo bytes have no companion file: they live in a schema of the same
             // name, so that the same SQL reaches them.
             {MigrationStatement::Only::Postgres, "CREATE SCHEMA photostore"},
             {MigrationStatement::Only::Postgres,
              "CREATE TABLE photostore.photo_blobs ("
              " sha256 TEXT PRIMARY KEY,"
              " image BLOB NOT NULL,"
              " thumbnail BLOB NOT NULL,"
              " created_at TEXT NOT NULL)"},
         }},
        // The three lists, the project library and the annual plan (issue 6). Lists of codes are kept
        // as text joined by ';' (codes never contain it); links between records are tables.
        {2,
         {
             "CREATE TABLE demands ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE RESTRICT,"
             " text TEXT NOT NULL,"
             " task_code TEXT NOT NULL DEFAULT '',"
             " place TEXT NOT NULL DEFAULT '',"
             " source TEXT NOT NULL,"
             " demand_date TEXT,"
             " support INTEGER NOT NULL DEFAULT 0,"
             " indicator_codes TEXT NOT NULL DEFAULT '',"
             " problem_codes TEXT NOT NULL DEFAULT '',"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)",
             "CREATE INDEX demands_community ON demands (community_id)",

             "CREATE TABLE survey_tallies ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE RESTRICT,"
             " item TEXT NOT NULL,"
             " mean REAL NOT NULL,"
             " respondents INTEGER NOT NULL,"
             " task_code TEXT NOT NULL DEFAULT '',"
             " indicator_codes TEXT NOT NULL DEFAULT '',"
             " tally_date TEXT,"
             " created_at TEXT NOT NULL)",
             "CREATE INDEX survey_tallies_community ON survey_tallies (community_id)",

             "CREATE TABLE resources ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " community_id INTEGER REFERENCES communities(id) ON DELETE RESTRICT,"
             " county TEXT NOT NULL DEFAULT '',"
             " kind TEXT NOT NULL,"
             " name TEXT NOT NULL,"
             " area_m2 REAL,"
             " place TEXT NOT NULL DEFAULT '',"
             " owner TEXT NOT NULL DEFAULT '',"
             " amount_wan REAL,"
             " budget_year INTEGER,"
             " note TEXT NOT NULL DEFAULT '',"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)",

             "CREATE TABLE projects ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE RESTRICT,"
             " assessment_id INTEGER REFERENCES assessments(id) ON DELETE RESTRICT,"
             " origin_key TEXT NOT NULL,"
             " template_code TEXT NOT NULL DEFAULT '',"
             " problem_codes TEXT NOT NULL DEFAULT '',"
             " name TEXT NOT NULL,"
             " scope TEXT NOT NULL DEFAULT '',"
             " quantity REAL,"
             " unit TEXT NOT NULL DEFAULT '',"
             " unit_cost REAL,"
             " cost REAL,"
             " responsible_unit TEXT NOT NULL DEFAULT '',"
             " class TEXT NOT NULL DEFAULT '',"
             " time_bound INTEGER NOT NULL DEFAULT 0,"
             " worst_score REAL,"
             " status TEXT NOT NULL,"
             " decision_reason TEXT NOT NULL DEFAULT '',"
             " bundle_id INTEGER REFERENCES projects(id) ON DELETE RESTRICT,"
             " is_bundle INTEGER NOT NULL DEFAULT 0,"
             " planned_year INTEGER,"
             " sequence INTEGER NOT NULL DEFAULT 0,"
             " edited INTEGER NOT NULL DEFAULT 0,"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)",
             "CREATE INDEX projects_community ON projects (community_id, origin_key)",
             "CREATE INDEX projects_assessment ON projects (assessment_id)",

             "CREATE TABLE project_demands ("
             " project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
             " demand_id INTEGER NOT NULL REFERENCES demands(id) ON DELETE RESTRICT,"
             " PRIMARY KEY (project_id, demand_id))",

             "CREATE TABLE project_resources ("
             " project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
             " resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE RESTRICT,"
             " PRIMARY KEY (project_id, resource_id))",

             // The local price table: a template's unit cost in a county ('' = everywhere).
             "CREATE TABLE price_table ("
             " template_code TEXT NOT NULL,"
             " county TEXT NOT NULL DEFAULT '',"
             " unit_cost REAL NOT NULL,"
             " note TEXT NOT NULL DEFAULT '',"
             " PRIMARY KEY (template_code, county))",

             "CREATE TABLE plans ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " county TEXT NOT NULL,"
             " plan_year INTEGER NOT NULL,"
             " budget REAL NOT NULL,"
             " total_cost REAL NOT NULL,"
             " tasks TEXT NOT NULL DEFAULT '',"
             " key_projects TEXT NOT NULL DEFAULT '',"
             " requirements TEXT NOT NULL DEFAULT '',"
             " schedule TEXT NOT NULL DEFAULT '',"
             " safeguards TEXT NOT NULL DEFAULT '',"
             " built_at TEXT NOT NULL,"
             " built_by TEXT NOT NULL DEFAULT '',"
             " UNIQUE (county, plan_year))",

             "CREATE TABLE plan_items ("
             " plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
             " project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE RESTRICT,"
             " selected INTEGER NOT NULL,"
             " rank INTEGER NOT NULL,"
             " cost REAL,"
             " priority REAL NOT NULL,"
             " reason TEXT NOT NULL DEFAULT '',"
             " PRIMARY KEY (plan_id, project_id))",
         }},
        // The day of the site visit: deadlines of 限时解决 problems count from it (scoring §6). A check
        // made before it was recorded takes the day it was created, on the machine's clock.
        {3,
         {
             "ALTER TABLE assessments ADD COLUMN check_date TEXT NOT NULL DEFAULT ''",
             {MigrationStatement::Only::Sqlite,
              "UPDATE assessments SET check_date = coalesce(date(created_at, 'localtime'), substr(created_at, 1, 10))"},
             {MigrationStatement::Only::Postgres,
              "UPDATE assessments SET check_date = to_char(CAST(created_at AS timestamptz), 'YYYY-MM-DD')"},
         }},
        // What a plan table needs of a project (lead and cooperating units, 实施主体, place, deadline,
        // years and funding by source) and a plan that puts its 限时解决 projects first.
        {4,
         {
             "ALTER TABLE projects ADD COLUMN cooperating_units TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE projects ADD COLUMN implementer TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE projects ADD COLUMN location TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE projects ADD COLUMN deadline TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE projects ADD COLUMN start_year INTEGER",
             "ALTER TABLE projects ADD COLUMN end_year INTEGER",
             "ALTER TABLE projects ADD COLUMN alternative_templates TEXT NOT NULL DEFAULT ''",

             // 资金来源: the parts add up to the project's cost (checked by the service).
             "CREATE TABLE project_funding ("
             " project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
             " source TEXT NOT NULL,"
             " amount REAL NOT NULL,"
             " PRIMARY KEY (project_id, source))",

             // The amount planned in each year of a multi-year project.
             "CREATE TABLE project_years ("
             " project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
             " year INTEGER NOT NULL,"
             " amount REAL NOT NULL,"
             " PRIMARY KEY (project_id, year))",

             "ALTER TABLE plans ADD COLUMN mandatory_cost REAL NOT NULL DEFAULT 0",
             "ALTER TABLE plans ADD COLUMN shortfall REAL NOT NULL DEFAULT 0",
             "ALTER TABLE plan_items ADD COLUMN year_cost REAL",
             "ALTER TABLE plan_items ADD COLUMN measure INTEGER NOT NULL DEFAULT 0",
             // Plans built before had no years: a project's cost fell wholly in the plan's year.
             "UPDATE plan_items SET year_cost = cost",
         }},
        // What the planner's lists show of each check's score, kept so that a province's checks list
        // opens without rescoring 15,000 checks. It can never be stale: every change a score depends
        // on (an answer, the community's type or figures, the check's set or community) deletes the
        // row in the same statement's transaction, by trigger; a row of an older scoring engine is
        // ignored by the reader.
        {5,
         {
             "CREATE TABLE score_cache ("
             " assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,"
             " engine INTEGER NOT NULL,"
             " overall REAL,"
             " grade TEXT NOT NULL DEFAULT '',"
             " coverage REAL,"
             " provisional INTEGER NOT NULL,"
             " bottom_line_failures INTEGER NOT NULL,"
             " open_time_bound INTEGER NOT NULL)",
             "CREATE TRIGGER score_cache_answer_added AFTER INSERT ON responses BEGIN"
             " DELETE FROM score_cache WHERE assessment_id = NEW.assessment_id; END",
             "CREATE TRIGGER score_cache_answer_changed AFTER UPDATE ON responses BEGIN"
             " DELETE FROM score_cache WHERE assessment_id IN (OLD.assessment_id, NEW.assessment_id); END",
             "CREATE TRIGGER score_cache_answer_removed AFTER DELETE ON responses BEGIN"
             " DELETE FROM score_cache WHERE assessment_id = OLD.assessment_id; END",
             "CREATE TRIGGER score_cache_community_changed AFTER UPDATE ON communities BEGIN"
             " DELETE FROM score_cache WHERE assessment_id IN"
             " (SELECT id FROM assessments WHERE community_id = NEW.id); END",
             "CREATE TRIGGER score_cache_check_moved AFTER UPDATE OF set_id, community_id ON assessments BEGIN"
             " DELETE FROM score_cache WHERE assessment_id = NEW.id; END",
             "CREATE TRIGGER score_cache_set_changed AFTER UPDATE ON indicator_sets BEGIN"
             " DELETE FROM score_cache WHERE assessment_id IN"
             " (SELECT id FROM assessments WHERE set_id = NEW.id); END",
         }},
        // Field ↔ office exchange (issue 16): for each check, the hash of each answer (item = the
        // indicator code), photo ('#photo:UUID') and of its state ('#state') as this database last
        // agreed on them with another database (a peer: its machine and file name), set when importing
        // that one's bundle; bundles carry these, so an import tells a change made there from one made
        // here, and both from a conflict. Keyed by integers, the hash as its 32 bytes (empty: no value):
        // a round's bundle adds a row per answer.
        {6,
         {
             "CREATE TABLE exchange_peers ("
             " id INTEGER PRIMARY KEY,"
             " name TEXT NOT NULL UNIQUE)",
             "CREATE TABLE exchange_base ("
             " assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
             " peer_id INTEGER NOT NULL REFERENCES exchange_peers(id),"
             " item TEXT NOT NULL,"
             " hash BLOB NOT NULL,"
             " PRIMARY KEY (assessment_id, peer_id, item)) WITHOUT ROWID",
             // A community a bundle knows under another UUID than this database (the same code),
             // once someone confirmed they are the same: later bundles are matched without asking.
             "CREATE TABLE exchange_alias ("
             " foreign_uuid TEXT PRIMARY KEY,"
             " community_uuid TEXT NOT NULL)",
         }},
        // The building ledger's ground (issue 17): a community's 小区 and their 楼栋. A building is known
        // by its number within its 小区; it is never deleted while anything refers to it.
        {7,
         {
             "CREATE TABLE estates ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " community_id INTEGER NOT NULL REFERENCES communities(id) ON DELETE CASCADE,"
             " name TEXT NOT NULL,"
             " UNIQUE (community_id, name))",
             "CREATE TABLE buildings ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " estate_id INTEGER NOT NULL REFERENCES estates(id),"
             " number TEXT NOT NULL,"
             " address TEXT NOT NULL DEFAULT '',"
             " storeys INTEGER,"
             " dwellings INTEGER,"
             " build_year INTEGER,"
             " structure TEXT NOT NULL DEFAULT '',"
             " lift INTEGER,"
             " note TEXT NOT NULL DEFAULT '',"
             " updated_at TEXT NOT NULL,"
             " UNIQUE (estate_id, number))",
             // The building ledger (楼栋台账) of a check: per building and item (H3.5 …), found or not,
             // its degree and a note. A building with entries cannot be deleted.
             "CREATE TABLE ledger_entries ("
             " id INTEGER PRIMARY KEY,"
             " uuid TEXT NOT NULL UNIQUE,"
             " assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
             " building_id INTEGER NOT NULL REFERENCES buildings(id),"
             " item TEXT NOT NULL,"
             " present INTEGER NOT NULL,"
             " severity TEXT NOT NULL DEFAULT '',"
             " note TEXT NOT NULL DEFAULT '',"
             " updated_at TEXT NOT NULL,"
             " updated_by TEXT NOT NULL DEFAULT '',"
             " UNIQUE (assessment_id, building_id, item))",
             "CREATE INDEX ledger_entries_building ON ledger_entries(building_id)",
             // A ledger entry changes the check's computed indicators: its cached score goes.
             "CREATE TRIGGER score_cache_ledger_added AFTER INSERT ON ledger_entries BEGIN"
             " DELETE FROM score_cache WHERE assessment_id = NEW.assessment_id; END",
             "CREATE TRIGGER score_cache_ledger_changed AFTER UPDATE ON ledger_entries BEGIN"
             " DELETE FROM score_cache WHERE assessment_id IN (OLD.assessment_id, NEW.assessment_id); END",
             "CREATE TRIGGER score_cache_ledger_removed AFTER DELETE ON ledger_entries BEGIN"
             " DELETE FROM score_cache WHERE assessment_id = OLD.assessment_id; END",
         }},
        // The county server (issue 20). A set's community types keep their order in a column (there is
        // no rowid on a server). Every answer carries a row version, raised by each change: an edit
        // made on what another user has changed since it was read is a conflict, not an overwrite.
        // On a server, every commit that changes a table tells the other connections (LISTEN
        // cc_changed), so that their views refresh.
        {8,
         {
             "ALTER TABLE set_community_types ADD COLUMN position INTEGER NOT NULL DEFAULT 0",
             {MigrationStatement::Only::Sqlite, "UPDATE set_community_types SET position = rowid"},
             "ALTER TABLE responses ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1",
             {MigrationStatement::Only::Postgres,
              "CREATE FUNCTION cc_notify_change() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN"
              " PERFORM pg_notify('cc_changed', TG_TABLE_NAME); RETURN NULL; END $body$"},
             {MigrationStatement::Only::Postgres,
              "DO $body$ DECLARE t record; BEGIN"
              " FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN"
              " ('cc_schema', 'score_cache', 'exchange_base', 'exchange_peers') LOOP"
              " EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I"
              " FOR EACH STATEMENT EXECUTE FUNCTION cc_notify_change()', t.tablename || '_notify', t.tablename);"
              " END LOOP; END $body$"},
             // Who may do what on a server: a group role per app role and database (DB_assessor,
             // DB_reviewer, DB_planner, DB_admin; a user is a login role that is a member of one).
             // Every role reads everything and keeps the score cache and the audit trail; writes are
             // granted table by table. A table added by a later step must be granted there too.
             {MigrationStatement::Only::Postgres,
              "DO $body$ DECLARE db text := current_database(); r text; g text; BEGIN"
              " EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db);"
              " FOREACH r IN ARRAY ARRAY['assessor', 'reviewer', 'planner', 'admin'] LOOP"
              "  g := db || '_' || r;"
              "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN"
              "   EXECUTE format('CREATE ROLE %I NOLOGIN', g); END IF;"
              "  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', db, g);"
              "  EXECUTE format('GRANT USAGE ON SCHEMA public, photostore TO %I', g);"
              "  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public, photostore TO %I', g);"
              "  EXECUTE format('GRANT INSERT ON audit_log TO %I', g);"
              "  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON score_cache TO %I', g);"
              " END LOOP;"
              " EXECUTE format('GRANT INSERT, UPDATE, DELETE ON assessments, responses, photos, ledger_entries,"
              "  estates, buildings TO %I', db || '_assessor');"
              // Photo bytes are shared by content hash: added, never changed or taken away by a user.
              " EXECUTE format('GRANT INSERT ON photostore.photo_blobs TO %I', db || '_assessor');"
              " EXECUTE format('GRANT UPDATE ON assessments TO %I', db || '_reviewer');"
              " EXECUTE format('GRANT INSERT, UPDATE, DELETE ON communities, estates, buildings, demands,"
              "  survey_tallies, resources, projects, project_demands, project_resources, project_funding,"
              "  project_years, price_table, plans, plan_items TO %I', db || '_planner');"
              " EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA public, photostore TO %I', db || '_admin');"
              " EXECUTE format('GRANT %I, %I, %I TO %I WITH ADMIN OPTION', db || '_assessor', db || '_reviewer',"
              "  db || '_planner', db || '_admin');"
              // Whoever makes the schema is its first admin, for the triggers' checks too.
              " EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', db || '_admin', current_user);"
              " END $body$"},
             // The users `server user add` made, with their role and county (the server's roles say
             // what they may do; this table says what they were added as, for the list).
             {MigrationStatement::Only::Postgres,
              "CREATE TABLE server_users ("
              " name TEXT PRIMARY KEY,"
              " role TEXT NOT NULL CHECK (role IN ('assessor', 'reviewer', 'planner', 'admin')),"
              " county TEXT NOT NULL DEFAULT '',"
              " added_at TEXT NOT NULL,"
              " added_by TEXT NOT NULL)"},
             {MigrationStatement::Only::Postgres,
              "DO $body$ BEGIN EXECUTE format('GRANT SELECT ON server_users TO %I, %I, %I', current_database() ||"
              " '_assessor', current_database() || '_reviewer', current_database() || '_planner');"
              " EXECUTE format('GRANT ALL ON server_users TO %I', current_database() || '_admin'); END $body$"},
             {MigrationStatement::Only::Postgres,
              "CREATE FUNCTION cc_has_role(r text) RETURNS boolean LANGUAGE sql STABLE"
              " SET search_path = pg_catalog, public, pg_temp AS"
              " $body$ SELECT pg_has_role(current_user, current_database() || '_' || r, 'MEMBER') $body$"},
             // An assessor works on the checks that name them among their assessors (one per line).
             {MigrationStatement::Only::Postgres,
              "CREATE FUNCTION cc_assigned(assessors text) RETURNS boolean LANGUAGE sql STABLE"
              " SET search_path = pg_catalog, public, pg_temp AS"
              " $body$ SELECT current_user = ANY (string_to_array(assessors, chr(10))) $body$"},
             {MigrationStatement::Only::Postgres,
              // Only a draft or returned check takes answers, photos and ledger entries.
              "CREATE FUNCTION cc_may_edit_check(check_id integer) RETURNS boolean LANGUAGE sql STABLE"
              " SET search_path = pg_catalog, public, pg_temp AS"
              " $body$ SELECT cc_has_role('admin') OR EXISTS (SELECT 1 FROM public.assessments a WHERE a.id = check_id"
              " AND a.status IN ('draft', 'returned') AND cc_assigned(a.assessors)) $body$"},
             // Row-level security: what an assessor writes of a check is the check's only if assigned
             // to it; a reviewer and an admin change any check (a reviewer only its state, below).
             {MigrationStatement::Only::Postgres,
              "DO $body$ DECLARE t text; BEGIN"
              " EXECUTE 'ALTER TABLE assessments ENABLE ROW LEVEL SECURITY';"
              " EXECUTE 'CREATE POLICY cc_read ON assessments FOR SELECT USING (true)';"
              " EXECUTE 'CREATE POLICY cc_write ON assessments FOR ALL USING (cc_has_role(''admin'') OR"
              "  cc_has_role(''reviewer'') OR cc_assigned(assessors)) WITH CHECK (cc_has_role(''admin'') OR"
              "  cc_has_role(''reviewer'') OR cc_assigned(assessors))';"
              " FOREACH t IN ARRAY ARRAY['responses', 'photos', 'ledger_entries'] LOOP"
              "  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);"
              "  EXECUTE format('CREATE POLICY cc_read ON %I FOR SELECT USING (true)', t);"
              "  EXECUTE format('CREATE POLICY cc_write ON %I FOR ALL USING (cc_may_edit_check(assessment_id))"
              "   WITH CHECK (cc_may_edit_check(assessment_id))', t);"
              " END LOOP; END $body$"},
             // What a row's policy cannot say: approving and returning is a reviewer's (or an admin's),
             // and only they and the admin change a check's assessors once it exists.
             {MigrationStatement::Only::Postgres,
              "CREATE FUNCTION cc_guard_check() RETURNS trigger LANGUAGE plpgsql"
              " SET search_path = pg_catalog, public, pg_temp AS $body$ BEGIN"
              " IF cc_has_role('admin') THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;"
              " IF TG_OP = 'INSERT' THEN"
              "  IF NEW.status <> 'draft' AND NOT cc_has_role('reviewer') THEN"
              "   RAISE EXCEPTION 'a new check starts as a draft' USING ERRCODE = 'insufficient_privilege';"
              "  END IF; RETURN NEW; END IF;"
              " IF TG_OP = 'DELETE' THEN"
              "  IF OLD.status <> 'draft' THEN"
              "   RAISE EXCEPTION 'only a draft check is deleted' USING ERRCODE = 'insufficient_privilege';"
              "  END IF; RETURN OLD; END IF;"
              " IF NEW.status IS DISTINCT FROM OLD.status AND NOT cc_has_role('reviewer')"
              "  AND NOT (OLD.status IN ('draft', 'returned') AND NEW.status = 'submitted') THEN"
              "  RAISE EXCEPTION 'only a reviewer approves, returns or reopens a check'"
              "   USING ERRCODE = 'insufficient_privilege';"
              " END IF;"
              " IF NEW.assessors IS DISTINCT FROM OLD.assessors AND NOT cc_has_role('reviewer') THEN"
              "  RAISE EXCEPTION 'only a reviewer changes who is assigned to a check'"
              "   USING ERRCODE = 'insufficient_privilege';"
              " END IF;"
              " RETURN NEW; END $body$"},
             {MigrationStatement::Only::Postgres,
              "CREATE TRIGGER cc_guard_check BEFORE INSERT OR UPDATE OR DELETE ON assessments FOR EACH ROW"
              " EXECUTE FUNCTION cc_guard_check()"},
             // The audit trail is signed by whom the server knows, whatever a client says (an admin moving a
             // county's file keeps its trail as it was).
             {MigrationStatement::Only::Postgres,
              "CREATE FUNCTION cc_sign_audit() RETURNS trigger LANGUAGE plpgsql"
              " SET search_path = pg_catalog, public, pg_temp AS $body$ BEGIN"
              " IF NOT cc_has_role('admin') THEN NEW.user_name := current_user; END IF; RETURN NEW; END $body$"},
             {MigrationStatement::Only::Postgres,
              "CREATE TRIGGER cc_sign_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION cc_sign_audit()"},
         }},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace cc::storage
