package io.github.coplan.application;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.network.Connection;
import io.github.coplan.domain.network.ConnectionQuery;
import io.github.coplan.domain.network.Degree;
import io.github.coplan.domain.network.Network;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipSource;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.plan.PlanId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The network the plans build: relationships declared between participants, and the connections
 * derived from who met whom (both attended an activity, or one hosted a completed stop of a tour
 * the other attended), with their evidence. Derived connections are computed on every question from
 * the participations and itineraries, never stored apart from them. Implementations are
 * thread-safe.
 *
 * <p>Who may do what: a system actor everything. A person records or revises a relationship as one
 * of its sides (themself, or staff of a side organisation on the day), or, for a relationship whose
 * source belongs to a plan, with {@link io.github.coplan.domain.access.Permission#EDIT_ACTIVITIES}
 * in the source's content area. A person sees relationships without a plan and those of plans they
 * may see, and meetings only at activities of plans they may see. Only a system actor defines
 * relationship types.
 *
 * @since 0.4.0
 */
public interface NetworkUseCases {

  /** The most participants one network lists. */
  int MAX_NETWORK = 100_000;

  /** The most participants {@link #mostConnected} lists. */
  int MAX_RANKED = 1_000;

  /**
   * Defines relationship types or relabels defined ones; see {@link DefineRelationshipTypes}.
   *
   * @param command the types
   * @return every type known afterwards, as {@link #types} lists them
   * @throws io.github.coplan.domain.error.AccessDeniedException for a person
   * @throws io.github.coplan.domain.error.RuleViolationException {@link
   *     io.github.coplan.domain.error.RuleCode#RELATIONSHIP_TYPE_SIDES_FIXED} if a type already
   *     known (defined or standard) would change the kinds of its sides or its symmetry; nothing is
   *     defined then
   */
  List<RelationshipType> defineTypes(DefineRelationshipTypes command);

  /**
   * Every relationship type known: the standard ones unless redefined, and the defined ones.
   *
   * @return the types, by code
   */
  List<RelationshipType> types();

  /**
   * Records a relationship. A relationship with a source belongs to the source's plan and content
   * area.
   *
   * @param command what to record
   * @return the stored relationship, version 1
   * @throws io.github.coplan.domain.error.NotFoundException if a side or the source does not exist
   *     (or is an activity of a plan the actor may not see)
   * @throws io.github.coplan.domain.error.RuleViolationException {@link
   *     io.github.coplan.domain.error.RuleCode#RELATIONSHIP_TYPE_UNKNOWN}, {@link
   *     io.github.coplan.domain.error.RuleCode#RELATIONSHIP_SIDE_KIND}, {@link
   *     io.github.coplan.domain.error.RuleCode#RELATIONSHIP_SELF}, or {@link
   *     io.github.coplan.domain.error.RuleCode#RELATIONSHIP_SOURCE_UNRELATED} if a side took no
   *     part in the source activity (no participation, neither host nor attendee of a stop) or is
   *     neither the owner nor the contact of a profile of the source introduction
   * @throws io.github.coplan.domain.error.DuplicateException if a relationship of the same type
   *     between the same sides began on the same start
   * @throws io.github.coplan.domain.error.AccessDeniedException if the actor may not record it
   */
  Relationship record(RecordRelationship command);

  /**
   * Revises a relationship's dates and description.
   *
   * @param command what to change
   * @return the stored relationship
   * @throws io.github.coplan.domain.error.NotFoundException if there is none the actor may see
   * @throws io.github.coplan.domain.error.InvalidInputException if the end lies before the start
   * @throws io.github.coplan.domain.error.ConflictException if the expected version is stale
   * @throws io.github.coplan.domain.error.AccessDeniedException if the actor may not change it
   */
  Relationship revise(ReviseRelationship command);

  /**
   * Reads a relationship.
   *
   * @param id the id
   * @return the relationship
   * @throws io.github.coplan.domain.error.NotFoundException if there is none the actor may see
   */
  Relationship get(RelationshipId id);

  /**
   * The relationships a participant is a side of, that the actor may see.
   *
   * @param participant the participant
   * @return the relationships, by start (earliest day), then id
   */
  List<Relationship> relationshipsOf(Participant participant);

  /**
   * The relationships an activity or an introduction produced, that the actor may see.
   *
   * @param source the source
   * @return the relationships, by start (earliest day), then id
   */
  List<Relationship> relationshipsFrom(RelationshipSource source);

  /**
   * Everyone a participant met up to a day, with every meeting as evidence.
   *
   * @param participant the participant
   * @param asOf the day
   * @return the connections, by first meeting, then by the other side's text form
   */
  List<Connection> connectionsOf(Participant participant, LocalDate asOf);

  /**
   * The network of a participant on a day, computed in the store; see {@link Network}.
   *
   * @param root the participant
   * @param depth 1 or 2
   * @param asOf the day
   * @param limit how many participants at most, 1 to {@value #MAX_NETWORK}
   * @return the network
   * @throws io.github.coplan.domain.error.InvalidInputException for a depth or limit out of range
   */
  Network network(Participant root, int depth, LocalDate asOf, int limit);

  /**
   * The connections a plan made in a period; see {@link ConnectionQuery}.
   *
   * @param query the query
   * @return the connections
   * @throws io.github.coplan.domain.error.NotFoundException if the plan does not exist or the actor
   *     may not see it
   */
  List<Connection> connectionsMade(ConnectionQuery query);

  /**
   * The contacts of a participant not met again within some months of a day: its connections whose
   * last meeting up to the day lies wholly before the day less the months.
   *
   * @param participant the participant
   * @param asOf the day
   * @param months 1 to 1,200
   * @return the cold connections, the coldest first
   * @throws io.github.coplan.domain.error.InvalidInputException for months out of range
   */
  List<Connection> goneCold(Participant participant, LocalDate asOf, int months);

  /**
   * The most connected participants, by meetings between two days, both included.
   *
   * @param plan only meetings at activities of this plan, or null for every plan the actor sees
   * @param from the first day
   * @param to the last day
   * @param limit how many at most, 1 to {@value #MAX_RANKED}
   * @return the participants, the most connected first
   * @throws io.github.coplan.domain.error.NotFoundException if the plan does not exist or the actor
   *     may not see it
   * @throws io.github.coplan.domain.error.InvalidInputException for a period that ends before it
   *     begins or a limit out of range
   */
  List<Degree> mostConnected(@Nullable PlanId plan, LocalDate from, LocalDate to, int limit);
}
