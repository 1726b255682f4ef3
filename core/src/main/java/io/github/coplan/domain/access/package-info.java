/**
 * Who acts: the {@link io.github.coplan.domain.access.Actor} every change is made by.
 *
 * <p>An application names the actor once per request with {@link io.github.coplan.Coplan#actingAs},
 * which returns the use cases acting as that actor; there is no ambient actor.
 */
@NullMarked
package io.github.coplan.domain.access;

import org.jspecify.annotations.NullMarked;
