/** A package of the nullness check's fixture, null-marked as every package of the project. */
@NullMarked
package io.github.coplan.nullness;

import org.jspecify.annotations.NullMarked;
