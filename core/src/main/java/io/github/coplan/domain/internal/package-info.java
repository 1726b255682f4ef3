/**
 * Helpers of the domain model: input validation, text rules and id parsing. Not part of the API:
 * nothing outside Coplan's own modules may use these types, and they change without notice.
 */
@NullMarked
package io.github.coplan.domain.internal;

import org.jspecify.annotations.NullMarked;
