package catalog

import (
	"database/sql"
	"strings"

	"gazette/data/query"
)

// A block's rowid is its rank class (query.Class of the hits it can give)
// << classShift | its file's id << blockBits | its index in the file: the
// blocks of one class are one rowid range, which a search reads class by
// class, best first, and stops once it has the hits it prints; a file's
// blocks are one range per class.
const (
	blockBits  = 24
	classShift = 56
	// classes is the number of rank classes (query.Class: 0 to 3).
	classes = 4
)

// blockRowid returns the rowid of the n-th block of file id, of kind.
func blockRowid(id int64, kind, n int) int64 {
	return int64(blockClass(kind))<<classShift | id<<blockBits | int64(n)
}

// classRange returns the rowids of the blocks of rank class class.
func classRange(class int) (lo, hi int64) {
	return int64(class) << classShift, int64(class+1) << classShift
}

// blockClass returns the rank class of the hits a block of kind gives
// (query.Class): a caption block gives caption and group hits.
func blockClass(kind int) int {
	k := query.KindParagraph
	switch kind {
	case blockTitle:
		k = query.KindTitle
	case blockHeading:
		k = query.KindHeading
	case blockCaption:
		k = query.KindCaption
	case blockRecord:
		k = query.KindTable
	}
	return query.Class(k)
}

// deleteFile removes the file with id and everything stored for it but
// its blocks, which stay in the index and are listed as stale: a search
// only takes the blocks of catalogued files (fileSet), and deleting from
// FTS5 leaves tombstones that every later lookup checks each row against,
// which made a search of 1,000 issues after one file changed 8 ms slower
// (市发改委) until the next merge. purgeStale deletes them, just before
// the index is merged into one segment, which drops the tombstones.
func deleteFile(tx *sql.Tx, id int64) error {
	for _, q := range []string{
		"DELETE FROM documents WHERE file = ?",
		"DELETE FROM tables WHERE file = ?",
		"DELETE FROM warnings WHERE file = ?",
		"DELETE FROM files WHERE id = ?",
		"INSERT OR IGNORE INTO stale VALUES (?)",
	} {
		if _, err := tx.Exec(q, id); err != nil {
			return err
		}
	}
	return nil
}

// purgeStale deletes the blocks of the stale files from the index.
func purgeStale(tx *sql.Tx) error {
	rows, err := tx.Query("SELECT id FROM stale")
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		for class := range classes {
			lo, _ := classRange(class)
			if _, err := tx.Exec("DELETE FROM blocks WHERE rowid >= ? AND rowid < ?",
				lo|id<<blockBits, lo|(id+1)<<blockBits); err != nil {
				return err
			}
		}
	}
	_, err = tx.Exec("DELETE FROM stale")
	return err
}

// put writes e, replacing what the catalogue held for its path.
func (w *writer) put(tx *sql.Tx, e *entry) error {
	if e.err != "" {
		w.sum.Failed++
	}
	if e.unchanged {
		w.sum.Touched++
		_, err := tx.Exec("UPDATE files SET size = ?, mtime = ? WHERE path = ?", e.size, e.mtime, e.path)
		return err
	}
	if _, ok := w.old[e.path]; ok {
		w.sum.Updated++
	} else {
		w.sum.Added++
	}
	w.sum.Bytes += max(e.size, 0)
	// Look the file up again: another process may have written it since.
	var old int64
	switch err := tx.QueryRow("SELECT id FROM files WHERE path = ?", e.path).Scan(&old); err {
	case nil:
		if err := deleteFile(tx, old); err != nil {
			return err
		}
	case sql.ErrNoRows:
	default:
		return err
	}
	res, err := tx.Exec(`INSERT INTO files (path, size, mtime, hash, err) VALUES (?, ?, ?, ?, ?)`,
		e.path, e.size, e.mtime, e.hash, e.err)
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil || e.issue == nil {
		return err
	}
	is := e.issue
	if _, err := tx.Exec(`UPDATE files SET title = ?, year = ?, issue = ?, total_issue = ?,
		date = ?, publisher = ?, documents = ? WHERE id = ?`,
		is.Title, is.Year, is.Number, is.TotalNumber, is.Date, is.Publisher, len(is.Documents), id); err != nil {
		return err
	}
	for _, d := range e.docs {
		if _, err := tx.Exec(`INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			id, d.doc, d.kind, d.title, d.number, d.date, d.issuer, d.line); err != nil {
			return err
		}
	}
	for _, t := range e.tables {
		if _, err := tx.Exec(`INSERT INTO tables VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, t.doc, t.tbl, t.line, t.caption, t.columns, t.records, t.head, t.cells); err != nil {
			return err
		}
	}
	for _, wn := range is.Warnings {
		if _, err := tx.Exec(`INSERT INTO warnings VALUES (?, ?, ?)`, id, wn.Line, wn.Message); err != nil {
			return err
		}
	}
	return insertBlocks(tx, id, e.blocks)
}

// blockColumns are the columns of a blocks row, rowid first.
const blockColumns = 12

// blocksPerInsert bounds the rows of one INSERT: fewer statements, well
// under SQLite's limit on parameters.
const blocksPerInsert = 200

// Blocks are first written to a temporary table and moved into the FTS5
// table by one statement per transaction (movePending): FTS5 writes its
// pending terms out as a new segment at every statement that changes it,
// and many small segments cost more to write and to merge than the text
// costs to tokenize.
const (
	createPending = `CREATE TEMP TABLE IF NOT EXISTS pending (
		rowid INTEGER PRIMARY KEY, bigrams, file, seq, doc, sect, path, kind, line, tbl, text, head)`
	movePending = `INSERT INTO blocks (rowid, bigrams, file, seq, doc, sect, path, kind, line, tbl, text, head)
		SELECT rowid, bigrams, file, seq, doc, sect, path, kind, line, tbl, text, head FROM temp.pending`
	clearPending = `DELETE FROM temp.pending`
)

// flushPending moves the blocks written in tx into the index.
func flushPending(tx *sql.Tx) error {
	for _, q := range []string{createPending, movePending, clearPending} {
		if _, err := tx.Exec(q); err != nil {
			return err
		}
	}
	return nil
}

// insertBlocks writes the blocks of file id, many rows per statement, to
// the pending table.
func insertBlocks(tx *sql.Tx, id int64, blocks []blockRow) error {
	if _, err := tx.Exec(createPending); err != nil {
		return err
	}
	row := "(" + strings.Repeat("?, ", blockColumns-1) + "?)"
	var full *sql.Stmt
	args := make([]any, 0, blocksPerInsert*blockColumns)
	for start := 0; start < len(blocks); start += blocksPerInsert {
		part := blocks[start:min(start+blocksPerInsert, len(blocks))]
		args = args[:0]
		for i, b := range part {
			args = append(args, blockRowid(id, b.kind, start+i), b.bigrams, id, b.seq, b.doc,
				b.sect, b.path, b.kind, b.line, b.tbl, b.text, b.head)
		}
		q := "INSERT INTO temp.pending (rowid, bigrams, file, seq, doc, sect, path, kind, line, tbl, text, head) VALUES " +
			strings.Repeat(row+", ", len(part)-1) + row
		var err error
		if len(part) == blocksPerInsert {
			if full == nil {
				if full, err = tx.Prepare(q); err != nil {
					return err
				}
				defer full.Close()
			}
			_, err = full.Exec(args...)
		} else {
			_, err = tx.Exec(q, args...)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
