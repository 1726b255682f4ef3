package io.github.coplan.reliability;

import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.organisation.ExternalIdentifier;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.domain.query.ActivityQuery;
import io.github.coplan.domain.query.ActivitySort;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.ProgressQuery;
import io.github.coplan.port.storage.Storage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Everything a store holds that can be named through the storage SPI, read in one read-only unit:
 * every aggregate under every id issued, each plan also by its code and with its progress, each
 * organisation also by each identifier, and every activity a search walks to. Two equal dumps mean
 * nothing visible changed; equal dumps of two stores mean they hold the same.
 */
final class LogicalDump {

  private LogicalDump() {}

  /**
   * Dumps a store.
   *
   * @param storage the store
   * @param ids every id that may name an aggregate
   * @param asOf the day of the progress reports
   * @return the dump, keyed by a readable name
   */
  static Map<String, Object> of(Storage storage, Collection<UUID> ids, LocalDate asOf) {
    return storage.readOnly(
        r -> {
          Map<String, Object> state = new TreeMap<>();
          List<Activity> all = new ArrayList<>();
          String cursor = null;
          do {
            Page<Activity> page =
                r.activities()
                    .search(
                        ActivityQuery.builder()
                            .sort(
                                ActivitySort.by(
                                    ActivitySort.Field.CREATED, ActivitySort.Direction.ASC))
                            .pageSize(ActivityQuery.MAX_PAGE_SIZE)
                            .after(cursor)
                            .build());
            all.addAll(page.items());
            cursor = page.nextCursor();
          } while (cursor != null);
          Set<UUID> activities = new HashSet<>();
          all.forEach(a -> activities.add(a.id().value()));
          for (UUID id : ids) {
            r.activities()
                .findById(new ActivityId(id))
                .ifPresent(a -> state.put("activity " + id, a));
            if (activities.contains(id)) {
              // one id source names every aggregate: an activity's id names nothing else
              continue;
            }
            r.organisations()
                .findById(new OrganisationId(id))
                .ifPresent(
                    o -> {
                      state.put("organisation " + id, o);
                      for (ExternalIdentifier identifier : o.profile().identifiers()) {
                        state.put(
                            "organisation identifier " + identifier,
                            r.organisations().findByIdentifier(identifier));
                      }
                    });
            r.people().findById(new PersonId(id)).ifPresent(p -> state.put("person " + id, p));
            r.plans()
                .findById(new PlanId(id))
                .ifPresent(
                    p -> {
                      state.put("plan " + id, p);
                      state.put("plan code " + p.code(), r.plans().findByCode(p.code()));
                      state.put(
                          "progress " + id,
                          r.activities()
                              .progress(new ProgressQuery(p.id(), asOf, asOf.plusYears(5))));
                    });
          }
          state.put("search", all);
          return state;
        });
  }
}
