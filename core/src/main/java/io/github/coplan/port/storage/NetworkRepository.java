package io.github.coplan.port.storage;

import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.shared.PartialDate;
import java.util.List;
import java.util.Optional;

/**
 * Stores the network: the relationship types an application defined, and the relationships declared
 * between participants. (Work in progress: the derived connections and their queries follow.)
 *
 * <p>Every method refuses a missing argument with {@link
 * io.github.coplan.domain.error.InvalidInputException} (code {@code required}, its path the
 * argument's name, and {@code id} for a single id) and changes nothing.
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
}
