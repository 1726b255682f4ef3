package io.github.coplan.application;

/**
 * Every use case of Coplan, by the kind of thing it works on. {@link io.github.coplan.Coplan} is
 * one, running each command in a transaction of its own; the view a {@linkplain
 * io.github.coplan.Coplan#inTransaction transaction} hands to its work is another, running every
 * command in that one transaction.
 */
public interface UseCases {

  /**
   * Organisations: register, update, find.
   *
   * @return the use cases
   */
  OrganisationUseCases organisations();

  /**
   * People and their affiliations.
   *
   * @return the use cases
   */
  PersonUseCases people();

  /**
   * Plans: draft, parties, content areas, documents, lifecycle.
   *
   * @return the use cases
   */
  PlanUseCases plans();

  /**
   * Activities: propose, lifecycle, participants, search.
   *
   * @return the use cases
   */
  ActivityUseCases activities();

  /**
   * Progress reports.
   *
   * @return the use cases
   */
  ReportUseCases reports();
}
