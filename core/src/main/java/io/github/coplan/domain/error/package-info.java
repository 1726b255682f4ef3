/**
 * The one error family of Coplan: every failure a caller can see is a {@link
 * io.github.coplan.domain.error.CoplanException}.
 *
 * <p>Its subclasses are few and stable: {@link io.github.coplan.domain.error.InvalidInputException}
 * (every violation, with field path and code), {@link
 * io.github.coplan.domain.error.NotFoundException}, {@link
 * io.github.coplan.domain.error.ConflictException} (stale version), {@link
 * io.github.coplan.domain.error.DuplicateException}, {@link
 * io.github.coplan.domain.error.RuleViolationException} (a domain rule, with a {@link
 * io.github.coplan.domain.error.RuleCode}) and {@link
 * io.github.coplan.domain.error.StorageException} (cause kept). This package depends on {@code
 * java.*} only.
 */
@NullMarked
package io.github.coplan.domain.error;

import org.jspecify.annotations.NullMarked;
