/**
 * The history of every change: {@link io.github.coplan.domain.history.ChangeRecord}s, appended in
 * the same unit of work as the change they describe and never rewritten.
 *
 * <p>Each successful command appends one record per aggregate version it wrote, all with the
 * command's id; so an aggregate's records run through its versions 1 to n without a gap. A command
 * that writes an aggregate without changing a field (a description set to what it was) still makes
 * a version, and its record lists no field. A record names the actor, the instant, the aggregate
 * and its new version, the command and its reason, and the fields that changed with their values
 * before and after, in the canonical text forms of {@link
 * io.github.coplan.domain.history.Snapshots}. A failed or refused command appends nothing.
 */
@NullMarked
package io.github.coplan.domain.history;

import org.jspecify.annotations.NullMarked;
