/**
 * Coplan's outputs: what people take out of a store of plans. A plan as IATI 2.03 activity XML
 * ({@code io.github.coplan.outputs.iati}), checked before it is written by a pre-flight report; a
 * plan's activities, or those a search finds, as an iCalendar (RFC 5545) file, with an event per
 * activity and per stop of a study tour ({@code io.github.coplan.outputs.ical}, written with
 * ical4j, whose types its API returns); an activity's participants and a plan's activities as CSV,
 * exported and imported back ({@code io.github.coplan.outputs.csv}), an import checked row by row
 * and written all or none; a plan on one self-contained HTML page, with its content areas, a
 * timeline of its activities and its indicators ({@code io.github.coplan.outputs.page}).
 *
 * <p>This module is on the driving side of the hexagon: it reads and writes through the core's use
 * cases ({@link io.github.coplan.application.UseCases}) and knows no storage adapter and no storage
 * SPI.
 */
module io.github.coplan.outputs {
  requires transitive io.github.coplan.core;
  requires java.xml;
  requires transitive ical4j.core;
  requires org.apache.commons.csv;

  exports io.github.coplan.outputs.iati;
  exports io.github.coplan.outputs.ical;
  exports io.github.coplan.outputs.csv;
  exports io.github.coplan.outputs.page;
}
