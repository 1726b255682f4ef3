package io.github.coplan.domain.access;

import com.google.common.collect.ImmutableList;
import io.github.coplan.domain.error.RuleCode;
import io.github.coplan.domain.error.RuleViolationException;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.plan.PlanId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what on one plan: its {@link Visibility} and its {@link Grant}s. An aggregate of its
 * own, one per plan, made with the plan and versioned apart from it, so that granting a role does
 * not change the plan's version and a plan's edit does not conflict with a grant. Immutable.
 */
public final class PlanAccess {

  private final PlanId plan;
  private final Visibility visibility;
  private final List<Grant> grants;
  private final long version;

  private PlanAccess(PlanId plan, Visibility visibility, List<Grant> grants, long version) {
    this.plan = plan;
    this.visibility = visibility;
    this.grants = ImmutableList.copyOf(grants);
    this.version = version;
  }

  /**
   * The access of a new plan: restricted, with the given grants.
   *
   * @param plan the plan
   * @param grants the first grants, for example the drafter's administration
   * @return the access, version 0
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
   */
  public static PlanAccess of(PlanId plan, List<Grant> grants) {
    Validation v = new Validation();
    v.required("plan", plan);
    v.elements("grants", grants);
    v.throwIfAny();
    return new PlanAccess(plan, Visibility.RESTRICTED, grants, 0);
  }

  /**
   * Grants a role; a grant of the same role to the same principal is replaced (its areas change).
   *
   * @param grant the grant
   * @return the access with it
   * @throws io.github.coplan.domain.error.InvalidInputException if the grant is missing
   */
  public PlanAccess grant(Grant grant) {
    Validation.notNull("grant", grant);
    List<Grant> next = new ArrayList<>(grants.size() + 1);
    boolean replaced = false;
    for (Grant g : grants) {
      if (g.principal().equals(grant.principal()) && g.role() == grant.role()) {
        next.add(grant);
        replaced = true;
      } else {
        next.add(g);
      }
    }
    if (!replaced) {
      next.add(grant);
    }
    return new PlanAccess(plan, visibility, next, version);
  }

  /**
   * Revokes a role from a principal.
   *
   * @param principal the principal
   * @param role the role
   * @return the access without that grant
   * @throws io.github.coplan.domain.error.InvalidInputException if a part is missing
   * @throws RuleViolationException {@link RuleCode#ACCESS_NO_SUCH_GRANT} if there is no such grant
   */
  public PlanAccess revoke(Principal principal, PlanRole role) {
    Validation v = new Validation();
    v.required("principal", principal);
    v.required("role", role);
    v.throwIfAny();
    List<Grant> next = new ArrayList<>(grants);
    if (!next.removeIf(g -> g.principal().equals(principal) && g.role() == role)) {
      throw new RuleViolationException(
          RuleCode.ACCESS_NO_SUCH_GRANT, principal + " holds no " + role + " grant on " + plan);
    }
    return new PlanAccess(plan, visibility, next, version);
  }

  /**
   * The same access with another visibility.
   *
   * @param newVisibility the visibility
   * @return the access
   * @throws io.github.coplan.domain.error.InvalidInputException if it is missing
   */
  public PlanAccess withVisibility(Visibility newVisibility) {
    Validation.notNull("visibility", newVisibility);
    return new PlanAccess(plan, newVisibility, grants, version);
  }

  /**
   * Whether principals may see the plan: it is open, or one of them holds any grant on it.
   *
   * @param principals the principals of an actor
   * @return whether they may see it
   */
  public boolean visibleTo(Collection<Principal> principals) {
    if (visibility == Visibility.OPEN) {
      return true;
    }
    for (Grant g : grants) {
      if (principals.contains(g.principal())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether principals hold a permission on the plan, in a content area or plan-wide.
   *
   * @param principals the principals of an actor
   * @param permission the permission
   * @param area the content area it is needed in, or null where it is needed on the plan as a whole
   *     (then only a grant of every area gives it)
   * @return whether they hold it
   */
  public boolean permits(
      Collection<Principal> principals, Permission permission, @Nullable Integer area) {
    if (permission == Permission.VIEW && visibleTo(principals)) {
      return true;
    }
    for (Grant g : grants) {
      if (principals.contains(g.principal())
          && AccessTable.permissions(g.role()).contains(permission)
          && (area == null ? g.areas().isEmpty() : g.covers(area))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The plan.
   *
   * @return its id
   */
  public PlanId plan() {
    return plan;
  }

  /**
   * Who sees the plan besides its grantees.
   *
   * @return the visibility
   */
  public Visibility visibility() {
    return visibility;
  }

  /**
   * The grants, in the order they were first made.
   *
   * @return the grants, unmodifiable
   */
  public List<Grant> grants() {
    return grants;
  }

  /**
   * The stored version: 0 before it is stored, then 1, 2, …
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PlanAccess a
        && plan.equals(a.plan)
        && visibility == a.visibility
        && grants.equals(a.grants)
        && version == a.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, visibility, grants, version);
  }

  @Override
  public String toString() {
    return "PlanAccess[" + plan + " " + visibility + " " + grants + " v" + version + "]";
  }

  /**
   * For storage adapters only: rebuilding a plan's access from what a store holds, and giving it
   * the version the store assigned. Part of the storage SPI, not of the application API.
   *
   * @since 0.2.0
   */
  public static final class ForAdapters {

    private ForAdapters() {}

    /**
     * Access rebuilt from storage. Nothing is checked beyond what the grants check themselves.
     *
     * @param plan the plan
     * @param visibility the visibility
     * @param grants the grants, in order
     * @param version the stored version
     * @return the access
     */
    public static PlanAccess restore(
        PlanId plan, Visibility visibility, List<Grant> grants, long version) {
      return new PlanAccess(plan, visibility, grants, version);
    }

    /**
     * The access as stored with another version.
     *
     * @param x the aggregate
     * @param newVersion the stored version
     * @return the aggregate with that version
     */
    public static PlanAccess withVersion(PlanAccess x, long newVersion) {
      return new PlanAccess(x.plan, x.visibility, x.grants, newVersion);
    }
  }
}
