package io.github.coplan.storage.memory;

import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.history.ChangeRecord;
import io.github.coplan.domain.market.CategoryCode;
import io.github.coplan.domain.market.Introduction;
import io.github.coplan.domain.market.IntroductionId;
import io.github.coplan.domain.market.ProfileId;
import io.github.coplan.domain.market.TechnologyProfile;
import io.github.coplan.domain.network.Relationship;
import io.github.coplan.domain.network.RelationshipId;
import io.github.coplan.domain.network.RelationshipType;
import io.github.coplan.domain.network.RelationshipTypeCode;
import io.github.coplan.domain.organisation.Organisation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.CooperationPlan;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.result.Observation;
import io.github.coplan.domain.result.ObservationId;
import io.github.coplan.domain.result.Result;
import io.github.coplan.domain.result.ResultId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the writing unit of work running has replaced, so that a failed unit can put it back.
 *
 * <p>One per store, used by one writing unit at a time under the store's write lock (which also
 * makes one unit's changes here visible to the next), and emptied when the unit ends: so a write
 * allocates nothing here once the log has grown to the size of a typical unit.
 */
final class UndoLog {

  /**
   * Beyond this many slots, an emptied log lets its array go rather than keep a bulk import's
   * worth.
   */
  private static final int KEEP = 1024;

  /**
   * Pairs of (id, value replaced, null if there was none); the type of the id says which aggregate.
   * A history record appended is logged as (the record, null), and one an erasure rewrote as (the
   * record as rewritten, the record before).
   */
  private @Nullable Object[] entries = new Object[16];

  private int size;

  /** Records that the value stored under {@code id} was {@code old} (null: nothing was stored). */
  void log(Object id, @Nullable Object old) {
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, entries.length * 2);
    }
    entries[size] = id;
    entries[size + 1] = old;
    size += 2;
  }

  /** The key under which a plan's access is logged, apart from the plan itself. */
  record AccessOf(PlanId plan) {}

  /** Puts back everything logged, newest first, and empties the log. */
  void rollback(MemoryState state) {
    for (int i = size - 2; i >= 0; i -= 2) {
      Object id = entries[i];
      Object old = entries[i + 1];
      if (id instanceof OrganisationId o) {
        state.putOrganisation(o, (Organisation) old);
      } else if (id instanceof PersonId p) {
        state.putPerson(p, (Person) old);
      } else if (id instanceof PlanId p) {
        state.putPlan(p, (CooperationPlan) old);
      } else if (id instanceof ActivityId a) {
        state.putActivity(a, (Activity) old);
      } else if (id instanceof AccessOf a) {
        state.putAccess(a.plan(), (PlanAccess) old);
      } else if (id instanceof ProfileId p) {
        state.market.putProfile(p, (TechnologyProfile) old);
      } else if (id instanceof IntroductionId n) {
        state.market.putIntroduction(n, (Introduction) old);
      } else if (id instanceof CategoryCode c) {
        state.market.putCategory(c, (MarketState.Placed) old);
      } else if (id instanceof RelationshipId r) {
        state.putRelationship(r, (Relationship) old);
      } else if (id instanceof RelationshipTypeCode c) {
        state.putType(c, (RelationshipType) old);
      } else if (id instanceof ResultId r) {
        state.results.putResult(r, (Result) old);
      } else if (id instanceof ObservationId o) {
        state.results.putObservation(o, (Observation) old);
      } else if (id instanceof ChangeRecord stored) {
        if (old instanceof ChangeRecord before) {
          state.history.put(before);
        } else {
          state.history.removeLast(stored);
        }
      }
    }
    clear();
  }

  /** Empties the log, keeping no stored value alive. */
  void clear() {
    if (entries.length > KEEP) {
      entries = new Object[16];
    } else {
      Arrays.fill(entries, 0, size, null);
    }
    size = 0;
  }
}
