-- Statements of the migrations' steps in Java, the same on every database.

-- Migration 3 folds the search text of every activity again, a page at a time in id order.
-- name: refold.first
SELECT id, title, description, sort_title, search_text FROM ${prefix}activity ORDER BY id LIMIT ?

-- name: refold.next
SELECT id, title, description, sort_title, search_text FROM ${prefix}activity WHERE id > ? ORDER BY id LIMIT ?

-- The folded values are derived from the row's own text: the activity's version stays as it is.
-- name: refold.update
UPDATE ${prefix}activity SET sort_title = ?, search_text = ? WHERE id = ?
