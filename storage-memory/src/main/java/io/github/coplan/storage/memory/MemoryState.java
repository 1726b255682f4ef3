package io.github.coplan.storage.memory;

import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.shared.PartialDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The stored aggregates and their indexes.
 *
 * <p>Only one thread changes it at a time ({@link InMemoryStorage} holds its write lock around
 * every writing unit), but readers may read it while a writer changes it: an optimistic read-only
 * unit runs without a lock and finds out afterwards whether a writer was active. So every map and
 * index set is concurrent: a reader racing a writer may see a mix of old and new entries, which the
 * optimistic read then throws away, but it never sees a broken structure, loops or fails inside the
 * map itself. The values are immutable domain objects, so each one is always seen whole.
 *
 * <p>Every change goes through one of the {@code put} methods, which keep the indexes in step and
 * return the value replaced, so that an undo is the same call with the old value. The order of the
 * index sets is not meaningful: searches and progress sort or aggregate what they find.
 */
final class MemoryState {

  final Map<OrganisationId, Organisation> organisations = new ConcurrentHashMap<>();
  final MemoryHistory history = new MemoryHistory();
  final MarketState market = new MarketState();
  final ResultState results = new ResultState();
  final Map<PlanId, PlanAccess> access = new ConcurrentHashMap<>();
  final Map<ExternalIdentifier, OrganisationId> organisationsByIdentifier =
      new ConcurrentHashMap<>();
  final Map<PersonId, Person> people = new ConcurrentHashMap<>();
  final Map<PlanId, CooperationPlan> plans = new ConcurrentHashMap<>();
  final Map<PlanCode, PlanId> plansByCode = new ConcurrentHashMap<>();
  final Map<ActivityId, Activity> activities = new ConcurrentHashMap<>();
  final Map<PlanId, Set<ActivityId>> activitiesByPlan = new ConcurrentHashMap<>();
  final Map<Participant, Set<ActivityId>> activitiesByParticipant = new ConcurrentHashMap<>();
  final Map<RelationshipTypeCode, RelationshipType> relationshipTypes = new ConcurrentHashMap<>();
  final Map<RelationshipId, Relationship> relationships = new ConcurrentHashMap<>();
  final Map<TieKey, RelationshipId> relationshipsByTie = new ConcurrentHashMap<>();
  final Map<Participant, Set<RelationshipId>> relationshipsByParticipant =
      new ConcurrentHashMap<>();

  /** What makes a relationship unique: its type, its sides as kept, and its start. */
  record TieKey(RelationshipTypeCode type, Participant from, Participant to, PartialDate start) {

    static TieKey of(Relationship r) {
      return new TieKey(r.type(), r.from(), r.to(), r.start());
    }
  }

  /** Stores or (with {@code value} null) removes a relationship type. */
  @Nullable RelationshipType putType(RelationshipTypeCode code, @Nullable RelationshipType value) {
    return value == null ? relationshipTypes.remove(code) : relationshipTypes.put(code, value);
  }

  /** Stores or (with {@code value} null) removes a relationship, keeping its indexes in step. */
  @Nullable Relationship putRelationship(RelationshipId id, @Nullable Relationship value) {
    Relationship old = value == null ? relationships.remove(id) : relationships.put(id, value);
    if (old != null) {
      relationshipsByTie.remove(TieKey.of(old), id);
      unindexRelationship(old.from(), id);
      unindexRelationship(old.to(), id);
    }
    if (value != null) {
      relationshipsByTie.put(TieKey.of(value), id);
      relationshipsByParticipant
          .computeIfAbsent(value.from(), k -> ConcurrentHashMap.newKeySet())
          .add(id);
      relationshipsByParticipant
          .computeIfAbsent(value.to(), k -> ConcurrentHashMap.newKeySet())
          .add(id);
    }
    return old;
  }

  private void unindexRelationship(Participant side, RelationshipId id) {
    Set<RelationshipId> ids = relationshipsByParticipant.get(side);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        relationshipsByParticipant.remove(side);
      }
    }
  }

  /** Stores or (with {@code value} null) removes an organisation under {@code id}. */
  @Nullable Organisation putOrganisation(OrganisationId id, @Nullable Organisation value) {
    Organisation old = value == null ? organisations.remove(id) : organisations.put(id, value);
    if (old != null) {
      old.profile().identifiers().forEach(organisationsByIdentifier::remove);
    }
    if (value != null) {
      for (ExternalIdentifier identifier : value.profile().identifiers()) {
        organisationsByIdentifier.put(identifier, id);
      }
    }
    return old;
  }

  /** Stores or (with {@code value} null) removes a plan's access. */
  @Nullable PlanAccess putAccess(PlanId plan, @Nullable PlanAccess value) {
    return value == null ? access.remove(plan) : access.put(plan, value);
  }

  /**
   * Whether principals may see a plan; null principals see everything. A plan without stored access
   * is restricted and has no grant.
   */
  boolean visible(@Nullable Set<Principal> principals, PlanId plan) {
    if (principals == null) {
      return true;
    }
    PlanAccess a = access.get(plan);
    return a != null && a.visibleTo(principals);
  }

  /** Stores or (with {@code value} null) removes a person under {@code id}. */
  @Nullable Person putPerson(PersonId id, @Nullable Person value) {
    return value == null ? people.remove(id) : people.put(id, value);
  }

  /** Stores or (with {@code value} null) removes a plan under {@code id}. */
  @Nullable CooperationPlan putPlan(PlanId id, @Nullable CooperationPlan value) {
    CooperationPlan old = value == null ? plans.remove(id) : plans.put(id, value);
    if (old != null) {
      plansByCode.remove(old.code());
    }
    if (value != null) {
      plansByCode.put(value.code(), id);
    }
    return old;
  }

  /** Stores or (with {@code value} null) removes an activity under {@code id}. */
  @Nullable Activity putActivity(ActivityId id, @Nullable Activity value) {
    Activity old = value == null ? activities.remove(id) : activities.put(id, value);
    PlanId oldPlan = old == null ? null : old.plan();
    PlanId newPlan = value == null ? null : value.plan();
    // Most updates keep the plan (and the participants, below): then the indexes already hold the
    // id, and touching them would cost a lock of the concurrent set for nothing.
    if (!Objects.equals(oldPlan, newPlan)) {
      if (oldPlan != null) {
        unindex(activitiesByPlan, oldPlan, id);
      }
      if (newPlan != null) {
        index(activitiesByPlan, newPlan, id);
      }
    }
    List<Participation> before = old == null ? List.of() : old.participations();
    List<Participation> after = value == null ? List.of() : value.participations();
    if (!sameParticipants(before, after)) {
      reindexParticipants(id, before, after);
    }
    return old;
  }

  /**
   * Whether two participation lists name the same participants in the same order: true of every
   * update that leaves the participations alone or only changes a role or status, which then needs
   * no re-indexing. Allocates nothing.
   */
  private static boolean sameParticipants(List<Participation> before, List<Participation> after) {
    if (before == after) {
      return true;
    }
    int size = before.size();
    if (size != after.size()) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!before.get(i).participant().equals(after.get(i).participant())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Re-indexes only the participants that came or went: an update usually adds one, and re-indexing
   * all of a large activity's participants on every update would be quadratic.
   */
  private void reindexParticipants(
      ActivityId id, List<Participation> before, List<Participation> after) {
    Set<Participant> was = participants(before);
    Set<Participant> is = participants(after);
    for (Participant p : was) {
      if (!is.contains(p)) {
        unindex(activitiesByParticipant, p, id);
      }
    }
    for (Participant p : is) {
      if (!was.contains(p)) {
        index(activitiesByParticipant, p, id);
      }
    }
  }

  private static Set<Participant> participants(List<Participation> participations) {
    if (participations.isEmpty()) {
      return Set.of();
    }
    Set<Participant> set = new HashSet<>(participations.size() * 2);
    for (Participation p : participations) {
      set.add(p.participant());
    }
    return set;
  }

  /** The ids of a plan's activities; empty for an unknown plan. */
  Collection<ActivityId> activitiesOf(PlanId plan) {
    return activitiesByPlan.getOrDefault(plan, Set.of());
  }

  /** The ids of the activities a participant takes part in. */
  Collection<ActivityId> activitiesOf(Participant participant) {
    return activitiesByParticipant.getOrDefault(participant, Set.of());
  }

  void clear() {
    organisations.clear();
    organisationsByIdentifier.clear();
    people.clear();
    plans.clear();
    plansByCode.clear();
    activities.clear();
    activitiesByPlan.clear();
    activitiesByParticipant.clear();
    market.clear();
    results.clear();
    relationshipTypes.clear();
    relationships.clear();
    relationshipsByTie.clear();
    relationshipsByParticipant.clear();
  }

  String describe() {
    long participations = 0;
    for (Activity a : activities.values()) {
      participations += a.participations().size();
    }
    return "organisations="
        + organisations.size()
        + " people="
        + people.size()
        + " plans="
        + plans.size()
        + " activities="
        + activities.size()
        + " participations="
        + participations;
  }

  private static <K> void index(Map<K, Set<ActivityId>> index, K key, ActivityId id) {
    index.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
  }

  private static <K> void unindex(Map<K, Set<ActivityId>> index, K key, ActivityId id) {
    Set<ActivityId> ids = index.get(key);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        index.remove(key);
      }
    }
  }
}
