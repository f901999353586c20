-- The ledger: definitions, transactions, step checkpoints and evidence.
-- ${text} and ${bytes} are Flyway placeholders: CLOB/BLOB on H2, TEXT/BYTEA on PostgreSQL.

create table ferry_definition (
  sha256        varchar(64)  primary key,
  name          varchar(200) not null,
  version       integer      not null,
  source_file   varchar(1000),
  source_text   ${text}      not null,
  loaded_at     timestamp with time zone not null
);

create table ferry_transaction (
  id                 varchar(40)  primary key,
  definition_name    varchar(200) not null,
  definition_version integer      not null,
  definition_sha256  varchar(64)  not null references ferry_definition(sha256),
  business_key       varchar(500),
  status             varchar(20)  not null,
  priority           integer      not null,
  dry_run            boolean      not null,
  created_at         timestamp with time zone not null,
  started_at         timestamp with time zone,
  ended_at           timestamp with time zone,
  last_step_seq      integer      not null,
  current_step       varchar(1000),
  inputs             ${text},
  variables          ${text},
  error_kind         varchar(20),
  error_code         varchar(100),
  error_message      ${text}
);
create unique index ux_ferry_transaction_key on ferry_transaction(definition_name, business_key);
create index ix_ferry_transaction_status on ferry_transaction(status, created_at);

create table ferry_step (
  transaction_id  varchar(40)   not null references ferry_transaction(id),
  seq             integer       not null,
  step_path       varchar(1000) not null,
  step_id         varchar(200)  not null,
  action          varchar(200),
  application     varchar(200),
  input           ${text},
  output          ${text},
  variables_delta ${text},
  outcome         varchar(20)   not null,
  error_code      varchar(100),
  error_message   ${text},
  attempt         integer       not null,
  started_at      timestamp with time zone not null,
  ended_at        timestamp with time zone,
  primary key (transaction_id, seq)
);

create table ferry_evidence (
  transaction_id varchar(40)  not null,
  step_seq       integer      not null,
  position       integer      not null,
  kind           varchar(20)  not null,
  label          varchar(200) not null,
  media_type     varchar(100) not null,
  content        ${bytes}     not null,
  primary key (transaction_id, step_seq, position),
  foreign key (transaction_id, step_seq) references ferry_step(transaction_id, seq)
);
