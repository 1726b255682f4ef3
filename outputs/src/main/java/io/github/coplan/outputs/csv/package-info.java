/**
 * An activity's participants and a plan's activities as CSV, out and back in: {@link
 * io.github.coplan.outputs.csv.ParticipantCsv} and {@link
 * io.github.coplan.outputs.csv.ActivityCsv}.
 *
 * <p>A file is UTF-8, with or without a byte order mark, RFC 4180, with a header row that names
 * every column of the list, in any order. An import first checks every row and reports every
 * problem by row and column ({@link io.github.coplan.outputs.csv.CsvReport}); a file with a problem
 * imports nothing, and a good file is imported in one transaction: all its rows or none. Each row
 * is matched to what the store holds by a natural key, so importing a file twice, or a file this
 * package exported, records nothing twice.
 *
 * <p>An exported cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return, after any number of {@code '}, is written with one more {@code '} in front, so
 * that a spreadsheet does not run it as a formula; an import removes exactly that one {@code '}
 * again, so that a round trip gives back the very text.
 */
@NullMarked
package io.github.coplan.outputs.csv;

import org.jspecify.annotations.NullMarked;
