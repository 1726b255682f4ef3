/**
 * Coplan's outputs: what people take out of a store of plans. A plan as IATI 2.03 activity XML
 * ({@code io.github.coplan.outputs.iati}), checked before it is written by a pre-flight report; an
 * activity's participants and a plan's activities as CSV, exported and imported back ({@code
 * io.github.coplan.outputs.csv}), an import checked row by row and written all or none.
 *
 * <p>This module is on the driving side of the hexagon: it reads through the core's use cases
 * ({@link io.github.coplan.application.UseCases}) and knows no storage adapter and no storage SPI.
 */
module io.github.coplan.outputs {
  requires transitive io.github.coplan.core;
  requires java.xml;
  requires org.apache.commons.csv;

  exports io.github.coplan.outputs.iati;
  exports io.github.coplan.outputs.csv;
}
