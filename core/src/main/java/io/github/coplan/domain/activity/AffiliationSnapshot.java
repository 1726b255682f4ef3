package io.github.coplan.domain.activity;

import io.github.coplan.domain.internal.Texts;
import io.github.coplan.domain.internal.Validation;
import io.github.coplan.domain.organisation.OrganisationId;

/**
 * A person's affiliation as it was when they took part, kept with the participation so that later
 * changes to the person do not rewrite history.
 *
 * @param organisation where the person was
 * @param position the position they held
 */
public record AffiliationSnapshot(OrganisationId organisation, String position) {

  /**
   * Validates both parts.
   *
   * @throws io.github.coplan.domain.error.InvalidInputException if one is refused
   */
  public AffiliationSnapshot {
    Validation v = new Validation();
    v.required("organisation", organisation);
    String raw = position;
    position = v.check("position", () -> Texts.line("", raw));
    v.throwIfAny();
  }
}
