/**
 * Values shared by every aggregate: {@link io.github.coplan.domain.shared.PartialDate} and {@link
 * io.github.coplan.domain.shared.DateSpan} (dates as plans state them), {@link
 * io.github.coplan.domain.shared.LocalizedText}, {@link
 * io.github.coplan.domain.shared.CountryCode}, the one text-folding function {@link
 * io.github.coplan.domain.shared.SearchFolding}, the text rules of {@link
 * io.github.coplan.domain.internal.Texts} and time-ordered ids.
 *
 * <p>Pure Java: depends on {@code java.*}, Guava and the error family only. Every type here is
 * immutable and thread-safe.
 */
@NullMarked
package io.github.coplan.domain.shared;

import org.jspecify.annotations.NullMarked;
