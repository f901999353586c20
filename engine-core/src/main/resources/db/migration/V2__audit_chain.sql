-- The audit trail: one hash chain per transaction, and a global chain of seals over finished
-- transactions, so that changing, removing or reordering any event is detected.

create table ferry_audit_event (
  transaction_id varchar(40)  not null,
  seq            integer      not null,
  kind           varchar(40)  not null,
  actor          varchar(200) not null,
  at             timestamp with time zone not null,
  payload        ${text}      not null,
  previous_hash  varchar(64)  not null,
  hash           varchar(64)  not null,
  primary key (transaction_id, seq)
);

create table ferry_audit_seal (
  seq              bigint      primary key,
  transaction_id   varchar(40) not null,
  transaction_head varchar(64) not null,
  events           integer     not null,
  at               timestamp with time zone not null,
  previous_hash    varchar(64) not null,
  hash             varchar(64) not null
);
