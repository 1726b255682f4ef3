package io.github.coplan.application.internal;

import io.github.coplan.application.AddAffiliation;
import io.github.coplan.application.ForgetPerson;
import io.github.coplan.application.PersonUseCases;
import io.github.coplan.application.RegisterPerson;
import io.github.coplan.application.UpdatePerson;
import io.github.coplan.domain.history.AggregateRef;
import io.github.coplan.domain.history.Snapshots;
import io.github.coplan.domain.person.Affiliation;
import io.github.coplan.domain.person.Person;
import io.github.coplan.domain.person.PersonId;
import io.github.coplan.domain.query.Page;
import io.github.coplan.domain.query.PersonQuery;
import io.github.coplan.domain.shared.IdSource;
import java.time.Clock;
import java.time.LocalDate;

/** Carries out {@link PersonUseCases}. Thread-safe. */
final class PersonService implements PersonUseCases {

  private final Units units;
  private final IdSource ids;
  private final Clock clock;

  PersonService(Units units, IdSource ids, Clock clock) {
    this.units = units;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public Person register(RegisterPerson command) {
    Services.required("command", command);
    Person person =
        Person.register(new PersonId(ids.nextId()), command.profile(), command.affiliations());
    return units.write(
        command,
        r -> {
          for (Affiliation a : person.affiliations()) {
            Services.organisation(r, a.organisation());
          }
          return r.people().insert(person);
        });
  }

  @Override
  public Person update(UpdatePerson command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Person current = Services.person(r, command.person());
          Services.checkVersion(
              "person", current.id(), current.version(), command.expectedVersion());
          return r.people().update(current.update(command.profile()));
        });
  }

  @Override
  public Person addAffiliation(AddAffiliation command) {
    Services.required("command", command);
    return units.write(
        command,
        r -> {
          Person current = Services.person(r, command.person());
          Services.checkVersion(
              "person", current.id(), current.version(), command.expectedVersion());
          Services.organisation(r, command.affiliation().organisation());
          return r.people().update(current.addAffiliation(command.affiliation()));
        });
  }

  @Override
  public Person forget(ForgetPerson command) {
    Services.required("command", command);
    AggregateRef ref = AggregateRef.of(command.person());
    return units.writeWithholding(
        command,
        ref,
        Snapshots.PERSONAL_FIELDS,
        r -> {
          units.guard().requireForget(command.person());
          Person current = Services.person(r, command.person());
          Services.checkVersion(
              "person", current.id(), current.version(), command.expectedVersion());
          Person forgotten = r.people().update(current.forget());
          // The records appended before, this unit's own commands' included; this command's own
          // record is appended after the work, without the fields (writeWithholding).
          r.history().erase(ref, Snapshots.PERSONAL_FIELDS);
          return forgotten;
        });
  }

  @Override
  public Person get(PersonId id) {
    Services.required("id", id);
    return units.read(r -> Services.person(r, id));
  }

  @Override
  public Page<Person> search(PersonQuery query) {
    Services.required("query", query);
    PersonQuery onDay = query.affiliatedOnOr(LocalDate.now(clock));
    return units.read(r -> r.people().search(onDay));
  }
}
