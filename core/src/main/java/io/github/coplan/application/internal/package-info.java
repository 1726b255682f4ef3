/**
 * The implementations of the use cases. Not part of the API: applications reach them through {@code
 * io.github.coplan.Coplan}, and these types change without notice.
 */
@NullMarked
package io.github.coplan.application.internal;

import org.jspecify.annotations.NullMarked;
