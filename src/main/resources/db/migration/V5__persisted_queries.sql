-- Documents registered through automatic persisted queries (Apollo's protocol), by the SHA-256 of their text.
-- Kept in the database so they survive a restart and every replica sees them; bounded by the application
-- (jisr.persisted-queries.max-entries), which removes the oldest registrations first.
create table persisted_query (
    hash       varchar(64)   not null primary key,
    document   varchar(100000) not null,
    registered timestamp     not null
);
create index persisted_query_registered on persisted_query (registered);
