-- Data model of Dasbor Inovasi Daerah (Kabupaten Pati).
--
-- This file is the one documented description of the stored tables. Derived views (staging
-- `stg_*` and marts `mart_*`) live in analytics/sql/models/, one file each, and are created by
-- analytics.db.build() after these tables are filled.
--
-- Conventions
--   * Domain words stay Bahasa Indonesia where English has no good word (opd, jenis, bentuk,
--     tahapan, inisiator, urusan); everything else is English.
--   * `year` is always the assessment year (tahun penilaian IID).
--   * Every fact row carries `load_id` (which load wrote it, see data_load) and `is_sample`
--     (true = generated sample data, which the UI must label "data contoh").
--   * Evidence levels are 0..3 (0 = no evidence), the [levels] of the method files
--     (analytics/methods/iid_<year>.toml); weights live in those files, never here.
--   * The allowed values checked below (jenis, bentuk, tahapan, inisiator, OPD and region kinds,
--     years, evidence levels) are those of analytics/vocabulary.py; tests/test_vocabulary.py
--     fails when a check here and the vocabulary disagree.

-- One row per data load (a build step, an import, an undo): what, when, rows, file hash.
create table data_load (
    load_id      integer primary key,
    kind         varchar not null,            -- 'reference' | 'sample' | 'import' | 'undo' (see import_batch)
    target_table varchar not null,            -- table the load wrote
    source       varchar not null,            -- file name (relative to the project) or description
    sha256       varchar,                     -- hash of the source file, null when not a file
    row_count    integer not null,
    is_sample    boolean not null,
    loaded_at    timestamp not null,
    loaded_by    varchar not null,
    note         varchar
);
create sequence data_load_seq start 1;

-- One row per kecamatan of Kabupaten Pati (Kemendagri code 33.18.xx, checked with scripts/wilayah.py).
create table kecamatan (
    code           varchar primary key,       -- e.g. '33.18.10'
    name           varchar not null unique,
    code_confirmed boolean not null
);

-- One row per government work unit (OPD), the 21 kecamatan included.
create table opd (
    opd_id         varchar primary key,       -- stable slug, e.g. 'dinkes', 'kec_pati'
    name           varchar not null unique,   -- current official name
    short_name     varchar not null,          -- e.g. 'Dinkes'
    kind           varchar not null check (kind in
                       ('sekretariat', 'inspektorat', 'badan', 'dinas', 'satpol', 'rsud', 'kecamatan')),
    kecamatan_code varchar references kecamatan (code),
    exists_from    integer,                   -- first year the unit existed; null = before our data
    exists_until   integer,                   -- last year; null = still exists
    check ((kind = 'kecamatan') = (kecamatan_code is not null))
);

-- Other names an OPD is known by: short forms and colloquial names ('Dinkes', 'Diskominfo').
create table opd_alias (
    opd_id varchar not null references opd (opd_id),
    alias  varchar not null,
    primary key (opd_id, alias)
);

-- Names of an OPD that held only for some years (Bappeda until 2023, Bapperida from 2024:
-- one unit, two names). Years without a row here use opd.name.
create table opd_name_period (
    opd_id      varchar not null references opd (opd_id),
    name        varchar not null,
    short_name  varchar not null,
    valid_from  integer,                      -- null = open start
    valid_until integer,                      -- null = open end
    source      varchar not null,
    primary key (opd_id, name)
);

-- Reference lists of index indicators (codes used everywhere: DB, method files, import columns).
create table sid_indicator (
    code      varchar primary key,
    name      varchar not null,
    mandatory boolean not null,               -- evidence that must be present (*)
    ordinal   integer not null unique
);
create table spd_indicator (
    code    varchar primary key,
    name    varchar not null,
    ordinal integer not null unique
);

-- One row per innovation per assessment year. (year, opd_id, name) identifies an innovation;
-- innovation_id is assigned as max + 1 by the writer (DuckDB sequences cannot be reset).
create table innovation (
    innovation_id    integer primary key,
    year             integer not null check (year between 2010 and 2100),
    opd_id           varchar not null references opd (opd_id),
    name             varchar not null,
    unit             varchar,                 -- executing unit below the OPD (e.g. a puskesmas)
    jenis            varchar not null check (jenis in ('digital', 'non-digital')),
    bentuk           varchar not null check (bentuk in
                         ('tata kelola pemerintahan daerah', 'pelayanan publik', 'inovasi daerah lainnya')),
    tahapan          varchar not null check (tahapan in ('inisiatif', 'uji coba', 'penerapan')),
    inisiator        varchar not null check (inisiator in
                         ('kepala daerah', 'anggota dprd', 'opd', 'asn', 'masyarakat')),
    urusan           varchar not null,        -- government affair (urusan pemerintahan)
    trial_date       date,                    -- tanggal uji coba
    launch_date      date,                    -- tanggal penerapan
    description      varchar,
    -- the four criteria of an innovation named by the Ministry's speaker (Dec 2022 workshop)
    has_change       boolean not null,        -- perubahan
    has_measured_impact boolean not null,     -- dampak terukur
    has_new_method   boolean not null,        -- metode baru
    has_collaboration boolean not null,       -- kolaborasi
    is_sample        boolean not null,
    load_id          integer not null,
    unique (year, opd_id, name)
);

-- Evidence level per innovation per SID indicator. A missing row means level 0.
create table innovation_evidence (
    -- no foreign key to innovation: DuckDB cannot update a row that a foreign key references,
    -- and the importer updates innovations in place; the build checks for orphans instead
    innovation_id  integer not null,
    indicator_code varchar not null references sid_indicator (code),
    level          integer not null check (level between 0 and 3),
    primary key (innovation_id, indicator_code)
);

-- Evidence level per assessment year per SPD indicator (the regency as a whole).
create table spd_evidence (
    year           integer not null,
    indicator_code varchar not null references spd_indicator (code),
    level          integer not null check (level between 0 and 3),
    is_sample      boolean not null,
    load_id        integer not null,
    primary key (year, indicator_code)
);

-- Official, published index results (Pati and other regions), each with its source.
-- Only figures found in a source are stored; missing years stay missing.
create table index_result (
    region     varchar not null,
    province   varchar not null,
    kind       varchar not null check (kind in ('kabupaten', 'kota', 'provinsi')),
    year       integer not null,
    score      decimal(5, 2) not null check (score between 0 and 100),
    predicate  varchar,                       -- as published; null when the source gives none
    rank       integer,
    rank_scope varchar,                       -- e.g. 'kabupaten nasional (of 415)'
    source     varchar not null,
    load_id    integer not null,
    primary key (region, year)
);

-- Goals per assessment year: index score (Sangat Inovatif starts at 60.01) and OPD coverage.
create table target (
    year             integer primary key,
    min_score        decimal(5, 2) not null,
    min_opd_coverage decimal(4, 3) not null check (min_opd_coverage between 0 and 1),
    source           varchar not null
);

-- ----------------------------------------------------------------------------- imports
-- Written only by analytics.importer, each import or undo in ONE transaction on a copy of the
-- database that replaces it only when complete (analytics.db.write_transaction). A database built
-- from data/ has these tables empty; a database built before they existed gets them (from this
-- file) on its first import. Every import also has a data_load row (kind 'import', or 'undo').

-- One row per import of a user's file (innovations or official results): what it changed, who
-- ran it, and whether it has been undone.
create table import_batch (
    batch_id       integer primary key,
    load_id        integer not null,          -- its data_load row (kind 'import')
    kind           varchar not null check (kind in ('inovasi', 'hasil')),
    target_table   varchar not null check (target_table in ('innovation', 'index_result')),
    file_name      varchar not null,          -- as given or uploaded, without its folder
    sha256         varchar not null,          -- of the file's bytes
    rows_in_file   integer not null,          -- data rows read (blank rows not counted)
    rows_added     integer not null,
    rows_updated   integer not null,
    rows_unchanged integer not null,
    rows_removed   integer not null,          -- sample rows removed on request (replace_sample)
    replace_sample boolean not null,          -- sample rows of the file's years were removed
    imported_by    varchar not null,          -- editor name (dashboard) or OS user (CLI)
    imported_at    timestamp not null,
    undone_at      timestamp,                 -- null while the import stands
    undone_by      varchar,
    undo_load_id   integer                    -- data_load row (kind 'undo') of the undo
);

-- One row per stored row an import added, changed or removed, with its full state before and
-- after as JSON text (an innovation together with its evidence levels), so that an undo restores
-- exactly the previous state and refuses when a later import changed the row again.
create table import_change (
    batch_id       integer not null,
    seq            integer not null,          -- order within the import
    target_table   varchar not null check (target_table in ('innovation', 'index_result')),
    row_key        varchar not null,          -- readable identity, e.g. '2023 | dinkes | Berdenting'
    row_id         integer,                   -- innovation_id; null for index_result
    action         varchar not null check (action in ('insert', 'update', 'delete')),
    changed_fields varchar[] not null,        -- fields whose value changed (for 'update')
    before_json    varchar,                   -- null for 'insert'
    after_json     varchar,                   -- null for 'delete'
    primary key (batch_id, seq)
);
