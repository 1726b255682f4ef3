/**
 * The network a plan builds: relationships declared between participants ({@link
 * io.github.coplan.domain.network.Relationship}), of types the application may extend ({@link
 * io.github.coplan.domain.network.RelationshipType}), each with the activity or introduction that
 * produced it; and the connections derived from taking part in the same activities, which are never
 * stored apart from the participations they come from.
 */
@NullMarked
package io.github.coplan.domain.network;

import org.jspecify.annotations.NullMarked;
