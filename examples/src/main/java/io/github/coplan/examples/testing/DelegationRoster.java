package io.github.coplan.examples.testing;

import io.github.coplan.application.AddParticipant;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UseCases;
import io.github.coplan.domain.activity.Activity;
import io.github.coplan.domain.activity.ActivityId;
import io.github.coplan.domain.activity.Participant;
import io.github.coplan.domain.activity.Participation;
import io.github.coplan.domain.activity.ParticipationRole;
import io.github.coplan.domain.activity.ParticipationStatus;
import io.github.coplan.domain.error.InvalidInputException;
import io.github.coplan.domain.error.Violation;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonProfile;
import java.util.List;
import java.util.Objects;

/**
 * An application's own service on top of Coplan: it signs up a delegation for a study tour — a head
 * of delegation and delegates, each registered as a person with their affiliation — and lists who
 * is going. Thread-safe.
 */
public final class DelegationRoster {

  /**
   * A member of a delegation.
   *
   * @param name the member's name
   * @param affiliation where they work and in which position
   * @param profile the person's profile, country included
   */
  public record Member(String name, Affiliation affiliation, PersonProfile profile) {
    /** Checks that every part is present. */
    public Member {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(affiliation, "affiliation");
      Objects.requireNonNull(profile, "profile");
    }
  }

  private final UseCases coplan;

  /**
   * A roster over Coplan's use cases.
   *
   * @param coplan the use cases, acting as whoever signs the delegation up
   */
  public DelegationRoster(UseCases coplan) {
    this.coplan = Objects.requireNonNull(coplan, "coplan");
  }

  /**
   * Registers the members and signs them up, the head first, all with status CONFIRMED, as one
   * change: if any member is refused, nobody is registered or signed up.
   *
   * @param tour the study tour
   * @param head the head of delegation
   * @param delegates the other members, at least one
   * @return the activity with its participations
   * @throws InvalidInputException if there is no delegate
   */
  public Activity signUp(ActivityId tour, Member head, List<Member> delegates) {
    if (delegates.isEmpty()) {
      throw InvalidInputException.of(
          "delegates", Violation.REQUIRED, "a delegation has at least one delegate");
    }
    return coplan.inTransaction(
        tx -> {
          Activity activity = add(tx, tour, head, ParticipationRole.HEAD_OF_DELEGATION);
          for (Member delegate : delegates) {
            activity = add(tx, tour, delegate, ParticipationRole.DELEGATE);
          }
          return activity;
        });
  }

  /**
   * Who is going: the names of the confirmed or attending members, head first.
   *
   * @param tour the study tour
   * @return the names, in sign-up order
   */
  public List<String> going(ActivityId tour) {
    Activity activity = coplan.activities().get(tour);
    return activity.participations().stream()
        .filter(
            p ->
                p.status() == ParticipationStatus.CONFIRMED
                    || p.status() == ParticipationStatus.ATTENDED)
        .map(Participation::participant)
        .filter(Participant.Person.class::isInstance)
        .map(p -> coplan.people().get(((Participant.Person) p).id()).profile().name())
        .toList();
  }

  private static Activity add(UseCases tx, ActivityId tour, Member member, ParticipationRole role) {
    Person person =
        tx.people().register(new RegisterPerson(member.profile(), List.of(member.affiliation())));
    return tx.activities()
        .addParticipant(
            new AddParticipant(
                tour, Participant.of(person.id()), role, ParticipationStatus.CONFIRMED));
  }
}
