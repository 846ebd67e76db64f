package catalog

// schema creates the catalogue, one statement per ";\n".
//
// files: one row per issue file, by absolute path; err is the loader's
// error for a file it refused (empty, binary), which search reports as a
// scan would. documents, tables and warnings: the catalogue listings show.
// blocks: an FTS5 table of every searchable unit of an issue, its bigrams
// (see bigrams) indexed without their positions, its text kept but not its bigrams, with the
// order the search walks the tree in (seq) and the indices that place it
// back in a tree: its document, the index path of its section (sect, ""
// before the first section), the headings down to it (path, joined by
// \x1f), and for a table its index among the document's tables; a
// caption block holds its table's head (tableHead), which the hits of
// captions and group labels are found in. A block's rowid holds its rank
// class, file and index (see blockRowid).
//
// stale: the ids of files removed or indexed again whose blocks are still
// in the index (see deleteFile). A file's id is never reused
// (AUTOINCREMENT), so a stale block can never pass for a catalogued file's.
const schema = `
CREATE TABLE files (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	path TEXT NOT NULL UNIQUE,
	size INTEGER NOT NULL,
	mtime INTEGER NOT NULL,
	hash TEXT NOT NULL,
	err TEXT NOT NULL DEFAULT '',
	title TEXT NOT NULL DEFAULT '',
	year INTEGER NOT NULL DEFAULT 0,
	issue INTEGER NOT NULL DEFAULT 0,
	total_issue INTEGER NOT NULL DEFAULT 0,
	date TEXT NOT NULL DEFAULT '',
	publisher TEXT NOT NULL DEFAULT '',
	documents INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE documents (
	file INTEGER NOT NULL,
	doc INTEGER NOT NULL,
	kind TEXT NOT NULL,
	title TEXT NOT NULL,
	number TEXT NOT NULL,
	date TEXT NOT NULL,
	issuer TEXT NOT NULL,
	line INTEGER NOT NULL,
	PRIMARY KEY (file, doc)
) WITHOUT ROWID;
CREATE TABLE tables (
	file INTEGER NOT NULL,
	doc INTEGER NOT NULL,
	tbl INTEGER NOT NULL,
	line INTEGER NOT NULL,
	caption TEXT NOT NULL,
	columns TEXT NOT NULL,
	records INTEGER NOT NULL,
	head BLOB NOT NULL,
	cells BLOB NOT NULL,
	PRIMARY KEY (file, doc, tbl)
);
CREATE TABLE warnings (
	file INTEGER NOT NULL,
	line INTEGER NOT NULL,
	message TEXT NOT NULL
);
CREATE INDEX warnings_file ON warnings (file);
CREATE TABLE stale (id INTEGER PRIMARY KEY);
CREATE VIRTUAL TABLE blocks USING fts5 (
	bigrams,
	file UNINDEXED,
	seq UNINDEXED,
	doc UNINDEXED,
	sect UNINDEXED,
	path UNINDEXED,
	kind UNINDEXED,
	line UNINDEXED,
	tbl UNINDEXED,
	text UNINDEXED,
	head UNINDEXED,
	content = '',
	contentless_delete = 1,
	contentless_unindexed = 1,
	detail = none,
	tokenize = 'ascii'
);
INSERT INTO blocks (blocks, rank) VALUES ('hashsize', 4194304);
INSERT INTO blocks (blocks, rank) VALUES ('pgsz', 8000);
INSERT INTO blocks (blocks, rank) VALUES ('automerge', 8);
`
