-- The folded names of each record, searched with one LIKE (io.jisr.common.i18n.SearchText); filled by V7 for the
-- existing rows, then kept by the write path.
ALTER TABLE initiative ADD COLUMN search_text VARCHAR(4000);
ALTER TABLE data_centre ADD COLUMN search_text VARCHAR(4000);
ALTER TABLE organisation ADD COLUMN search_text VARCHAR(4000);
ALTER TABLE sector ADD COLUMN search_text VARCHAR(4000);
