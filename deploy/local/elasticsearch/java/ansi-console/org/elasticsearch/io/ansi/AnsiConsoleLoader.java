package org.elasticsearch.io.ansi;

import java.util.function.Supplier;

/**
 * Stands in for the distribution's lib/tools/ansi-console (not published on Maven Central): the
 * server loads this class by name at boot; null means "no interactive console", which is true
 * for a lab process whose output goes to a log file.
 */
public class AnsiConsoleLoader implements Supplier<Object> {
    @Override
    public Object get() {
        return null;
    }
}
