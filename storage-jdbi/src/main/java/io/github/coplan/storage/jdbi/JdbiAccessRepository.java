package io.github.coplan.storage.jdbi;

import io.github.coplan.domain.access.Grant;
import io.github.coplan.domain.access.PlanAccess;
import io.github.coplan.domain.access.PlanRole;
import io.github.coplan.domain.access.Principal;
import io.github.coplan.domain.access.Viewer;
import io.github.coplan.domain.access.Visibility;
import io.github.coplan.domain.error.ConflictException;
import io.github.coplan.domain.error.DuplicateException;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.NotFoundException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.organisation.OrganisationId;
import io.github.coplan.domain.plan.PlanId;
import io.github.coplan.port.storage.AccessRepository;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

/**
 * The access of each plan in the table {@code plan_access} (migration 6), one row per plan with its
 * version and visibility, and its grants in {@code plan_grant}, in order by their ordinal; a
 * grant's principal and content areas are stored in their text forms ({@link
 * Codec#encodePrincipal}, {@link Codec#encodeAreas}). The searches of activities and plans read
 * these tables for their visibility filter ({@code search.visible}, {@code lookup.plan.visible}).
 * Not thread-safe: one per unit of work.
 *
 * <p>An access is read whole in one statement ({@code access.whole}), as a plan is: in a unit that
 * writes on PostgreSQL its row is locked ({@code FOR UPDATE}) until the unit ends, and when the row
 * changed while the lock was awaited, a second statement reads the access as it is now. Accesses
 * are not cached.
 */
final class JdbiAccessRepository implements AccessRepository {

  /** The kind that stale versions and missing accesses name. */
  static final String KIND = "plan access";

  private final Unit unit;

  JdbiAccessRepository(Unit unit) {
    this.unit = unit;
  }

  @Override
  public Optional<PlanAccess> findByPlan(PlanId plan) {
    return unit.read(
        "read a plan's access",
        plan,
        "id",
        () -> {
          String whole =
              unit.sql().get("access.whole").replace("<access>", unit.rowsToKeep("access.find"));
          Whole found = readWhole(whole, plan);
          if (found != null && found.changedWhileLocking()) {
            // The row was locked after another unit changed it, and the grants were read as they
            // were before: the row is locked now, so a second statement, with a snapshot of its
            // own, reads the access as it is.
            found = readWhole(whole, plan);
          }
          return found == null ? Optional.empty() : Optional.of(found.access());
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement ({@code access.forViewer}): the access's row joined to the grants whose
   * principal the viewer is, the viewer's affiliations resolved in the same statement; never
   * locked.
   */
  @Override
  public Optional<PlanAccess> findFor(PlanId plan, Viewer viewer) {
    requireViewer(viewer);
    return unit.read(
        "read a plan's access",
        plan,
        "id",
        () -> {
          String statement =
              unit.sql().get("access.forViewer").replace("<viewer>", viewerGrant(unit.sql()));
          Whole found =
              readWhole(statement, q -> bindViewer(q, 0, viewer).bind(VIEWER_PARAMETERS, plan));
          return found == null ? Optional.empty() : Optional.of(found.access());
        });
  }

  @Override
  public Set<Principal> principalsOf(Viewer viewer) {
    return unit.read(
        "read a person's principals",
        viewer,
        "viewer",
        () -> {
          List<OrganisationId> staffOf =
              unit.handle()
                  .createQuery(unit.sql().get("access.staffOf"))
                  .bind(0, viewer.person())
                  .bind(1, viewer.day())
                  .bind(2, viewer.day())
                  .mapTo(OrganisationId.class)
                  .list();
          Set<Principal> principals = new LinkedHashSet<>();
          principals.add(Principal.person(viewer.person()));
          for (OrganisationId organisation : staffOf) {
            principals.add(Principal.staffOf(organisation));
          }
          return Collections.unmodifiableSet(principals);
        });
  }

  /** How many parameters {@code access.viewerGrant} takes ({@link #bindViewer}). */
  static final int VIEWER_PARAMETERS = 4;

  /** {@code access.viewerGrant}, with the text form of a staff principal in each database. */
  static String viewerGrant(Sql sql) {
    return sql.get("access.viewerGrant").replace("<staff>", sql.get("access.staffPrincipal"));
  }

  /**
   * Binds the {@link #VIEWER_PARAMETERS} parameters of {@code access.viewerGrant} from {@code
   * first} on: the person's principal, the person's id and the day twice.
   */
  static <Q extends SqlStatement<Q>> Q bindViewer(Q statement, int first, Viewer viewer) {
    return statement
        .bind(first, Codec.encodePrincipal(Principal.person(viewer.person())))
        .bind(first + 1, viewer.person())
        .bind(first + 2, viewer.day())
        .bind(first + 3, viewer.day());
  }

  /** A missing viewer, refused as the memory store refuses it. */
  static void requireViewer(@Nullable Viewer viewer) {
    if (viewer == null) {
      throw InvalidInputException.of("viewer", Violation.REQUIRED, "a viewer is required");
    }
  }

  /** Runs {@code access.whole}: the access with its grants, or null if there is none. */
  private @Nullable Whole readWhole(String statement, PlanId plan) {
    return readWhole(statement, q -> q.bind(0, plan));
  }

  /** Runs a statement of the columns of {@code access.whole}; null if it finds no access. */
  private @Nullable Whole readWhole(String statement, UnaryOperator<Query> binding) {
    Row[] row = new Row[1];
    List<Ordered> grants = new ArrayList<>();
    binding
        .apply(unit.handle().createQuery(statement))
        .map(
            (RowMapper<Void>)
                (rs, ctx) -> {
                  if (row[0] == null) {
                    Long seen = Columns.get(rs, 4, Long.class);
                    row[0] =
                        new Row(
                            Columns.required(rs, 1, PlanId.class),
                            Columns.required(rs, 2, Long.class),
                            Columns.required(rs, 3, Visibility.class),
                            seen == null ? -1 : seen);
                  }
                  Integer ordinal = Columns.get(rs, 5, Integer.class);
                  if (ordinal != null) {
                    grants.add(
                        new Ordered(
                            ordinal,
                            new Grant(
                                Codec.decodePrincipal(Columns.required(rs, 6, String.class)),
                                Columns.required(rs, 7, PlanRole.class),
                                Codec.decodeAreas(Columns.required(rs, 8, String.class)))));
                  }
                  return null;
                })
        .forEach(ignored -> {});
    Row found = row[0];
    if (found == null) {
      return null;
    }
    grants.sort(Comparator.comparingInt(Ordered::ordinal));
    List<Grant> inOrder = new ArrayList<>(grants.size());
    for (Ordered g : grants) {
      inOrder.add(g.grant());
    }
    return new Whole(
        PlanAccess.ForAdapters.restore(found.plan(), found.visibility(), inOrder, found.version()),
        found.seenVersion() != found.version());
  }

  @Override
  public PlanAccess insert(PlanAccess access) {
    return unit.write(
        "store a plan's access",
        access,
        "access",
        () -> {
          PlanId plan = access.plan();
          if (access.version() != 0) {
            throw new ConflictException(KIND, plan.value().toString(), access.version());
          }
          int inserted =
              unit.handle()
                  .createUpdate(unit.sql().get("access.insert"))
                  .bind(0, plan)
                  .bind(1, access.visibility())
                  .execute();
          if (inserted == 0) {
            throw new DuplicateException(DuplicateException.ID, plan.value().toString());
          }
          insertGrants(plan, access.grants());
          return PlanAccess.ForAdapters.withVersion(access, 1);
        });
  }

  @Override
  public PlanAccess update(PlanAccess access) {
    return unit.write(
        "store a plan's access",
        access,
        "access",
        () -> {
          PlanId plan = access.plan();
          Handle h = unit.handle();
          int updated =
              h.createUpdate(unit.sql().get("access.update"))
                  .bind(0, access.visibility())
                  .bind(1, plan)
                  .bind(2, access.version())
                  .execute();
          if (updated == 0) {
            boolean exists =
                h.createQuery(unit.sql().get("access.exists"))
                    .bind(0, plan)
                    .mapTo(Integer.class)
                    .findFirst()
                    .isPresent();
            throw exists
                ? new ConflictException(KIND, plan.value().toString(), access.version())
                : new NotFoundException(KIND, plan.value().toString());
          }
          h.createUpdate(unit.sql().get("access.deleteGrants")).bind(0, plan).execute();
          insertGrants(plan, access.grants());
          return PlanAccess.ForAdapters.withVersion(access, access.version() + 1);
        });
  }

  private void insertGrants(PlanId plan, List<Grant> grants) {
    if (grants.isEmpty()) {
      return;
    }
    PreparedBatch batch = unit.handle().prepareBatch(unit.sql().get("access.insertGrant"));
    for (int i = 0; i < grants.size(); i++) {
      Grant grant = grants.get(i);
      batch
          .bind(0, plan)
          .bind(1, i)
          .bind(2, Codec.encodePrincipal(grant.principal()))
          .bind(3, grant.role())
          .bind(4, Codec.encodeAreas(grant.areas()))
          .add();
    }
    batch.execute();
  }

  /** The columns of {@code access.find}, and the row's version in the statement's snapshot. */
  private record Row(PlanId plan, long version, Visibility visibility, long seenVersion) {}

  /** A grant and its ordinal. */
  private record Ordered(int ordinal, Grant grant) {}

  /**
   * An access read whole, and whether its row was locked at a newer version than the grants read
   * with it.
   */
  private record Whole(PlanAccess access, boolean changedWhileLocking) {}
}
