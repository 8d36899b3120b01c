/**
 * The {@code analytics} command line (picocli): one class per command — {@code metrics}, {@code suggest},
 * {@code routes}, {@code brokers}, {@code gaps}, {@code whatif}, {@code summary}, {@code bench}, {@code generate} —
 * reading a native JSON snapshot, the spreadsheet CSV or a plain edge list (decided by content) and writing JSON (or
 * CSV). Bad input ends with exit code 2 and one message naming the file, line and field.
 */
package org.partnershipatlas.analytics.cli;
