/**
 * What the outputs share: typed null checks and reading every activity of a search. Not exported
 * from the module: no API.
 */
@NullMarked
package io.github.coplan.outputs.support;

import org.jspecify.annotations.NullMarked;
