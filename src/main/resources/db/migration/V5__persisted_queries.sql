-- Documents clients may run by the SHA-256 of their text: registered through automatic persisted queries (Apollo's
-- protocol; origin 'apq') or loaded from a trusted-documents manifest by an administrator (origin 'manifest').
-- Kept in the database so they survive a restart and every replica sees them. The application bounds the 'apq'
-- ones (jisr.persisted-queries.max-entries), oldest registrations out first; manifest documents stay.
create table persisted_query (
    hash       varchar(64)     not null primary key,
    document   varchar(100000) not null,
    origin     varchar(16)     not null,
    registered timestamp       not null
);
create index persisted_query_registered on persisted_query (origin, registered);
