-- The floor of a bundle import (docs/benchmarks.md): the same rows by INSERT … SELECT.
-- sqlite3 /tmp/office-copy.sqlite < tests/benchmarks/bundle-floor.sql   (the Debian package sqlite3)
ATTACH '/tmp/r1000.ccbundle' AS b;
BEGIN;
INSERT INTO communities (uuid, code, name, type, city, county, street, households, buildings, population, area_ha, build_year, pilot, latitude, longitude, note, created_at, updated_at)
  SELECT uuid, 'B' || code, name, type, city, county, street, households, buildings, population, area_ha, build_year, pilot, latitude, longitude, note, '2026-12-07T00:00:00.000Z', '2026-12-07T00:00:00.000Z' FROM b.communities;
INSERT INTO assessments (uuid, community_id, set_id, round_year, round_label, assessors, status, review_comment, created_at, updated_at, submitted_at, check_date)
  SELECT ba.uuid, c.id, s.id, ba.round_year, ba.round_label, ba.assessors, ba.status, ba.review_comment, ba.created_at, ba.updated_at, ba.submitted_at, ba.check_date
  FROM b.assessments ba JOIN communities c ON c.uuid = ba.community_uuid JOIN indicator_sets s ON s.code = ba.set_code AND s.version = ba.set_version;
INSERT INTO responses (uuid, assessment_id, indicator_code, value_num, value_text, not_applicable, note, carried_over, updated_at, updated_by)
  SELECT lower(hex(randomblob(16))), a.id, r.indicator_code, r.value_num, r.value_text, r.not_applicable, r.note, r.carried_over, r.updated_at, r.updated_by
  FROM b.responses r JOIN assessments a ON a.uuid = r.assessment_uuid WHERE r.removed = 0;
COMMIT;
