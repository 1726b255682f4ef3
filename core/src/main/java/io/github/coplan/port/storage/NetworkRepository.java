package io.github.coplan.port.storage;

import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Network;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stores the network: the relationship types an application defined and the relationships declared
 * between participants; and answers the questions about the connections derived from participations
 * and stops, inside the store.
 *
 * <h2>Meetings</h2>
 *
 * <p>Two participants met (a {@link io.github.coplan.domain.network.Meeting}):
 *
 * <ul>
 *   <li>at an activity both attended: both participations have the status {@code ATTENDED}; the
 *       meeting's stop is null, its day the activity's actual start, else its planned start, and
 *       its roles those of the two participations (a participant with more than one participation
 *       in the activity meets once, with the role of its first participation);
 *   <li>at a completed stop of an activity's itinerary: its host and each person who attended it;
 *       the meeting's stop is the stop, its day the first day of the stop's actual time, else of
 *       its planned time, and its roles those of the host's and the attendee's first participation
 *       in the activity.
 * </ul>
 *
 * <p>A meeting counts up to a day when the earliest day its day may mean is not after it. A {@link
 * Viewer} sees only meetings at activities of plans it may see ({@link
 * io.github.coplan.domain.access.PlanAccess#visibleTo}), and relationships without a plan or of a
 * plan it may see; a null viewer sees everything.
 *
 * <p>Every method refuses a missing argument with {@link
 * io.github.coplan.domain.error.InvalidInputException} (code {@code required}, its path the
 * argument's name, and {@code id} for a single id or key: the id of {@link #findRelationship}, the
 * code of {@link #findType}) and changes nothing; only a viewer and the plan of {@link
 * #mostConnected} may be null. A depth other than 1 or 2, or a limit below 1, is refused the same
 * way with code {@code out-of-range} and the path {@code depth} or {@code limit}.
 *
 * <p>Orders, where the text of a method leaves a choice, are settled so: "by first meeting" is by
 * the earliest day of the first meeting (in {@link io.github.coplan.domain.network.Meeting#ORDER});
 * a {@link io.github.coplan.domain.network.Tie}'s first and last meeting are the first and last in
 * that order; "most relationships" in the choice of a network's intermediary counts the
 * relationships active on the day between the two, in either direction, that the viewer sees (two
 * of one type count twice); the relationships of a tie are likewise those the viewer sees. The
 * second tie of a path at depth 2 is the tie between the intermediary and the participant reached,
 * with its own evidence. A country or type criterion of a {@link ConnectionQuery} does not hold for
 * a participant the store does not hold. {@link #mostConnected} counts each meeting once for each
 * side (a meeting at a stop and one at its activity as a whole are two meetings).
 *
 * @since 0.4.0
 */
public interface NetworkRepository {

  /**
   * Stores a relationship type, or relabels a stored one. The use case checks first that a stored
   * type keeps its sides and symmetry.
   *
   * @param type the type
   */
  void saveType(RelationshipType type);

  /**
   * Finds a stored relationship type.
   *
   * @param code its code
   * @return the type, or empty when none is stored with that code
   */
  Optional<RelationshipType> findType(RelationshipTypeCode code);

  /**
   * The stored relationship types.
   *
   * @return the types, by code
   */
  List<RelationshipType> types();

  /**
   * Finds a relationship.
   *
   * @param id the id
   * @return the relationship, or empty
   */
  Optional<Relationship> findRelationship(RelationshipId id);

  /**
   * Finds the relationship of a type between two sides that began on a start.
   *
   * @param type the type's code
   * @param from the first side, as the relationship keeps it
   * @param to the second side, as the relationship keeps it
   * @param start the start
   * @return the relationship, or empty
   */
  Optional<Relationship> findTie(
      RelationshipTypeCode type, Participant from, Participant to, PartialDate start);

  /**
   * Stores a new relationship.
   *
   * @param relationship a relationship of version 0
   * @return the stored relationship, version 1
   * @throws io.github.coplan.domain.error.DuplicateException if the id is taken, or a relationship
   *     of the same type, sides and start is stored
   * @throws io.github.coplan.domain.error.ConflictException if its version is not 0
   */
  Relationship insertRelationship(Relationship relationship);

  /**
   * Replaces a stored relationship, if its stored version is the given one.
   *
   * @param relationship the changed relationship, with the version it was read at
   * @return the stored relationship, its version one more
   * @throws io.github.coplan.domain.error.NotFoundException if there is none with its id
   * @throws io.github.coplan.domain.error.ConflictException if the stored version differs
   */
  Relationship updateRelationship(Relationship relationship);

  /**
   * The relationships a participant is a side of.
   *
   * @param participant the participant
   * @return the relationships, by start (earliest day), then id
   */
  List<Relationship> relationshipsOf(Participant participant);

  /**
   * The relationships an activity or an introduction produced.
   *
   * @param source the source
   * @return the relationships, by start (earliest day), then id
   */
  List<Relationship> relationshipsFrom(RelationshipSource source);

  /**
   * The connections of a participant: everyone it met up to a day, with every meeting.
   *
   * @param participant the participant, the first side of each connection
   * @param asOf the day
   * @param viewer who asks, or null for no limit
   * @return the connections, by first meeting (its earliest day), then by the other side's text
   *     form
   */
  List<Connection> connectionsOf(Participant participant, LocalDate asOf, @Nullable Viewer viewer);

  /**
   * The network of a participant, as {@link Network} describes it, computed inside the store: the
   * SQL stores rank the root's ties and choose each path in one query.
   *
   * @param root the participant
   * @param depth 1 or 2
   * @param asOf the day of meetings and active relationships
   * @param limit how many participants at most
   * @param viewer who asks, or null for no limit
   * @return the network
   */
  Network network(Participant root, int depth, LocalDate asOf, int limit, @Nullable Viewer viewer);

  /**
   * The connections a plan made in a period, as {@link ConnectionQuery} describes.
   *
   * @param query the query
   * @param viewer who asks, or null for no limit; a viewer who may not see the plan gets none
   * @return the connections, in the query's order
   */
  List<Connection> connectionsMade(ConnectionQuery query, @Nullable Viewer viewer);

  /**
   * The connections of a participant that went cold: those whose last meeting up to a day lies
   * wholly before a cutoff (the latest day it may mean is before it). "Last" is taken by the latest
   * day each meeting may mean: a connection is cold when the latest day any of its meetings up to
   * the day may mean is before the cutoff, and the coldest is the one whose such day is earliest.
   *
   * @param participant the participant, the first side of each connection
   * @param asOf the day; meetings after it are not counted
   * @param cutoff the first day a meeting must reach to keep a connection warm
   * @param viewer who asks, or null for no limit
   * @return the cold connections, with every meeting up to the day, by last meeting (the latest day
   *     any meeting may mean, the coldest first), then by the other side's text form
   */
  List<Connection> goneCold(
      Participant participant, LocalDate asOf, LocalDate cutoff, @Nullable Viewer viewer);

  /**
   * The most connected participants: ranked by how many others each met, then by how many meetings,
   * then by text form.
   *
   * @param plan only meetings at activities of this plan, or null for every plan
   * @param from only meetings whose earliest day is on or after this day
   * @param to only meetings whose earliest day is on or before this day
   * @param limit how many at most
   * @param viewer who asks, or null for no limit
   * @return the participants with their counts, best first
   */
  List<Degree> mostConnected(
      @Nullable PlanId plan, LocalDate from, LocalDate to, int limit, @Nullable Viewer viewer);
}
