-- Provenance of every name and title, per language: the source that shows it, or NULL when the catalogue's editors
-- wrote it (io.jisr.common.i18n.TextProvenance).
ALTER TABLE initiative ADD COLUMN title_en_source_id BIGINT REFERENCES source (id);
ALTER TABLE initiative ADD COLUMN title_fr_source_id BIGINT REFERENCES source (id);
ALTER TABLE initiative ADD COLUMN title_ar_source_id BIGINT REFERENCES source (id);
ALTER TABLE data_centre ADD COLUMN name_en_source_id BIGINT REFERENCES source (id);
ALTER TABLE data_centre ADD COLUMN name_fr_source_id BIGINT REFERENCES source (id);
ALTER TABLE data_centre ADD COLUMN name_ar_source_id BIGINT REFERENCES source (id);
ALTER TABLE organisation ADD COLUMN name_en_source_id BIGINT REFERENCES source (id);
ALTER TABLE organisation ADD COLUMN name_fr_source_id BIGINT REFERENCES source (id);
ALTER TABLE organisation ADD COLUMN name_ar_source_id BIGINT REFERENCES source (id);
ALTER TABLE sector ADD COLUMN name_en_source_id BIGINT REFERENCES source (id);
ALTER TABLE sector ADD COLUMN name_fr_source_id BIGINT REFERENCES source (id);
ALTER TABLE sector ADD COLUMN name_ar_source_id BIGINT REFERENCES source (id);
