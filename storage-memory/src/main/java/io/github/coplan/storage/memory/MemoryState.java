package io.github.coplan.storage.memory;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanCode;
import io.github.coplan.domain.plan.PlanId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The stored aggregates and their indexes. Not thread-safe: {@link InMemoryStorage} guards it.
 *
 * <p>Every change goes through one of the {@code put} methods, which keep the indexes in step and
 * return the value replaced, so that an undo is the same call with the old value.
 */
final class MemoryState {

  final Map<OrganisationId, Organisation> organisations = new HashMap<>();
  final Map<ExternalIdentifier, OrganisationId> organisationsByIdentifier = new HashMap<>();
  final Map<PersonId, Person> people = new HashMap<>();
  final Map<PlanId, CooperationPlan> plans = new HashMap<>();
  final Map<PlanCode, PlanId> plansByCode = new HashMap<>();
  final Map<ActivityId, Activity> activities = new HashMap<>();
  final Map<PlanId, Set<ActivityId>> activitiesByPlan = new HashMap<>();
  final Map<Participant, Set<ActivityId>> activitiesByParticipant = new HashMap<>();

  /** Stores or (with {@code value} null) removes an organisation under {@code id}. */
  @Nullable Organisation putOrganisation(OrganisationId id, @Nullable Organisation value) {
    Organisation old = value == null ? organisations.remove(id) : organisations.put(id, value);
    if (old != null) {
      old.profile().identifiers().forEach(organisationsByIdentifier::remove);
    }
    if (value != null) {
      value.profile().identifiers().forEach(i -> organisationsByIdentifier.put(i, id));
    }
    return old;
  }

  @Nullable Person putPerson(PersonId id, @Nullable Person value) {
    return value == null ? people.remove(id) : people.put(id, value);
  }

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

  @Nullable Activity putActivity(ActivityId id, @Nullable Activity value) {
    Activity old = value == null ? activities.remove(id) : activities.put(id, value);
    if (old != null && (value == null || !old.plan().equals(value.plan()))) {
      unindex(activitiesByPlan, old.plan(), id);
    }
    if (value != null) {
      activitiesByPlan.computeIfAbsent(value.plan(), k -> new LinkedHashSet<>()).add(id);
    }
    // Re-index only the participants that came or went: an update usually adds one, and
    // re-indexing all of a large activity's participants on every update would be quadratic.
    Set<Participant> before = participants(old);
    Set<Participant> after = participants(value);
    for (Participant p : before) {
      if (!after.contains(p)) {
        unindex(activitiesByParticipant, p, id);
      }
    }
    for (Participant p : after) {
      if (!before.contains(p)) {
        activitiesByParticipant.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(id);
      }
    }
    return old;
  }

  private static Set<Participant> participants(@Nullable Activity activity) {
    if (activity == null || activity.participations().isEmpty()) {
      return Set.of();
    }
    Set<Participant> set = new HashSet<>(activity.participations().size() * 2);
    for (Participation p : activity.participations()) {
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
  }

  String describe() {
    long participations = activities.values().stream().mapToLong(a -> a.participations().size()).sum();
    return "organisations=" + organisations.size()
        + " people=" + people.size()
        + " plans=" + plans.size()
        + " activities=" + activities.size()
        + " participations=" + participations;
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
