package io.github.coplan.domain.error;

/**
 * The actor may see the plan but lacks the permission the command needs, or a person asked to
 * forget someone else. The command changed nothing and appended nothing to the history. A plan the
 * actor may not see at all is not revealed: commands on it, and on its activities, fail with {@link
 * NotFoundException}, exactly as for a plan that does not exist.
 */
public final class AccessDeniedException extends CoplanException {

  private static final long serialVersionUID = 1L;

  /** The code of every access refusal: {@value}. */
  public static final String CODE = "forbidden";

  private final String actor;
  private final String permission;

  /**
   * A refusal.
   *
   * @param actor the actor's text form, for example {@code person:0190…}
   * @param permission the missing permission's name, for example {@code EDIT_ACTIVITIES}
   * @param where what it was needed on, for example {@code plan HCMC-IIA-2018, content area 3}
   */
  public AccessDeniedException(String actor, String permission, String where) {
    super(actor + " lacks the permission " + permission + " on " + where, null);
    this.actor = actor;
    this.permission = permission;
  }

  /**
   * The actor refused, in its text form.
   *
   * @return the actor
   */
  public String actor() {
    return actor;
  }

  /**
   * The permission that was missing, by name.
   *
   * @return the permission's name: one of {@code io.github.coplan.domain.access.Permission}, or
   *     {@code FORGET_PERSON} when a person asked to forget someone else
   */
  public String permission() {
    return permission;
  }

  @Override
  public String code() {
    return CODE;
  }
}
