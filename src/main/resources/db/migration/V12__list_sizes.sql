-- The list sizes the cost estimate last measured (io.jisr.graphql.cost.ListSizes), one "Type.field=size" per line, so
-- that a start can price queries at once instead of measuring before it is ready.
CREATE TABLE list_sizes (
    id INT PRIMARY KEY,
    sizes VARCHAR(65536) NOT NULL,
    measured_at TIMESTAMP NOT NULL
);
INSERT INTO list_sizes (id, sizes, measured_at) VALUES (1, '', CURRENT_TIMESTAMP);
