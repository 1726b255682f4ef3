/**
 * The history of every change: {@link io.github.coplan.domain.history.ChangeRecord}s, appended in
 * the same unit of work as the change they describe and never rewritten, but to forget a person.
 *
 * <p>Each successful command appends one record per aggregate version it wrote, all with the
 * command's id; so an aggregate's records run through its versions 1 to n without a gap. A command
 * that writes an aggregate without changing a field (a description set to what it was) still makes
 * a version, and its record lists no field. A record names the actor, the instant, the aggregate
 * and its new version, the command and its reason, and the fields that changed with their values
 * before and after, in the canonical text forms of {@link
 * io.github.coplan.domain.history.Snapshots}. A failed or refused command appends nothing.
 *
 * <p>Forgetting a person ({@link io.github.coplan.application.PersonUseCases#forget}) is the one
 * rewrite: the changes of the person's {@linkplain
 * io.github.coplan.domain.history.Snapshots#PERSONAL_FIELDS personal fields} are removed from each
 * of their records, and the forget command's own record lists none of them. So the records of a
 * forgotten person no longer replay to their fields: those fields read as never set.
 */
@NullMarked
package io.github.coplan.domain.history;

import org.jspecify.annotations.NullMarked;
